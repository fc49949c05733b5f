"""A square pad to draw a digit on with a mouse, a pen or a finger: white ink on black, like MNIST.

Strokes are kept as point lists in unit coordinates (0-1 across the pad), so the drawing survives
a resize and Undo removes one stroke. The ink is painted on a QImage the size of the pad, with a
pen width proportional to it; `pixels()` hands that image to core as a numpy array.
`set_overlay` lays a translucent picture over the ink (Predict's Why? heat map); the pad only
paints it, smoothly scaled, and drops it when strokes are taken away.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from netbuilder.gui import language

MIN_SIZE = 240
BORDER_GREY = (128, 128, 128)
PEN_FRACTION = 1 / 14  # pen width as a fraction of the pad: ~2 px once scaled to MNIST's 20 px box

Stroke = list[tuple[float, float]]


class DrawingPad(QWidget):
    """Signals: `stroke_changed` while a stroke is drawn, `stroke_finished` after each one,
    `drawing_changed` after every change of the picture (strokes, undo, clear)."""

    stroke_changed = Signal()
    stroke_finished = Signal()
    drawing_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self._image = QImage()
        self._overlay: tuple[QImage, QRectF] | None = None
        self.setMinimumSize(MIN_SIZE, MIN_SIZE)
        # Expanding both ways, not height-for-width: the pad is the square that fits the room it
        # is given, whole, rather than a tall square cut off in a short dock.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._render_all()
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Its tip and name in the language now chosen (the strokes stay)."""
        self.setToolTip(
            QCoreApplication.translate(
                "DrawingPad", "Draw one digit with the mouse, a pen or a finger"
            )
        )
        self.setAccessibleName(QCoreApplication.translate("DrawingPad", "Drawing pad"))
        self.update()  # the invitation on an empty pad

    # Size: a square that fills what it is given -------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(MIN_SIZE + 40, MIN_SIZE + 40)

    def side(self) -> int:
        return max(1, min(self.width(), self.height()))

    def pen_width(self) -> float:
        return self.side() * PEN_FRACTION

    def _square(self) -> QRectF:
        side = self.side()
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    # The drawing API (also what the tests and scripted demos use) -----------------------------

    def begin_stroke(self, x: float, y: float) -> None:
        """Start a stroke at unit coordinates (0-1 across the pad, y down)."""
        self._current = [(x, y)]
        self.strokes.append(self._current)
        self._paint_segment(self._current)

    def extend_stroke(self, x: float, y: float) -> None:
        if self._current is None:
            return self.begin_stroke(x, y)
        self._current.append((x, y))
        self._paint_segment(self._current)
        self.stroke_changed.emit()
        self.drawing_changed.emit()
        return None

    def end_stroke(self) -> None:
        if self._current is None:
            return
        self._current = None
        self.stroke_finished.emit()
        self.drawing_changed.emit()

    def add_stroke(self, points: list[tuple[float, float]]) -> None:
        """Draw a whole stroke at once, as if drawn by hand."""
        if not points:
            return
        self.begin_stroke(*points[0])
        for x, y in points[1:]:
            self.extend_stroke(x, y)
        self.end_stroke()

    def undo(self) -> None:
        """Remove the last stroke."""
        if self.strokes:
            self.strokes.pop()
            self._current = None
            self._overlay = None  # it described a stroke that is gone
            self._render_all()
            self.drawing_changed.emit()

    def clear(self) -> None:
        self.strokes.clear()
        self._current = None
        self._overlay = None
        self._render_all()
        self.drawing_changed.emit()

    def set_overlay(self, image: QImage | None, where: QRectF | None = None) -> None:
        """Paint `image` (with its own translucency) over the ink, smoothly scaled into `where`,
        in unit coordinates like the strokes (default: the whole pad); None removes it."""
        if image is None or image.isNull():
            self._overlay = None
        else:
            self._overlay = (
                QImage(image),
                QRectF(where) if where is not None else QRectF(0, 0, 1, 1),
            )
        self.update()

    def overlay(self) -> QImage | None:
        """The picture laid over the ink now, if any."""
        return None if self._overlay is None else self._overlay[0]

    def is_empty(self) -> bool:
        return not self.strokes

    def pixels(self) -> np.ndarray:
        """The ink as uint8 (side, side): 255 is full ink, 0 the black background."""
        image = self._image
        stride = image.bytesPerLine()
        data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * image.height())
        return data.reshape(image.height(), stride)[:, : image.width()].copy()

    # Painting -----------------------------------------------------------------------------------

    def _pen(self) -> QPen:
        pen = QPen(QColor(255, 255, 255), self.pen_width())
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _to_pixels(self, point: tuple[float, float]) -> QPointF:
        side = self._image.width()
        return QPointF(point[0] * side, point[1] * side)

    def _render_all(self) -> None:
        side = self.side()
        self._image = QImage(side, side, QImage.Format.Format_Grayscale8)
        self._image.fill(0)
        for stroke in self.strokes:
            self._draw(stroke, whole=True)
        self.update()

    def _paint_segment(self, stroke: Stroke) -> None:
        self._draw(stroke, whole=False)
        self.update()

    def _draw(self, stroke: Stroke, whole: bool) -> None:
        """Draw the stroke (or only its newest segment) onto the image, anti-aliased."""
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen())
        points = [self._to_pixels(p) for p in (stroke if whole else stroke[-2:])]
        if len(points) == 1:
            painter.drawPoint(points[0])  # a tap is a round dot
        else:
            painter.drawPolyline(points)
        painter.end()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.drawImage(self._square(), self._image)
        self._paint_overlay(painter)
        # The pad's edge in mid grey: seen on a light window and on presenter mode's black alike
        painter.setPen(QPen(QColor(*BORDER_GREY), 2))
        painter.drawRect(QRectF(self._square()).adjusted(1, 1, -1, -1))
        if self.is_empty():
            painter.setPen(QColor(150, 150, 150))
            invitation = QCoreApplication.translate("DrawingPad", "Draw a digit here")
            painter.drawText(self._square(), Qt.AlignmentFlag.AlignCenter, invitation)
        painter.end()

    def _paint_overlay(self, painter: QPainter) -> None:
        if self._overlay is None:
            return
        image, where = self._overlay
        square = self._square()
        target = QRectF(
            square.x() + where.x() * square.width(),
            square.y() + where.y() * square.height(),
            where.width() * square.width(),
            where.height() * square.height(),
        )
        painter.save()
        painter.setClipRect(square)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)
        painter.restore()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._image.width() != self.side():
            self._render_all()
            self.drawing_changed.emit()

    # Input: mouse, tablet pen, touch -------------------------------------------------------------

    def _unit(self, position: QPointF) -> tuple[float, float]:
        square = self._square()
        x = (position.x() - square.x()) / square.width()
        y = (position.y() - square.y()) / square.height()
        return min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(*self._unit(event.position()))
        elif event.button() == Qt.MouseButton.RightButton:
            self.undo()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.buttons() & Qt.MouseButton.LeftButton and self._current is not None:
            self.extend_stroke(*self._unit(event.position()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.end_stroke()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.begin_stroke(*self._unit(event.position()))
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self.extend_stroke(*self._unit(event.position()))
        elif kind == QEvent.Type.TabletRelease:
            self.end_stroke()
        event.accept()  # no synthesised mouse events: the pen already drew

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            self._touch(event)  # type: ignore[arg-type]
            return True
        if kind == QEvent.Type.TouchCancel:
            self.end_stroke()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        points = event.points()
        if not points:
            return
        position = self._unit(points[0].position())  # one finger draws
        if event.type() == QEvent.Type.TouchBegin:
            self.begin_stroke(*position)
        elif event.type() == QEvent.Type.TouchUpdate:
            self.extend_stroke(*position)
        else:
            self.end_stroke()
        event.accept()
