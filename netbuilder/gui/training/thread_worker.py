"""Training on a thread of the window's own process: where no training process can be started
(Windows: the process is given its pipe by file descriptor, which only POSIX can), or when
NETBUILDER_TRAIN_IN_THREAD=1. It offers what `worker.TrainingProcess` offers, so the controller
does not know which it has; the window then shares the interpreter lock with training, and a crash
in training is a crash of the window."""

from __future__ import annotations

import os
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, Signal

from netbuilder.engine.remote import protocol
from netbuilder.engine.remote.events import RunEnded
from netbuilder.engine.remote.runner import run_job
from netbuilder.engine.training_control import TrainingControl

ACTIONS = ("pause", "resume", "stop", "step", "undo_step")


class TrainingThread(QObject):
    """Runs each started job on a new Python thread; events come back through a queued signal."""

    event_arrived = Signal(object)
    ready = Signal()
    ended = Signal(object)  # never: a thread cannot be killed from outside
    _from_thread = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.is_ready = self.alive = True
        self.busy = False
        self.killable = False
        self.pid = os.getpid()
        self._control = TrainingControl()
        self._thread: threading.Thread | None = None
        self._from_thread.connect(self._deliver)  # queued: the signal comes from another thread

    def send(self, command: protocol.Command) -> bool:
        if not self.alive:
            return False
        if isinstance(command, protocol.Start):
            self._control = TrainingControl()
            self.busy = True
            self._thread = threading.Thread(
                target=run_job,
                args=(command.job, self._control, self._from_thread.emit),
                name="netbuilder-training",
                daemon=True,
            )
            self._thread.start()
        elif isinstance(command, protocol.Control) and command.action in ACTIONS:
            getattr(self._control, command.action)()
        elif isinstance(command, protocol.SetLearningRate):
            self._control.set_learning_rate(command.learning_rate)
        elif isinstance(command, protocol.Quit):
            self._control.stop()
        else:
            return False  # test hooks (Fault) need a process
        return True

    def read_until(self, done, deadline: float) -> bool:
        while not done() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            if self._thread is not None:
                self._thread.join(0.01)
        return done()

    def kill(self) -> None:
        """A thread cannot be killed: it is asked to stop and left to end after its batch."""
        self._control.stop()
        self.alive = False

    def close(self) -> None:
        self._control.stop()
        self.alive = False
        if self._thread is not None:
            self._thread.join()

    def _deliver(self, event) -> None:
        if isinstance(event, RunEnded):
            self.busy = False
        if self.alive:
            self.event_arrived.emit(event)
