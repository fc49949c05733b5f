"""The autoencoder's views: test images above their reconstructions (live while training), and,
when the network has a 2-value code, the test set's codes as a scatter coloured by class with a
latent explorer: click or drag in the plane and the decoder draws the image for that code."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from netbuilder.engine.regions import PALETTE
from netbuilder.engine.training_events import ReconstructionSnapshot
from netbuilder.gui import language
from netbuilder.gui.autoencoder.images import mosaic, to_rgb
from netbuilder.gui.plain_text import plain


def _image_plot() -> tuple[pg.PlotWidget, pg.ImageItem]:
    plot = pg.PlotWidget()
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    plot.setAspectLocked(True)
    plot.invertY(True)
    for side in ("left", "bottom"):
        plot.hideAxis(side)
    image = pg.ImageItem(axisOrder="row-major")
    plot.addItem(image)
    return plot, image


class ReconstructionGrid(QWidget):
    """The same test images (one per class) above what the network makes of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ReconstructionSnapshot | None = None
        self.plot, self.image = _image_plot()
        self.caption = plain(QLabel())
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self._say()

    def _say(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            text = QCoreApplication.translate(
                "AutoencoderView", "Train to see test images above their reconstructions."
            )
        elif self._denoising(snapshot):
            text = QCoreApplication.translate(
                "AutoencoderView",
                "Top: test images · middle: with noise, as the network gets them · "
                "bottom: its reconstructions (epoch {epoch})",
            ).format(epoch=snapshot.epoch)
        else:
            text = QCoreApplication.translate(
                "AutoencoderView",
                "Top: test images · bottom: the network's reconstructions (epoch {epoch})",
            ).format(epoch=snapshot.epoch)
        self.caption.setText(text)

    @staticmethod
    def _denoising(snapshot: ReconstructionSnapshot) -> bool:
        return not np.array_equal(snapshot.inputs, snapshot.targets)

    def show_snapshot(self, snapshot: ReconstructionSnapshot | None) -> None:
        self.snapshot = snapshot
        if snapshot is None:
            self.image.clear()
        else:
            rows = [snapshot.targets, snapshot.outputs]
            if self._denoising(snapshot):
                rows.insert(1, snapshot.inputs)
            self.image.setImage(mosaic(rows), autoLevels=False, levels=(0, 255))
            self.plot.autoRange(padding=0)
        self._say()


class LatentExplorer(QWidget):
    """The codes of the test images, coloured by class; a click or a drag in the plane decodes
    that point. `decoder(points (N, 2)) -> images (N, C, H, W)` is set with the codes."""

    point_decoded = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decoder = None
        self.point: tuple[float, float] | None = None
        self.decoded: np.ndarray | None = None
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)  # a drag explores; it does not pan
        self.plot.hideButtons()
        self.scatters: list[pg.GraphicsObject] = []
        self.marker = pg.ScatterPlotItem(
            size=16, symbol="o", pen=pg.mkPen("#ffd400", width=3), brush=None
        )
        self.marker.setZValue(10)
        self.plot.addItem(self.marker)
        self.picture_plot, self.picture = _image_plot()
        self.caption = plain(QLabel())
        self.caption.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.plot, 2)
        row.addWidget(self.picture_plot, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(row, 1)
        scene = self.plot.scene()
        scene.sigMouseClicked.connect(self._clicked)
        scene.sigMouseMoved.connect(self._moved)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.caption.setText(
            QCoreApplication.translate(
                "AutoencoderView",
                "Codes of the test images, by class: click or drag in the plane to decode",
            )
        )
        bottom = self.plot.getPlotItem().getAxis("bottom")
        bottom.setLabel(QCoreApplication.translate("AutoencoderView", "code 1"))
        left = self.plot.getPlotItem().getAxis("left")
        left.setLabel(QCoreApplication.translate("AutoencoderView", "code 2"))

    def set_codes(self, codes: np.ndarray, labels: np.ndarray, classes, decoder) -> None:
        """Show the codes (N, 2) of labelled images; `decoder` draws the image for a point."""
        self.clear()
        self.decoder = decoder
        for k in range(len(classes)):
            mine = codes[labels == k]
            colour = tuple(int(c) for c in PALETTE[k % len(PALETTE)])
            item = pg.ScatterPlotItem(
                mine[:, 0], mine[:, 1], size=3, pen=None, brush=pg.mkBrush(*colour, 160)
            )
            self.plot.addItem(item)
            self.scatters.append(item)
        for k, name in enumerate(classes):  # each class's name where its codes gather
            mine = codes[labels == k]
            if len(mine):
                self._name_class(str(name), np.median(mine, axis=0), PALETTE[k % len(PALETTE)])
        self.plot.autoRange()
        if len(codes):
            centre = np.median(codes, axis=0)
            self.explore_at(float(centre[0]), float(centre[1]))

    def _name_class(self, name: str, where: np.ndarray, colour: np.ndarray) -> None:
        label = pg.TextItem(anchor=(0.5, 0.5), border=None, fill=pg.mkBrush(255, 255, 255, 170))
        label.setPlainText(name)  # a class name is the user's text: never rich text
        label.setColor(pg.mkColor(*(int(c * 0.6) for c in colour)))
        label.setPos(float(where[0]), float(where[1]))
        label.setZValue(5)
        self.plot.addItem(label)
        self.scatters.append(label)

    def clear(self) -> None:
        for item in self.scatters:
            self.plot.removeItem(item)
        self.scatters.clear()
        self.decoder, self.point, self.decoded = None, None, None
        self.marker.setData([], [])
        self.picture.clear()

    def explore_at(self, x: float, y: float) -> None:
        """Decode the code (x, y) and show its image."""
        if self.decoder is None:
            return
        self.point = (x, y)
        self.decoded = self.decoder(np.array([[x, y]], dtype=np.float32))[0]
        self.marker.setData([x], [y])
        self.picture.setImage(to_rgb(self.decoded[None])[0], autoLevels=False, levels=(0, 255))
        self.picture_plot.autoRange(padding=0)
        self.point_decoded.emit(x, y)

    def _clicked(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._explore_scene(event.scenePos())

    def _moved(self, position: QPointF) -> None:
        if QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self._explore_scene(position)

    def _explore_scene(self, position: QPointF) -> None:
        box = self.plot.getPlotItem().getViewBox()
        if not box.sceneBoundingRect().contains(position):
            return
        point = box.mapSceneToView(position)
        self.explore_at(point.x(), point.y())


class AutoencoderView(QWidget):
    """The reconstructions and, for a network with a 2-value code, the latent explorer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = ReconstructionGrid()
        self.explorer = LatentExplorer()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.explorer, 1)
        self.explorer.hide()

    def clear(self) -> None:
        self.grid.show_snapshot(None)
        self.explorer.clear()
        self.explorer.hide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for a row of images, its reconstructions and a readable plane: 12 lines of the
        current font (presenter mode's larger font gets a taller panel)."""
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), 12 * self.fontMetrics().height()))
