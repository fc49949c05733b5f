"""The Map's preview: the sample under the pointer, shown beside the map.

An image is enlarged by a whole factor with nearest-neighbour scaling (each pixel a crisp square,
readable on a projector); a table's row is its feature values; a point of the plane its (x, y).
The words are plain text: class names and column names are the user's.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from netbuilder.gui.pictures import to_qimage
from netbuilder.gui.plain_text import plain

LINES_TALL = 8
"""The picture's side in lines of text: it grows with the app's text size and presenter mode."""


class SamplePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sample: int | None = None
        """Which test sample is shown (None: the hint)."""
        self.wide = False
        """Twice as wide, for a table row's "name = value" lines."""
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # a mid-grey edge: a black digit stays a square on presenter mode's black too
        self.picture.setStyleSheet("QLabel { border: 1px solid #808080; }")
        self.words = plain(QLabel())
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.words)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._fit_width()

    def side(self) -> int:
        return max(112, LINES_TALL * self.fontMetrics().height())

    def set_wide(self, wide: bool) -> None:
        """Room for a table row's values (set once per source: the map does not jump on hover)."""
        self.wide = wide
        self._fit_width()

    def _fit_width(self) -> None:
        self.setFixedWidth(self.side() * (2 if self.wide else 1) + 8)

    def show_sample(self, sample: int, words: str, pixels: np.ndarray | None = None) -> None:
        """Sample `sample`: its picture when pixels are an image's, and the words under it."""
        self.sample = sample
        image = to_qimage(pixels) if pixels is not None else None
        if image is None:
            self.picture.clear()
            self.picture.hide()
        else:
            self.picture.setPixmap(QPixmap.fromImage(enlarged(image, self.side())))
            self.picture.show()
        self.words.setText(words)

    def clear(self, hint: str = "") -> None:
        """Nothing pointed at: the hint instead."""
        self.sample = None
        self.picture.clear()
        self.picture.hide()
        self.words.setText(hint)

    def changeEvent(self, event) -> None:  # the text size changed: so does the picture
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_width()


def enlarged(image: QImage, side: int) -> QImage:
    """image scaled to about `side` pixels: up by a whole factor, pixel for pixel (nearest
    neighbour), or down smoothly when it is much larger."""
    longest = max(image.width(), image.height(), 1)
    if longest > side * 3 // 2:
        return image.scaled(
            side,
            side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    factor = max(1, round(side / longest))
    return image.scaled(
        image.width() * factor,
        image.height() * factor,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )
