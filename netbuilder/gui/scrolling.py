"""A panel that scrolls up and down but never sideways, where a clipped button is easy to miss."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    """Scrolls its widget vertically only. Its minimum width follows the widget's whenever that
    changes (larger text, a longer message, a row shown), so the dock widens instead of clipping.

    The widget is as tall as the view, or as its minimum if that is taller. (A resizable
    QScrollArea gives a widget with wrapped text its preferred height instead: 1,700 px for the
    training plots, which cut the loss plot in half.)"""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(widget)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.installEventFilter(self)
        self.viewport().installEventFilter(self)
        self.follow_width()

    def follow_width(self) -> None:
        widget = self.widget()
        if widget is not None:
            bar = self.verticalScrollBar().sizeHint().width()
            self.setMinimumWidth(widget.minimumSizeHint().width() + bar)
            self.fit_widget()

    def fit_widget(self) -> None:
        """The view's width, and the view's height or the widget's least, whichever is more."""
        widget, width = self.widget(), self.viewport().width()
        layout = widget.layout()
        if layout is not None and widget.hasHeightForWidth():
            least = layout.totalMinimumHeightForWidth(width)
        else:
            least = widget.minimumSizeHint().height()
        widget.resize(width, max(self.viewport().height(), least))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.follow_width()
        elif watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_widget()  # the window resized, or the scroll bar came or went
        return super().eventFilter(watched, event)
