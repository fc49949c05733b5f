"""The training process seen from the GUI: a QObject that turns the child's messages into one
signal.

The child (`python -m netbuilder.engine.remote.child`) is started at once and kept: it imports torch
while the window is idle, so Train starts at once. Its messages are read on the GUI thread when a
QSocketNotifier says the pipe is readable (no reader thread competes with the GUI for the
interpreter lock); each is one event for `event_arrived`. When the process ends for any reason,
`ended` says why, as a message ("killed (SIGKILL)", "exited with code 1").
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import warnings
from multiprocessing.connection import Connection
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal

import netbuilder
from netbuilder.document.messages import Message
from netbuilder.engine.remote import protocol
from netbuilder.engine.remote.events import RunEnded

MAX_MESSAGES_PER_READ = 50  # then let the event loop paint; the notifier fires again
_SPARE: list[TrainingProcess] = []  # an idle, warm process that a closed window left behind
_ALL: list[TrainingProcess] = []  # every process not yet ended, so that quitting ends them


def take() -> TrainingProcess:
    """A warm idle process if one is spare (another window closed), else a new one; where no
    process can be given its pipe (Windows), a thread of this process that behaves as one."""
    if sys.platform == "win32" or os.environ.get("NETBUILDER_TRAIN_IN_THREAD") == "1":
        from netbuilder.gui.training.thread_worker import TrainingThread

        return TrainingThread()  # type: ignore[return-value]
    while _SPARE:
        process = _SPARE.pop()
        if process.alive and process.process.poll() is None:
            return process
    return TrainingProcess()


def give_back(process: TrainingProcess, idle: bool) -> None:
    """A window is done with `process`: keep it warm for the next window if it is idle and none
    is spare yet, else end it."""
    if not isinstance(process, TrainingProcess):  # a thread: ended with its window
        process.kill()
        return
    with warnings.catch_warnings():  # PySide warns about a signal with nothing to disconnect
        warnings.simplefilter("ignore", RuntimeWarning)
        for signal_ in (process.event_arrived, process.ready, process.ended):
            with contextlib.suppress(RuntimeError, TypeError):
                signal_.disconnect()
    if idle and process.alive and not _SPARE:
        _SPARE.append(process)
    else:
        process.kill()


@atexit.register
def _end_all() -> None:
    """Quitting: close every process's pipe (it then exits on its own) and reap it."""
    for process in _ALL:
        process.alive = False
        with contextlib.suppress(OSError):
            process.connection.close()
    for process in _ALL:
        try:
            process.process.wait(timeout=1)
        except subprocess.TimeoutExpired:  # still importing torch: it reads no pipe yet
            process.process.kill()
            process.process.wait()


class TrainingProcess(QObject):
    """One training process. `send` a protocol command; events come from `event_arrived`."""

    event_arrived = Signal(object)  # every event of every run, in order
    ready = Signal()  # the child has imported torch: a job starts at once
    ended = Signal(object)  # the process is gone: why, as a Message (describe_exit)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        root = str(Path(netbuilder.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "netbuilder.engine.remote.child", str(theirs.fileno())],
            pass_fds=[theirs.fileno()],
            env=env,
            stdin=subprocess.DEVNULL,
        )
        theirs.close()
        self.connection = Connection(ours.detach())
        self.is_ready = False
        self.alive = True
        self.busy = False  # a job was sent and its RunEnded has not come back yet
        self.killable = True  # a run that ignores Stop can be ended by ending the process
        self._notifier = QSocketNotifier(self.connection.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        _ALL.append(self)

    @property
    def pid(self) -> int:
        return self.process.pid

    def send(self, command: protocol.Command) -> bool:
        """False if the process is gone (its `ended` is on the way)."""
        if not self.alive:
            return False
        try:
            protocol.send(self.connection, command)
        except OSError:
            return False
        if isinstance(command, protocol.Start):
            self.busy = True
        return True

    def kill(self) -> None:
        """End the process now, without a word to anyone (`ended` is not emitted)."""
        if not self.alive:
            return
        self._forget()
        self.process.kill()
        self.process.wait()

    def _forget(self) -> None:
        self.alive = False
        self._notifier.setEnabled(False)
        self.connection.close()
        with contextlib.suppress(ValueError):
            _ALL.remove(self)

    def close(self) -> None:
        """Ask the process to quit; kill it if it has not within a second."""
        if not self.alive:
            return
        self.send(protocol.Quit())
        self._forget()
        try:
            self.process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def read_until(self, done, deadline: float) -> bool:
        """Read and deliver messages until `done()` or time.monotonic() passes `deadline`."""
        while self.alive and not done():
            left = deadline - time.monotonic()
            if left <= 0 or not self.connection.poll(left):
                return False
            self._read()
        return done()

    def _read(self, *_args) -> None:
        for _ in range(MAX_MESSAGES_PER_READ):
            if not self.alive:
                return
            try:
                if not self.connection.poll():
                    return
                message = protocol.receive(self.connection)
            except (EOFError, OSError):
                self._gone()
                return
            except Exception as error:  # noqa: BLE001 - a message this side cannot read
                print(f"netbuilder: unreadable message from training: {error!r}", file=sys.stderr)
                self.process.kill()  # the pipe is out of step: end it; `ended` says how
                self._gone()
                return
            if isinstance(message, protocol.Ready):
                self.is_ready = True
                self.ready.emit()
            else:
                if isinstance(message, RunEnded):
                    self.busy = False
                self.event_arrived.emit(message)

    def _gone(self) -> None:
        self._forget()
        try:
            code = self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:  # closed its end but lingers: end it
            self.process.kill()
            code = self.process.wait()
        self.ended.emit(describe_exit(code))


def describe_exit(code: int) -> Message:
    """Why a process ended, as a message: "killed (SIGKILL)", "exited with code 1"."""
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return Message("process_killed", {"signal": name})
    return Message("process_ended") if code == 0 else Message("process_exited", {"code": code})
