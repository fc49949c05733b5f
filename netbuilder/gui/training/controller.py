"""Starts, pauses and stops training runs; owns the worker thread and the last trained model.

One `TrainingWorker` moved to one `QThread` per run. All talk with the worker goes through
signals, plus the thread-safe `TrainingControl` for pause / resume / stop / learning rate.
`shutdown()` requests a stop, quits the thread and waits for it, so closing mid-run is clean.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from netbuilder.document.project import Project
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.fit import FitFrame
from netbuilder.engine.gradient_flow import GradientReport
from netbuilder.engine.regions import RegionFrame
from netbuilder.engine.remote import events
from netbuilder.engine.remote.runner import TrainingJob
from netbuilder.engine.single_step import StepRecord
from netbuilder.engine.training_control import TrainingControl
from netbuilder.engine.training_events import (
    BatchReport,
    EpochReport,
    StepUndone,
    TrainingFinished,
    WeightsSnapshot,
)
from netbuilder.gui.training import collector
from netbuilder.gui.training.worker import TrainingWorker


class State(str, Enum):
    IDLE = "idle"
    LOADING = "loading"  # reading or downloading the data
    RUNNING = "running"
    PAUSED = "paused"
    STOPPING = "stopping"


class TrainingController(QObject):
    """The GUI-thread side of training. Panels connect to its signals, never to the worker."""

    state_changed = Signal(str)  # a State value
    run_started = Signal(object, str)  # the Project copy being trained, the dataset name; sent
    # when its data has loaded, just before training starts
    data_progressed = Signal(str, float)
    data_loaded = Signal(str, bool, int)
    task_known = Signal(str)  # the loaded data's task: "classification" or "regression"
    batch_reported = Signal(object)
    epoch_finished = Signal(object)
    weights_updated = Signal(object)
    gradients_reported = Signal(object)
    diagnosed = Signal(object)  # list[Diagnosis] from the training doctor; [] when a run starts
    regions_updated = Signal(object)  # RegionFrame, for 2-D data
    step_taken = Signal(object)  # StepRecord: one batch trained while paused
    step_undone = Signal(object)  # StepUndone
    steps_changed = Signal()  # can_step / can_undo_step may have changed
    fit_updated = Signal(object)  # FitFrame, for a regression on feature vectors
    model_trained = Signal(object)  # TrainedModel: for the drawing pad and evaluation panels
    fold_started = Signal(int, int)  # fold k of K; from fold 2 on, run_started comes first
    folds_finished = Signal(object)  # FoldResults: every fold's validation accuracy
    training_failed = Signal(str, str)  # title, message
    project_replaced = Signal()  # another project opened: the views forget this one's results

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = State.IDLE
        self.trained_model = None
        self.threads: int | None = None  # None: measured per run (engine/threads.py)
        self.download_allowed = True  # False: missing data is an error, never a download
        self.tensorboard_root: Path | None = None  # each run writes TensorBoard events below it
        self._control: TrainingControl | None = None
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None
        self.panel = self.plots = self.runs = None  # set by attach_training: its views
        self.runs_dock = None
        self.docks: list = []
        self.close_guard = None
        self._job: TrainingJob | None = None
        self._handlers = self._event_handlers()
        self.undo_depth = 0  # single steps of this pause that can be undone
        self._step_requests = 0  # asked of the run, not yet answered

    def _event_handlers(self) -> dict[type, Callable]:
        """One handler per event type: a new event type is one line here."""
        return {
            events.DataProgress: lambda e: self.data_progressed.emit(e.message, e.fraction),
            events.DataLoaded: self._on_data_loaded,
            BatchReport: self.batch_reported.emit,
            EpochReport: self.epoch_finished.emit,
            WeightsSnapshot: self.weights_updated.emit,
            GradientReport: self.gradients_reported.emit,
            events.Diagnosed: lambda e: self.diagnosed.emit(e.diagnoses),
            RegionFrame: self.regions_updated.emit,
            FitFrame: self.fit_updated.emit,
            StepRecord: self._on_step,
            StepUndone: self._on_step,
            events.Trained: lambda e: self.set_trained_model(e.trained),
            events.EpochWeights: lambda _e: None,
            TrainingFinished: lambda _e: None,  # Trained follows with the model
            events.FoldStarted: self._on_fold_started,
            events.FoldsFinished: lambda e: self.folds_finished.emit(e.results),
            events.RunFailed: lambda e: self.training_failed.emit(e.title, e.message),
            events.RunEnded: self._on_run_ended,
        }

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(
        self,
        project: Project,
        dataset_name: str,
        data_dir: str | Path | None = None,
        *,
        dataset: Dataset | None = None,
        limit_train: int | None = None,
    ) -> bool:
        """Train a copy of `project`; False if a run is already going."""
        if self.busy:
            return False
        job = TrainingJob(
            project.copy(),
            dataset_name,
            _path(data_dir),
            self.download_allowed,
            limit_train,
            self.threads,
            dataset,
            tensorboard=self._tensorboard_folder(project),
        )
        self._launch(job)  # run_started follows once the data is there: a run that never got
        return True  # its data (missing, refused) is no run, takes no number and draws no curves

    def _tensorboard_folder(self, project: Project) -> Path | None:
        """A new folder per run, named for the network and the time, so runs sit side by side."""
        if self.tensorboard_root is None:
            return None
        name = "".join(c if c.isalnum() or c in "-_" else "_" for c in project.name) or "network"
        stamp = time.strftime("%Y%m%d-%H%M%S")
        folder, n = self.tensorboard_root / f"{name}-{stamp}", 1
        while folder.exists():
            folder, n = self.tensorboard_root / f"{name}-{stamp}-{n}", n + 1
        return folder

    def download(self, dataset_name: str, data_dir: str | Path | None = None) -> bool:
        """Fetch (or just check) a dataset without training; progress comes as data_progressed."""
        if self.busy:
            return False
        self._launch(TrainingJob(Project(), dataset_name, _path(data_dir), train=False))
        return True

    def pause(self) -> None:
        if self._control is not None and self.state == State.RUNNING:
            self._control.pause()
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        if self._control is not None and self.state == State.PAUSED:
            self._control.resume()
            self._set_state(State.RUNNING)

    @property
    def can_step(self) -> bool:
        return self._control is not None and self.state == State.PAUSED

    @property
    def can_undo_step(self) -> bool:
        return self.can_step and self.undo_depth > 0

    def step(self) -> bool:
        """While paused: train exactly one batch on the worker thread (step_taken tells)."""
        return self._single(self.can_step and self._control.step(), +1)

    def undo_step(self) -> bool:
        """While paused: restore the weights and optimizer from before the latest step."""
        return self._single(self.can_undo_step and self._control.undo_step(), -1)

    def _single(self, asked: bool, change: int) -> bool:
        if asked:  # counted now, so the buttons are right before the worker answers
            self._step_requests += 1
            self.undo_depth = max(self.undo_depth + change, 0)
            self.steps_changed.emit()
        return asked

    def _on_step_answered(self, event) -> None:
        self._step_requests = max(self._step_requests - 1, 0)
        if not self._step_requests:
            self.undo_depth = event.undo_depth if self.state == State.PAUSED else 0
        self.steps_changed.emit()

    def stop(self) -> None:
        """Ask the run to stop after its current batch; the partly trained model still arrives."""
        if self._control is not None and self.state != State.STOPPING:
            self._control.stop()
            self._set_state(State.STOPPING)

    def set_learning_rate(self, learning_rate: float) -> None:
        if self._control is not None:
            self._control.set_learning_rate(learning_rate)

    def set_trained_model(self, trained) -> None:
        """Make `trained` the current model (after training, or loaded from a file)."""
        self.trained_model = trained
        self.model_trained.emit(trained)

    def forget_project(self, *_session) -> None:
        """The window's project was replaced: its model and results are not the new one's."""
        self.trained_model = None
        self.project_replaced.emit()

    def shutdown(self) -> None:
        """Stop any run and wait for its thread to end (window closing, app quitting)."""
        thread = self._thread
        if thread is None:
            return
        self.stop()
        thread.quit()  # takes effect once the worker's run() returns
        thread.wait()
        self._on_thread_finished()

    # --- the run's life -------------------------------------------------------------------------

    def _launch(self, job: TrainingJob) -> None:
        self._control = TrainingControl()
        self._thread = QThread(self)
        self._thread.setObjectName("netbuilder-training")
        self._job = job
        self._worker = TrainingWorker(job, self._control)
        self._worker.moveToThread(self._thread)
        self._worker.event_arrived.connect(self._on_event)
        self._thread.started.connect(self._worker.run)
        self._thread.finished.connect(self._worker.deleteLater)  # runs in the ending thread
        self._thread.finished.connect(self._on_thread_finished)
        self._set_state(State.LOADING)
        self.diagnosed.emit([])
        collector.run_started()  # until _on_thread_finished: no long pauses while training
        self._thread.start()

    def _on_event(self, event) -> None:
        """Every event of the run arrives here and goes to its type's handler."""
        self._handlers[type(event)](event)

    def _on_data_loaded(self, event: events.DataLoaded) -> None:
        loaded = (event.title, event.synthetic, event.count)
        if self.state == State.LOADING and self._job is not None and self._job.train:
            self.run_started.emit(self._job.project, self._job.dataset_name)
            self.data_loaded.emit(*loaded)
            self._set_state(State.RUNNING)
        else:
            self.data_loaded.emit(*loaded)
        self.task_known.emit(event.task)

    def _on_fold_started(self, event: events.FoldStarted) -> None:
        """Every fold after the first is a new run: new curves, a new row in the Runs table."""
        if event.k > 1 and self._job is not None:
            self.run_started.emit(self._job.project, self._job.dataset_name)
        self.fold_started.emit(event.k, event.folds)

    def _on_step(self, event) -> None:
        self._on_step_answered(event)
        (self.step_taken if isinstance(event, StepRecord) else self.step_undone).emit(event)

    def _on_run_ended(self, _event: events.RunEnded) -> None:
        if self._thread is not None:
            self._thread.quit()

    def _on_thread_finished(self) -> None:
        if self._thread is None:
            return
        self._thread.wait()
        self._thread.deleteLater()
        self._thread = self._worker = self._control = self._job = None
        collector.run_ended()
        self._set_state(State.IDLE)

    def _set_state(self, state: State) -> None:
        if state != self.state:
            self.state = state
            if state != State.PAUSED:  # trained on (or ended): earlier steps stay done
                self.undo_depth = self._step_requests = 0
            self.state_changed.emit(state.value)


def _path(folder: str | Path | None) -> Path | None:
    return Path(folder).expanduser() if folder else None
