"""One map computed on a worker thread, with progress, that can be cancelled.

A daemon thread, as the app's other background work (engine_loader, training's thread worker):
closing the window never waits for a t-SNE nobody will see (Qt's thread pool would: it waits for
its tasks when the application ends). Results and progress go back to the view through its own
signals (queued to the GUI thread) with the job's ticket, so the view can drop those of a job it
no longer wants. Cancelling stops the work at the next batch; scikit-learn's t-SNE cannot be
interrupted, so a job cancelled during it ends on its own and reports nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject

from netbuilder.engine.embedding import EmbeddingError, Progress
from netbuilder.gui import messages


class Cancelled(Exception):
    """Raised inside the work by its progress callback once the job is cancelled."""


class MapJob:
    """`work(progress)` on a daemon thread; the view's `progressed(ticket, stage, done, total)`
    and `computed(ticket, result or the reason there is none)` hear of it."""

    def __init__(self, view: QObject, ticket: int, work: Callable[[Progress], object]) -> None:
        self.view, self.ticket, self.work = view, ticket, work
        self.cancelled = threading.Event()
        self.thread = threading.Thread(target=self._run, name="netbuilder-map", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.cancelled.set()

    def _progress(self, stage: str, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise Cancelled
        self._emit("progressed", self.ticket, stage, done, total)

    def _run(self) -> None:
        try:
            result = self.work(self._progress)
        except Cancelled:
            return
        except (EmbeddingError, ValueError, RuntimeError) as error:
            result = messages.error_text(error)  # an EmbeddingError's Message, translated
        if not self.cancelled.is_set():
            self._emit("computed", self.ticket, result)

    def _emit(self, signal: str, *args: object) -> None:
        try:
            getattr(self.view, signal).emit(*args)
        except RuntimeError:
            pass  # the view was closed meanwhile: nobody waits for this map
