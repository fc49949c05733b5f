"""Evaluation: the confusion matrix, per-sample predictions and probabilities agree."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from netbuilder.engine.dataset import ImageSplit, normalise
from netbuilder.engine.evaluation import evaluate, predict_probabilities
from netbuilder.engine.synthetic_digits import generate

MEAN, STD = 0.13, 0.31


@pytest.fixture(scope="module")
def digits() -> ImageSplit:
    return generate(300, seed=5)


def mlp(seed: int = 0) -> nn.Sequential:
    torch.manual_seed(seed)
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 32), nn.ReLU(), nn.Linear(32, 10))


class _Oracle(nn.Module):
    """Knows the answers: a confident, always-right model for a fixed set of images."""

    def __init__(self, split: ImageSplit) -> None:
        super().__init__()
        self.answers = {
            img.numpy().tobytes(): int(y) for img, y in zip(split.images, split.labels, strict=True)
        }

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        pixels = (x * STD + MEAN).mul(255).round().clamp(0, 255).to(torch.uint8).squeeze(1)
        labels = torch.tensor([self.answers[p.numpy().tobytes()] for p in pixels])
        return F.one_hot(labels, 10).float() * 10


def test_confusion_matrix_counts_every_sample_once(digits: ImageSplit) -> None:
    result = evaluate(mlp(), digits, MEAN, STD, "cpu", batch_size=64)
    n = len(digits)
    assert result.confusion.shape == (10, 10) and result.confusion.dtype == np.int64
    assert result.confusion.sum() == n
    assert (
        result.confusion.sum(axis=1).tolist() == np.bincount(digits.labels, minlength=10).tolist()
    )
    assert result.accuracy == pytest.approx(np.trace(result.confusion) / n)
    assert result.accuracy == pytest.approx(np.mean(result.predictions == digits.labels.numpy()))
    assert result.predictions.shape == (n,) and result.predictions.dtype == np.int64
    rows = result.row_normalised()
    assert np.allclose(rows.sum(axis=1), 1.0)
    assert np.allclose(np.diag(rows), result.per_class_accuracy)


def test_confidences_and_loss_match_the_model_outputs(digits: ImageSplit) -> None:
    model = mlp()
    result = evaluate(model, digits, MEAN, STD, "cpu")
    with torch.no_grad():
        logits = model.eval()(normalise(digits.images, MEAN, STD))
    probabilities = logits.softmax(1).numpy()
    assert result.confidences.dtype == np.float32
    np.testing.assert_allclose(result.probabilities, probabilities, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(result.confidences, probabilities.max(1), rtol=1e-5)
    assert result.loss == pytest.approx(F.cross_entropy(logits, digits.labels).item(), rel=1e-5)


def test_indices_for_a_cell_are_its_samples_most_confident_first(digits: ImageSplit) -> None:
    result = evaluate(mlp(), digits, MEAN, STD, "cpu")
    labels = digits.labels.numpy()
    for true in range(10):
        for predicted in range(10):
            cell = result.indices_for_cell(true, predicted)
            expected = np.nonzero((labels == true) & (result.predictions == predicted))[0]
            assert sorted(cell.tolist()) == expected.tolist()
            assert len(cell) == result.confusion[true, predicted]
            assert np.all(np.diff(result.confidences[cell]) <= 0)


def test_a_model_that_is_always_right_scores_perfectly(digits: ImageSplit) -> None:
    result = evaluate(_Oracle(digits), digits, MEAN, STD, "cpu", batch_size=128)
    assert result.accuracy == 1.0
    assert np.array_equal(result.confusion, np.diag(np.bincount(digits.labels, minlength=10)))
    assert np.all(result.per_class_accuracy == 1.0)
    assert result.indices_for_cell(3, 5).size == 0


def test_evaluation_leaves_the_model_as_it_was(digits: ImageSplit) -> None:
    model = nn.Sequential(mlp(), nn.Dropout(0.5))
    before = [p.clone() for p in model.parameters()]
    first = evaluate(model, digits, MEAN, STD, "cpu")
    again = evaluate(model, digits, MEAN, STD, "cpu")
    assert model.training  # dropout was off during evaluation, and training mode is back
    assert np.array_equal(first.predictions, again.predictions)
    assert all(torch.equal(a, b) for a, b in zip(before, model.parameters(), strict=True))
    assert all(p.grad is None for p in model.parameters())


def test_predict_probabilities_takes_raw_or_normalised_images(digits: ImageSplit) -> None:
    model = mlp()
    raw = predict_probabilities(model, digits.images[:7], MEAN, STD, "cpu")
    as_numpy = predict_probabilities(model, digits.images[:7].numpy(), MEAN, STD, "cpu")
    normalised = normalise(digits.images[:7], MEAN, STD)
    ready = predict_probabilities(model, normalised, MEAN, STD, "cpu")
    one = predict_probabilities(model, digits.images[0], MEAN, STD, "cpu")
    assert raw.shape == (7, 10) and raw.dtype == np.float32
    assert np.allclose(raw.sum(1), 1.0)
    np.testing.assert_allclose(raw, as_numpy)
    np.testing.assert_allclose(raw, ready, rtol=1e-6)
    np.testing.assert_allclose(one, raw[:1], rtol=1e-6)


@pytest.mark.parametrize("last", [nn.Softmax(dim=1), nn.LogSoftmax(dim=1)])
def test_a_model_ending_in_softmax_is_not_softmaxed_twice(
    last: nn.Module, digits: ImageSplit
) -> None:
    plain = predict_probabilities(mlp(), digits.images[:20], MEAN, STD, "cpu")
    ending = predict_probabilities(nn.Sequential(mlp(), last), digits.images[:20], MEAN, STD, "cpu")
    np.testing.assert_allclose(ending, plain, rtol=1e-5, atol=1e-7)
