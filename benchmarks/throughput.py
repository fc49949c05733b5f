"""Training throughput: netbuilder's trainer against two baselines, measured in the same run.

(a) netbuilder's trainer, (b) a minimal hand-written loop over in-memory tensors, (c) the tutorials'
torchvision DataLoader + ToTensor + Normalize pipeline. Same model, same samples, same batch size.
The last line is `netbuilder/plain=R1 netbuilder/dataloader=R2` for the MLP at batch 256.

    .venv/bin/python benchmarks/throughput.py [--samples N] [--repeats K]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import torch
import torch.nn.functional as F
import torchvision
from torch import nn
from torchvision import transforms

from netbuilder.document.project import load_project
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.compile import compile_network
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.engine.training import train

EXAMPLES = Path(__file__).parent.parent / "examples"
BATCH = 256


def netbuilder_trainer(model: nn.Module, dataset: Dataset, lr: float) -> None:
    settings = TrainingSettings(
        optimizer="sgd",
        learning_rate=lr,
        batch_size=BATCH,
        epochs=1,
        validation_fraction=0.0,
        device="cpu",
    )
    train(model, dataset, settings)


def plain_loop(model: nn.Module, dataset: Dataset, lr: float) -> None:
    """The fastest minimal loop we know: gather uint8 images, normalise per batch.

    (Normalising the whole set to float32 up front and gathering from that is what many people
    write; it moves four times the bytes per batch and is slower, so it would flatter netbuilder.)
    """
    images, labels = dataset.train.images.unsqueeze(1), dataset.train.labels
    scale, shift = 1 / (255 * dataset.std), dataset.mean / dataset.std
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    for batch in torch.randperm(len(labels)).split(BATCH):
        x = images[batch].float().mul_(scale).sub_(shift)
        loss = F.cross_entropy(model(x), labels[batch])
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()


def dataloader_pipeline(model: nn.Module, mnist_root: str, lr: float) -> None:
    transform = transforms.Compose(
        [transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))]
    )
    data = torchvision.datasets.MNIST(mnist_root, train=True, transform=transform, download=False)
    loader = torch.utils.data.DataLoader(data, batch_size=BATCH, shuffle=True)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in loader:
        loss = F.cross_entropy(model(x), y)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()


def write_mnist_folder(dataset: Dataset, root: Path) -> str:
    """The same training images as IDX files where torchvision's MNIST class looks for them."""
    import numpy as np

    raw = root / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for name, array in (
        ("train-images-idx3-ubyte", dataset.train.images.numpy()),
        ("train-labels-idx1-ubyte", dataset.train.labels.numpy().astype(np.uint8)),
        ("t10k-images-idx3-ubyte", dataset.test.images.numpy()),
        ("t10k-labels-idx1-ubyte", dataset.test.labels.numpy().astype(np.uint8)),
    ):
        header = bytes([0, 0, 8, array.ndim]) + b"".join(d.to_bytes(4, "big") for d in array.shape)
        (raw / name).write_bytes(header + array.tobytes())
    return str(root)


def samples_per_second(
    run: Callable[[nn.Module], None],
    make_model: Callable[[], nn.Module],
    samples: int,
    repeats: int,
) -> float:
    run(make_model())  # warm-up: first-call allocations and lazy initialisation
    best = 0.0
    for _ in range(repeats):
        model = make_model()
        started = time.perf_counter()
        run(model)
        best = max(best, samples / (time.perf_counter() - started))
    return best


def measure(
    name: str, dataset: Dataset, mnist_root: str, samples: int, repeats: int
) -> tuple[float, float, float]:
    project = load_project(EXAMPLES / f"{name}.json")
    lr = project.training.learning_rate

    def make_model() -> nn.Module:
        torch.manual_seed(0)
        return compile_network(project.network)

    rates = (
        samples_per_second(
            lambda m: netbuilder_trainer(m, dataset, lr), make_model, samples, repeats
        ),
        samples_per_second(lambda m: plain_loop(m, dataset, lr), make_model, samples, repeats),
        samples_per_second(
            lambda m: dataloader_pipeline(m, mnist_root, lr), make_model, samples, repeats
        ),
    )
    print(
        f"{name:<20} batch {BATCH}: netbuilder {rates[0]:>9,.0f}  plain loop {rates[1]:>9,.0f}  "
        f"DataLoader {rates[2]:>9,.0f} samples/s   "
        f"netbuilder/plain={rates[0] / rates[1]:.2f} netbuilder/dataloader={rates[0] / rates[2]:.2f}",
        flush=True,
    )
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--samples", type=int, default=30720, help="training samples per measurement"
    )
    parser.add_argument(
        "--repeats", type=int, default=3, help="measurements per method (best is kept)"
    )
    args = parser.parse_args()
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, CPU")
    full = synthetic_digits(train_count=args.samples, test_count=1000)
    with tempfile.TemporaryDirectory() as root:
        mnist_root = write_mnist_folder(full, Path(root))
        measure("lenet5", full, mnist_root, args.samples, args.repeats)
        mlp = measure("mlp_784_200_200_10", full, mnist_root, args.samples, args.repeats)
    print(f"netbuilder/plain={mlp[0] / mlp[1]:.2f} netbuilder/dataloader={mlp[0] / mlp[2]:.2f}")


if __name__ == "__main__":
    main()
