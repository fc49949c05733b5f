"""The training worker: a QObject that lives on its own QThread, loads data and trains.

It wraps the Qt-free core (`load_dataset` + `run_experiment`) and turns the core's callback events
into Qt signals carrying plain numbers and numpy copies. The core itself merges batches into at
most `MAX_EMITS_PER_SECOND` reports (plus one at each epoch's end), so the GUI is never flooded.
"""

from __future__ import annotations

import dataclasses
import traceback
from dataclasses import dataclass
from pathlib import Path

import torch
from PySide6.QtCore import QObject, Signal, Slot

from netbuilder.document.messages import Message
from netbuilder.document.project import Project
from netbuilder.document.two_d import is_two_d
from netbuilder.engine.data import load_dataset
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.doctor import Doctor
from netbuilder.engine.errors import USER_ERRORS, failure_code
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.fit import FitProbe, has_fit
from netbuilder.engine.gradient_flow import GradientReport
from netbuilder.engine.kfold import cross_validate
from netbuilder.engine.regions import Probe, RegionProbe, plane_extent
from netbuilder.engine.single_step import StepRecord
from netbuilder.engine.threads import choose_threads
from netbuilder.engine.training_control import TrainingControl
from netbuilder.engine.training_events import (
    BatchReport,
    EpochReport,
    StepUndone,
    TrainingEvent,
    WeightsSnapshot,
)
from netbuilder.gui import messages

MAX_EMITS_PER_SECOND = 25


@dataclass(frozen=True)
class TrainingJob:
    """Everything one run needs, fixed when Start is pressed (the project is already a copy)."""

    project: Project
    dataset_name: str
    data_dir: Path | None = None
    download: bool = True
    limit_train: int | None = None
    threads: int | None = None
    """torch threads for the run; None: measured on the data (engine/threads.py), leaving the GUI
    thread a core."""
    dataset: Dataset | None = None  # a ready dataset (tests, benchmarks) skips loading
    train: bool = True  # False: only load (download) the data
    tensorboard: Path | None = None  # write this run's TensorBoard events here


def _loss_for(project: Project, dataset: Dataset) -> Project:
    """As `netbuilder train` does: a regression trains with mse where cross-entropy was chosen."""
    if dataset.task != "regression" or project.training.loss != "cross_entropy":
        return project
    project = project.copy()
    project.training = dataclasses.replace(project.training, loss="mse")
    return project


