"""What a training run tells its caller: the events its callback gets, its result, its errors.

Every event holds plain numbers and CPU numpy copies, never tensors the loop keeps changing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import torch
from torch import nn

from netbuilder.document.messages import Message, english
from netbuilder.engine.gradient_flow import GradientReport
from netbuilder.engine.single_step import StepRecord


class TrainingError(RuntimeError):
    """Training could not go on; the message says why and what to change (a Message where one
    was given: `.message`, None for a plain text)."""

    def __init__(self, reason: str | Message = "") -> None:
        self.message = reason if isinstance(reason, Message) else None
        super().__init__(english(reason) if isinstance(reason, Message) else reason)


class LossNotFiniteError(TrainingError):
    """The loss became NaN or infinite: the learning rate is almost always too high."""


@dataclass(frozen=True)
class BatchReport:
    """Progress since the previous report; loss and accuracy are means over those batches."""

    epoch: int
    epochs: int
    batch: int
    batches_per_epoch: int
    samples_seen: int
    loss: float
    accuracy: float
    samples_per_second: float
    progress: float
    learning_rate: float
    elapsed_seconds: float


@dataclass(frozen=True)
class EpochReport:
    epoch: int
    epochs: int
    train_loss: float
    train_accuracy: float
    val_loss: float | None
    val_accuracy: float | None
    learning_rate: float
    seconds: float
    gradient_norms: dict[str, float] = field(default_factory=dict)
    """Each learnable layer's mean gradient norm over the epoch, by label ("2 Linear")."""
    dead_units: dict[str, float] = field(default_factory=dict)
    saturated_units: dict[str, float] = field(default_factory=dict)
    prediction_shares: tuple[float, ...] = ()
    """Measured after the epoch on a fixed training batch: see engine/activity.py."""


@dataclass(frozen=True, eq=False)
class WeightsSnapshot:
    """A CPU copy of the first learnable layer's weight; layer_index is its place in the model."""

    epoch: int
    batch: int
    layer_index: int
    weights: np.ndarray


@dataclass(frozen=True)
class TrainingFinished:
    reason: Literal["completed", "stopped", "early_stopping"]
    epochs_run: int
    best_val_loss: float | None
    seconds: float
    samples_per_second: float


@dataclass(frozen=True)
class StepUndone:
    """A paused run undid its latest single step (or had none to undo: `undone` False)."""

    epoch: int
    batch: int
    """Batches of the epoch trained now that the step is undone."""
    undo_depth: int
    undone: bool


@dataclass(frozen=True)
class ReconstructionSnapshot:
    """A few fixed test images (what the network got), their targets and its reconstructions,
    as CPU float32 (N, C, H, W) arrays in 0..1, sent while training."""

    epoch: int
    batch: int
    inputs: np.ndarray
    targets: np.ndarray
    outputs: np.ndarray
    labels: tuple[int, ...] = ()


TrainingEvent = (
    BatchReport
    | EpochReport
    | WeightsSnapshot
    | ReconstructionSnapshot
    | GradientReport
    | StepRecord
    | StepUndone
    | TrainingFinished
)
Callback = Callable[[TrainingEvent], None]
EpochHook = Callable[[nn.Module, torch.optim.Optimizer, EpochReport], None]
"""Called in the training thread after each epoch, e.g. to save a checkpoint of the run so far."""


@dataclass
class TrainingResult:
    history: list[EpochReport]
    finished: TrainingFinished
    device: torch.device
    best_epoch: int | None = None
    restored_best: bool = False
    optimizer: torch.optim.Optimizer | None = None
