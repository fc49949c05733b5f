"""The Map tab: the test set as the network sees it at one layer, in two dimensions.

Each point is a test sample coloured by its true class; a mistake is a cross. Pointing at one
shows the sample beside the map (the picture, the table row, the point's x and y) and what the
network called it; a click shows an image in Predict. For images and tables the map is a t-SNE of
the activations; for 2-D sets it is the plane itself, bent by the layers (engine.plane_bending):
a grid and the points as the chosen layer gives them out. Maps are computed on a worker thread
(map_worker) with progress and a Cancel, with the model and split they were asked for: a map of
another model or another project is never shown.
"""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netbuilder.engine.embedding import Embedding, embed
from netbuilder.engine.plane_bending import BentPlane, bend_plane, is_plane
from netbuilder.gui import language
from netbuilder.gui.plain_text import plain
from netbuilder.gui.predict import map_words
from netbuilder.gui.predict.map_preview import SamplePreview
from netbuilder.gui.predict.map_worker import MapJob

POINTS = 2000
LEGEND_MARGIN = 4
"""The legend's distance from the plot's top and right edges, in pixels."""
COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)  # fmt: skip
"""matplotlib's tab10: ten classes told apart at a glance."""
GRID_PENS = ((90, 110, 200, 150), (210, 130, 60, 150))
"""The grid's lines of constant y, then of constant x: two colours, to follow a line through a
fold; half transparent, under the points, on light and dark themes alike."""


