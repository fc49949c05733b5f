"""The training doctor: why a network is not learning, in plain words, with a fix where one exists.

`Doctor` is a training callback that keeps what it needs from the events (batch losses, gradient
flow, each epoch's unit activity); `diagnose` is a pure function of those observations and the
settings, so every rule can be tested on numbers alone.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from typing import Any

from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.gradient_flow import GradientReport
from netbuilder.engine.training_events import BatchReport, EpochReport, LossNotFiniteError

DEAD_SHARE = 0.5  # a ReLU layer with this share of units never active is "dead"
SATURATED_SHARE = 0.5  # a Sigmoid / Tanh layer with this share of outputs on the flat parts
VANISHING_RATIO = 1e-3  # smallest layer's gradient norm / last layer's
EXPLODING_NORM = 1e3
COLLAPSED_SHARE = 0.9  # of the images predicted as one class


@dataclass(frozen=True)
class Fix:
    """One click: these training settings changes (names of TrainingSettings fields)."""

    label: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class Diagnosis:
    code: str
    message: str
    layer: str | None = None
    fix: Fix | None = None
    lesson: str = ""

    def to_dict(self) -> dict[str, Any]:
        fix = {"label": self.fix.label, "changes": self.fix.changes} if self.fix else None
        return {
            "code": self.code,
            "message": self.message,
            "layer": self.layer,
            "fix": fix,
            "lesson": self.lesson,
        }


@dataclass
class Observations:
    batch_losses: list[float] = field(default_factory=list)
    epochs: list[EpochReport] = field(default_factory=list)
    gradients: GradientReport | None = None
    loss_not_finite: bool = False


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

    def diagnoses(self) -> list[Diagnosis]:
        return diagnose(self.seen, self.settings)


def diagnose(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    """Every problem the observations show, most urgent first; [] for a healthy run."""
    found = _loss_nan(seen, settings)
    if not found:
        found = _loss_trend(seen, settings)
    for check in (_dead, _saturated, _vanishing, _exploding, _overfitting, _collapsed):
        found += check(seen, settings)
    return found


def _lower_lr(settings: TrainingSettings) -> Fix:
    lr = settings.learning_rate / 10
    return Fix(f"Lower the learning rate to {lr:g}", {"learning_rate": lr})


def _loss_nan(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    if not (seen.loss_not_finite or any(not math.isfinite(v) for v in seen.batch_losses)):
        return []
    return [
        Diagnosis(
            "loss_nan",
            f"The loss became NaN (not a number): with learning rate {settings.learning_rate:g} "
            "the steps are so big that the weights blew up.",
            fix=_lower_lr(settings),
            lesson="learning-rate",
        )
    ]


def _loss_trend(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    # Three epochs' mean losses are the steadier trend; a window's batch reports are throttled by
    # time, so a handful of them (the last a short, noisy batch) could read as a fall or a rise.
    epoch_losses = [e.train_loss for e in seen.epochs]
    losses = epoch_losses if len(epoch_losses) >= 3 else seen.batch_losses
    if len(losses) < (3 if losses is epoch_losses else 8):
        return []
    quarter = max(1, len(losses) // 4)
    first, last = statistics.median(losses[:quarter]), statistics.median(losses[-quarter:])
    if last > 1.5 * first:
        return [
            Diagnosis(
                "loss_diverging",
                f"The loss is growing ({first:.3g} -> {last:.3g}) instead of falling: the steps "
                f"overshoot. Learning rate {settings.learning_rate:g} is too high.",
                fix=_lower_lr(settings),
                lesson="learning-rate",
            )
        ]
    if first - last < 0.01 * first and last > 0.05:
        return [
            Diagnosis(
                "loss_flat",
                f"The loss is flat ({first:.3g} -> {last:.3g}): the network is not learning. "
                "The learning rate may be too low, or the initial weights poor.",
                fix=_flat_fix(settings),
                lesson="learning-rate",
            )
        ]
    return []


def _flat_fix(settings: TrainingSettings) -> Fix:
    lr = settings.learning_rate * 10
    if lr <= 1:
        return Fix(f"Raise the learning rate to {lr:g}", {"learning_rate": lr})
    return Fix("Use Kaiming initialisation", {"init": "kaiming"})


def _last_epoch(seen: Observations) -> EpochReport | None:
    return seen.epochs[-1] if seen.epochs else None


def _dead(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    epoch = _last_epoch(seen)
    if epoch is None:
        return []
    fix = (
        Fix("Use Kaiming initialisation", {"init": "kaiming"})
        if settings.init != "kaiming"
        else _lower_lr(settings)
    )
    return [
        Diagnosis(
            "dead_relu",
            f"Layer {label}: {share:.0%} of its units output 0 for every image (dead ReLUs); "
            "they pass no gradient back, so they never recover. Lower the learning rate, "
            "change the initialisation, or use LeakyReLU.",
            layer=label,
            fix=fix,
            lesson="activations",
        )
        for label, share in epoch.dead_units.items()
        if share >= DEAD_SHARE
    ]


def _saturated(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    epoch = _last_epoch(seen)
    if epoch is None:
        return []
    fix = (
        Fix("Use Xavier initialisation", {"init": "xavier"}) if settings.init != "xavier" else None
    )
    return [
        Diagnosis(
            "saturated",
            f"Layer {label}: {share:.0%} of its outputs sit on the flat ends of the curve "
            "(slope under 0.01), so almost no gradient gets through. Smaller initial weights, "
            "BatchNorm before it, or ReLU instead will help.",
            layer=label,
            fix=fix,
            lesson="activations",
        )
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
    times = last / max(smallest, 1e-30)
    return [
        Diagnosis(
            "vanishing_gradients",
            f"Vanishing gradients: layer {label} gets a gradient {times:,.0f} times smaller than "
            f"layer {last_label}, so it barely learns. Use ReLU instead of Sigmoid/Tanh, add "
            "BatchNorm, or make the network shallower.",
            layer=label,
            lesson="vanishing-gradients",
        )
    ]


def _exploding(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    norms = _latest_norms(seen)
    if not norms:
        return []
    label, largest = max(
        norms.items(), key=lambda item: item[1] if math.isfinite(item[1]) else 1e30
    )
    if math.isfinite(largest) and largest < EXPLODING_NORM:
        return []
    return [
        Diagnosis(
            "exploding_gradients",
            f"Exploding gradients: layer {label} has a gradient norm of {largest:.3g}; steps "
            "that big throw the weights around. Lower the learning rate, or add BatchNorm.",
            layer=label,
            fix=_lower_lr(settings),
            lesson="vanishing-gradients",
        )
    ]


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
    changes: dict[str, Any] = {"weight_decay": max(settings.weight_decay * 10, 1e-4)}
    label = f"Add weight decay {changes['weight_decay']:g}"
    if not settings.early_stopping_patience:
        changes["early_stopping_patience"] = 2
        label += " and stop early"
    return [
        Diagnosis(
            "overfitting",
            f"Overfitting: validation loss rose from {epochs[best].val_loss:.3g} (epoch "
            f"{epochs[best].epoch}) to {now.val_loss:.3g} while training loss kept falling: the "
            "network is memorising the training samples. Add Dropout or weight decay (L2), or "
            "stop early.",
            fix=Fix(label, changes),
            lesson="overfitting",
        )
    ]


def _collapsed(seen: Observations, settings: TrainingSettings) -> list[Diagnosis]:
    epoch = _last_epoch(seen)
    shares = epoch.prediction_shares if epoch is not None else ()
    if len(shares) < 3 or max(shares) < COLLAPSED_SHARE:
        return []
    top = max(range(len(shares)), key=shares.__getitem__)
    return [
        Diagnosis(
            "collapsed_predictions",
            f"The predictions collapsed onto one class: {shares[top]:.0%} of the images are "
            f"put in class {top}. The network ignores its input; often the learning rate is too "
            "high or too low, or the output layer's start is badly off.",
            lesson="learning-rate",
        )
    ]
