"""Training settings: what the trainer needs besides the model and the data.

Plain values only, so a project file can hold them and a GUI form can edit them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

OPTIMIZERS = ("sgd", "adam", "adamw", "adagrad", "rmsprop")
LOSSES = ("cross_entropy", "mse", "l1")
SCHEDULES = ("none", "step", "cosine")
INITS = ("default", "kaiming", "xavier")
MAX_TRAINING_SAMPLES = 100_000_000
MAX_FOLDS = 100


class SettingsError(ValueError):
    """A training setting is out of range or of the wrong type."""


@dataclass
class TrainingSettings:
    optimizer: str = "sgd"
    learning_rate: float = 0.01
    momentum: float = 0.0
    nesterov: bool = False
    batch_size: int = 64
    epochs: int = 5
    loss: str = "cross_entropy"
    weight_decay: float = 0.0
    l1: float = 0.0
    schedule: str = "none"
    step_size: int = 1
    gamma: float = 0.5
    early_stopping_patience: int = 0
    validation_fraction: float = 0.1
    init: str = "default"
    seed: int = 0
    device: str = "auto"
    limit_train: int = 0  # train on this many samples only (0: all); lessons on overfitting
    folds: int = 0  # k-fold cross-validation: train this many times (0: off, one run)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> TrainingSettings:
        """Build settings from a dict, checking every key, type and range."""
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise SettingsError(f"unknown training setting(s): {', '.join(unknown)}")
        defaults = cls()
        for name, value in values.items():
            _check_type(name, value, type(getattr(defaults, name)))
        settings = cls(**{**asdict(defaults), **values})
        settings.check()
        return settings

    def check(self) -> None:
        """Raise SettingsError naming the first setting that is out of range."""
        _check_choice("optimizer", self.optimizer, OPTIMIZERS)
        _check_choice("loss", self.loss, LOSSES)
        _check_choice("schedule", self.schedule, SCHEDULES)
        _check_choice("init", self.init, INITS)
        _check_range("learning_rate", self.learning_rate, 0.0, 1e7, low_open=True)
        _check_range("momentum", self.momentum, 0.0, 0.999999)
        _check_range("batch_size", self.batch_size, 1, 65536)
        _check_range("epochs", self.epochs, 1, 10000)
        _check_range("weight_decay", self.weight_decay, 0.0, 1.0)
        _check_range("l1", self.l1, 0.0, 1.0)
        _check_range("step_size", self.step_size, 1, 10000)
        _check_range("gamma", self.gamma, 0.0, 1.0, low_open=True)
        _check_range("early_stopping_patience", self.early_stopping_patience, 0, 10000)
        _check_range("validation_fraction", self.validation_fraction, 0.0, 0.9)
        _check_range("seed", self.seed, 0, 2**31 - 1)
        _check_range("limit_train", self.limit_train, 0, MAX_TRAINING_SAMPLES)
        _check_range("folds", self.folds, 0, MAX_FOLDS)
        if self.folds == 1:
            raise SettingsError("folds is 1; cross-validation needs at least 2 folds (0: off)")
        if self.nesterov and (self.optimizer != "sgd" or self.momentum == 0):
            raise SettingsError("nesterov needs the sgd optimizer with a momentum above 0")
        if self.early_stopping_patience and self.validation_fraction == 0:
            raise SettingsError("early stopping needs a validation_fraction above 0")


def _check_type(name: str, value: Any, expected: type) -> None:
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return
    if type(value) is not expected:
        raise SettingsError(
            f"training setting {name!r} must be {expected.__name__}, not {type(value).__name__}"
        )


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
        raise SettingsError(f"{name} {shown} is not one of: {', '.join(choices)}")


def _check_range(name: str, value: float, low: float, high: float, low_open: bool = False) -> None:
    above_low = value > low if low_open else value >= low
    if not (above_low and value <= high):  # written so that NaN, which compares False, fails
        bound = f"above {low}" if low_open else f"at least {low}"
        raise SettingsError(f"{name} is {value}; it must be {bound} and at most {high}")
