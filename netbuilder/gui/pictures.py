"""uint8 pixels from the engine as a QImage: grey (H, W) or (1, H, W), colour (3, H, W)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage, QPixmap

from netbuilder.document.safe_io import FileRefusedError, write_atomically


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


def save_png(picture: QImage | QPixmap, path: str | Path) -> None:
    """Write a picture as PNG the one safe way (safe_io); a failure is an OSError naming the file."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not picture.save(buffer, "PNG"):
        reason = QCoreApplication.translate("Pictures", "Qt could not encode the picture as PNG")
        raise FileRefusedError(reason, path, "write")
    buffer.close()
    contents = data.data()
    write_atomically(path, lambda stream: stream.write(contents))
