"""What the simplest honest models score on a run's own split: the bar a network must clear.

A classification's baselines are the majority class of the training part and a logistic
regression; a regression's are the training mean and least squares. Both are fitted in torch on
the samples the network trained on (the training split less the validation part, as the trainer
splits it) with the features as the network sees them (flattened), and scored on the test split.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

import torch

from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.dataset import Dataset, Split, prepare, split_validation

MAX_FEATURES = 4096  # wider inputs (big colour images) get no linear baseline: too slow to fit
MAX_FIT_SAMPLES = 5_000  # a logistic regression fits on at most this many (a seeded subset)
LOGISTIC_STEPS = 40  # L-BFGS iterations: near the optimum in well under a second on MNIST
RIDGE = 1e-4  # a little L2, so that separable classes still have a finite optimum


@dataclass(frozen=True)
class Baseline:
    """The simplest models' test scores, beside the network's own (`network`; None if unscored).

    Scores are accuracies (classification) or R² (regression); `linear` is None where the
    inputs are too wide to fit one quickly.
    """

    task: str
    constant: float
    linear: float | None
    network: float | None = None
    constant_rmse: float | None = None  # regression only: in the target's units
    linear_rmse: float | None = None

    def metrics(self) -> dict[str, Any]:
        """The `baseline_*` keys of `--metrics-out`."""
        if self.task == "regression":
            return {
                "baseline_mean_r2": self.constant,
                "baseline_mean_rmse": self.constant_rmse,
                "baseline_linear_r2": self.linear,
                "baseline_linear_rmse": self.linear_rmse,
            }
        return {
            "baseline_majority_accuracy": self.constant,
            "baseline_linear_accuracy": self.linear,
        }


_cache: list[tuple[tuple, Dataset, Baseline]] = []  # one entry: a sweep's trials share a split


def baseline_for(
    dataset: Dataset, settings: TrainingSettings, network: float | None = None
) -> Baseline | None:
    """The baselines of a run with these settings on this dataset, beside the network's score;
    None if they cannot be fitted (a run never fails for its baseline)."""
    try:
        found = baseline(dataset, settings)
    except (RuntimeError, ValueError, IndexError):
        return None
    return dataclasses.replace(found, network=network)


def baseline(dataset: Dataset, settings: TrainingSettings) -> Baseline:
    """The baselines of a run with these settings on this dataset (cached for the last split)."""
    key = (settings.validation_fraction, settings.seed, dataset.task)
    if _cache and _cache[0][0] == key and _cache[0][1] is dataset:
        return _cache[0][2]
    found = _compute(dataset, settings)
    _cache[:] = [(key, dataset, found)]
    return found


def _compute(dataset: Dataset, settings: TrainingSettings) -> Baseline:
    train = dataset.train
    if settings.validation_fraction > 0:
        train, _ = split_validation(train, settings.validation_fraction, settings.seed)
    x_train, x_test = _features(train, dataset), _features(dataset.test, dataset)
    wide = x_train.shape[1] > MAX_FEATURES or len(dataset.test) == 0
    with torch.no_grad():
        if dataset.task == "regression":
            return _regression(x_train, train.labels, x_test, dataset.test.labels, wide)
    with torch.enable_grad():
        return _classification(x_train, train.labels, x_test, dataset, settings.seed, wide)


def _features(split: Split, dataset: Dataset) -> torch.Tensor:
    """The split's samples as the network gets them, one row each."""
    return prepare(split.features, dataset.mean, dataset.std).reshape(len(split), -1)


def _regression(x_train, y_train, x_test, y_test, wide: bool) -> Baseline:
    y_train, y_test = y_train.double(), y_test.double()
    mean_prediction = torch.full_like(y_test, float(y_train.mean()) if len(y_train) else 0.0)
    linear = linear_rmse = None
    if not wide:
        design = _with_bias(x_train.double())
        weights = torch.linalg.lstsq(design, y_train[:, None], driver="gelsd").solution
        predicted = (_with_bias(x_test.double()) @ weights).reshape(-1)
        linear, linear_rmse = r2(predicted, y_test), rmse(predicted, y_test)
    return Baseline(
        "regression", r2(mean_prediction, y_test), linear,
        constant_rmse=rmse(mean_prediction, y_test), linear_rmse=linear_rmse,
    )  # fmt: skip


def _classification(x_train, y_train, x_test, dataset: Dataset, seed: int, wide: bool) -> Baseline:
    classes = dataset.num_classes
    y_test = dataset.test.labels
    counts = torch.bincount(y_train, minlength=classes)
    majority = int(counts.argmax())
    constant = accuracy(torch.full_like(y_test, majority), y_test)
    linear = None
    if not wide:
        model = _logistic(x_train, y_train, classes, seed)
        linear = accuracy(model(x_test).argmax(dim=1), y_test)
    return Baseline("classification", constant, linear)


def _logistic(x: torch.Tensor, y: torch.Tensor, classes: int, seed: int) -> torch.nn.Linear:
    """A multinomial logistic regression fitted by L-BFGS (on a seeded subset of a big set)."""
    generator = torch.Generator().manual_seed(seed)
    if len(x) > MAX_FIT_SAMPLES:
        rows = torch.randperm(len(x), generator=generator)[:MAX_FIT_SAMPLES]
        x, y = x[rows], y[rows]
    model = torch.nn.Linear(x.shape[1], classes)
    torch.nn.init.zeros_(model.weight)
    torch.nn.init.zeros_(model.bias)
    optimizer = torch.optim.LBFGS(
        model.parameters(), max_iter=LOGISTIC_STEPS, line_search_fn="strong_wolfe"
    )

    def objective() -> torch.Tensor:
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(x), y)
        loss = loss + RIDGE * model.weight.square().sum()
        loss.backward()
        return loss

    optimizer.step(objective)
    return model


def _with_bias(x: torch.Tensor) -> torch.Tensor:
    return torch.cat([x, torch.ones(len(x), 1, dtype=x.dtype)], dim=1)


def r2(predicted: torch.Tensor, truth: torch.Tensor) -> float:
    """1 - SSE / SST, as evaluate_regression scores the network (0 when the truth is constant)."""
    variance = float(((truth - truth.mean()) ** 2).sum())
    if variance <= 0:
        return 0.0
    return 1.0 - float(((predicted - truth) ** 2).sum()) / variance


def rmse(predicted: torch.Tensor, truth: torch.Tensor) -> float:
    return math.sqrt(float(((predicted - truth) ** 2).mean())) if len(truth) else 0.0


def accuracy(predicted: torch.Tensor, truth: torch.Tensor) -> float:
    return float((predicted == truth).double().mean()) if len(truth) else 0.0
