"""Synthetic digits teach a network to read real handwriting (issue 14).

LeNet-5, trained briefly on synthetic digits only, reads the 300 real MNIST digits of
tests/data/real_digits (30 of each, never used to tune the generator), both as the IDX files hold
them and as scanned PNGs prepared the way `netbuilder predict` prepares them. The generator before
issue 14 fails the threshold: 0.73-0.75 over four seeds, against 0.79-0.82 after.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from netbuilder.document.project import load_project
from netbuilder.engine.data import load_dataset, read_idx_folder
from netbuilder.engine.digit_image import load_digit
from netbuilder.engine.evaluation import predict_probabilities
from netbuilder.engine.experiment import TrainedModel, run_experiment
from tests.paths import EXAMPLES

ROOT = Path(__file__).resolve().parent.parent
REAL_DIGITS = ROOT / "tests" / "data" / "real_digits"
THRESHOLD = 0.77  # the old generator: 0.73-0.75 (seeds 0-3); this one: 0.79-0.82


@pytest.fixture(scope="module")
def real() -> tuple[np.ndarray, np.ndarray]:
    test = read_idx_folder(REAL_DIGITS).test
    return test.images.numpy(), test.labels.numpy()


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> TrainedModel:
    """LeNet-5 as `netbuilder train lenet5 --dataset synthetic-digits` trains it,
    on 20,000 digits for 3 epochs instead of 60,000 for 5, on one thread (about 10 s)."""
    project = load_project(EXAMPLES / "lenet5.json")
    project.training = dataclasses.replace(project.training, epochs=3, device="cpu")
    folder = tmp_path_factory.mktemp("data")
    dataset = load_dataset("synthetic-digits", folder, limit_train=20000, seed=0)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    torch.manual_seed(0)  # the initial weights; training's own seed governs the rest
    try:
        return run_experiment(project, dataset)
    finally:
        torch.set_num_threads(threads)


def read(trained: TrainedModel, images: np.ndarray) -> np.ndarray:
    return predict_probabilities(trained.model, images, trained.mean, trained.std, "cpu").argmax(1)


def test_the_fixture_is_300_real_digits_30_of_each(real) -> None:
    images, labels = real
    assert images.shape == (300, 28, 28) and images.dtype == np.uint8
    assert np.bincount(labels).tolist() == [30] * 10


@pytest.mark.slow  # trains LeNet-5 for some 15 s: CI runs it
def test_trained_on_synthetic_digits_it_reads_real_handwriting(trained, real) -> None:
    images, labels = real
    predicted = read(trained, images)
    accuracy = float((predicted == labels).mean())
    per_digit = [float((predicted[labels == d] == d).mean()) for d in range(10)]
    assert accuracy >= THRESHOLD, (accuracy, per_digit)
    assert min(per_digit) >= 0.3, per_digit  # no digit is left unreadable


def scan(digit: np.ndarray, path: Path, shift: int) -> Path:
    """The digit as a scanner sees it: dark ink on off-white paper, bigger, not centred."""
    big = Image.fromarray(255 - digit).resize((112, 112), Image.Resampling.BILINEAR)
    page = Image.new("L", (170, 150), 232)
    page.paste(big, (5 + shift % 40, 10 + shift % 25))
    page.save(path)
    return path


@pytest.mark.slow  # the same trained model
def test_scanned_real_digits_read_as_well_through_predicts_preparation(
    trained, real, tmp_path
) -> None:
    images, labels = real
    direct = read(trained, images)
    prepared = np.stack([
        load_digit(scan(digit, tmp_path / f"{i}.png", 7 * i))[0] for i, digit in enumerate(images)
    ])  # fmt: skip
    through_predict = read(trained, prepared)
    assert (through_predict == labels).mean() >= THRESHOLD - 0.02
    assert (through_predict == direct).mean() >= 0.93  # the same answers, nearly always
