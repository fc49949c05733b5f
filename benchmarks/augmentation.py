"""Data augmentation's cost: the CNN trained with shift + rotation against no augmentation.

netbuilder's own trainer, the same model, samples, batch size and thread count, one epoch per
measurement, alternating the two so that a busy moment hurts both alike; the best of `--repeats`
is kept. The augmentation is torchvision's transforms.v2 on whole batches (engine/augment.py),
so it should cost little next to the CNN's own forward and backward passes. The last line is
`augmented/plain=R` (samples per second with augmentation over without; 1 means free).

    .venv/bin/python benchmarks/augmentation.py [--samples N] [--repeats K] [--device cpu]
"""

from __future__ import annotations

import argparse
import dataclasses
import time

import torch

from netbuilder.document.bundled import EXAMPLES
from netbuilder.document.project import load_project
from netbuilder.engine.compile import compile_network
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.engine.training import train

AUGMENT = {"augment_shift": 3, "augment_rotate": 10.0}  # --augment shift=3,rotate=10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=6400, help="training samples per epoch")
    parser.add_argument("--repeats", type=int, default=3, help="measurements of each (best kept)")
    parser.add_argument("--device", default="cpu", help="cpu, cuda, ... (default: cpu)")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (default: 1)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    project = load_project(EXAMPLES / "cnn_relu_dropout.json")
    dataset = synthetic_digits(train_count=args.samples, test_count=100)
    plain = dataclasses.replace(
        project.training, epochs=1, validation_fraction=0.0, device=args.device
    )
    augmented = dataclasses.replace(plain, **AUGMENT)
    print(
        f"torch {torch.__version__}, {args.threads} thread(s), {args.device}, CNN "
        f"({project.name}), batch {plain.batch_size}, {args.samples} samples per epoch"
    )
    best = {"plain": 0.0, "augmented": 0.0}
    for repeat in range(args.repeats + 1):  # the first round warms up and is not counted
        for name, settings in (("plain", plain), ("augmented", augmented)):
            torch.manual_seed(0)
            model = compile_network(project.network)
            started = time.perf_counter()
            train(model, dataset, settings)
            rate = args.samples / (time.perf_counter() - started)
            if repeat:
                best[name] = max(best[name], rate)
                print(f"  {name:<9} {rate:>8,.0f} samples/s", flush=True)
    print(f"plain {best['plain']:,.0f} samples/s, shift+rotate {best['augmented']:,.0f} samples/s")
    print(f"augmented/plain={best['augmented'] / best['plain']:.2f}")


if __name__ == "__main__":
    main()
