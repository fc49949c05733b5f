"""Training throughput: netbuilder's trainer against two baselines, measured in the same run.

(a) netbuilder's trainer, with the thread count it measures for itself as `netbuilder train` does,
(b) a minimal hand-written loop over in-memory tensors, with 1 thread and with torch's default,
(c) the tutorials' torchvision DataLoader + ToTensor + Normalize pipeline (torch's default threads).
Same model, same samples, same batch size. Then the busy-machine run: one background process spins
on a core while the MLP trains again, netbuilder's trainer against the plain loop with 1 thread and
with torch's default. The last line is, for the MLP at batch 256,
`netbuilder/best_plain=R1 netbuilder/dataloader=R2 busy: netbuilder/plain_1=R3 netbuilder/plain_default=R4`.

    .venv/bin/python benchmarks/throughput.py [--samples N] [--repeats K]
"""

from __future__ import annotations

import argparse
import multiprocessing
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import torch
import torch.nn.functional as F
import torchvision
from torch import nn
from torchvision import transforms

from netbuilder.document.bundled import EXAMPLES
from netbuilder.document.project import load_project
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.compile import compile_network
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.engine.threads import choose_threads
from netbuilder.engine.training import train

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
    threads: int,
) -> float:
    with torch_threads(threads):
        run(make_model())  # warm-up: first-call allocations and lazy initialisation
        best = 0.0
        for _ in range(repeats):
            model = make_model()
            started = time.perf_counter()
            run(model)
            best = max(best, samples / (time.perf_counter() - started))
    return best


@contextmanager
def torch_threads(count: int) -> Iterator[None]:
    before = torch.get_num_threads()
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def netbuilder_threads(name: str, dataset: Dataset) -> int:
    """The count `netbuilder train` would pick here and now (it times a few batches)."""
    project = load_project(EXAMPLES / f"{name}.json")
    project.training.batch_size = BATCH
    with torch_threads(torch.get_num_threads()):
        return choose_threads(project, dataset)


def rates_for(
    name: str, dataset: Dataset, mnist_root: str | None, samples: int, repeats: int
) -> dict[str, float]:
    """Samples per second of each way to train; DataLoader only when `mnist_root` is given."""
    project = load_project(EXAMPLES / f"{name}.json")
    lr = project.training.learning_rate

    def make_model() -> nn.Module:
        torch.manual_seed(0)
        return compile_network(project.network)

    default, ours = DEFAULT_THREADS, netbuilder_threads(name, dataset)
    rates = {
        f"netbuilder ({ours} thr)": samples_per_second(
            lambda m: netbuilder_trainer(m, dataset, lr), make_model, samples, repeats, ours
        ),
        "plain (1 thr)": samples_per_second(
            lambda m: plain_loop(m, dataset, lr), make_model, samples, repeats, 1
        ),
        f"plain ({default} thr)": samples_per_second(
            lambda m: plain_loop(m, dataset, lr), make_model, samples, repeats, default
        ),
    }
    if mnist_root is not None:
        rates[f"DataLoader ({default} thr)"] = samples_per_second(
            lambda m: dataloader_pipeline(m, mnist_root, lr), make_model, samples, repeats, default
        )
    return rates


def show(name: str, label: str, rates: dict[str, float]) -> list[float]:
    values = list(rates.values())
    cells = "  ".join(f"{method} {rate:>8,.0f}" for method, rate in rates.items())
    ratios = "  ".join(
        f"vs {method}: {values[0] / rate:.2f}" for method, rate in list(rates.items())[1:]
    )
    print(f"{name:<19} {label:<5} samples/s: {cells}\n    netbuilder {ratios}", flush=True)
    return values


def spin() -> None:
    while True:
        pass


@contextmanager
def one_busy_core() -> Iterator[None]:
    """Another process keeping one core busy, as a browser or an IDE does."""
    busy = multiprocessing.get_context("spawn").Process(target=spin, daemon=True)
    busy.start()
    time.sleep(0.5)  # let it get going
    try:
        yield
    finally:
        busy.terminate()
        busy.join()


DEFAULT_THREADS = torch.get_num_threads()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--samples", type=int, default=30720, help="training samples per measurement"
    )
    parser.add_argument(
        "--repeats", type=int, default=3, help="measurements per method (best is kept)"
    )
    args = parser.parse_args()
    print(f"torch {torch.__version__}, default {DEFAULT_THREADS} threads, CPU, batch {BATCH}")
    full = synthetic_digits(train_count=args.samples, test_count=1000)
    with tempfile.TemporaryDirectory() as root:
        mnist_root = write_mnist_folder(full, Path(root))
        show("lenet5", "idle", rates_for("lenet5", full, mnist_root, args.samples, args.repeats))
        mlp = show(
            "mlp_784_200_200_10",
            "idle",
            rates_for("mlp_784_200_200_10", full, mnist_root, args.samples, args.repeats),
        )
    with one_busy_core():
        busy = show(
            "mlp_784_200_200_10",
            "busy",
            rates_for("mlp_784_200_200_10", full, None, args.samples, args.repeats),
        )
    print(
        f"netbuilder/best_plain={mlp[0] / max(mlp[1], mlp[2]):.2f} "
        f"netbuilder/dataloader={mlp[0] / mlp[3]:.2f} "
        f"busy: netbuilder/plain_1={busy[0] / busy[1]:.2f} "
        f"netbuilder/plain_default={busy[0] / busy[2]:.2f}"
    )


if __name__ == "__main__":
    main()
