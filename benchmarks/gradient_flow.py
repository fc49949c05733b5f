"""What watching the gradient flow costs: the trainer with and without its gradient probe.

Same model, data and seed, alternating runs, best of K, in CPU seconds (one torch thread), which
other busy processes disturb less than wall time. The last line is
`watched/unwatched=R` (R >= 0.90 means the probe costs at most 10% of the speed).

    .venv/bin/python benchmarks/gradient_flow.py [--samples N] [--repeats K]
"""

from __future__ import annotations

import argparse
import dataclasses
import time

import torch

from netbuilder.document.bundled import EXAMPLES
from netbuilder.document.project import load_project
from netbuilder.engine import gradient_flow
from netbuilder.engine.compile import compile_network
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.engine.training import train

NEVER = 1e-12  # a budget that leaves only the first batch of each epoch probed
BUDGET = gradient_flow.BUDGET


def seconds(name: str, dataset: Dataset, watched: bool) -> float:
    project = load_project(EXAMPLES / f"{name}.json")
    settings = dataclasses.replace(
        project.training, epochs=1, validation_fraction=0.0, device="cpu"
    )
    torch.manual_seed(0)
    model = compile_network(project.network)
    gradient_flow.BUDGET = BUDGET if watched else NEVER
    started = time.process_time()
    train(model, dataset, settings, callback=lambda event: None)
    return time.process_time() - started


def measure(name: str, dataset: Dataset, repeats: int) -> float:
    seconds(name, dataset, True)  # warm-up
    best = {True: float("inf"), False: float("inf")}
    for _ in range(repeats):
        for watched in (False, True):
            best[watched] = min(best[watched], seconds(name, dataset, watched))
    ratio = best[False] / best[True]
    print(
        f"{name:<22} unwatched {best[False]:.3f} s  watched {best[True]:.3f} s  "
        f"speed ratio {ratio:.3f}",
        flush=True,
    )
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=30000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    torch.set_num_threads(1)
    dataset = synthetic_digits(args.samples, 100, seed=0)
    ratios = [
        measure(name, dataset, args.repeats)
        for name in ("logistic_regression", "mlp_784_200_200_10", "deep_relu", "lenet5")
    ]
    gradient_flow.BUDGET = BUDGET
    print(f"watched/unwatched={min(ratios):.3f}")


if __name__ == "__main__":
    main()
