"""Soak: a worker QThread emits many signals of the kinds netbuilder emits; the GUI thread gets them.

Run as a script (tests/test_soak.py does, in a subprocess): prints one JSON line with the counts and
exits 0 when every signal arrived and the reference counts of None, True and False did not fall.
PySide6-Essentials 6.12.0 on CPython 3.11 drops one reference per `Signal(object)` emit, so there it
either aborts ("Fatal Python error: none_dealloc") or the counts fall: both fail the test.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

EMITS = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
ALLOWED_DROP = 100  # a leak of one reference per emit falls by tens of thousands


@dataclass(frozen=True)
class Report:  # like engine.training.BatchReport / EpochReport: plain numbers, an optional None
    epoch: int
    loss: float
    val_loss: float | None
    done: bool


def counts() -> dict[str, int]:
    gc.collect()
    return {
        "None": sys.getrefcount(None),
        "True": sys.getrefcount(True),
        "False": sys.getrefcount(False),
    }


def payload(i: int) -> object:
    """The payloads the app's Signal(object)s carry, in turn."""
    kind = i % 7
    if kind == 0:
        return None
    if kind == 1:
        return True
    if kind == 2:
        return False
    if kind == 3:
        return {"loss": 0.5, "val": None, "stopped": False, "live": True}
    if kind == 4:
        return np.full((4, 1, 5, 5), i, dtype=np.float32)  # a weights snapshot
    if kind == 5:
        return Report(i, 0.25, None if i % 2 else 0.3, bool(i % 3))
    return [None, True, False, i]


class Worker(QObject):
    reported = Signal(object)  # batch / epoch / weights / trained model
    progressed = Signal(str, float)  # data_progressed
    loaded = Signal(str, bool, int)  # data_loaded
    state_changed = Signal(str)
    failed = Signal(str, str)
    ended = Signal()

    @Slot()
    def run(self) -> None:
        for i in range(EMITS):
            self.reported.emit(payload(i))
            if i % 10 == 0:
                self.progressed.emit("Loading…", i / EMITS)
                self.loaded.emit("digits", bool(i % 20), i)
                self.state_changed.emit("running")
            if i % 1000 == 0:
                self.failed.emit("title", "message")
                QThread.msleep(1)  # let the GUI thread drain, as a real run does
        self.ended.emit()


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.objects = self.others = 0
        self.lowest = counts()

    def on_object(self, value: object) -> None:
        self.objects += 1
        if self.objects % 5000 == 0:
            now = counts()
            self.lowest = {k: min(v, self.lowest[k]) for k, v in now.items()}

    def on_other(self, *args: object) -> None:
        self.others += 1


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    before = counts()
    receiver = Receiver()
    thread = QThread()
    worker = Worker()
    worker.moveToThread(thread)
    worker.reported.connect(receiver.on_object)
    for signal in (worker.progressed, worker.loaded, worker.state_changed, worker.failed):
        signal.connect(receiver.on_other)
    worker.ended.connect(thread.quit)
    thread.started.connect(worker.run)
    thread.finished.connect(app.quit)
    QTimer.singleShot(0, thread.start)
    app.exec()
    thread.wait()
    app.processEvents()
    after = counts()
    lowest = {k: min(v, receiver.lowest[k]) for k, v in after.items()}
    fell = {k: before[k] - lowest[k] for k in before if before[k] - lowest[k] > ALLOWED_DROP}
    extra = EMITS // 10 * 3 + EMITS // 1000
    ok = receiver.objects == EMITS and receiver.others == extra and not fell
    result = {
        "emits": EMITS,
        "received": receiver.objects,
        "other_signals": receiver.others,
        "before": before,
        "after": after,
        "lowest": lowest,
        "fell": fell,
        "python": sys.version.split()[0],
        "pyside6": __import__("PySide6").__version__,
        "pid": os.getpid(),
    }
    print(json.dumps(result))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
