"""One training job, start to end, reported through one callback of typed events (no Qt).

It loads the data (or takes a ready dataset), chooses torch's thread count, trains (or
cross-validates), draws the live probes (decision regions, a regression's fit), runs the training
doctor, and sends each of these as an event from `events` or `training_events`. The training
process (`child`) runs it; so can a thread or a test.
"""

from __future__ import annotations

import dataclasses
import math
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch

from netbuilder.document.messages import Message
from netbuilder.document.project import Project
from netbuilder.document.two_d import is_two_d
from netbuilder.engine.data import load_dataset
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.doctor import Doctor
from netbuilder.engine.errors import USER_ERRORS, failure_code
from netbuilder.engine.experiment import epoch_saver, run_experiment
from netbuilder.engine.fit import FitProbe, has_fit
from netbuilder.engine.kfold import cross_validate
from netbuilder.engine.reconstruction import for_task
from netbuilder.engine.regions import Probe, RegionProbe, plane_extent
from netbuilder.engine.remote.events import (
    DataLoaded,
    DataProgress,
    Diagnosed,
    FoldsFinished,
    FoldStarted,
    RunEnded,
    RunEvent,
    RunFailed,
    Trained,
)
from netbuilder.engine.single_step import StepRecord
from netbuilder.engine.threads import choose_threads
from netbuilder.engine.training_control import TrainingControl
from netbuilder.engine.training_events import BatchReport, EpochHook, EpochReport, StepUndone

MAX_EMITS_PER_SECOND = 25
CHECKPOINT_SECONDS = 2.0  # a run that dies loses at most this much training (and fsyncs rarely)
Emit = Callable[[RunEvent], None]


@dataclass(frozen=True)
class TrainingJob:
    """Everything one run needs, fixed when Start is pressed (the project is already a copy).
    Picklable: it crosses into the training process."""

    project: Project
    dataset_name: str
    data_dir: Path | None = None
    download: bool = True
    limit_train: int | None = None
    threads: int | None = None
    """torch threads for the run; None: measured on the data (engine/threads.py), leaving the
    caller's thread a core."""
    dataset: Dataset | None = None  # a ready dataset (tests, benchmarks) skips loading
    train: bool = True  # False: only load (download) the data
    tensorboard: Path | None = None  # write this run's TensorBoard events here
    checkpoint: Path | None = None  # save the run so far here after every epoch


def loss_for(project: Project, dataset: Dataset) -> Project:
    """As `netbuilder train` does: a regression trains with mse where cross-entropy was chosen."""
    if dataset.task != "regression" or project.training.loss != "cross_entropy":
        return project
    project = project.copy()
    project.training = dataclasses.replace(project.training, loss="mse")
    return project


def run_job(job: TrainingJob, control: TrainingControl, emit: Emit) -> None:
    """Run `job`, sending every event to `emit`; RunEnded always comes last."""
    _Run(job, control, emit).run()


class _Run:
    def __init__(self, job: TrainingJob, control: TrainingControl, emit: Emit) -> None:
        self.job = job
        self.control = control
        self.emit = emit
        self.doctor = Doctor(job.project.training)
        self.probe: Probe | None = None

    def run(self) -> None:
        previous_threads = torch.get_num_threads()
        try:
            self._run()
        except USER_ERRORS as error:
            self._diagnose(error)
            self.emit(RunFailed(failure_code(error), _message_of(error), str(error)))
        except MemoryError:
            self.emit(RunFailed("failed_out_of_memory", Message("out_of_memory")))
        except Exception as error:  # a bug or an odd layer: say what happened, keep going
            details = "".join(traceback.format_exception_only(type(error), error)).strip()
            self.emit(
                RunFailed("failed_training", Message("unexpected_error", {"details": details}))
            )
        finally:
            torch.set_num_threads(previous_threads)
            self.emit(RunEnded())

    def _run(self) -> None:
        dataset = self.job.dataset or self._load()
        if self.job.train:
            dataset = for_task(self.job.project, dataset)  # an autoencoder's: pixels 0..1
        self.emit(DataLoaded(dataset.title, dataset.synthetic, len(dataset.train), dataset.task))
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
        project = loss_for(self.job.project, dataset)
        checkpoint = self.job.checkpoint
        trained = run_experiment(
            project,
            dataset,
            self._on_event,
            self.control,
            report_interval=1 / MAX_EMITS_PER_SECOND,
            tensorboard=self.job.tensorboard,
            on_epoch=_every(CHECKPOINT_SECONDS, epoch_saver(checkpoint, project, dataset))
            if checkpoint
            else None,
            on_model=self.probe.attach if self.probe else None,
        )
        self.doctor.compare(trained.baseline)
        self._diagnose()
        if isinstance(self.probe, FitProbe):  # the final fit, whatever the throttle says
            self.emit(self.probe.frame(force=True))
        self.emit(Trained(trained))

    def _cross_validate(self, dataset: Dataset) -> None:
        """Each fold trains as a run of its own: its curves, its row in the Runs table."""

        def finished(_k: int, trained) -> None:
            self.doctor.compare(trained.baseline)
            self._diagnose()
            self.emit(Trained(trained))

        results = cross_validate(
            self.job.project,
            dataset,
            self.job.project.training.folds,
            self._on_event,
            announce=lambda k, folds, _train, _held: self.emit(FoldStarted(k, folds)),
            control=self.control,
            on_fold=finished,
            on_model=self.probe.attach if self.probe else None,
            report_interval=1 / MAX_EMITS_PER_SECOND,
        )
        self.emit(FoldsFinished(results))

    @staticmethod
    def _probe(dataset: Dataset) -> Probe | None:
        """What to draw live: 2-D points' decision regions, or a regression's fit."""
        if is_two_d(dataset.name):
            return RegionProbe(plane_extent(dataset))
        return FitProbe(dataset) if has_fit(dataset) else None

    def _load(self) -> Dataset:
        job = self.job
        self.emit(DataProgress(f"Loading {job.dataset_name}…", -1.0))
        dataset = load_dataset(
            job.dataset_name,
            job.data_dir,
            download=job.download,
            progress=lambda message, fraction: self.emit(DataProgress(message, fraction)),
            limit_train=job.limit_train or job.project.training.limit_train or None,
            seed=job.project.training.seed,
            params=job.project.dataset_params,
        )
        self.emit(DataProgress(f"Loaded {dataset.title}", 1.0))
        return dataset

    def _on_event(self, event) -> None:
        """The loop's callback: pass the event on, then the probes and the doctor."""
        self.emit(event)
        if isinstance(event, BatchReport) and self.probe is not None:
            frame = self.probe.frame()
            if frame is not None:
                self.emit(frame)
        if isinstance(event, StepRecord | StepUndone):
            return
        self.doctor(event)
        if isinstance(event, EpochReport):
            self._diagnose()

    def _diagnose(self, error: BaseException | None = None) -> None:
        if error is not None:
            self.doctor.failed(error)
        self.emit(Diagnosed(self.doctor.diagnoses()))


def _every(seconds: float, hook: EpochHook) -> EpochHook:
    """`hook` after the first epoch, then after an epoch only if `seconds` have passed."""
    last = [-math.inf]

    def throttled(model, optimizer, report) -> None:
        now = time.monotonic()
        if now - last[0] >= seconds:
            last[0] = now
            hook(model, optimizer, report)

    return throttled


def _message_of(error: Exception) -> Message | None:
    """The error's own message when it carries one (the window words it in its language)."""
    message = getattr(error, "message", None)
    return message if isinstance(message, Message) else None
