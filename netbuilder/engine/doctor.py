"""The training doctor: why a network is not learning, in plain words, with a fix where one exists.

`Doctor` is a training callback that keeps what it needs from the events (batch losses, gradient
flow, each epoch's unit activity); `diagnose` is a pure function of those observations and the
settings, so every rule can be tested on numbers alone.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from netbuilder.document.messages import Message, english
from netbuilder.document.setting_specs import SPECS
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.baseline import Baseline
from netbuilder.engine.gradient_flow import GradientReport
from netbuilder.engine.training_events import BatchReport, EpochReport, LossNotFiniteError

DEAD_SHARE = 0.5  # a ReLU layer with this share of units never active is "dead"
SATURATED_SHARE = 0.5  # a Sigmoid / Tanh layer with this share of outputs on the flat parts
VANISHING_RATIO = 1e-3  # smallest layer's gradient norm / last layer's
EXPLODING_NORM = 1e3
COLLAPSED_SHARE = 0.9  # of the images predicted as one class
LINEAR_MARGIN = 0.01  # a network this far below the linear model's accuracy or R² is worse


@dataclass(frozen=True)
class Fix:
    """One click: these training settings changes (names of TrainingSettings fields).

    `code` and `args` say it in words (a code of `messages.ENGLISH`: "fix_lower_lr", ...).
    """

    code: str
    args: Mapping[str, Any]
    changes: dict[str, Any]

    @property
    def about(self) -> Message:
        return Message(self.code, self.args)

    @property
    def label(self) -> str:
        """In English (the CLI's; the GUI renders `about` in its language)."""
        return english(self.about)


@dataclass(frozen=True)
class Diagnosis:
    """A finding: its `code` (a code of `messages.ENGLISH`) and the numbers its sentence names."""

    code: str
    args: Mapping[str, Any] = field(default_factory=dict)
    layer: str | None = None
    fix: Fix | None = None
    lesson: str = ""

    @property
    def about(self) -> Message:
        return Message(self.code, self.args)

    @property
    def message(self) -> str:
        """In English (the CLI's; the GUI renders `about` in its language)."""
        return english(self.about)

    def to_dict(self) -> dict[str, Any]:
        fix = None
        if self.fix:
            fix = {"code": self.fix.code, "label": self.fix.label, "changes": self.fix.changes}
        return {
            "code": self.code,
            "args": {key: _plain(value) for key, value in self.args.items()},
            "message": self.message,
            "layer": self.layer,
            "fix": fix,
            "lesson": self.lesson,
        }


def _plain(value: Any) -> Any:
    """A NumPy number as a Python one, for JSON."""
    return value.item() if hasattr(value, "item") else value


@dataclass
class Observations:
    batch_losses: list[float] = field(default_factory=list)
    epochs: list[EpochReport] = field(default_factory=list)
    gradients: GradientReport | None = None
    loss_not_finite: bool = False
    baseline: Baseline | None = None


class Doctor:
    """A training callback that watches; `diagnoses()` says what it found so far."""

    def __init__(self, settings: TrainingSettings) -> None:
        self.settings = settings
        self.seen = Observations()

    def __call__(self, event: object) -> None:
        if isinstance(event, BatchReport):
            self.seen.batch_losses.append(event.loss)
        elif isinstance(event, EpochReport):
            self.seen.epochs.append(event)
        elif isinstance(event, GradientReport):
            self.seen.gradients = event

    def failed(self, error: BaseException) -> None:
        if isinstance(error, LossNotFiniteError):
            self.seen.loss_not_finite = True

    def compare(self, baseline: Baseline | None) -> None:
        """The run was scored: its baselines (and its own test score) are known."""
        self.seen.baseline = baseline

    def diagnoses(self) -> list[Diagnosis]:
        return diagnose(self.seen, self.settings)


def diagnose(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    """Every problem the observations show, most urgent first; [] for a healthy run."""
    found = _loss_nan(seen, settings)
    if not found:
        found = _loss_trend(seen, settings)
    checks = (_dead, _saturated, _vanishing, _exploding, _overfitting, _collapsed, _below_linear)
    for check in checks:
        found += check(seen, settings)
    return found


def _lower_lr(settings: TrainingSettings) -> Fix | None:
    """A tenth of the rate, if the settings allow it (none below the spec's least rate)."""
    lr = settings.learning_rate / 10
    if lr < SPECS["learning_rate"].minimum:
        return None
    return Fix("fix_lower_lr", {"lr": lr}, {"learning_rate": lr})


def _loss_nan(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    if not (seen.loss_not_finite or any(not math.isfinite(v) for v in seen.batch_losses)):
        return []
    args = {"lr": settings.learning_rate}
    return [Diagnosis("loss_nan", args, fix=_lower_lr(settings), lesson="learning-rate")]


def _loss_trend(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    # Three epochs' mean losses are the steadier trend; a window's batch reports are throttled by
    # time, so a handful of them (the last a short, noisy batch) could read as a fall or a rise.
    epoch_losses = [e.train_loss for e in seen.epochs]
    losses = epoch_losses if len(epoch_losses) >= 3 else seen.batch_losses
    if len(losses) < (3 if losses is epoch_losses else 8):
        return []
    quarter = max(1, len(losses) // 4)
    first, last = statistics.median(losses[:quarter]), statistics.median(losses[-quarter:])
    args = {"first": first, "last": last, "lr": settings.learning_rate}
    if last > 1.5 * first:
        fix = _lower_lr(settings)
        return [Diagnosis("loss_diverging", args, fix=fix, lesson="learning-rate")]
    if first - last < 0.01 * first and last > 0.05:
        fix = _flat_fix(settings)
        return [Diagnosis("loss_flat", args, fix=fix, lesson="learning-rate")]
    return []


def _flat_fix(settings: TrainingSettings) -> Fix:
    lr = settings.learning_rate * 10
    if lr <= 1:
        return Fix("fix_raise_lr", {"lr": lr}, {"learning_rate": lr})
    return _KAIMING


_KAIMING = Fix("fix_kaiming", {}, {"init": "kaiming"})
_XAVIER = Fix("fix_xavier", {}, {"init": "xavier"})


def _last_epoch(seen: Observations) -> EpochReport | None:
    return seen.epochs[-1] if seen.epochs else None


def _dead(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    epoch = _last_epoch(seen)
    if epoch is None:
        return []
    fix = _KAIMING if settings.init != "kaiming" else _lower_lr(settings)
    return [
        Diagnosis("dead_relu", {"layer": label, "share": share}, label, fix, lesson="activations")
        for label, share in epoch.dead_units.items()
        if share >= DEAD_SHARE
    ]


def _saturated(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    epoch = _last_epoch(seen)
    if epoch is None:
        return []
    fix = _XAVIER if settings.init != "xavier" else None
    return [
        Diagnosis("saturated", {"layer": label, "share": share}, label, fix, lesson="activations")
        for label, share in epoch.saturated_units.items()
        if share >= SATURATED_SHARE
    ]


def _latest_norms(seen: Observations) -> dict[str, float]:
    epoch = _last_epoch(seen)
    if epoch is not None and epoch.gradient_norms:
        return epoch.gradient_norms
    if seen.gradients is not None:
        return dict(zip(seen.gradients.labels, seen.gradients.gradient_norms.tolist(), strict=True))
    return {}


def _vanishing(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    norms = _latest_norms(seen)
    if len(norms) < 3:
        return []
    last_label, last = list(norms.items())[-1]
    label, smallest = min(norms.items(), key=lambda item: item[1])
    if not (last > 0 and smallest / last < VANISHING_RATIO):
        return []
    args = {"layer": label, "times": last / max(smallest, 1e-30), "last_layer": last_label}
    return [Diagnosis("vanishing_gradients", args, label, lesson="vanishing-gradients")]


def _exploding(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    norms = _latest_norms(seen)
    if not norms:
        return []
    label, largest = max(
        norms.items(), key=lambda item: item[1] if math.isfinite(item[1]) else 1e30
    )
    if math.isfinite(largest) and largest < EXPLODING_NORM:
        return []
    args = {"layer": label, "norm": largest}
    fix = _lower_lr(settings)
    return [Diagnosis("exploding_gradients", args, label, fix, lesson="vanishing-gradients")]


def _overfitting(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    epochs = [e for e in seen.epochs if e.val_loss is not None and math.isfinite(e.val_loss)]
    if len(epochs) < 3:
        return []
    best = min(range(len(epochs)), key=lambda i: epochs[i].val_loss)
    now = epochs[-1]
    rising = now.val_loss > epochs[-2].val_loss > epochs[best].val_loss * 1.02
    rising = rising and best <= len(epochs) - 3 and now.val_loss > 1.05 * epochs[best].val_loss
    if not (rising and now.train_loss < epochs[best].train_loss):
        return []
    decay = max(settings.weight_decay * 10, 1e-4)
    changes: dict[str, Any] = {"weight_decay": decay}
    code = "fix_weight_decay"
    if not settings.early_stopping_patience:
        changes["early_stopping_patience"] = 2
        code = "fix_weight_decay_stop_early"
    args = {
        "best_loss": epochs[best].val_loss,
        "best_epoch": epochs[best].epoch,
        "loss": now.val_loss,
    }
    fix = Fix(code, {"weight_decay": decay}, changes)
    return [Diagnosis("overfitting", args, fix=fix, lesson="overfitting")]


def _collapsed(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    epoch = _last_epoch(seen)
    shares = epoch.prediction_shares if epoch is not None else ()
    if len(shares) < 3 or max(shares) < COLLAPSED_SHARE:
        return []
    top = max(range(len(shares)), key=shares.__getitem__)
    args = {"share": shares[top], "top": top}
    return [Diagnosis("collapsed_predictions", args, lesson="learning-rate")]


def _below_linear(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    """The network scores below a straight line (a linear model) fitted on the same split."""
    baseline = seen.baseline
    if baseline is None or baseline.linear is None or baseline.network is None:
        return []
    if not baseline.network < baseline.linear - LINEAR_MARGIN:
        return []
    args = {"network": baseline.network, "linear": baseline.linear, "constant": baseline.constant}
    if baseline.task == "regression":
        return [Diagnosis("worse_than_linear_r2", args)]
    return [Diagnosis("worse_than_linear_accuracy", args)]
