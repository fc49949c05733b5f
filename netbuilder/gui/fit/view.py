"""The fit view: a regression's data as points with the network's prediction over them."""

from __future__ import annotations

import sys
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netbuilder.document.safe_io import os_reason, write_atomically
from netbuilder.engine.fit import CURVE, MAP, SCATTER, FitFrame, FitPoints, heat_colours, render_fit
from netbuilder.gui import language
from netbuilder.gui.plain_text import plain

POINT, TEST, FIT = (31, 119, 180), (255, 127, 14), (214, 39, 40)
AXES = {  # (bottom, left), translated where they are shown
    CURVE: (QT_TRANSLATE_NOOP("FitView", "input x"), QT_TRANSLATE_NOOP("FitView", "target y")),
    MAP: ("x₁", "x₂"),
    SCATTER: (QT_TRANSLATE_NOOP("FitView", "true"), QT_TRANSLATE_NOOP("FitView", "predicted")),
}
INVITATION = QT_TRANSLATE_NOOP(
    "FitView", "Train to see the network's prediction drawn over the data."
)
CAPTIONS = {  # the English texts (QT_TRANSLATE_NOOP): shown through `in_language`
    CURVE: QT_TRANSLATE_NOOP(
        "FitView", "Dots: training data (hollow: test). Red: what the network predicts for each x."
    ),
    MAP: QT_TRANSLATE_NOOP(
        "FitView",
        "Colour: the network's prediction over the plane (blue low, red high); dots: the data.",
    ),
    SCATTER: QT_TRANSLATE_NOOP(
        "FitView",
        "Each test sample: true target across, prediction up; on the grey line is perfect.",
    ),
}


