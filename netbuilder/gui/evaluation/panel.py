"""How the trained model does on the test set: accuracy, loss, confusion matrix, per-class accuracy.

Click a cell of the confusion matrix to see its test images, most confident first (so the most
confident mistakes lead). A thin skin over core.evaluation.Evaluation.
"""

from __future__ import annotations

import sys

import numpy as np
import pyqtgraph as pg
import torch
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netbuilder.document.datasets import DATASETS
from netbuilder.engine.evaluation import Evaluation
from netbuilder.gui import language, plain_text
from netbuilder.gui.pictures import to_qimage
from netbuilder.gui.theme import sized_font

COLOUR_MAP = "viridis"
TILE_SCALE = 3  # test images are shown 3x
MAX_TILES = 60  # a cell of thousands shows its first 60 (most confident) images
TILE_COLUMNS = 6
CELL_TEXT_MAX_PX, CELL_TEXT_MIN_PX = 13, 7  # a count's text size in a cell of the matrix
OWN_SPLIT = ""  # the model's own test split: the data it was trained on, whatever it is
TEST_SETS = {  # and the catalog's 28x28 image sets, which a digit-sized model can be scored on
    OWN_SPLIT: "",
    **{name: spec.title for name, spec in DATASETS.items() if spec.input_shape == (1, 28, 28)},
}
"""The test sets offered: dataset name -> its title (shown through the "datasets" context: a
name such as MNIST stays, "Synthetic digits" is translated)."""


