"""Docking a feature's panel into whatever window it is attached to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget


def add_dock(
    window,
    title: str,
    widget: QWidget,
    area: Qt.DockWidgetArea,
    tabify_with: QDockWidget | None = None,
) -> QDockWidget:
    """The main window's own `add_panel` (View > Panels, scrolling, shared tabs) when it has one;
    else a plain dock, named as add_panel names it, for stand-in windows and tests."""
    add_panel = getattr(window, "add_panel", None)
    if add_panel is not None:
        return add_panel(title, widget, area, tabify_with=tabify_with)
    dock = QDockWidget(title, window)
    dock.setObjectName(f"{title.lower().replace(' ', '_')}_dock")
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    if tabify_with is not None:
        window.tabifyDockWidget(tabify_with, dock)
    return dock