class EmbeddingView(QWidget):
    """`sample_clicked(int)`: the index in the test split of the point clicked."""

    holds_a_plot = True  # docks.readable_height: it comes forward tall enough to read

    sample_clicked = Signal(int)
    computed = Signal(object, object)  # (ticket, Embedding/BentPlane or why there is none)
    progressed = Signal(object, str, int, int)  # (ticket, stage, done, total)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trained = None
        self.split = None
        self.plane = False
        """Whether the test samples are points of the plane: then the map is the bent plane."""
        self.columns: list[str] | None = None  # a table's feature names, for the preview
        self.embedding: Embedding | BentPlane | None = None
        self.job: MapJob | None = None
        self._ticket = 0
        self._computing = False
        self._stage = ""
        self.layer_box = QComboBox()
        self.layer_box.currentIndexChanged.connect(self._on_layer_chosen)
        self.draw_button = QPushButton()
        self.draw_button.clicked.connect(self.compute)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.status = plain(QLabel())
        self.status.setWordWrap(True)
        self.plot = pg.PlotWidget(background=None)
        self.plot.getPlotItem().hideAxis("left")
        self.plot.getPlotItem().hideAxis("bottom")
        self.plot.getPlotItem().setAspectLocked(True)
        self.grid = [
            pg.PlotDataItem(pen=pg.mkPen(colour), connect="finite") for colour in GRID_PENS
        ]
        for curve in self.grid:
            curve.setZValue(-1)
            self.plot.addItem(curve)
        self.scatter = pg.ScatterPlotItem(size=7, hoverable=True, tip=None, hoverSize=14)
        self.scatter.sigClicked.connect(self._on_clicked)
        self.scatter.sigHovered.connect(self._on_hovered)
        self.plot.addItem(self.scatter)
        self.legend = self.plot.getPlotItem().addLegend(
            offset=(-LEGEND_MARGIN, LEGEND_MARGIN), labelTextSize="9pt"
        )
        # Presenter mode's large keys for ten classes ran past a short plot's bottom (8 and 9
        # cut): as many columns as its height needs, whenever the keys or the plot change size.
        self.legend.geometryChanged.connect(self._fit_legend)
        self.plot.getPlotItem().vb.sigResized.connect(self._fit_legend)
        self.preview = SamplePreview()
        self._layout()
        self.computed.connect(self._on_done)
        self.progressed.connect(self._on_progress)
        self._show_progress(False)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.layer_box, 1)
        row.addWidget(self.draw_button)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel_button)
        body = QHBoxLayout()
        body.addWidget(self.plot, 1)
        body.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(working)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)

    def retranslate(self) -> None:
        self.draw_button.setText(QCoreApplication.translate("EmbeddingView", "Draw the map"))
        self.draw_button.setToolTip(map_words.draw_tip(self.plane))
        self.cancel_button.setText(QCoreApplication.translate("EmbeddingView", "Cancel"))
        self._fill_layers()
        self._say_status()
        self._show_sample(self.preview.sample)

    # What to map ----------------------------------------------------------------------------------

    def set_source(self, trained, split) -> None:
        """The model and test split to map; the last map goes (it was another model's)."""
        self.trained, self.split = trained, split
        self.plane = is_plane(split)
        self.columns = map_words.table_columns(trained, split)
        self.preview.set_wide(split is not None and not split.is_images and not self.plane)
        self._stop()
        self.embedding = None
        self._clear_map()
        self.draw_button.setToolTip(map_words.draw_tip(self.plane))
        self._fill_layers()
        self._say_status()
        if self.plane:  # bending the plane takes a moment: the map is there when looked at
            self.compute()

    def _fill_layers(self) -> None:
        current = self.layer_box.currentData()
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        choices, default = map_words.layer_choices(self.trained, self.plane)
        for text, path in choices:
            self.layer_box.addItem(text, path)
        index = self.layer_box.findData(current) if current is not None else -1
        self.layer_box.setCurrentIndex(index if index >= 0 else default)
        self.layer_box.blockSignals(False)
        self.draw_button.setEnabled(self._ready() and not self._computing)

    def _ready(self) -> bool:
        return self.trained is not None and self.split is not None and self.layer_box.count() > 0

    def _on_layer_chosen(self, _index: int) -> None:
        if self.plane and self._ready():  # bending the plane takes a moment: show it at once
            self.compute()

    # Computing ------------------------------------------------------------------------------------

    def compute(self) -> bool:
        """Start the map for the layer chosen; False when there is nothing to map, or a t-SNE is
        being computed (one at a time: a bent plane replaces the one being computed)."""
        if not self._ready() or (self._computing and not self.plane):
            return False
        self._stop()
        self._ticket += 1
        self._computing = True
        self._stage = "bending" if self.plane else "activations"
        self.draw_button.setEnabled(False)
        self.progress.setRange(0, min(POINTS, len(self.split)))
        self.progress.setValue(0)
        if not self.plane or self.embedding is None:  # a plane takes milliseconds: the last
            self._show_progress(not self.plane)  # one stays with its words, nothing flashes by
            self._say_status()
        trained, split, layer = self.trained, self.split, self.layer_box.currentData()
        action = bend_plane if self.plane else embed

        def work(progress):
            return action(
                trained.model, split, trained.mean, trained.std, layer, POINTS, progress=progress
            )

        self.job = MapJob(self, self._ticket, work)
        self.job.start()
        return True

    def cancel(self) -> None:
        """Stop waiting for the map being computed; it will not be shown."""
        if self._computing:
            self._stop()
            self.draw_button.setEnabled(self._ready())
            self._say_status()

    def _stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self._ticket += 1  # whatever is on its way is for a map no longer wanted
        self._computing = False
        self._show_progress(False)

    def _show_progress(self, shown: bool) -> None:
        self.progress.setVisible(shown)
        self.cancel_button.setVisible(shown)

    def _on_progress(self, ticket: int, stage: str, done: int, total: int) -> None:
        if ticket != self._ticket or self.plane:
            return
        self._stage = stage
        if stage == "activations":
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:  # t-SNE tells nobody how far it is: a busy bar, and the stage named
            self.progress.setRange(0, 0)
        self._say_status()

    def _on_done(self, ticket: int, result) -> None:
        if ticket != self._ticket:
            return  # for a model or split that is no longer shown
        self._computing = False
        self._show_progress(False)
        self.draw_button.setEnabled(True)
        if isinstance(result, str):
            self.embedding = None
            self._clear_map()
            self._say_status(result)
            return
        self.embedding = result
        self._draw()
        self._say_status()

    # Drawing --------------------------------------------------------------------------------------

    def _clear_map(self) -> None:
        self.scatter.clear()
        self.legend.clear()
        for curve in self.grid:
            curve.setData([], [])
        self.preview.clear(map_words.hint(self.split))

    def _draw(self) -> None:
        result = self.embedding
        self._clear_map()
        if result is None:
            return
        if isinstance(result, BentPlane):
            half = len(result.lines) // 2
            for curve, lines in zip(
                self.grid, (result.lines[:half], result.lines[half:]), strict=True
            ):
                curve.setData(*polylines(lines))
        self.scatter.addPoints(spots(result))
        for number, name in enumerate(self.trained.classes[: len(COLOURS)]):
            item = pg.ScatterPlotItem(symbol="o", size=8, brush=pg.mkBrush(COLOURS[number]))
            self.legend.addItem(item, html.escape(name))  # its labels are rich text
        self.plot.getPlotItem().autoRange()

    def _fit_legend(self, *_args) -> None:
        """The legend's keys in as few columns as let them all show in the plot's height."""
        items = self.legend.items
        if not items:
            return
        row = max(max(sample.height(), label.height()) for sample, label in items)
        room = self.plot.getPlotItem().vb.height() - 2 * LEGEND_MARGIN
        rows = max(1, int(room // row)) if row > 0 else len(items)
        columns = min(len(items), math.ceil(len(items) / rows))
        if columns != self.legend.columnCount:  # the same count again changes nothing: no loop
            self.legend.setColumnCount(columns)

    def _say_status(self, error: str = "") -> None:
        self.status.setText(
            map_words.status(
                self.trained, self.split, self.embedding, self._computing and self._stage, error
            )
        )

    # Pointing -------------------------------------------------------------------------------------

    def _on_hovered(self, _item, points, _event=None) -> None:
        if self.embedding is not None and len(points):
            point = int(points[0].data())
            if point != self.preview.sample:
                self._show_sample(point)

    def _show_sample(self, point: int | None) -> None:
        """Show the map's point `point` in the preview (its picture, values or x and y)."""
        result = self.embedding
        if point is None or result is None or point >= len(result.labels):
            self.preview.clear(map_words.hint(self.split))
            return
        sample = int(result.indices[point])
        features = self.split.features[sample].numpy()
        words = map_words.sample_words(self.trained.classes, result, point, self.columns, features)
        self.preview.show_sample(point, words, features if self.split.is_images else None)

    def _on_clicked(self, _item, points, _event=None) -> None:
        if self.embedding is not None and len(points):
            self.sample_clicked.emit(int(self.embedding.indices[int(points[0].data())]))

    def point_count(self) -> int:
        return 0 if self.embedding is None else len(self.embedding.labels)


def spots(result: Embedding | BentPlane) -> list[dict]:
    """One spot per sample: a dot in its class's colour, a larger cross where it was misread."""
    found = []
    for index, ((x, y), label, predicted) in enumerate(
        zip(result.points, result.labels, result.predictions, strict=True)
    ):
        colour = COLOURS[int(label) % len(COLOURS)]
        wrong = int(label) != int(predicted)
        found.append(
            {
                "pos": (float(x), float(y)),
                "data": index,
                "brush": pg.mkBrush(colour),
                "pen": pg.mkPen(colour) if wrong else None,
                "symbol": "x" if wrong else "o",
                "size": 9 if wrong else 6,
            }
        )
    return found


def polylines(lines) -> tuple[np.ndarray, np.ndarray]:
    """x and y of several polylines as one curve, a NaN between them (drawn with connect="finite")."""
    gap = np.full((1, 2), np.nan, dtype=np.float32)
    joined = np.concatenate([part for line in lines for part in (line, gap)]) if lines else gap
    return joined[:, 0], joined[:, 1]
