"""How well a network trained on synthetic digits reads real handwriting (issue 14).

Trains LeNet-5 exactly as `netbuilder train lenet5 --dataset synthetic-digits` does
(the same project, dataset loader, thread choice and `run_experiment`), then reads real MNIST
digits it never saw: the 300 of `tests/data/real_digits` (30 of each digit), and with `--npz` a
larger held-out set (the first 100 of each digit of that archive). The 300 are read twice: as the
IDX files hold them, and as scans (black ink on white paper, bigger, off-centre, saved as PNG and
prepared by the same `load_digit` that `netbuilder predict` uses). Prints per-digit accuracy and
the most common confusions; the last line is the figure:
`real handwriting accuracy: 0.93 (baseline 0.73 from the issue; ratio 1.27)`.

    .venv/bin/python benchmarks/real_handwriting.py [--npz FILE] [--baseline REV]
        [--limit-train N] [--epochs E]

`--baseline REV` also trains on the generator as it was at git revision REV (e.g. the commit
before issue 14's changes) and reports both.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from netbuilder.document.bundled import EXAMPLES
from netbuilder.document.project import Project, load_project
from netbuilder.engine.data import load_dataset, read_idx_folder
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.digit_image import load_digit
from netbuilder.engine.evaluation import predict_probabilities
from netbuilder.engine.experiment import TrainedModel, run_experiment
from netbuilder.engine.threads import choose_threads

ROOT = Path(__file__).resolve().parent.parent
REAL_DIGITS = ROOT / "tests" / "data" / "real_digits"
ISSUE_BASELINE = 0.73  # LeNet-5 on the old synthetic digits, 300 scanned digits (issue 14)
GENERATOR = "netbuilder/engine/synthetic_digits.py"


def real_report_set() -> tuple[np.ndarray, np.ndarray]:
    """The committed 300 real digits: uint8 (300, 28, 28) white on black, and their labels."""
    test = read_idx_folder(REAL_DIGITS).test
    return test.images.numpy(), test.labels.numpy()


def held_out_from_npz(path: Path, per_class: int = 100) -> tuple[np.ndarray, np.ndarray]:
    """The first per_class digits of each label of an archive with `images` and `labels`."""
    archive = np.load(path)
    images, labels = archive["images"], archive["labels"]
    rows = np.concatenate([np.flatnonzero(labels == d)[:per_class] for d in range(10)])
    return images[rows], labels[rows].astype(np.int64)


def lenet_project(epochs: int | None) -> Project:
    project = load_project(EXAMPLES / "lenet5.json")
    if epochs is not None:
        project.training = dataclasses.replace(project.training, epochs=epochs)
    return project


def train_lenet(project: Project, dataset: Dataset) -> TrainedModel:
    threads = choose_threads(project, dataset)
    torch.manual_seed(project.training.seed)  # the same initial weights for every generator
    start = time.perf_counter()
    trained = run_experiment(project, dataset)
    seconds = time.perf_counter() - start
    print(f"  trained on {len(dataset.train)} digits in {seconds:.0f} s, {threads} thread(s); "
          f"synthetic test accuracy {trained.evaluation.accuracy:.3f}")  # fmt: skip
    return trained


def current_dataset(limit_train: int | None, seed: int) -> Dataset:
    with tempfile.TemporaryDirectory() as cache:  # never a cache left by another generator
        return load_dataset("synthetic-digits", cache, limit_train=limit_train, seed=seed)


def baseline_dataset(revision: str, limit_train: int | None, seed: int) -> Dataset:
    """The synthetic digits as the generator at git `revision` made them."""
    source = subprocess.run(
        ["git", "show", f"{revision}:{GENERATOR}"], cwd=ROOT, capture_output=True, text=True,
        check=True,
    ).stdout  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "baseline_synthetic_digits.py"
        path.write_text(source)
        spec = importlib.util.spec_from_file_location("baseline_synthetic_digits", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module.synthetic_digits(min(limit_train or 60000, 60000), 10000, seed)


def read_digits(trained: TrainedModel, images: np.ndarray) -> np.ndarray:
    probabilities = predict_probabilities(trained.model, images, trained.mean, trained.std, "cpu")
    return probabilities.argmax(1)


def as_scan(digit: np.ndarray, index: int) -> Image.Image:
    """A digit as a scanned page shows it: dark ink on off-white paper, 4x bigger, off-centre."""
    big = Image.fromarray(255 - digit).resize((112, 112), Image.Resampling.BILINEAR)
    page = Image.new("L", (160, 150), 235)
    page.paste(big, (8 + index % 30, 20 + index % 17))
    return page


def read_scans(trained: TrainedModel, images: np.ndarray) -> np.ndarray:
    """Each digit saved as a PNG scan and read back through `netbuilder predict`'s preparation."""
    prepared = []
    with tempfile.TemporaryDirectory() as folder:
        for i, digit in enumerate(images):
            path = Path(folder) / f"scan{i}.png"
            as_scan(digit, i).save(path)
            prepared.append(load_digit(path)[0])
    return read_digits(trained, np.stack(prepared))


