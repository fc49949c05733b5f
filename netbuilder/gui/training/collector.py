"""Python's cyclic garbage collector kept off what already exists, only while a run trains.

A full collection walks every tracked object: with the window and torch loaded that is about
400,000, and one such collection stalled the window (and the training thread) for about 200 ms on
a busy 2-core machine during a one-epoch run. While a run trains, what existed when it started is
frozen (`gc.freeze`), so collections walk only what the run makes (about 20 ms). When the last run
ends everything is unfrozen: a finished run's model or a closed project's objects are collected
as usual, and nothing stays out of the collector's reach for good (as a process-wide freeze did).
"""

from __future__ import annotations

import gc

_running = 0  # runs training now, in every window of this process


def run_started() -> None:
    global _running
    _running += 1
    gc.freeze()


def run_ended() -> None:
    global _running
    if _running == 0:
        return
    _running -= 1
    if _running == 0:
        gc.unfreeze()  # back in the oldest generation: collected at its next collection
