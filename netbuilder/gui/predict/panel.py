"""Draw a digit (or open a picture) and watch the trained network read it, live.

A thin skin over core.digit_image: the pad's pixels go through `mnist_digit` and `predict_digit`,
exactly what `netbuilder predict` does. Run alone with `python -m netbuilder.gui.predict.panel MODEL.pt`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netbuilder.engine.digit_image import (
    SIZE,
    ImageError,
    Placement,
    Prediction,
    load_digit,
    mnist_digit_placed,
    predict_digit,
)
from netbuilder.engine.experiment import TrainedModel
from netbuilder.engine.picture import load_picture, predict_picture
from netbuilder.gui import language
from netbuilder.gui.pictures import to_qimage
from netbuilder.gui.plain_text import plain
from netbuilder.gui.predict import why
from netbuilder.gui.predict.activations import ActivationsView
from netbuilder.gui.predict.answer import AnswerColumn
from netbuilder.gui.predict.drawing_pad import DrawingPad
from netbuilder.gui.theme import sized_font

THROTTLE_MS = 50  # while a stroke is drawn, predict at most this often
BAR_COLOUR = "#8fb8ee"
TOP_COLOUR = "#2f80ed"
NO_MODEL = (
    QT_TRANSLATE_NOOP("PredictPanel", "No trained model yet"),
    QT_TRANSLATE_NOOP("PredictPanel", "Train a network, or open a model file."),
)


class PredictPanel(QWidget):
    """Signals: `input_changed(object)` with the uint8 (28, 28) input or None, after each prediction."""

    input_changed = Signal(object)
    prediction_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trained: TrainedModel | None = None
        self.prediction: Prediction | None = None
        self.digit: np.ndarray | None = None
        self.picture: np.ndarray | None = None  # uint8 (C, H, W) for a model of pictures
        self.why_result = None  # the attribution the input shows (Why?), for this input only
        self.source = ""  # "" for the pad, else the file shown
        self._pad_place: QRectF | None = None  # where the 28x28 grid lies on the pad (unit)
        self.pad = DrawingPad()
        self.activations = ActivationsView()
        self._timer = QTimer(self, singleShot=True, interval=THROTTLE_MS)
        self._timer.timeout.connect(self.refresh)
        self._inverted = False  # the open file had a light background and was inverted
        self._build()
        self.pad.drawing_changed.connect(self._on_drawing_changed)
        self.pad.stroke_finished.connect(self._on_stroke_finished)
        self._show_message(*NO_MODEL)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text again in the language now chosen; the drawing and prediction stay."""
        buttons = (
            (self.undo_button, QCoreApplication.translate("PredictPanel", "Undo stroke"),
             QCoreApplication.translate("PredictPanel", "Remove the last stroke (or right-click the pad)")),
            (self.clear_button, QCoreApplication.translate("PredictPanel", "Clear"),
             QCoreApplication.translate("PredictPanel", "Start again on an empty pad")),
            (self.open_button, QCoreApplication.translate("PredictPanel", "Open image…"),
             QCoreApplication.translate("PredictPanel", "Read a PNG or JPEG picture of a digit")),
        )  # fmt: skip
        for button, text, tip in buttons:
            button.setText(text)
            button.setToolTip(tip)
        self.input_view.setToolTip(
            QCoreApplication.translate(
                "PredictPanel",
                "The 28x28 image the network receives: cropped, scaled to "
                "20x20 and centred on its centre of mass, like MNIST",
            )
        )
        self._caption_input()
        self.chart.getPlotItem().setTitle(
            QCoreApplication.translate("PredictPanel", "Probability of each class")
        )
        self._show_source_note()
        if self.answer_box.answering and self.prediction is not None:
            self._show_prediction(self.prediction)
        else:
            self.answer_box.render_message()

    # Layout -------------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """No: its wrapped labels would make a scroll area size the panel by their size hints,
        taller than the dock, and cut the pad; the panel fills the height it is given."""
        return False

    def heightForWidth(self, _width: int) -> int:  # noqa: N802 - Qt override
        return -1  # what QScrollArea asks whenever the layout has height-for-width

    def _build(self) -> None:
        self.model_info = QLabel()
        self.model_info.setTextFormat(Qt.TextFormat.RichText)
        self.model_info.setWordWrap(True)
        self._fit_source_height()
        layout = QGridLayout(self)
        layout.addWidget(self.model_info, 0, 0, 1, 3)
        layout.addWidget(self.pad, 1, 0)
        layout.addLayout(self._buttons(), 2, 0)
        # A fixed width: a longer message must never take room from the pad under the pen.
        self.answer_box = column = AnswerColumn()
        self.answer, self.confidence = column.answer, column.confidence
        self.input_caption, self.input_view = column.caption, column.input_view
        self._show_input(None)
        layout.addWidget(column, 1, 1, 2, 1)
        # Which file the input comes from, under the pad and the input: a whole line (in the
        # answer column a long name took four lines in presenter mode, pushing the input down)
        self.source_label = plain(QLabel(wordWrap=True))
        self.source_label.hide()
        layout.addWidget(self.source_label, 3, 0, 1, 3)
        # Why? sits over the chart, whose height gives way: the answer column has no room to
        # spare under the input at 1366x768 (it drew over the picture there).
        self.why = why.WhyControls()
        self.why.changed.connect(self._show_why)
        chart_column = QVBoxLayout()
        chart_column.addWidget(self.why)
        chart_column.addWidget(self._chart(), 1)
        layout.addLayout(chart_column, 1, 2, 2, 1)
        # The activations are a dock of their own (the window puts them beside Predict), so a
        # short dock on a laptop or projector still shows the whole pad.
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(2, 3)
        layout.setRowStretch(1, 1)

    def _fit_source_height(self) -> None:
        """Two lines of the source, whatever the font (presenter mode's is larger) and script
        (a Chinese line is taller than a Latin one): fixed, so a longer text never moves the pad."""
        sample = "Mg模型\nMg模型"  # the taller of the Latin and the CJK line, twice
        box = self.model_info.fontMetrics().boundingRect(QRect(0, 0, 10_000, 10_000), 0, sample)
        self.model_info.setFixedHeight(box.height() + 4)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_source_height()

    def set_source(self, html: str) -> None:
        """Which network and run the model comes from (and whether the canvas changed since)."""
        self.model_info.setText(html)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for slot in (self.pad.undo, self.clear, self.open_image):  # texts: retranslate
            button = QPushButton()
            button.clicked.connect(slot)
            row.addWidget(button)
        self.undo_button, self.clear_button, self.open_button = (
            row.itemAt(i).widget() for i in range(3)
        )
        return row

    def _chart(self) -> pg.PlotWidget:
        self.chart = pg.PlotWidget(background=None)
        self.chart.setMinimumWidth(260)
        # Ignored height: the chart fills the rows the pad sets, never makes the panel taller
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        plot = self.chart.getPlotItem()
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.invertY(True)
        plot.setXRange(0, 1, padding=0.02)
        plot.showGrid(x=True, alpha=0.25)
        for name in ("left", "bottom"):
            plot.getAxis(name).setStyle(tickFont=sized_font(13, bold=False))
        self.bars = pg.BarGraphItem(
            x0=0, y=np.arange(10), height=0.72, width=np.zeros(10), brush=BAR_COLOUR, pen=None
        )
        plot.addItem(self.bars)
        self._set_class_ticks(tuple(str(d) for d in range(10)))
        self.chart.scene().sigMouseClicked.connect(self._on_chart_clicked)
        return self.chart

    def _on_chart_clicked(self, event) -> None:
        """A bar clicked: explain that class (Why?); the predicted one again on a second click."""
        y = self.chart.getPlotItem().vb.mapSceneToView(event.scenePos()).y()
        count = len(self.trained.classes) if self.trained is not None else 10
        index = int(round(y))
        if 0 <= index < count:
            self.why.ask_about(index)

    def _set_class_ticks(self, classes: tuple[str, ...]) -> None:
        plot = self.chart.getPlotItem()
        plot.getAxis("left").setTicks([list(enumerate(classes))])
        plot.setYRange(-0.5, len(classes) - 0.5, padding=0.02)

    # Model --------------------------------------------------------------------------------------

    def set_model(self, trained: TrainedModel | None) -> None:
        """Read with this model from now on (None: no model); the current drawing is re-read."""
        self.trained = trained
        self.picture = None
        self.pad.setEnabled(not _reads_pictures(trained))
        if self.source and _reads_pictures(trained):
            self.predict_file(self.source)  # the open picture, resized for this model
        if trained is not None:
            trained.model.eval()
            self._set_class_ticks(trained.classes)
        self.refresh()

    def show_activations_for(self, layer_index: int) -> None:
        """Show what layer `layer_index` (0-based, as on the canvas) outputs for the current input."""
        self.activations.show_activations_for(layer_index)

    def show_activations_of(self, uid: str) -> bool:
        """Show what the layer with this uid outputs (inner layers of blocks too); False when
        the trained model has no such layer."""
        return self.activations.show_activations_of(uid)

    # Prediction ---------------------------------------------------------------------------------

    def _on_drawing_changed(self) -> None:
        self._read_the_pad()
        self._schedule()

    def _on_stroke_finished(self) -> None:
        self._read_the_pad()
        self.refresh()

    def _read_the_pad(self) -> None:
        """Ink on the pad makes it the input again, after an opened file (it went unread)."""
        if self.source and not self.pad.is_empty():
            self.source = ""
            self._inverted = False
            self._show_source_note()

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def refresh(self) -> None:
        """Prepare the current drawing (or file) and predict now."""
        self._timer.stop()
        if not self.source:
            pixels = self.pad.pixels()
            placed = mnist_digit_placed(pixels)
            self.digit = None if placed is None else placed[0]
            self._pad_place = None if placed is None else _unit_rect(placed[1], pixels.shape)
        self._predict()

    def _predict(self) -> None:
        self.why_result = None  # it was the last input's
        why.show_on_pad(self.pad, None, None)
        if _reads_pictures(self.trained):
            self._predict_picture()
            return
        self._show_input(self.digit)
        if self.trained is None:
            self.prediction = None
            self._show_message(*NO_MODEL)
        else:
            t = self.trained
            self.prediction = predict_digit(t.model, self.digit, t.mean, t.std, t.classes)
            self._show_prediction(self.prediction)
            self._show_why()
        self.activations.show_input(self.trained, self.digit)
        self.input_changed.emit(self.digit)
        self.prediction_changed.emit(self.prediction)

    def clear(self) -> None:
        self.source = ""
        self.picture = None
        self._show_source_note()
        self.pad.clear()
        self.refresh()

    def open_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("PredictPanel", "Open a picture of a digit"),
            "",
            QCoreApplication.translate(
                "PredictPanel", "Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"
            ),
        )
        if path:
            self.predict_file(path)

    def _predict_picture(self) -> None:
        """A model trained on a folder of pictures reads whole pictures, resized as in training."""
        t = self.trained
        self._show_input(self.picture)
        shape = "x".join(map(str, t.project.network.input_shape))
        if self.picture is None:
            self.prediction = None
            self._show_message(
                QT_TRANSLATE_NOOP("PredictPanel", "Open an image"),
                QT_TRANSLATE_NOOP(
                    "PredictPanel",
                    "This model reads {shape} pictures: open one. The drawing pad is for "
                    "1-channel digit models.",
                ),
                shape=shape,
            )
        else:
            self.prediction = predict_picture(t.model, self.picture, t.mean, t.std, t.classes)
            self._show_prediction(self.prediction)
            self._show_why()
        self.activations.show_input(t, self.picture)
        self.input_changed.emit(self.picture)
        self.prediction_changed.emit(self.prediction)

    def predict_file(self, path: str | Path) -> None:
        """Read a picture; one that cannot be read is reported in the panel."""
        if _reads_pictures(self.trained):
            try:
                self.picture = load_picture(path, tuple(self.trained.project.network.input_shape))
            except ImageError as error:
                self._cannot_read(error)
                return
            self.source = str(path)
            self._show_source_note()
            self._predict_picture()
            return
        try:
            digit, inverted = load_digit(path)
        except ImageError as error:
            self._cannot_read(error)
            return
        self.pad.clear()
        self._timer.stop()
        self.source = str(path)
        self.digit = digit
        self._inverted = inverted
        self._show_source_note()
        self._predict()

    def show_image(self, pixels: np.ndarray, name: str) -> None:
        """Read one image that is already the network's input (a test image from the Map)."""
        self.pad.clear()
        self._timer.stop()
        self._inverted = False
        self.source = name
        if _reads_pictures(self.trained):
            self.picture = pixels
        else:
            self.digit = pixels[0] if pixels.ndim == 3 else pixels
        self._show_source_note()
        self._predict()

    def _cannot_read(self, error: ImageError) -> None:
        self._show_message(
            QT_TRANSLATE_NOOP("PredictPanel", "Cannot read image"), "{reason}", reason=error
        )

    def _show_source_note(self) -> None:
        """Which file the input comes from (nothing for the pad)."""
        if not self.source:
            self.source_label.clear()
            self.source_label.hide()
            return
        name = Path(self.source).name
        if _reads_pictures(self.trained):
            text = QCoreApplication.translate(
                "PredictPanel", "From {name} (resized as in training)"
            )
        elif self._inverted:
            text = QCoreApplication.translate(
                "PredictPanel", "From {name} (light background: inverted)"
            )
        else:
            text = QCoreApplication.translate("PredictPanel", "From {name}")
        self.source_label.setText(text.format(name=name))
        self.source_label.show()

    # Display ------------------------------------------------------------------------------------

    def _show_prediction(self, prediction: Prediction) -> None:
        if prediction.empty:
            self._show_message(
                "–",
                QT_TRANSLATE_NOOP(
                    "PredictPanel", "Nothing drawn yet: draw a digit on the black pad."
                ),
            )
            return
        label, confidence = prediction.ranked(1)[0]
        self.answer_box.show_answer(label, confidence)
        self._set_bars(prediction.probabilities, prediction.top, len(prediction.classes))

    def _show_message(self, answer: str, text: str, **args: object) -> None:
        """A message instead of an answer (see AnswerColumn.show_message), and empty bars."""
        self.answer_box.show_message(answer, text, args)
        count = len(self.trained.classes) if self.trained is not None else 10
        self._set_bars(np.zeros(count, dtype=np.float32), -1, count)

    def _set_bars(self, probabilities: np.ndarray, top: int, count: int) -> None:
        brushes = [pg.mkBrush(TOP_COLOUR if i == top else BAR_COLOUR) for i in range(count)]
        self.bars.setOpts(
            y=np.arange(count), width=np.asarray(probabilities, dtype=float), brushes=brushes
        )

    def bar_values(self) -> np.ndarray:
        """The probabilities the chart shows now."""
        return np.asarray(self.bars.opts["width"], dtype=float).copy()

    def _show_why(self) -> None:
        """The input coloured by the attribution for the class asked about (Why? on), or plain;
        the same over the strokes when the input is the pad's drawing."""
        pixels = self.picture if _reads_pictures(self.trained) else self.digit
        self.why_result = why.explanation(self.why, self.trained, self.prediction, pixels)
        self._show_input(pixels)
        self._caption_input()
        drawn = not self.source and not _reads_pictures(self.trained)
        why.show_on_pad(self.pad, self.why_result, self._pad_place if drawn else None)

    def _caption_input(self) -> None:
        classes = self.trained.classes if self.trained is not None else ()
        self.input_caption.setText(why.caption(self.why_result, classes))

    def _show_input(self, digit: np.ndarray | None) -> None:
        pixels = why.coloured_input(self.why_result, digit)
        blank = np.zeros((SIZE, SIZE), dtype=np.uint8)
        image = to_qimage(pixels if pixels is not None else blank) or to_qimage(blank)
        self.answer_box.show_image(image)


def _unit_rect(place: Placement, shape: tuple[int, ...]) -> QRectF:
    """A placement in the pad's pixels as a rectangle in unit coordinates (0-1 across the pad)."""
    height, width = shape[:2]
    return QRectF(place.x / width, place.y / height, place.width / width, place.height / height)


def _reads_pictures(trained: TrainedModel | None) -> bool:
    """Whether the model was trained on a folder of pictures (not digits the MNIST way)."""
    return trained is not None and trained.preprocessing == "resize"


def main(argv: list[str]) -> int:
    """Open the panel alone on a checkpoint: `python -m netbuilder.gui.predict.panel MODEL.pt`."""
    from netbuilder.engine.checkpoint import load_checkpoint
    from netbuilder.engine.experiment import model_from_checkpoint
    from netbuilder.gui.standalone import application

    app = application()
    panel = PredictPanel()
    if len(argv) > 1:
        panel.set_model(model_from_checkpoint(load_checkpoint(argv[1])))
    panel.resize(1100, 520)
    panel.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
