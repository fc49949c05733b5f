"""uint8 pixels from the engine as a QImage: grey (H, W) or (1, H, W), colour (3, H, W)."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def to_qimage(pixels: np.ndarray) -> QImage | None:
    """A deep-copied QImage of uint8 pixels; None for anything that is not a picture (features)."""
    array = np.asarray(pixels)
    if array.dtype != np.uint8:
        return None
    if array.ndim == 3 and array.shape[0] == 1:
        array = array[0]
    if array.ndim == 2:
        height, width = array.shape
        data = np.ascontiguousarray(array)
        return QImage(data.tobytes(), width, height, width, QImage.Format.Format_Grayscale8).copy()
    if array.ndim == 3 and array.shape[0] == 3:
        data = np.ascontiguousarray(array.transpose(1, 2, 0))  # CHW -> HWC
        _channels, height, width = array.shape
        return QImage(data.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()
    return None
