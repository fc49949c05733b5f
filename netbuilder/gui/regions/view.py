"""The decision-regions view: class colours over the plane, points on top, hover, PNG export."""

from __future__ import annotations

import sys
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from torch import nn

from netbuilder.document.safe_io import os_reason, write_atomically
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.regions import (
    PALETTE,
    RegionFrame,
    colour_regions,
    plane_extent,
    region_probabilities,
    render_regions,
)
from netbuilder.gui import language
from netbuilder.gui.plain_text import plain

INVITATION = QT_TRANSLATE_NOOP("RegionsView", "Train to see how the network divides the plane.")
HOVER = QT_TRANSLATE_NOOP(
    "RegionsView", "Hover over the plane to see the network's probabilities there."
)


class RegionsView(QWidget):
    """Shows RegionFrames for one 2-D dataset; `frame_shown` counts every redraw."""

    holds_a_plot = True  # docks.readable_height: it comes forward tall enough to read

    frame_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.frame: RegionFrame | None = None
        self.frames_shown = 0
        self.plot = pg.PlotWidget()
        self.plot.setAspectLocked(True)
        self.plot.setMenuEnabled(False)
        self.image = pg.ImageItem()
        self.train_points = pg.ScatterPlotItem(size=8, pen=pg.mkPen(20, 20, 20))
        self.test_points = pg.ScatterPlotItem(size=9, brush=None)
        for item in (self.image, self.train_points, self.test_points):
            self.plot.addItem(item)
        for item in (self.train_points, self.test_points):  # redraws repaint only the image
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.hover = plain(QLabel())
        self.hover.setWordWrap(True)
        self._said: Callable[[], str] = lambda: _in_language(
            INVITATION
        )  # the hover line, any language
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.export_png())
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._layout()
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The texts in the language now chosen; the points, regions and hover line stay."""
        self.export_button.setText(QCoreApplication.translate("RegionsView", "Export PNG…"))
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "RegionsView", "Save the decision regions with the points as a PNG file"
            )
        )
        self.hover.setText(self._said())

    def _say(self, said: Callable[[], str]) -> str:
        """Set the line below the plot; `said` makes it again in another language."""
        self._said = said
        text = said()
        self.hover.setText(text)
        return text

    def _layout(self) -> None:
        bottom = QHBoxLayout()
        bottom.addWidget(self.hover, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot, 1)
        layout.addLayout(bottom)

    # --- what it shows ---------------------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The points to draw (training filled, test hollow); clears the regions."""
        self.dataset, self.frame = dataset, None
        self.image.clear()
        for item, split in ((self.train_points, "train"), (self.test_points, "test")):
            if dataset is None:
                item.clear()
                continue
            data = getattr(dataset, split)
            xy, colours = (
                data.features.numpy(),
                [pg.mkColor(*PALETTE[c % 10]) for c in data.labels.tolist()],
            )
            if split == "train":
                item.setData(pos=xy, brush=colours)
            else:
                item.setData(pos=xy, pen=[pg.mkPen(c, width=2) for c in colours], brush=None)
        if dataset is not None:
            x0, x1, y0, y1 = plane_extent(dataset)
            self.plot.setRange(QRectF(x0, y0, x1 - x0, y1 - y0), padding=0)

    def forget(self) -> None:
        """Another project opened: no points, no regions, no hover of the last one's model."""
        self.set_dataset(None)
        self.frames_shown = 0
        self._say(lambda: _in_language(INVITATION))

    def show_frame(self, frame: RegionFrame) -> None:
        """Paint one frame of class probabilities (from the training thread, or a final model)."""
        self.frame = frame
        rgb = colour_regions(frame)[::-1].transpose(1, 0, 2)  # ImageItem wants [x, y], y up
        self.image.setImage(np.ascontiguousarray(rgb), autoLevels=False, levels=(0, 255))
        x0, x1, y0, y1 = frame.extent
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        if self.frames_shown == 0:
            self._say(lambda: _in_language(HOVER))
        self.frames_shown += 1
        self.frame_shown.emit()

    def show_model(self, model: nn.Module) -> None:
        if self.dataset is not None:
            self.show_frame(region_probabilities(model, plane_extent(self.dataset), 120))

    def image_array(self) -> np.ndarray | None:
        """The regions as shown, uint8 RGB (rows from the top), for tests and export."""
        return colour_regions(self.frame) if self.frame is not None else None

    # --- hover and export -----------------------------------------------------------------------

    def _on_mouse_moved(self, position: QPointF) -> None:
        if self.frame is None or not self.plot.sceneBoundingRect().contains(position):
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        self.describe(point.x(), point.y())

    def describe(self, x: float, y: float) -> str:
        """Say, below the plot, what the network thinks at (x, y); returns the text."""
        if self.frame is None:
            return ""
        p = self.frame.at(x, y)
        shares = "  ".join(f"{c}: {v:.0%}" for c, v in enumerate(p))
        return self._say(
            lambda: QCoreApplication.translate(
                "RegionsView", "x {x}, y {y} → class {cls}   ({shares})"
            ).format(x=f"{x:+.2f}", y=f"{y:+.2f}", cls=int(p.argmax()), shares=shares)
        )

    def export_png(self, path: str | None = None) -> bool:
        if self.frame is None or self.dataset is None:
            self._say(
                lambda: QCoreApplication.translate(
                    "RegionsView", "Nothing to export yet: train first."
                )
            )
            return False
        if path is None:
            title = QCoreApplication.translate("RegionsView", "Export regions")
            path, _ = QFileDialog.getSaveFileName(self, title, "regions.png", "PNG (*.png)")
            if not path:
                return False
        from PIL import Image

        picture = render_regions(self.frame, self.dataset.train, self.dataset.test)
        try:
            image = Image.fromarray(picture)
            write_atomically(path, lambda stream: image.save(stream, format="PNG"))
        except (OSError, ValueError) as error:
            reason = _reason(error)
            self._say(
                lambda: QCoreApplication.translate(
                    "RegionsView", "Could not save {path}: {reason}"
                ).format(path=path, reason=reason)
            )
            return False
        self._say(
            lambda: QCoreApplication.translate("RegionsView", "Saved {path}").format(path=path)
        )
        return True


def _in_language(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("RegionsView", ...), in the language now chosen."""
    return QCoreApplication.translate("RegionsView", text)


def _reason(error: Exception) -> str:
    return os_reason(error) if isinstance(error, OSError) else str(error)


if __name__ == "__main__":
    from netbuilder.engine.two_d import generate
    from netbuilder.gui.standalone import application

    app = application()
    view = RegionsView()
    view.set_dataset(generate("spiral"))
    view.resize(600, 600)
    view.show()
    sys.exit(app.exec())
