"""Starts, pauses and stops training runs; owns the training process and the last trained model.

Runs train in a process of their own (`worker.TrainingProcess`, kept warm between runs), so the
GUI's Python never competes with training for the interpreter lock and a crash in training never
takes the window down. Commands go to it (start, pause, resume, stop, step, learning rate); its
events come back through one signal and go to one handler per event type (`_event_handlers`).
If the process dies, the run fails with the reason, the last checkpoint's model is kept, and a
fresh process is started. `shutdown()` stops any run and ends the process.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import math
import shutil
import tempfile
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from netbuilder.document.messages import Message
from netbuilder.document.project import Project
from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.errors import USER_ERRORS
from netbuilder.engine.experiment import model_from_checkpoint
from netbuilder.engine.fit import FitFrame
from netbuilder.engine.gradient_flow import GradientReport
from netbuilder.engine.regions import RegionFrame
from netbuilder.engine.remote import events, protocol
from netbuilder.engine.remote.runner import TrainingJob
from netbuilder.engine.single_step import StepRecord
from netbuilder.engine.training_events import (
    BatchReport,
    EpochReport,
    ReconstructionSnapshot,
    StepUndone,
    TrainingFinished,
    WeightsSnapshot,
)
from netbuilder.gui import messages
from netbuilder.gui.training import collector, worker
from netbuilder.gui.training.worker import TrainingProcess

STOP_SECONDS = 1.0  # Stop ends a run within this, even in the middle of a long batch


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
    reconstructions_updated = Signal(object)  # ReconstructionSnapshot, for an autoencoder
    model_trained = Signal(object)  # TrainedModel: for the drawing pad and evaluation panels
    fold_started = Signal(int, int)  # fold k of K; from fold 2 on, run_started comes first
    folds_finished = Signal(object)  # FoldResults: every fold's validation accuracy
    training_failed = Signal(str, str)  # a failed_... code (gui.messages titles it), message
    project_replaced = Signal()  # another project opened: the views forget this one's results
    run_stopped_abruptly = Signal(str)  # Stop ended the process mid-batch: what was kept
    run_failed = Signal(str)  # the training process died during the run: "failed: <reason>"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = State.IDLE
        self.trained_model = None
        self.threads: int | None = None  # None: measured per run (engine/threads.py)
        self.download_allowed = True  # False: missing data is an error, never a download
        self.tensorboard_root: Path | None = None  # each run writes TensorBoard events below it
        self._process: TrainingProcess | None = None
        self._folder: Path | None = None  # the runs' checkpoints, made with the first run
        self._run_number = 0
        self._stop_timer = QTimer(self, singleShot=True, interval=int(STOP_SECONDS * 1000))
        self._stop_timer.timeout.connect(self._on_stop_overdue)
        self.panel = self.plots = self.runs = None  # set by attach_training: its views
        self.docks: dict = {}  # by stable id ("training.plots"), set by attach_training
        self.run_actions = None  # Pause, Stop, Step…: set when attached as the window's feature
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
            ReconstructionSnapshot: self.reconstructions_updated.emit,
            StepRecord: self._on_step,
            StepUndone: self._on_step,
            events.Trained: lambda e: self.set_trained_model(e.trained),
            TrainingFinished: lambda _e: self._stop_timer.stop(),  # the loop has ended: what
            # is left (evaluating the test split) is bounded; Trained follows with the model
            events.FoldStarted: self._on_fold_started,
            events.FoldsFinished: lambda e: self.folds_finished.emit(e.results),
            events.RunFailed: lambda e: self.training_failed.emit(
                e.code, messages.text(e.message) if isinstance(e.message, Message) else e.text
            ),
            events.RunEnded: self._on_run_ended,
        }

    @property
    def busy(self) -> bool:
        return self._job is not None

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
        if self._command(protocol.Control("pause"), State.RUNNING):
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        if self._command(protocol.Control("resume"), State.PAUSED):
            self._set_state(State.RUNNING)

    def _command(self, command: protocol.Command, *states: State) -> bool:
        """Send `command` to the running job if the state is one of `states` (any if none)."""
        if self._job is None or self._process is None or (states and self.state not in states):
            return False
        return self._process.send(command)

    @property
    def can_step(self) -> bool:
        return self._job is not None and self.state == State.PAUSED

    @property
    def can_undo_step(self) -> bool:
        return self.can_step and self.undo_depth > 0

    def step(self) -> bool:
        """While paused: train exactly one batch on the worker thread (step_taken tells)."""
        return self._single(self.can_step and self._command(protocol.Control("step")), +1)

    def undo_step(self) -> bool:
        """While paused: restore the weights and optimizer from before the latest step."""
        asked = self.can_undo_step and self._command(protocol.Control("undo_step"))
        return self._single(asked, -1)

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
        """Ask the run to stop after its current batch; the partly trained model still arrives.
        A run that has not ended within STOP_SECONDS (a long batch) is ended by ending its
        process; the model of its last checkpoint, if any, is kept."""
        if self._job is not None and self.state != State.STOPPING:
            self._command(protocol.Control("stop"))
            self._set_state(State.STOPPING)
            if self._process is not None and self._process.killable:
                self._stop_timer.start()

    def set_learning_rate(self, learning_rate: float) -> None:
        if not (math.isfinite(learning_rate) and learning_rate > 0):
            raise ValueError(f"learning rate must be a positive number, not {learning_rate}")
        self._command(protocol.SetLearningRate(float(learning_rate)))

    def set_trained_model(self, trained) -> None:
        """Make `trained` the current model (after training, or loaded from a file)."""
        self.trained_model = trained
        self.model_trained.emit(trained)

    def save_model(self) -> bool:
        """Save the trained model (asking where); False when it was not saved."""
        return self.panel.model_files.save_model()

    def import_onnx(self, path: str | None = None) -> bool:
        """File > Import ONNX model…: the file's blocks replace the network (one undoable edit)
        and its weights become the current model; False when nothing was imported."""
        from netbuilder.gui.training.onnx_import import import_onnx_model

        return import_onnx_model(self, self.parent().document, self.parent(), path)

    def forget_project(self, *_session) -> None:
        """The window's project was replaced: its model and results are not the new one's."""
        self.trained_model = None
        self.project_replaced.emit()

    def warm_up(self) -> None:
        """Start the training process now (it takes seconds to import torch), so that Train
        starts at once; the window calls this after its first paint."""
        if self._process is None:
            self._process = worker.take()
            self._process.event_arrived.connect(self._on_event)
            self._process.ended.connect(self._on_process_ended)
            self.destroyed.connect(functools.partial(_release, self._process))

    @property
    def process_id(self) -> int | None:
        """The training process's id (None before warm_up)."""
        return self._process.pid if self._process is not None else None

    @property
    def process_ready(self) -> bool:
        """Whether the training process has imported torch (a run then starts at once)."""
        return self._process is not None and self._process.is_ready

    def inject_fault(self, kind: str) -> None:
        """Test hook: make the training process fail (see protocol.Fault)."""
        if self._process is not None:
            self._process.send(protocol.Fault(kind))

    def shutdown(self) -> None:
        """Stop any run, give it a moment to end, then end the training process (window closing,
        app quitting)."""
        process = self._process
        if process is None:
            return
        process.ended.disconnect(self._on_process_ended)
        if self._job is not None:
            self.stop()
            self._stop_timer.stop()
            process.read_until(lambda: not process.busy, time.monotonic() + STOP_SECONDS)
        self._process = None
        process.event_arrived.disconnect(self._on_event)
        process.close()
        if self._job is not None:  # still evaluating, or in a long batch: keep what was saved
            kept = self._checkpoint_model()
            if kept is not None:
                self.set_trained_model(kept[0])
            self._end_run()
        _remove(self._folder)

    # --- the run's life -------------------------------------------------------------------------

    def _launch(self, job: TrainingJob) -> None:
        try:
            self.warm_up()
        except OSError as error:  # no process can be started (out of memory, too many)
            reason = messages.text(Message("cannot_start_training", {"reason": str(error)}))
            self.training_failed.emit("failed_training", reason)
            return
        self._run_number += 1
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="netbuilder-runs-"))
            self.destroyed.connect(functools.partial(_remove, self._folder))
        self._job = dataclasses.replace(
            job, checkpoint=self._folder / f"run-{self._run_number}.pt" if job.train else None
        )
        self._set_state(State.LOADING)
        self.diagnosed.emit([])
        collector.run_started()  # until _end_run: no long pauses while training
        self._process.send(protocol.Start(self._job))

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
        """The run is over; the controller goes idle on the event loop's next turn, as a thread's
        `finished` would: whatever the run's last events queued (a dialog) comes first."""
        job = self._job
        QTimer.singleShot(0, self, lambda: self._end_run() if self._job is job else None)

    def _end_run(self) -> None:
        self._stop_timer.stop()
        job, self._job = self._job, None
        if job is not None and job.checkpoint is not None:
            job.checkpoint.unlink(missing_ok=True)
        collector.run_ended()
        self._set_state(State.IDLE)

    def _on_process_ended(self, reason: Message) -> None:
        """The training process died (killed, crashed, out of memory): the run failed; the
        window, the document and the other runs are untouched; a fresh process is started."""
        process, self._process = self._process, None
        if process is not None and process.is_ready:  # one that never started (a broken
            self._warm_up_again()  # install) is not retried in a loop: the next Train tries
        if self._job is not None:  # (after: its message may wait for the user in a dialog)
            self._fail_run(Message("run_outcome_failed", {"reason": reason}))

    def _on_stop_overdue(self) -> None:
        """Stop was asked a while ago and the run is still in a batch: end its process."""
        if self._job is None or self._process is None:
            return
        process, self._process = self._process, None
        process.kill()
        process.deleteLater()
        self._warm_up_again()
        self._fail_run(Message("run_outcome_stopped_mid_batch"))

    def _warm_up_again(self) -> None:
        """A fresh process after one ended; if none can start now, the next Train tries again."""
        with contextlib.suppress(OSError):
            self.warm_up()

    def _fail_run(self, outcome: Message) -> None:
        """End the run whose process is gone; keep the model of its last checkpoint if any."""
        kept = self._checkpoint_model()
        self.run_failed.emit(messages.text(outcome))
        if kept is not None:
            self.set_trained_model(kept[0])
        stopped = self.state == State.STOPPING
        said = Message(
            "run_stopped_mid_batch" if stopped else "run_process_failed", {"outcome": outcome}
        )
        if kept is not None:
            said = Message("run_model_kept", {"text": said, "epoch": kept[1]})
        elif not stopped:
            said = Message("run_no_model_kept", {"text": said})
        self._end_run()
        if stopped:  # the user asked for it: said where runs are said, never in an error box
            self.run_stopped_abruptly.emit(messages.text(said))
        else:
            self.training_failed.emit("failed_training", messages.text(said))

    def _checkpoint_model(self):
        path = self._job.checkpoint if self._job is not None else None
        if path is None or not path.exists():
            return None
        try:
            checkpoint = load_checkpoint(path)
            return model_from_checkpoint(checkpoint), checkpoint.epoch
        except USER_ERRORS:
            return None

    def _set_state(self, state: State) -> None:
        if state != self.state:
            self.state = state
            if state != State.PAUSED:  # trained on (or ended): earlier steps stay done
                self.undo_depth = self._step_requests = 0
            self.state_changed.emit(state.value)


def _release(process: TrainingProcess, *_args) -> None:
    """The controller is gone (its window closed): an idle process stays warm for the next."""
    if process.alive:
        worker.give_back(process, idle=not process.busy)


def _remove(folder: Path | None, *_args) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _path(folder: str | Path | None) -> Path | None:
    return Path(folder).expanduser() if folder else None
