"""The training worker: runs one job on a QThread and sends its events through one signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from netbuilder.engine.remote.runner import TrainingJob, run_job
from netbuilder.engine.training_control import TrainingControl


class TrainingWorker(QObject):
    """Runs one TrainingJob when `run` is invoked on its thread; every event, of every type,
    arrives through `event_arrived` (RunEnded last)."""

    event_arrived = Signal(object)

    def __init__(self, job: TrainingJob, control: TrainingControl) -> None:
        super().__init__()
        self.job = job
        self.control = control

    @Slot()
    def run(self) -> None:
        run_job(self.job, self.control, self.event_arrived.emit)
