"""The first learnable layer's weights as a grid of small images, drawn as ONE ImageItem.

Conv2d: every kernel (first input channel). Linear on a 28x28 image: each unit's 784 weights as a
28x28 picture. Colours come from a diverging map with a symmetric range: blue < 0 < red, white 0.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netbuilder.gui import language

MAX_TILES = 64
GAP_COLOUR = (110, 110, 118)  # between tiles: a mid grey that is in no tile's colour range
_LUT = pg.colormap.get("CET-D1").getLookupTable(0.0, 1.0, 256, alpha=False)


def weight_tiles(weights: np.ndarray, cap: int = MAX_TILES) -> tuple[np.ndarray, str]:
    """(tiles (n, h, w), a description) for a conv or linear weight array."""
    if weights.ndim >= 3:  # conv: (out, in, k...) -> the first input channel of each kernel
        out, inputs = weights.shape[:2]
        kernels = weights[:cap, 0].reshape(min(out, cap), weights.shape[2], -1)
        size = "×".join(str(s) for s in weights.shape[2:])
        if inputs > 1:
            text = QCoreApplication.translate(
                "FilterView",
                "First conv layer: {count} kernels {size}, input channel 1 of {inputs}",
            )
        else:
            text = QCoreApplication.translate(
                "FilterView", "First conv layer: {count} kernels {size}"
            )
        return kernels, text.format(count=_shown(out, cap), size=size, inputs=inputs)
    units, features = weights.shape
    side = math.isqrt(features)
    if side * side == features:
        text = QCoreApplication.translate(
            "FilterView", "First linear layer: weights of {count} units, as {side}×{side} images"
        )
        return weights[:cap].reshape(-1, side, side), text.format(
            count=_shown(units, cap), side=side
        )
    text = QCoreApplication.translate(
        "FilterView", "First linear layer: {count} units × {features} inputs"
    )
    return weights[None, :cap], text.format(count=_shown(units, cap), features=features)


def _shown(total: int, cap: int) -> str:
    if total <= cap:
        return str(total)
    return QCoreApplication.translate("FilterView", "first {cap} of {total}").format(
        cap=cap, total=total
    )


def _waiting() -> str:
    return QCoreApplication.translate(
        "FilterView", "First-layer weights appear here when training starts."
    )


def tile_grid(tiles: np.ndarray) -> tuple[np.ndarray, float]:
    """An RGB uint8 image of the tiles in a near-square grid, 1 px gaps; and the colour range."""
    count, h, w = tiles.shape
    columns = math.ceil(math.sqrt(count))
    rows = math.ceil(count / columns)
    limit = float(np.nanmax(np.abs(tiles))) if tiles.size else 0.0
    limit = limit if math.isfinite(limit) and limit > 0 else 1.0
    index = np.clip(((tiles / limit + 1.0) * 127.5).astype(np.int64), 0, 255)
    image = np.empty((rows * (h + 1) + 1, columns * (w + 1) + 1, 3), np.uint8)
    image[:] = GAP_COLOUR
    for i in range(count):
        top, left = 1 + (i // columns) * (h + 1), 1 + (i % columns) * (w + 1)
        image[top : top + h, left : left + w] = _LUT[index[i]]
    return image, limit


class FilterView(QWidget):
    """A caption and the filter grid; `show_weights` replaces the picture in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(_waiting())
        self.caption.setWordWrap(True)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(None)
        self.box = self.view.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.box.addItem(self.image)
        self.legend = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.updates = 0
        self._weights: np.ndarray | None = None  # the weights shown, to be described again
        self._limit = 0.0
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The caption and the colour key again in the language now chosen; the picture stays."""
        if self._weights is None:
            self.caption.setText(_waiting())
            return
        self.caption.setText(weight_tiles(self._weights)[1])
        self._say_key()

    def _say_key(self) -> None:
        negative = QCoreApplication.translate("FilterView", "negative")
        positive = QCoreApplication.translate("FilterView", "positive")
        white = QCoreApplication.translate("FilterView", "white 0")
        self.legend.setText(
            f"<span style='color:#3a5fcd'>■ {negative}</span> · {white} · "
            f"<span style='color:#c8281e'>■ {positive}</span> (±{self._limit:.3g})"
        )

    def show_weights(self, weights: np.ndarray) -> None:
        self._weights = np.asarray(weights, dtype=np.float32)
        tiles, description = weight_tiles(self._weights)
        image, limit = tile_grid(tiles)
        resized = self.image.image is None or self.image.image.shape != image.shape
        self.image.setImage(image, autoLevels=False, levels=(0, 255))
        if resized:
            self.box.autoRange(padding=0.01)
        self.caption.setText(description)
        self._limit = limit
        self._say_key()
        self.updates += 1

    def clear(self) -> None:
        self.image.clear()
        self.legend.clear()
        self._weights = None
        self.caption.setText(_waiting())