class TrainingWorker(QObject):
    """Runs one TrainingJob when `run` is invoked on its thread; reports only through signals."""

    data_progressed = Signal(str, float)  # message, fraction 0..1 (or -1 when unknown)
    data_loaded = Signal(str, bool, int)  # dataset title, synthetic?, training samples
    task_known = Signal(str)  # "classification" or "regression", right after data_loaded
    batch_reported = Signal(object)  # BatchReport: plain numbers
    epoch_finished = Signal(object)  # EpochReport
    weights_updated = Signal(object)  # WeightsSnapshot: a numpy copy
    gradients_reported = Signal(object)  # GradientReport: per-layer numpy arrays
    diagnosed = Signal(object)  # list[Diagnosis]: the training doctor's findings so far
    regions_updated = Signal(object)  # RegionFrame: 2-D data's decision regions, a few a second
    step_taken = Signal(object)  # StepRecord: one batch trained while paused, numpy copies
    step_undone = Signal(object)  # StepUndone
    fit_updated = Signal(object)  # FitFrame: a regression's prediction over its data, likewise
    training_finished = Signal(object)  # TrainedModel (with its own project copy)
    fold_started = Signal(int, int)  # k-fold cross-validation: fold k of K begins to train
    folds_finished = Signal(object)  # FoldResults, after the last fold (or the one stopped in)
    training_failed = Signal(str, str)  # a failed_... message code (the title), the message
    run_ended = Signal()  # always last, after finished or failed: the thread may quit

    def __init__(self, job: TrainingJob, control: TrainingControl) -> None:
        super().__init__()
        self.job = job
        self.control = control
        self.doctor = Doctor(job.project.training)
        self.probe: Probe | None = None

    @Slot()
    def run(self) -> None:
        previous_threads = torch.get_num_threads()
        try:
            self._run()
        except USER_ERRORS as error:
            self._diagnose(error)
            self.training_failed.emit(failure_code(error), messages.error_text(error))
        except Exception as error:  # a bug or an odd layer: say what happened, keep the app alive
            details = "".join(traceback.format_exception_only(type(error), error)).strip()
            unexpected = messages.text(Message("unexpected_error", {"details": details}))
            self.training_failed.emit("failed_training", unexpected)
        finally:
            torch.set_num_threads(previous_threads)
            self.run_ended.emit()

    def _run(self) -> None:
        dataset = self.job.dataset or self._load()
        self.data_loaded.emit(dataset.title, dataset.synthetic, len(dataset.train))
        self.task_known.emit(dataset.task)
        if not self.job.train or self.control.stop_requested:
            return
        if self.job.threads:
            torch.set_num_threads(self.job.threads)
        else:
            choose_threads(self.job.project, dataset, leave_free=1)
        self.probe = self._probe(dataset)
        if self.job.project.training.folds >= 2:
            self._cross_validate(dataset)
            return
        trained = run_experiment(
            _loss_for(self.job.project, dataset),
            dataset,
            self._on_event,
            self.control,
            report_interval=1 / MAX_EMITS_PER_SECOND,
            tensorboard=self.job.tensorboard,
            on_model=self.probe.attach if self.probe else None,
        )
        self._diagnose()
        if isinstance(self.probe, FitProbe):  # the final fit, whatever the throttle says
            self.fit_updated.emit(self.probe.frame(force=True))
        self.training_finished.emit(trained)

    def _cross_validate(self, dataset: Dataset) -> None:
        """Each fold trains as a run of its own: its curves, its row in the Runs table."""

        def finished(_k: int, trained) -> None:
            self._diagnose()
            self.training_finished.emit(trained)

        results = cross_validate(
            self.job.project,
            dataset,
            self.job.project.training.folds,
            self._on_event,
            announce=lambda k, folds, _train, _held: self.fold_started.emit(k, folds),
            control=self.control,
            on_fold=finished,
            on_model=self.probe.attach if self.probe else None,
            report_interval=1 / MAX_EMITS_PER_SECOND,
        )
        self.folds_finished.emit(results)

    @staticmethod
    def _probe(dataset: Dataset) -> Probe | None:
        """What to draw live: 2-D points' decision regions, or a regression's fit."""
        if is_two_d(dataset.name):
            return RegionProbe(plane_extent(dataset))
        return FitProbe(dataset) if has_fit(dataset) else None

    def _load(self) -> Dataset:
        job = self.job
        self.data_progressed.emit(f"Loading {job.dataset_name}…", -1.0)
        dataset = load_dataset(
            job.dataset_name,
            job.data_dir,
            download=job.download,
            progress=self.data_progressed.emit,
            limit_train=job.limit_train or job.project.training.limit_train or None,
            seed=job.project.training.seed,
            params=job.project.dataset_params,
        )
        self.data_progressed.emit(f"Loaded {dataset.title}", 1.0)
        return dataset

    def _on_event(self, event: TrainingEvent) -> None:
        """The core's callback, on this thread: events hold plain numbers and numpy copies."""
        if isinstance(event, BatchReport):
            self.batch_reported.emit(event)
            frame = self.probe.frame() if self.probe is not None else None
            if frame is not None:
                signal = (
                    self.fit_updated if isinstance(self.probe, FitProbe) else self.regions_updated
                )
                signal.emit(frame)
        elif isinstance(event, WeightsSnapshot):
            self.weights_updated.emit(event)
        elif isinstance(event, EpochReport):
            self.epoch_finished.emit(event)
            self.doctor(event)
            self._diagnose()
            return
        elif isinstance(event, GradientReport):
            self.gradients_reported.emit(event)
        elif isinstance(event, StepRecord):
            self.step_taken.emit(event)
            return
        elif isinstance(event, StepUndone):
            self.step_undone.emit(event)
            return
        self.doctor(event)

    def _diagnose(self, error: BaseException | None = None) -> None:
        if error is not None:
            self.doctor.failed(error)
        self.diagnosed.emit(self.doctor.diagnoses())
