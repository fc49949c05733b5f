"""How far a finished run got, said the same way by the run bar and the Training panel."""

from __future__ import annotations

from netbuilder.engine.training_events import BatchReport, TrainingFinished
from netbuilder.gui import messages


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
        return f"after {complete}"
    if done == 0:
        return f"during epoch {last.epoch}"
    return f"after {complete} and part of epoch {last.epoch}"


def _stopped_mid_epoch(finished: TrainingFinished, last: BatchReport | None) -> bool:
    return (
        last is not None
        and finished.reason == "stopped"
        and last.epoch == finished.epochs_run + 1
        and last.batch < last.batches_per_epoch
    )