class EvaluationPanel(QWidget):
    """Signals: `cell_selected(int, int)` (true, predicted) after a confusion-matrix click;
    `evaluate_requested(str)` with a dataset name when the user asks for an evaluation on it."""

    cell_selected = Signal(int, int)
    evaluate_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation: Evaluation | None = None
        self.images: np.ndarray | None = None  # uint8 (N, 28, 28), the test split
        self.classes: tuple[str, ...] = ()
        self.shown_indices: np.ndarray = np.zeros(0, dtype=np.int64)
        self.cell: tuple[int, int] | None = None
        self._texts: list[pg.TextItem] = []
        self._colours = pg.colormap.get(COLOUR_MAP)
        self.digits = True  # the model reads 28x28 digits: the catalog's test sets fit it
        self.explainer = None  # set_explainer: what Why? asks
        self._build()
        self.set_evaluation(None)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text again in the language now chosen; the evaluation, the normalisation and
        the clicked cell stay."""
        self.normalised.setText(
            QCoreApplication.translate(
                "EvaluationPanel", "Row-normalised (share of each true class)"
            )
        )
        self.normalised.setToolTip(
            QCoreApplication.translate(
                "EvaluationPanel", "Off: how many test images fall in each cell"
            )
        )
        for index in range(self.test_set.count()):
            self.test_set.setItemText(index, test_set_text(self.test_set.itemData(index)))
        self.test_set.setToolTip(
            QCoreApplication.translate("EvaluationPanel", "The test images to score the model on")
        )
        self.evaluate_button.setText(QCoreApplication.translate("EvaluationPanel", "Evaluate"))
        self._evaluate_tip()
        self.evaluate_on_label.setText(QCoreApplication.translate("EvaluationPanel", "Evaluate on"))
        matrix = self.matrix_widget.getPlotItem()
        matrix.setTitle(QCoreApplication.translate("EvaluationPanel", "Confusion matrix"))
        matrix.setLabel("left", QCoreApplication.translate("EvaluationPanel", "true class"))
        matrix.setLabel("bottom", QCoreApplication.translate("EvaluationPanel", "predicted class"))
        self.per_class_widget.getPlotItem().setTitle(
            QCoreApplication.translate("EvaluationPanel", "Accuracy of each class")
        )
        self.why_box.setText(
            QCoreApplication.translate(
                "EvaluationPanel", "Why? Colour each image by what pushed it toward its answer"
            )
        )
        self.why_box.setToolTip(
            QCoreApplication.translate(
                "EvaluationPanel",
                "Integrated gradients toward the class the network gave: red pixels pushed "
                "toward it, blue against. A sensitivity, not a reason.",
            )
        )
        self._show_summary()
        self._show_tiles(self.cell)

    # Layout -------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.summary = QLabel(wordWrap=True)
        self.summary.setFont(sized_font(18, bold=True))
        self.normalised = QCheckBox()
        self.normalised.toggled.connect(self._show_matrix)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.normalised)
        self.source = QLabel(wordWrap=True)
        self.source.setTextFormat(Qt.TextFormat.RichText)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self._matrix_view())
        left.addWidget(self._per_class_view())
        left.setSizes([500, 180])
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.cell_title = plain_text.plain(QLabel(wordWrap=True))
        self.cell_title.setFont(sized_font(13, bold=True))
        self.why_box = QCheckBox()
        self.why_box.setEnabled(False)  # until the window gives an explainer (a model)
        self.why_box.toggled.connect(lambda _on: self._show_tiles(self.cell))
        column.addWidget(self.cell_title)
        column.addWidget(self.why_box)
        column.addWidget(self._tiles_view(), 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(top)
        layout.addLayout(self._evaluate_row())
        layout.addWidget(split, 1)

    def _evaluate_row(self) -> QHBoxLayout:
        self.test_set = QComboBox()
        for name in TEST_SETS:
            self.test_set.addItem(test_set_text(name), name)
        self.evaluate_button = QPushButton()
        self.evaluate_button.clicked.connect(
            lambda: self.evaluate_requested.emit(self.test_set.currentData())
        )
        self.set_can_evaluate(False)
        row = QHBoxLayout()
        self.evaluate_on_label = QLabel()
        row.addWidget(self.evaluate_on_label)
        row.addWidget(self.test_set)
        row.addWidget(self.evaluate_button)
        row.addStretch(1)
        return row

    def set_can_evaluate(self, can: bool, dataset: str = "", digits: bool = True) -> None:
        """Evaluate is there once a model is (trained or loaded) that reads 28x28 digits.

        The list starts at the model's own dataset when it is one of the test sets offered,
        else at its own test split: never at another model's dataset.
        """
        index = self.test_set.findData(dataset) if dataset else -1
        self.test_set.setCurrentIndex(max(index, self.test_set.findData(OWN_SPLIT)))
        can = can and digits
        self.evaluate_button.setEnabled(can)
        self.test_set.setEnabled(can)
        self.digits = digits
        self._evaluate_tip()

    def _evaluate_tip(self) -> None:
        if self.digits:
            tip = QCoreApplication.translate(
                "EvaluationPanel", "Score the current model on the chosen test set"
            )
        else:
            tip = QCoreApplication.translate(
                "EvaluationPanel",
                "These test sets are 28x28 digits; this model reads other data (its own test "
                "split is shown)",
            )
        self.evaluate_button.setToolTip(tip)

    def set_source(self, html: str) -> None:
        """Which network and run the model comes from (and whether the canvas changed since)."""
        self.source.setText(html)

    def _matrix_view(self) -> pg.PlotWidget:
        self.matrix_widget = pg.PlotWidget(background=None)
        self.matrix_widget.setMinimumSize(240, 240)  # a laptop's half window holds it whole
        plot = self.matrix_widget.getPlotItem()
        # its title and axes: retranslate (the images' column says to click a cell)
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.invertY(True)
        plot.setAspectLocked(True)
        self.matrix = pg.ImageItem(axisOrder="row-major")
        plot.addItem(self.matrix)
        plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        plot.getViewBox().sigResized.connect(lambda _box: self._fit_cell_texts())
        return self.matrix_widget

    def _per_class_view(self) -> pg.PlotWidget:
        self.per_class_widget = pg.PlotWidget(background=None)
        self.per_class_widget.setMinimumHeight(110)
        plot = self.per_class_widget.getPlotItem()
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.setYRange(0, 1, padding=0.02)
        self.per_class = pg.BarGraphItem(
            x=np.arange(1), height=np.zeros(1), width=0.7, brush="#2f80ed", pen=None
        )
        plot.addItem(self.per_class)
        return self.per_class_widget

    def _tiles_view(self) -> QScrollArea:
        self.tiles = QWidget()
        self.tiles_layout = QGridLayout(self.tiles)
        self.tiles_layout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.tiles)
        scroll.setMinimumWidth(TILE_COLUMNS * (28 * TILE_SCALE + 12) + 24)
        return scroll

    # Data ---------------------------------------------------------------------------------------

    def set_explainer(self, explainer) -> None:
        """explainer(pixels, class) -> an engine Attribution or None: colours the tiles (Why?)
        by what pushed each image toward the class it was given; None: no model to ask."""
        self.explainer = explainer
        self.why_box.setEnabled(explainer is not None)
        self._show_tiles(self.cell)

    def set_evaluation(
        self, evaluation: Evaluation | None, images=None, classes: tuple[str, ...] | None = None
    ) -> None:
        """Show an evaluation; images are the test split's uint8 (N, 28, 28), if at hand."""
        self.evaluation = evaluation
        self.images = _as_uint8(images) if images is not None else None  # (N, [C,] H, W)
        count = evaluation.confusion.shape[0] if evaluation is not None else 0
        self.classes = tuple(classes) if classes else tuple(str(i) for i in range(count))
        self.cell = None
        self._show_summary()
        self._show_matrix()
        self._show_per_class()
        self._show_tiles(None)

    def _show_summary(self) -> None:
        e = self.evaluation
        if e is None:
            self.summary.setText(
                QCoreApplication.translate(
                    "EvaluationPanel",
                    "No evaluation yet: train a network, or load a model and test data.",
                )
            )
            return
        text = QCoreApplication.translate(
            "EvaluationPanel",
            "Test accuracy {accuracy}   ·   loss {loss}   ·   {count} test images",
        )
        self.summary.setText(
            text.format(
                accuracy=f"{e.accuracy:.1%}", loss=f"{e.loss:.3f}", count=f"{len(e.labels):,}"
            )
        )

    def matrix_values(self) -> np.ndarray:
        """What the heat map shows now: counts, or each row divided by its total."""
        e = self.evaluation
        if e is None:
            return np.zeros((0, 0))
        return e.row_normalised() if self.normalised.isChecked() else e.confusion.astype(float)

    def _show_matrix(self) -> None:
        plot = self.matrix_widget.getPlotItem()
        for text in self._texts:
            plot.removeItem(text)
        self._texts = []
        values = self.matrix_values()
        if values.size == 0:
            self.matrix.clear()
            return
        count = values.shape[0]
        top = float(values.max()) or 1.0
        shade = np.sqrt(values / top)  # a square root keeps the few off-diagonal cells visible
        rgba = self._colours.map(shade.ravel(), mode="byte").reshape(count, count, 4)
        self.matrix.setImage(np.ascontiguousarray(rgba), levels=None, autoLevels=False)
        self.matrix.setRect(-0.5, -0.5, count, count)
        ticks = [list(enumerate(self.classes))]
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setTicks(ticks)
        plot.setRange(xRange=(-0.5, count - 0.5), yRange=(-0.5, count - 0.5), padding=0.01)
        self._add_cell_texts(values, shade)

    def _add_cell_texts(self, values: np.ndarray, shade: np.ndarray) -> None:
        plot = self.matrix_widget.getPlotItem()
        normalised = self.normalised.isChecked()
        for (row, col), value in np.ndenumerate(values):
            if value == 0:
                continue
            label = f"{value:.2f}".lstrip("0") if normalised else f"{int(value)}"
            colour = "k" if shade[row, col] > 0.6 else "w"
            text = pg.TextItem(label, color=colour, anchor=(0.5, 0.5))
            text.setPos(col, row)
            plot.addItem(text)
            self._texts.append(text)
        self._fit_cell_texts()

    def _fit_cell_texts(self) -> None:
        """The counts shrink with the cells (a 10x10 matrix on a laptop) and never overlap."""
        if not self._texts:
            return
        box = self.matrix_widget.getPlotItem().getViewBox()
        cells = max(len(self.classes), 1)
        cell = min(box.width(), box.height()) / cells
        widest = max(len(text.toPlainText()) for text in self._texts)
        pixels = int(min(CELL_TEXT_MAX_PX, cell / (0.62 * widest + 0.4)))
        for text in self._texts:
            text.setVisible(pixels >= CELL_TEXT_MIN_PX)
            font = text.textItem.font()
            font.setPixelSize(max(pixels, 1))
            text.setFont(font)

    def _show_per_class(self) -> None:
        e = self.evaluation
        plot = self.per_class_widget.getPlotItem()
        if e is None:
            self.per_class.setOpts(x=np.arange(1), height=np.zeros(1))
            return
        accuracy = np.nan_to_num(e.per_class_accuracy, nan=0.0)
        self.per_class.setOpts(x=np.arange(len(accuracy)), height=accuracy)
        plot.getAxis("bottom").setTicks([list(enumerate(self.classes))])
        plot.setXRange(-0.5, len(accuracy) - 0.5, padding=0.02)

    # Clicking a cell ----------------------------------------------------------------------------

    def cell_at(self, scene_position: QPointF) -> tuple[int, int] | None:
        """The (true, predicted) cell under a scene position, or None outside the matrix."""
        if self.evaluation is None:
            return None
        point = self.matrix_widget.getPlotItem().vb.mapSceneToView(scene_position)
        row, col = round(point.y()), round(point.x())
        count = self.evaluation.confusion.shape[0]
        if 0 <= row < count and 0 <= col < count:
            return row, col
        return None

    def _on_scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            event.accept()
            self.select_cell(*cell)

    def select_cell(self, true: int, predicted: int) -> None:
        """Show the test images of true class `true` predicted as `predicted`."""
        self.cell = (true, predicted)
        self._show_tiles(self.cell)
        self.cell_selected.emit(true, predicted)

    def _show_tiles(self, cell: tuple[int, int] | None) -> None:
        _clear_layout(self.tiles_layout)
        e = self.evaluation
        if e is None or cell is None:
            self.shown_indices = np.zeros(0, dtype=np.int64)
            self.cell_title.setText(
                QCoreApplication.translate(
                    "EvaluationPanel", "Click a cell of the matrix to see its test images."
                )
            )
            return
        true, predicted = cell
        indices = e.indices_for_cell(true, predicted)
        self.shown_indices = indices[:MAX_TILES]
        title = _cell_title(true == predicted, len(indices) > MAX_TILES).format(
            true=self.classes[true],
            predicted=self.classes[predicted],
            count=len(indices),
            shown=MAX_TILES,
        )
        if self.images is None:
            missing = QCoreApplication.translate("EvaluationPanel", "(test images not available)")
            self.cell_title.setText(f"{title}\n{missing}")
            return
        self.cell_title.setText(title)
        for position, index in enumerate(self.shown_indices):
            self.tiles_layout.addWidget(self._tile(int(index)), *divmod(position, TILE_COLUMNS))

    def _tile(self, index: int) -> QWidget:
        e = self.evaluation
        picture = QLabel()
        image = to_qimage(self._tile_pixels(index, int(e.predictions[index])))
        if image is not None:  # scaled to MNIST's tile size, whatever the images' size
            side = 28 * TILE_SCALE
            picture.setPixmap(QPixmap.fromImage(image.scaled(side, side)))
        true, predicted = self.classes[e.labels[index]], self.classes[e.predictions[index]]
        caption = plain_text.plain(
            QLabel(
                f"{true} → {predicted}\n{e.confidences[index]:.0%}",
                alignment=Qt.AlignmentFlag.AlignCenter,
            )
        )
        tile = QWidget()
        text = QCoreApplication.translate(
            "EvaluationPanel",
            "Test image #{index}: true {true}, predicted {predicted} with {confidence} confidence",
        )
        tile.setToolTip(
            plain_text.tip(
                text.format(
                    index=index,
                    true=true,
                    predicted=predicted,
                    confidence=f"{e.confidences[index]:.1%}",
                )
            )
        )
        column = QVBoxLayout(tile)
        column.setContentsMargins(2, 2, 2, 2)
        column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(caption)
        tile.setProperty("test_index", index)
        return tile

    def _tile_pixels(self, index: int, predicted: int) -> np.ndarray:
        """The test image, or (Why? on) its attribution toward the class the network gave it."""
        pixels = self.images[index]
        if not self.why_box.isChecked() or self.explainer is None:
            return pixels
        result = self.explainer(pixels, predicted)
        if result is None:
            return pixels
        from netbuilder.engine.attributions import overlay

        return overlay(result.image, result.values)


