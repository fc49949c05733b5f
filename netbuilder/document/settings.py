"""Training settings: what the trainer needs besides the model and the data.

Plain values only, so a project file can hold them and a GUI form can edit them. Each field's
type, default and range come from its spec in `setting_specs`, which the form and the CLI read
too; this module adds the rules that tie settings together (Nesterov needs SGD with momentum).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from netbuilder.document.messages import Message, explained
from netbuilder.document.setting_specs import (
    MAX_FOLDS,
    MAX_TRAINING_SAMPLES,
    SETTING_SPECS,
    SPECS,
)

__all__ = [
    "INITS",
    "LOSSES",
    "MAX_FOLDS",
    "MAX_TRAINING_SAMPLES",
    "OPTIMIZERS",
    "SCHEDULES",
    "SettingsError",
    "OBJECTIVES",
    "TrainingSettings",
]

OPTIMIZERS = SPECS["optimizer"].choices
OBJECTIVES = SPECS["objective"].choices
LOSSES = SPECS["loss"].choices
SCHEDULES = SPECS["schedule"].choices
INITS = SPECS["init"].choices
_D = {spec.name: spec.default for spec in SETTING_SPECS}


class SettingsError(ValueError):
    """A training setting is out of range or of the wrong type; `.message` is the Message where
    one was given (front ends translate it), None for a plain text."""

    def __init__(self, reason: str | Message) -> None:
        self.message, text = explained(reason)
        super().__init__(text)


@dataclass
class TrainingSettings:
    optimizer: str = _D["optimizer"]
    learning_rate: float = _D["learning_rate"]
    momentum: float = _D["momentum"]
    nesterov: bool = _D["nesterov"]
    batch_size: int = _D["batch_size"]
    epochs: int = _D["epochs"]
    loss: str = _D["loss"]
    weight_decay: float = _D["weight_decay"]
    l1: float = _D["l1"]
    schedule: str = _D["schedule"]
    step_size: int = _D["step_size"]
    gamma: float = _D["gamma"]
    early_stopping_patience: int = _D["early_stopping_patience"]
    validation_fraction: float = _D["validation_fraction"]
    init: str = _D["init"]
    seed: int = _D["seed"]
    device: str = _D["device"]
    limit_train: int = _D["limit_train"]  # train on this many samples only (0: all)
    folds: int = _D["folds"]  # k-fold cross-validation: train this many times (0: off)
    # data augmentation of the training batches (document/augmentation.py); all off by default
    augment_shift: int = _D["augment_shift"]
    augment_rotate: float = _D["augment_rotate"]
    augment_scale: float = _D["augment_scale"]
    augment_flip: bool = _D["augment_flip"]
    augment_brightness: float = _D["augment_brightness"]
    augment_contrast: float = _D["augment_contrast"]
    augment_noise: float = _D["augment_noise"]
    augment_erase: float = _D["augment_erase"]
    objective: str = _D["objective"]  # "classify", or "reconstruct": the input is the target
    denoise: float = _D["denoise"]  # reconstruct: noise std added to the input only (0: off)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> TrainingSettings:
        """Build settings from a dict (a project file's), checking every key, type and range."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise SettingsError(Message("unknown_settings", {"names": ", ".join(unknown)}))
        settings = cls(**{**_D, **values})
        settings.check()
        return settings

    def check(self) -> None:
        """Raise SettingsError naming the first setting that its spec or a rule refuses."""
        for spec in SETTING_SPECS:
            problem = spec.check(getattr(self, spec.name))
            if problem:
                raise SettingsError(problem)
        if self.folds == 1:
            raise SettingsError(Message("one_fold"))
        if self.nesterov and (self.optimizer != "sgd" or self.momentum == 0):
            raise SettingsError(Message("nesterov_needs_sgd"))
        if self.early_stopping_patience and self.validation_fraction == 0:
            raise SettingsError(Message("early_stopping_needs_validation"))
        if self.objective == "reconstruct" and self.folds:
            raise SettingsError(Message("reconstruct_without_folds"))
