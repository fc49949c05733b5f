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
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
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
from netbuilder.gui import language, messages
from netbuilder.gui.pictures import to_qimage
from netbuilder.gui.plain_text import plain
from netbuilder.gui.predict.activations import ActivationsView
from netbuilder.gui.predict.drawing_pad import DrawingPad
from netbuilder.gui.predict.why import WhyControls, explain, heat_image
from netbuilder.gui.theme import sized_font

THROTTLE_MS = 50  # while a stroke is drawn, predict at most this often
INPUT_SCALE = 6  # the 28x28 network input is shown 6x, nearest-neighbour
ANSWER_POINTS = 60  # the predicted class, readable from the back of a classroom
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
        self._message: tuple[str, str, dict] = (*NO_MODEL, {})  # shown instead of an answer
        self._answering = False  # an answer is shown, not the message
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
        if self._answering and self.prediction is not None:
            self._show_prediction(self.prediction)
        else:
            self._render_message()

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
        answer = QWidget()
        answer.setLayout(self._answer_column())
        # A fixed width: a longer message must never take room from the pad under the pen.
        answer.setFixedWidth(SIZE * INPUT_SCALE + 40)
        self.answer_box = answer
        layout.addWidget(answer, 1, 1, 2, 1)
        # Why? sits over the chart, whose height gives way: the answer column has no room to
        # spare under the input at 1366x768 (it drew over the picture there).
        self.why = WhyControls()
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

    def _answer_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.answer = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.answer.setFont(sized_font(ANSWER_POINTS, bold=True))
        self.answer.setMinimumWidth(SIZE * INPUT_SCALE)
        self.confidence = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.confidence.setFont(sized_font(20, bold=False))
        # its text changes with every prediction; its height must not move the pad (Ignored:
        # the column's spare room, whatever the text)
        self.confidence.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.input_view = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.input_view.setFrameShape(QFrame.Shape.Box)
        self.input_view.setFixedSize(QSize(SIZE * INPUT_SCALE + 2, SIZE * INPUT_SCALE + 2))
        caption = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.input_caption = caption
        self.source_label = plain(QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True))
        for widget in (self.answer, self.confidence):
            column.addWidget(widget)
        column.addStretch(1)
        column.addWidget(caption)
        column.addWidget(self.input_view, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.source_label)
        self._show_input(None)
        return column

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
            self.why.set_target(None if self.why.target == index else index)

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
        self.pad.set_overlay(None)
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

    # Display ------------------------------------------------------------------------------------

    def _show_prediction(self, prediction: Prediction) -> None:
        classes = prediction.classes
        if prediction.empty:
            self._show_message(
                "–",
                QT_TRANSLATE_NOOP(
                    "PredictPanel", "Nothing drawn yet: draw a digit on the black pad."
                ),
            )
            return
        top = prediction.top
        label, confidence = prediction.ranked(1)[0]
        self.answer.setText(label)
        self.confidence.setFont(sized_font(20, bold=False))
        sure = QCoreApplication.translate("PredictPanel", "{confidence} sure")
        self.confidence.setText(sure.format(confidence=f"{confidence:.1%}"))
        self._answering = True
        self._set_bars(prediction.probabilities, top, len(classes))

    def _show_message(self, answer: str, text: str, **args: object) -> None:
        """A message instead of an answer: `answer` and `text` untranslated (QT_TRANSLATE_NOOP
        marks them), with `args` for the text's blanks (an error: what it says); said again in
        each new language."""
        self._message = (answer, text, args)
        self._answering = False
        self._render_message()
        count = len(self.trained.classes) if self.trained is not None else 10
        self._set_bars(np.zeros(count, dtype=np.float32), -1, count)

    def _render_message(self) -> None:
        answer, text, args = self._message
        short = len(answer) < 4  # a sign ("–") in big type, else a sentence under it
        answer = QCoreApplication.translate("PredictPanel", answer) if not short else answer
        values = {
            key: messages.error_text(value) if isinstance(value, BaseException) else value
            for key, value in args.items()
        }
        text = QCoreApplication.translate("PredictPanel", text).format(**values)
        self.answer.setText(answer if short else "")
        self.confidence.setFont(sized_font(12, bold=False))  # a sentence, not a number: smaller
        if short:
            self.confidence.setText(text)
        else:
            line = QCoreApplication.translate("PredictPanel", "{answer}. {text}")
            self.confidence.setText(line.format(answer=answer, text=text))

    def _set_bars(self, probabilities: np.ndarray, top: int, count: int) -> None:
        brushes = [pg.mkBrush(TOP_COLOUR if i == top else BAR_COLOUR) for i in range(count)]
        self.bars.setOpts(
            y=np.arange(count), width=np.asarray(probabilities, dtype=float), brushes=brushes
        )

    def bar_values(self) -> np.ndarray:
        """The probabilities the chart shows now."""
        return np.asarray(self.bars.opts["width"], dtype=float).copy()

    def _show_why(self) -> None:
        """The input coloured by the attribution for the class asked about (Why? on), or plain."""
        pixels = self.picture if _reads_pictures(self.trained) else self.digit
        self.why_result = None
        ready = self.trained is not None and self.prediction is not None
        if self.why.enabled and ready and not self.prediction.empty and pixels is not None:
            target = self.why.target
            if target is not None and target >= len(self.trained.classes):
                target = None
            self.why_result = explain(self.trained, pixels, self.why.method, target)
        self._show_input(pixels)
        self._caption_input()
        self._show_why_on_pad()

    def _show_why_on_pad(self) -> None:
        """The same attribution over the strokes, where the 28x28 grid lies on the pad; only
        when the input is the pad's drawing (not an opened file, not a model of pictures)."""
        result, place = self.why_result, self._pad_place
        drawn = not self.source and not _reads_pictures(self.trained)
        on_pad = result is not None and place is not None and drawn
        self.pad.set_overlay(heat_image(result.values) if on_pad else None, place)

    def _caption_input(self) -> None:
        result = self.why_result
        if result is None:
            text = QCoreApplication.translate("PredictPanel", "The network's input (28×28)")
        else:
            text = QCoreApplication.translate(
                "PredictPanel", "Why {label}: red for, blue against"
            ).format(label=self.trained.classes[result.target])
        self.input_caption.setText(text)

    def _show_input(self, digit: np.ndarray | None) -> None:
        result = self.why_result
        if result is not None and digit is not None:
            from netbuilder.engine.attributions import overlay

            digit = overlay(result.image, result.values)
        pixels = digit if digit is not None else np.zeros((SIZE, SIZE), dtype=np.uint8)
        image = to_qimage(pixels) or to_qimage(np.zeros((SIZE, SIZE), dtype=np.uint8))
        big = image.scaled(
            SIZE * INPUT_SCALE,
            SIZE * INPUT_SCALE,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )  # nearest: show real pixels
        self.input_view.setPixmap(QPixmap.fromImage(big))


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
