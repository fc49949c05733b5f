"""The network drawn as the canvas shows it, into a PNG or SVG file, without showing a window.

The canvas scene is built for the project exactly as in the app (blocks, shapes, parameter counts,
arrows), laid out for `width` pixels, and rendered through QPainter onto an image or QSvgGenerator.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from netbuilder.document.project import Project
from netbuilder.document.safe_io import write_atomically
from netbuilder.gui.builder.canvas import CanvasView
from netbuilder.gui.document import Document

DEFAULT_WIDTH = 1200


def render_diagram(
    project: Project,
    png: str | Path | None = None,
    svg: str | Path | None = None,
    width: int = DEFAULT_WIDTH,
    scale: float = 2.0,
) -> QSize:
    """Write the diagram to png (at `scale` pixels per point) and/or svg; returns its size."""
    view = CanvasView(Document(project.copy()))
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.refresh_style()
    view.resize(width, 800)
    view.show()  # lays the viewport out, so the blocks wrap as they would at this width
    view.relayout()
    try:
        source = view.scene().sceneRect()
        background = view.backgroundBrush().color()
        if png is not None:
            _write_png(view, source, background, Path(png), scale)
        if svg is not None:
            _write_svg(view, source, background, Path(svg), project.name)
        return source.size().toSize()
    finally:
        view.close()
        view.deleteLater()


def _write_png(view: CanvasView, source: QRectF, background: QColor, path: Path, scale: float):
    size = (source.size() * scale).toSize()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.scene().render(painter, QRectF(image.rect()), source)
    painter.end()
    _save(path, lambda buffer: image.save(buffer, "PNG"))


def _write_svg(view: CanvasView, source: QRectF, background: QColor, path: Path, title: str):
    def draw(buffer: QBuffer) -> bool:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(title or "network")
        generator.setDescription("Drawn by netbuilder")
        painter = QPainter(generator)
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), background)
        view.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
        return painter.end()

    _save(path, draw)


def _save(path: Path, draw: Callable[[QBuffer], bool]) -> None:
    """Draw into memory, then write the bytes the one safe way (a failed write is an OSError)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not draw(buffer):
        raise OSError(f"Cannot write {path}: Qt could not draw the picture")
    buffer.close()
    contents = data.data()
    write_atomically(path, lambda stream: stream.write(contents))
