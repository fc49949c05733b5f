"""A panel that scrolls up and down but never sideways, where a clipped button is easy to miss."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    """Scrolls its widget vertically only. Its minimum width follows the widget's whenever that
    changes (larger text, a longer message, a row shown), so the dock widens instead of clipping."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.installEventFilter(self)
        self.follow_width()

    def follow_width(self) -> None:
        widget = self.widget()
        if widget is not None:
            bar = self.verticalScrollBar().sizeHint().width()
            self.setMinimumWidth(widget.minimumSizeHint().width() + bar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.follow_width()
        return super().eventFilter(watched, event)
