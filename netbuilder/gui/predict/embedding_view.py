"""The Map tab: the test set as the network sees it at one layer, in two dimensions (t-SNE).

Each point is a test sample coloured by its true class; a mistake is a cross. Hover says what it
is and what the network called it; a click shows it in Predict. The map is computed on a worker
thread (scikit-learn's t-SNE spends its time outside Python), with the model and split it was
asked for: a map of another model or another project is never shown.
"""

from __future__ import annotations

import html
import threading

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netbuilder.engine.embedding import Embedding, EmbeddingError, embed
from netbuilder.gui import language
from netbuilder.gui.plain_text import plain

POINTS = 2000
COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)  # fmt: skip
"""matplotlib's tab10: ten classes told apart at a glance."""


def _compute(view: EmbeddingView, ticket: int, model, split, mean, std, layer) -> None:
    """On a worker thread: the map, or why there is none, handed back through a queued signal."""
    try:
        result: Embedding | str = embed(model, split, mean, std, layer, POINTS)
    except (EmbeddingError, ValueError, RuntimeError) as error:
        result = str(error)
    try:
        view.computed.emit(ticket, result)
    except RuntimeError:
        pass  # the view was closed meanwhile: nobody waits for this map


class EmbeddingView(QWidget):
    """`sample_clicked(int)`: the index in the test split of the point clicked."""

    sample_clicked = Signal(int)
    computed = Signal(object, object)  # (ticket, Embedding or the reason there is none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trained = None
        self.split = None
        self.embedding: Embedding | None = None
        self._ticket = 0
        self._computing = False
        self.layer_box = QComboBox()
        self.draw_button = QPushButton()
        self.draw_button.clicked.connect(self.compute)
        self.status = plain(QLabel())
        self.status.setWordWrap(True)
        self.plot = pg.PlotWidget(background=None)
        self.plot.getPlotItem().hideAxis("left")
        self.plot.getPlotItem().hideAxis("bottom")
        self.plot.getPlotItem().setAspectLocked(True)
        self.scatter = pg.ScatterPlotItem(size=7, hoverable=True, tip=self._tip)
        self.scatter.sigClicked.connect(self._on_clicked)
        self.plot.addItem(self.scatter)
        self.legend = self.plot.getPlotItem().addLegend(offset=(-4, 4), labelTextSize="9pt")
        row = QHBoxLayout()
        row.addWidget(self.layer_box, 1)
        row.addWidget(self.draw_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.plot, 1)
        self.computed.connect(self._on_done)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.draw_button.setText(QCoreApplication.translate("EmbeddingView", "Draw the map"))
        self.draw_button.setToolTip(
            QCoreApplication.translate(
                "EmbeddingView",
                "Place the test images so that those the network sees alike lie close (t-SNE)",
            )
        )
        self._fill_layers()
        self._say_status()

    # What to map ----------------------------------------------------------------------------------

    def set_source(self, trained, split) -> None:
        """The model and test split to map; the last map goes (it was another model's)."""
        self.trained, self.split = trained, split
        self._ticket += 1  # a map still being computed is for the model before
        self._computing = False
        self.embedding = None
        self.scatter.clear()
        self.legend.clear()
        self._fill_layers()
        self._say_status()

    def _fill_layers(self) -> None:
        current = self.layer_box.currentData()
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        for text, path in self._layers():
            self.layer_box.addItem(text, path)
        index = self.layer_box.findData(current) if current is not None else -1
        self.layer_box.setCurrentIndex(index if index >= 0 else self.layer_box.count() - 1)
        self.layer_box.blockSignals(False)
        ready = self.trained is not None and self.split is not None and self.layer_box.count() > 0
        self.draw_button.setEnabled(ready and not self._computing)

    def _layers(self) -> list[tuple[str, str]]:
        """(words, module name) for each place a map can be drawn: the network's input, and
        the input of each layer with weights (the last Linear's input is the usual choice)."""
        if self.trained is None:
            return []
        from netbuilder.document.analysis import analyse

        analysis = analyse(self.trained.project.network, None)
        choices = [(QCoreApplication.translate("EmbeddingView", "the network's input"), "")]
        words = QCoreApplication.translate("EmbeddingView", "input of layer {number} ({type})")
        for info in analysis.all_layers:
            if info.type_id in ("Linear", "Conv2d"):
                text = words.format(number=info.number, type=info.type_id)
                choices.append((text, info.path))
        return choices

    # Computing ------------------------------------------------------------------------------------

    def compute(self) -> bool:
        if self.trained is None or self.split is None or self._computing:
            return False
        self._ticket += 1
        self._computing = True
        self.draw_button.setEnabled(False)
        self._say_status()
        trained, layer = self.trained, self.layer_box.currentData()
        arguments = (
            self,
            self._ticket,
            trained.model,
            self.split,
            trained.mean,
            trained.std,
            layer,
        )
        # a daemon thread: closing the window never waits for a map nobody will see
        threading.Thread(target=_compute, args=arguments, daemon=True).start()
        return True

    def _on_done(self, ticket: int, result) -> None:
        if ticket != self._ticket:
            return  # for a model or split that is no longer shown
        self._computing = False
        self.draw_button.setEnabled(True)
        if isinstance(result, str):
            self.embedding = None
            self._say_status(result)
            return
        self.embedding = result
        self._draw()
        self._say_status()

    def _draw(self) -> None:
        result = self.embedding
        self.scatter.clear()
        self.legend.clear()
        if result is None:
            return
        classes = self.trained.classes
        spots = []
        for index, ((x, y), label, predicted) in enumerate(
            zip(result.points, result.labels, result.predictions, strict=True)
        ):
            colour = COLOURS[int(label) % len(COLOURS)]
            wrong = int(label) != int(predicted)
            spots.append(
                {
                    "pos": (float(x), float(y)),
                    "data": index,
                    "brush": pg.mkBrush(colour),
                    "pen": pg.mkPen(colour) if wrong else None,
                    "symbol": "x" if wrong else "o",
                    "size": 9 if wrong else 6,
                }
            )
        self.scatter.addPoints(spots)
        for number, name in enumerate(classes[: len(COLOURS)]):
            item = pg.ScatterPlotItem(symbol="o", size=8, brush=pg.mkBrush(COLOURS[number]))
            self.legend.addItem(item, html.escape(name))  # its labels are rich text
        self.plot.getPlotItem().autoRange()

    def _say_status(self, error: str = "") -> None:
        if error:
            text = QCoreApplication.translate("EmbeddingView", "No map: {reason}").format(
                reason=error
            )
        elif self._computing:
            text = QCoreApplication.translate(
                "EmbeddingView", "Computing the map of up to {count} test images…"
            ).format(count=POINTS)
        elif self.embedding is not None:
            wrong = int((self.embedding.labels != self.embedding.predictions).sum())
            text = QCoreApplication.translate(
                "EmbeddingView",
                "{count} test images, coloured by their true class; crosses: the {wrong} the "
                "network got wrong. Click one to read it in Predict.",
            ).format(count=len(self.embedding.labels), wrong=wrong)
        elif self.trained is None:
            text = QCoreApplication.translate("EmbeddingView", "Train a network to map its view.")
        elif self.split is None:
            text = QCoreApplication.translate(
                "EmbeddingView", "No test images for this model: evaluate it on a dataset first."
            )
        else:
            text = QCoreApplication.translate(
                "EmbeddingView", "Pick a layer and draw the map of what the network sees there."
            )
        self.status.setText(text)

    # Pointing -------------------------------------------------------------------------------------

    def _tip(self, x: float, y: float, data: int) -> str:
        result = self.embedding
        if result is None:
            return ""
        classes = self.trained.classes
        true, said = classes[int(result.labels[data])], classes[int(result.predictions[data])]
        text = QCoreApplication.translate("EmbeddingView", "a {true}, read as {said}")
        # rich text with the words escaped: a class name (a folder's) is never markup
        return f"<p>{html.escape(text.format(true=true, said=said))}</p>"

    def _on_clicked(self, _item, points, _event=None) -> None:
        if self.embedding is not None and len(points):
            self.sample_clicked.emit(int(self.embedding.indices[int(points[0].data())]))

    def point_count(self) -> int:
        return 0 if self.embedding is None else len(self.embedding.labels)
