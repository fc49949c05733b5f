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
    name: str = "",
) -> QDockWidget:
    """The main window's own `add_panel` (View > Panels, scrolling, shared tabs) when it has one;
    else a plain dock, for stand-in windows and tests. `name` is the dock's objectName, which
    saved layouts know it by (its feature declares it under a stable id); never the title,
    which a translation changes."""
    name = name or dock_name(title)
    add_panel = getattr(window, "add_panel", None)
    if add_panel is not None:
        return add_panel(title, widget, area, tabify_with=tabify_with, name=name)
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    if tabify_with is not None:
        window.tabifyDockWidget(tabify_with, dock)
    return dock


def dock_name(title: str) -> str:
    """The objectName earlier versions gave a dock titled `title` (saved layouts still use it)."""
    return f"{title.lower().replace(' ', '_')}_dock"


READABLE_PLOT = 300
"""The height (px) a map or a plane needs to be read: in a short bottom dock it is a smudge."""


def readable_height(panel: QWidget) -> int:
    """The height a panel is read at: its minimum, and for a panel that says it `holds_a_plot`
    (the Map, the decision regions) a readable plot besides."""
    least = panel.minimumSizeHint().height()
    return least + READABLE_PLOT if getattr(panel, "holds_a_plot", False) else least