def test_set_text(name: str) -> str:
    """How the list of test sets names one: "Its own test split", "MNIST test set"."""
    if name == OWN_SPLIT:
        return QCoreApplication.translate("EvaluationPanel", "Its own test split")
    text = QCoreApplication.translate("EvaluationPanel", "{dataset} test set")
    title = TEST_SETS.get(name, name)  # the catalog's words are marked in context "datasets"
    return text.format(dataset=QCoreApplication.translate("datasets", title))


_CELL_TITLES = {  # (a diagonal cell, more than shown): what the images' column says
    (True, False): QT_TRANSLATE_NOOP(
        "EvaluationPanel",
        "True {true}, predicted {predicted}: {count} correct, most confident first",
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "EvaluationPanel",
        "True {true}, predicted {predicted}: {count} mistakes, most confident first",
    ),
    (True, True): QT_TRANSLATE_NOOP(
        "EvaluationPanel",
        "True {true}, predicted {predicted}: {count} correct (showing the {shown} most "
        "confident), most confident first",
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "EvaluationPanel",
        "True {true}, predicted {predicted}: {count} mistakes (showing the {shown} most "
        "confident), most confident first",
    ),
}


def _cell_title(correct: bool, more: bool) -> str:
    return QCoreApplication.translate("EvaluationPanel", _CELL_TITLES[correct, more])