def confusion(labels: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    matrix = np.zeros((10, 10), dtype=np.int64)
    np.add.at(matrix, (labels, predicted), 1)
    return matrix


def report(name: str, labels: np.ndarray, predicted: np.ndarray) -> float:
    matrix = confusion(labels, predicted)
    per_digit = matrix.diagonal() / matrix.sum(1).clip(min=1)
    accuracy = float(matrix.trace() / matrix.sum())
    print(f"  {name}: {accuracy:.3f} of {len(labels)}")
    print("    per digit: " + "  ".join(f"{d}:{a:.2f}" for d, a in enumerate(per_digit)))
    wrong = matrix - np.diag(matrix.diagonal())
    order = np.argsort(-wrong, axis=None, kind="stable")[:6]
    pairs = [divmod(int(i), 10) for i in order if wrong.flat[i]]
    print("    read wrongly: " + (", ".join(f"{t} as {p} x{wrong[t, p]}" for t, p in pairs) or "-"))
    return accuracy


def measure(name: str, trained: TrainedModel, sets: dict[str, tuple[np.ndarray, np.ndarray]]):
    """Accuracy on each real set, and on the 300 as scans; returns the 300's accuracy."""
    print(f"{name}:")
    scores = {key: report(key, y, read_digits(trained, x)) for key, (x, y) in sets.items()}
    x, y = sets["300 real digits"]
    report("300 real digits as PNG scans through predict", y, read_scans(trained, x))
    return scores["300 real digits"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--npz", type=Path, help="more real digits: an archive (images, labels)")
    parser.add_argument("--baseline", metavar="REV", help="also measure the generator at REV")
    parser.add_argument("--limit-train", type=int, default=None)
    parser.add_argument("--epochs", type=int, default=None)
    args = parser.parse_args(argv)
    sets = {"300 real digits": real_report_set()}
    if args.npz:
        sets["1000 real digits (npz, first 100 of each)"] = held_out_from_npz(args.npz)
    project = lenet_project(args.epochs)
    seed = project.training.seed
    baseline = None
    if args.baseline:
        old = train_lenet(project, baseline_dataset(args.baseline, args.limit_train, seed))
        baseline = measure(f"generator at {args.baseline}", old, sets)
    trained = train_lenet(project, current_dataset(args.limit_train, seed))
    accuracy = measure("this generator", trained, sets)
    measured = f"; measured here for {args.baseline}: {baseline:.2f}" if baseline else ""
    print(f"real handwriting accuracy: {accuracy:.2f} (baseline {ISSUE_BASELINE:.2f} from the "
          f"issue{measured}; ratio {accuracy / ISSUE_BASELINE:.2f})")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
