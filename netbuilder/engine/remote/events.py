"""What a run tells its caller besides the loop's own events: one small dataclass per thing that
happened. Every event is picklable (plain numbers, strings, NumPy copies, or a trained model), so
it can cross a process boundary; the receiver handles each by its type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from netbuilder.document.messages import Message
from netbuilder.engine.doctor import Diagnosis
from netbuilder.engine.fit import FitFrame
from netbuilder.engine.gradient_flow import GradientReport
from netbuilder.engine.kfold import FoldResults
from netbuilder.engine.regions import RegionFrame
from netbuilder.engine.single_step import StepRecord
from netbuilder.engine.training_events import (
    BatchReport,
    EpochReport,
    ReconstructionSnapshot,
    StepUndone,
    TrainingFinished,
    WeightsSnapshot,
)


@dataclass(frozen=True)
class DataProgress:
    message: str
    fraction: float  # 0..1, or -1 when unknown


@dataclass(frozen=True)
class DataLoaded:
    title: str
    synthetic: bool
    count: int  # training samples
    task: str  # "classification" or "regression"


@dataclass(frozen=True)
class Diagnosed:
    """The training doctor's findings so far (all of them, not only the new ones)."""

    diagnoses: list[Diagnosis]


@dataclass(frozen=True)
class FoldStarted:
    k: int
    folds: int


@dataclass(frozen=True)
class FoldsFinished:
    results: FoldResults


@dataclass(frozen=True, eq=False)
class Trained:
    """A run (or one fold) ended with a model: a TrainedModel with its own project copy."""

    trained: Any


@dataclass(frozen=True)
class RunFailed:
    """A run that failed: `code` titles it (a failed_... message code); `message` says why, as
    data the window words in its language (`text` when the error carried no message)."""

    code: str
    message: Message | None = None
    text: str = ""


@dataclass(frozen=True)
class RunEnded:
    """Always last, after Trained or RunFailed."""


RunEvent = (
    DataProgress
    | DataLoaded
    | BatchReport
    | EpochReport
    | WeightsSnapshot
    | ReconstructionSnapshot
    | GradientReport
    | Diagnosed
    | RegionFrame
    | FitFrame
    | StepRecord
    | StepUndone
    | TrainingFinished
    | FoldStarted
    | FoldsFinished
    | Trained
    | RunFailed
    | RunEnded
)