def _as_uint8(images) -> np.ndarray | None:
    array = (
        images.detach().cpu().numpy() if isinstance(images, torch.Tensor) else np.asarray(images)
    )
    if array.ndim == 2:  # table or 2-D point features: nothing to show as a picture
        return None
    if array.dtype != np.uint8:
        array = np.clip(array * 255 if array.max() <= 1.0 else array, 0, 255).astype(np.uint8)
    return array


def _clear_layout(layout: QGridLayout) -> None:
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.deleteLater()


def main(argv: list[str]) -> int:
    """`python -m netbuilder.gui.evaluation.panel MODEL.pt`: evaluate on generated digits."""
    from netbuilder.engine.checkpoint import load_checkpoint
    from netbuilder.engine.evaluation import evaluate
    from netbuilder.engine.experiment import model_from_checkpoint
    from netbuilder.engine.synthetic_digits import synthetic_digits
    from netbuilder.gui.standalone import application

    app = application()
    panel = EvaluationPanel()
    if len(argv) > 1:
        trained = model_from_checkpoint(load_checkpoint(argv[1]))
        test = synthetic_digits(0, 2000).test
        evaluation = evaluate(trained.model, test, trained.mean, trained.std, "cpu")
        panel.set_evaluation(evaluation, test.images, trained.classes)
    panel.resize(1100, 700)
    panel.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
