"""The image the network receives (28x28 for a digit), as large as its place allows.

Digits and small pictures are shown at a whole-number scale, nearest-neighbour, so each of the
network's pixels is one even square; the view prefers 6x and gives way down to 4x when the dock is
short (a laptop's 1366x768, a projector's 1024x768), rather than running past the dock's edge.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from netbuilder.engine.digit_image import SIZE

SCALE = 6  # what it prefers: 168 pixels for 28
MIN_SCALE = 4  # the least it shrinks to: each pixel still a clear square from afar
BORDER = 1


class InputView(QWidget):
    """A picture in a thin frame, scaled to fit: whole-number scales when it is small enough."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        # Preferred: it shrinks to its minimum in a short column and never grows past its hint
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMaximumHeight(self.sizeHint().height())

    def set_image(self, image: QImage) -> None:
        self._image = QImage(image)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        side = SIZE * SCALE + 2 * BORDER
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        side = SIZE * MIN_SCALE + 2 * BORDER
        return QSize(side, side)

    def image_rect(self) -> QRectF:
        """Where the picture is drawn: centred, its scale whole when it is at least 1."""
        image = self._image
        width, height = (image.width(), image.height()) if not image.isNull() else (SIZE, SIZE)
        room_w, room_h = self.width() - 2 * BORDER, self.height() - 2 * BORDER
        scale = max(min(room_w / width, room_h / height), 0.01)
        if scale >= 1:
            scale = math.floor(scale)
        w, h = width * scale, height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def pixmap(self) -> QPixmap:
        """The picture as it is shown (its size on screen)."""
        if self._image.isNull():
            return QPixmap()
        size = self.image_rect().size().toSize()
        mode = Qt.TransformationMode.FastTransformation  # nearest: the network's real pixels
        scaled = self._image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio, mode)
        return QPixmap.fromImage(scaled)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        target = self.image_rect()
        painter = QPainter(self)
        if not self._image.isNull():
            scale = target.width() / self._image.width()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale < 1)
            painter.drawImage(target, self._image)
        painter.setPen(QPen(self.palette().windowText().color(), BORDER))
        frame = target.adjusted(-BORDER / 2, -BORDER / 2, BORDER / 2, BORDER / 2)
        painter.drawRect(frame)
        painter.end()
