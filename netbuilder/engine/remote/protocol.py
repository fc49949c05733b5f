"""The training process's message protocol: commands in, events out, one pickle per message.

Both ends use a `multiprocessing.connection.Connection` over a socket pair. Messages are pickled
with the standard pickler (tensors are copied into the message, never shared), so a child that dies
leaves nothing shared behind.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from netbuilder.engine.remote.runner import TrainingJob


@dataclass(frozen=True)
class Start:
    job: TrainingJob


@dataclass(frozen=True)
class Control:
    """pause / resume / stop / step / undo_step: what TrainingControl offers."""

    action: str


@dataclass(frozen=True)
class SetLearningRate:
    learning_rate: float


@dataclass(frozen=True)
class Fault:
    """Test hook: "memory" raises MemoryError inside the next batch, "segv" ends the process with
    SIGSEGV, "slow" makes the next batch take a minute (Stop must still end the run at once)."""

    kind: str


@dataclass(frozen=True)
class Quit:
    pass


@dataclass(frozen=True)
class Ready:
    """The child has imported torch and the engine: a job starts at once."""

    pid: int


Command = Start | Control | SetLearningRate | Fault | Quit


def send(connection: Connection, message: Any) -> None:
    connection.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))


def receive(connection: Connection) -> Any:
    """The next message (blocks); EOFError once the other end is gone."""
    return pickle.loads(connection.recv_bytes())
