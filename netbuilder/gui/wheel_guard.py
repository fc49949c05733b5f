"""The mouse wheel scrolls panels; it changes a setting only in the box the user has focused.

One application-wide event filter: combo boxes, spin boxes and sliders never take focus from the
wheel (StrongFocus), and while unfocused they hand wheel events on to the panel that holds them, so
scrolling a form over its Dataset box scrolls the form instead of walking the box through its list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDial,
    QSlider,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QSlider, QDial)
"""Settings. Not scroll bars: the wheel is theirs, and scroll areas hand it to them."""


WATCHED = (QEvent.Type.Polish, QEvent.Type.Wheel)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()  # every event of the app passes here: the cheap test first
        if kind not in WATCHED or not isinstance(watched, GUARDED):
            return False
        if kind == QEvent.Type.Polish:
            _no_wheel_focus(watched)
        elif not watched.hasFocus():
            pass_on(watched, event)
            return True
        return False


def _no_wheel_focus(widget) -> None:
    if widget.focusPolicy() & Qt.FocusPolicy.WheelFocus == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def pass_on(widget: QWidget, event: QWheelEvent) -> None:
    """Offer the wheel to the widget's parents, nearest first, until one takes it, as Qt does
    for a wheel event its receiver ignores (Qt itself only does so for events from the window
    system; doing it here treats every wheel event alike)."""
    pos = event.position()
    while not widget.isWindow() and widget.parentWidget() is not None:
        pos = QPointF(widget.mapToParent(pos))
        widget = widget.parentWidget()
        forwarded = QWheelEvent(
            pos,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        QApplication.sendEvent(widget, forwarded)
        if forwarded.isAccepted():
            break
    event.accept()


def install(app: QApplication) -> None:
    """Install the guard on `app` once (calling again does nothing); widgets made before it are
    set right too."""
    if app.findChild(WheelGuard) is None:
        app.installEventFilter(WheelGuard(app))
        for widget in app.allWidgets():
            if isinstance(widget, GUARDED):
                _no_wheel_focus(widget)
