"""Waiting for Qt to finish laying out, without a timer: a timed wait (`qtbot.wait(10)`) is a
race that a busy machine loses and an idle one wastes."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

LAYOUT_PASSES = 4
"""A resize posts layout requests to the children, whose resizes post more: a few passes deliver
a dock's whole cascade (Qt defers events posted during a pass to the next one)."""


def flush_posted_events() -> None:
    """Deliver every event Qt has posted (layout requests, resizes, repaints) now."""
    for _ in range(LAYOUT_PASSES):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def settle(qtbot, *widgets: QWidget) -> None:
    """Wait until each widget is on screen (not a dock tab in the back), then deliver the layout
    work that showing it posted."""
    for widget in widgets:
        qtbot.waitUntil(lambda w=widget: w.isVisible() and not w.visibleRegion().isEmpty())
    flush_posted_events()
