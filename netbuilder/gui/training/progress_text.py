"""How far a run is or got, said the same way by the run bar and the Training panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netbuilder.engine.training_events import BatchReport, TrainingFinished
from netbuilder.gui import messages
from netbuilder.gui.training.controller import State


def state_text(state: str) -> str:
    """What a progress bar says while loading, paused or stopping ("" otherwise)."""
    if state == State.LOADING.value:
        return QCoreApplication.translate("RunProgress", "Loading data…")
    if state == State.PAUSED.value:
        return QCoreApplication.translate("RunProgress", "Paused")
    if state == State.STOPPING.value:
        return QCoreApplication.translate("RunProgress", "Stopping…")
    return ""


def epoch_reached(finished: TrainingFinished, last: BatchReport | None) -> int:
    """The epoch the run ended in: the one under way when it was stopped mid-epoch, else the
    last complete one (`last` is the last batch report the GUI saw, None if none came)."""
    if _stopped_mid_epoch(finished, last):
        return last.epoch
    return finished.epochs_run


def how_far(finished: TrainingFinished, last: BatchReport | None) -> str:
    """ "after 3 epochs", "during epoch 1", or "after 2 epochs and part of epoch 3"."""
    done = finished.epochs_run
    complete = messages.epoch_count(done)
    if not _stopped_mid_epoch(finished, last):
        return QCoreApplication.translate("RunProgress", "after {epochs}").format(epochs=complete)
    if done == 0:
        return QCoreApplication.translate("RunProgress", "during epoch {epoch}").format(
            epoch=last.epoch
        )
    return QCoreApplication.translate(
        "RunProgress", "after {epochs} and part of epoch {epoch}"
    ).format(epochs=complete, epoch=last.epoch)


def _stopped_mid_epoch(finished: TrainingFinished, last: BatchReport | None) -> bool:
    return (
        last is not None
        and finished.reason == "stopped"
        and last.epoch == finished.epochs_run + 1
        and last.batch < last.batches_per_epoch
    )
