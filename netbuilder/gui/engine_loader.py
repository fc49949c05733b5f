"""Load torch after the window has painted, so the builder opens in well under a second.

Editing a network needs no torch: the catalog's own rules give every shape and count. Training,
prediction and evaluation do, so their panels are attached once `EngineLoader.loaded` fires. A
background thread imports torch and those panels' modules (imports create no widgets, so any
thread may run them); the window builds the panels on the GUI thread when told. An action that
needs torch before then goes through `when_loaded`: a busy cursor, and it runs as soon as it can.
"""

from __future__ import annotations

import importlib
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

ENGINE_MODULES = (
    "netbuilder.engine",  # first: it keeps triton out before torch loads
    "torch",
    "torch._dynamo",  # an optimizer's first step imports it; seconds better spent now
    "netbuilder.gui.training",
    "netbuilder.gui.predict",
    "netbuilder.gui.regions",
)


class EngineLoader(QObject):
    """Imports ENGINE_MODULES once, in the background or right away; then emits `loaded`."""

    loaded = Signal()
    """torch and the engine-backed panels' modules are imported (GUI thread)."""
    failed = Signal(str)
    """The import failed; the message says what is missing."""
    _imported = Signal(str)  # from the loading thread: "" on success, else the error

    def __init__(self, parent: QObject | None = None, modules: tuple[str, ...] = ENGINE_MODULES):
        super().__init__(parent)
        self.modules = modules
        self.is_loaded = False
        self._started = False
        self._pending: list[Callable[[], object]] = []
        self._imported.connect(self._on_imported, Qt.ConnectionType.QueuedConnection)

    def load_now(self) -> None:
        """Import on this thread and emit `loaded` before returning (tests, screenshots)."""
        if not self._started:
            self._started = True
            self._on_imported(self._import_all())

    def load_in_background(self) -> None:
        if self._started:
            return
        self._started = True
        thread = threading.Thread(target=self._load, name="netbuilder-load-torch", daemon=True)
        thread.start()

    def _load(self) -> None:
        error = self._import_all()
        try:
            self._imported.emit(error)
        except RuntimeError:  # the window closed while torch was loading: nobody to tell
            pass

    def load_after_first_paint(self, widget: QWidget) -> None:
        """Start loading once `widget` has painted (the window is on screen, blocks drawn)."""
        on_first_paint(widget, self.load_in_background)

    def when_loaded(self, action: Callable[[], object]) -> None:
        """Run `action` now if torch is ready, else show a busy cursor and run it when it is."""
        if self.is_loaded:
            action()
            return
        if action in self._pending:  # pressed again while waiting: once is enough
            return
        if not self._pending:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._pending.append(action)
        self.load_in_background()

    def _import_all(self) -> str:
        try:
            for name in self.modules:
                importlib.import_module(name)
        except Exception as error:  # noqa: BLE001 - reported to the user, the builder keeps working
            return "".join(traceback.format_exception_only(type(error), error)).strip()
        return ""

    def _on_imported(self, error: str) -> None:
        pending, self._pending = self._pending, []
        if pending:
            QApplication.restoreOverrideCursor()
        if error:
            why = QCoreApplication.translate(
                "EngineLoader", "PyTorch could not be loaded, so training is unavailable: {error}"
            )
            self.failed.emit(why.format(error=error))
            return
        self.is_loaded = True
        self.loaded.emit()
        for action in pending:
            action()


def on_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once, on the event loop's next turn after `widget` first paints."""
    _FirstPaint(widget, then)


class _FirstPaint(QObject):
    """Calls `then` once, on the event loop's next turn after `widget` first paints."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False