class FitView(QWidget):
    """Shows FitFrames of one regression dataset; `frame_shown` is emitted on every redraw."""

    frame_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: FitPoints | None = None
        self.frame: FitFrame | None = None
        self.frames_shown = 0
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.image = pg.ImageItem()
        self.train_points = pg.ScatterPlotItem(size=6, pen=pg.mkPen(20, 20, 20, 120))
        self.test_points = pg.ScatterPlotItem(size=7, brush=None, pen=pg.mkPen(TEST, width=1.5))
        self.diagonal = pg.PlotDataItem(pen=pg.mkPen(150, 150, 150, width=2))
        self.curve = pg.PlotDataItem(pen=pg.mkPen(FIT, width=3))
        items = (self.image, self.diagonal, self.train_points, self.test_points, self.curve)
        for item in items:
            self.plot.addItem(item)
        self.caption = plain(QLabel())
        self._inviting = True
        self._said: Callable[[], str] = lambda: in_language(INVITATION)
        self.caption.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.export_png())
        bottom = QHBoxLayout()
        bottom.addWidget(self.caption, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot, 1)
        layout.addLayout(bottom)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The texts in the language now chosen; the points, the fit and the caption stay."""
        self.export_button.setText(QCoreApplication.translate("FitView", "Export PNG…"))
        self.export_button.setToolTip(
            QCoreApplication.translate("FitView", "Save the fit with the data as a PNG file")
        )
        self.caption.setText(self._said())
        self._label_axes()

    def _say(self, said: Callable[[], str]) -> None:
        """Set the caption; `said` makes it again in another language."""
        self._said = said
        self.caption.setText(said())

    def _label_axes(self) -> None:
        if self.points is None:
            return
        bottom, left = AXES[self.points.kind]
        self.plot.setLabel("bottom", in_language(bottom))
        self.plot.setLabel("left", in_language(left))

    # --- what it shows ---------------------------------------------------------------------------

    def set_points(self, points: FitPoints | None) -> None:
        """The data to draw under the fit; clears the fit."""
        self.points, self.frame = points, None
        for item in (self.image, self.curve, self.diagonal, self.train_points, self.test_points):
            item.clear()
        self._say(lambda: in_language(INVITATION))
        self._inviting = True  # the caption invites to train: the first frame replaces it
        if points is None:
            return
        if points.kind == MAP:
            self._coloured_points(points)
        elif points.kind == CURVE:
            self.train_points.setData(points.train_x, points.train_y, brush=pg.mkBrush(*POINT, 150))
            self.test_points.setData(points.test_x, points.test_y)
        x0, x1, y0, y1 = points.extent
        if points.kind == SCATTER:
            self.diagonal.setData([x0, x1], [x0, x1])
        self.plot.setRange(QRectF(x0, y0, x1 - x0, y1 - y0), padding=0)
        self.plot.setAspectLocked(points.kind != CURVE)
        self._label_axes()

    def _coloured_points(self, points: FitPoints) -> None:
        for item, xy, y in ((self.train_points, points.train_x, points.train_y),
                            (self.test_points, points.test_x, points.test_y)):  # fmt: skip
            brushes = [pg.mkBrush(*c) for c in heat_colours(y, *points.value_range).tolist()]
            if item is self.train_points:
                item.setData(pos=xy, brush=brushes)
            else:
                item.setData(pos=xy, pen=[pg.mkPen(b.color(), width=2) for b in brushes])

    def show_frame(self, frame: FitFrame) -> None:
        """Draw one frame of predictions (from the training thread, or a final model)."""
        if frame.points is not self.points:
            self.set_points(frame.points)
        self.frame = frame
        if frame.kind == MAP:
            rgb = heat_colours(frame.y, *frame.points.value_range).transpose(1, 0, 2)
            self.image.setImage(np.ascontiguousarray(rgb), autoLevels=False, levels=(0, 255))
            x0, x1, y0, y1 = frame.points.extent
            self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        elif frame.kind == CURVE:
            self.curve.setData(frame.x, frame.y)
        else:
            self.test_points.setData(frame.x, frame.y)
        if self._inviting:
            kind = frame.kind
            self._say(lambda: in_language(CAPTIONS[kind]))
            self._inviting = False
        self.frames_shown += 1
        self.frame_shown.emit()

    def curve_data(self) -> tuple[np.ndarray, np.ndarray] | None:
        """(x, y) of the fit as drawn: the curve, or the scatter's (true, predicted)."""
        if self.frame is None or self.frame.kind == MAP:
            return None
        item = self.curve if self.frame.kind == CURVE else self.test_points
        x, y = item.getData()
        return np.asarray(x), np.asarray(y)

    def export_png(self, path: str | None = None) -> bool:
        if self.frame is None:
            self._say(
                lambda: QCoreApplication.translate("FitView", "Nothing to export yet: train first.")
            )
            return False
        if path is None:
            title = QCoreApplication.translate("FitView", "Export fit")
            path, _ = QFileDialog.getSaveFileName(self, title, "fit.png", "PNG (*.png)")
            if not path:
                return False
        from PIL import Image

        try:
            image = Image.fromarray(render_fit(self.frame))
            write_atomically(path, lambda stream: image.save(stream, format="PNG"))
        except (OSError, ValueError) as error:
            reason = _reason(error)
            self._say(
                lambda: QCoreApplication.translate(
                    "FitView", "Could not save {path}: {reason}"
                ).format(path=path, reason=reason)
            )
            return False
        self._say(lambda: QCoreApplication.translate("FitView", "Saved {path}").format(path=path))
        return True


def in_language(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("FitView", ...), in the language now chosen."""
    return QCoreApplication.translate("FitView", text)


def _reason(error: Exception) -> str:
    return os_reason(error) if isinstance(error, OSError) else str(error)


if __name__ == "__main__":
    from netbuilder.engine.fit import fit_points
    from netbuilder.engine.table import sine_dataset
    from netbuilder.gui.standalone import application

    app = application()
    view = FitView()
    view.set_points(fit_points(sine_dataset()))
    view.resize(600, 450)
    view.show()
    sys.exit(app.exec())
