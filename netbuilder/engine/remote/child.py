"""The training process: `python -m netbuilder.engine.remote.child FD`.

It imports torch and the engine, says Ready, then runs the jobs it is sent one after another on
its main thread, while a reader thread applies pause / resume / stop / step / learning-rate
commands to the running job's TrainingControl. Every event goes back over the same connection.
It exits when told to Quit or when the connection closes (the window went away).
"""

from __future__ import annotations

import os
import queue
import signal
import sys
import threading
import time
from multiprocessing.connection import Connection

from netbuilder.engine.remote import protocol
from netbuilder.engine.remote.events import DataProgress
from netbuilder.engine.remote.runner import run_job
from netbuilder.engine.training_control import TrainingControl
from netbuilder.engine.training_events import BatchReport

ACTIONS = ("pause", "resume", "stop", "step", "undo_step")


class _Child:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.jobs: queue.Queue = queue.Queue()
        self.control = TrainingControl()
        self.fault: str | None = None
        self.send_lock = threading.Lock()

    def send(self, message) -> None:
        with self.send_lock:  # the reader thread acknowledges too
            protocol.send(self.connection, message)

    def serve(self) -> None:
        threading.Thread(target=self._read, name="netbuilder-commands", daemon=True).start()
        self.send(protocol.Ready(os.getpid()))
        while (job := self.jobs.get()) is not None:
            run_job(*job, self._emit)

    def _emit(self, event) -> None:
        if self.fault is not None and isinstance(event, BatchReport):
            self._inject(self.fault)
        self.send(event)

    def _inject(self, fault: str) -> None:
        self.fault = None
        if fault == "memory":
            raise MemoryError("test hook: out of memory inside training")
        if fault == "segv":
            os.kill(os.getpid(), signal.SIGSEGV)
        if fault == "slow":  # say so first, so that a test knows the batch is under way
            self.send(DataProgress("test hook: a batch that takes a minute", -1.0))
            time.sleep(60)

    def _read(self) -> None:
        try:
            while True:
                command = protocol.receive(self.connection)
                if isinstance(command, protocol.Quit):
                    break
                self._apply(command)
        except (EOFError, OSError):
            pass
        self.control.stop()
        self.jobs.put(None)

    def _apply(self, command) -> None:
        if isinstance(command, protocol.Start):
            control = TrainingControl()  # made here, so a command right after Start finds it
            self.control = control
            self.jobs.put((command.job, control))
        elif isinstance(command, protocol.Control):
            if command.action in ACTIONS:
                getattr(self.control, command.action)()
        elif isinstance(command, protocol.SetLearningRate):
            self.control.set_learning_rate(command.learning_rate)
        elif isinstance(command, protocol.Fault):
            self.fault = command.kind


def main(argv: list[str]) -> int:
    connection = Connection(int(argv[1]))
    _Child(connection).serve()
    connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
