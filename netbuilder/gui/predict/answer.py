"""Predict's middle column: the answer in large type, how sure, the network's input with its
caption; or a message instead of the answer.

The column has a fixed width (a longer message never takes room from the pad under the pen), so
each label's height is known from its text: the column's minimum is what it really needs, and a
short dock scrolls, or the input view gives way (down to 4x), instead of the input running past
the dock's bottom edge. No label in it answers height-for-width: a vertical layout would
otherwise hand each wrapped label its whole text's height, more than the column has.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from netbuilder.engine.digit_image import SIZE
from netbuilder.gui import messages
from netbuilder.gui.plain_text import plain
from netbuilder.gui.predict.input_view import SCALE, InputView
from netbuilder.gui.theme import sized_font

ANSWER_POINTS = 60  # the predicted class, readable from the back of a classroom
SURE_POINTS = 20  # "99.9% sure"
MESSAGE_POINTS = 12  # a sentence instead of an answer
WIDTH = SIZE * SCALE + 40
MARGIN = 6


class _TextLabel(QLabel):
    """A wrapped label as tall as its text at the column's width (`hide_empty`: hidden while
    it says nothing), or `least` tall whatever its text (it then takes the spare room)."""

    def __init__(self, width: int, hide_empty: bool = True, least: int = 0) -> None:
        super().__init__(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        plain(self)
        self._width, self._hide_empty, self._least = width, hide_empty, least
        if hide_empty:
            self.hide()  # until it says something

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False  # its width is the column's, fixed: minimumSizeHint says its height

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if self._least:
            return QSize(self._width, self._least)
        box = QRect(0, 0, self._width, 100_000)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
        height = self.fontMetrics().boundingRect(box, flags, self.text()).height()
        return QSize(self._width, height + 2)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSizeHint()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        if self._hide_empty:
            self.setVisible(bool(text))
        self.updateGeometry()


class AnswerColumn(QWidget):
    """`answer`, `confidence`, `caption` and `input_view`; `answering` says
    whether an answer is shown (else a message, said again by `render_message` in a new
    language)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(WIDTH)
        inner = WIDTH - 2 * MARGIN
        self.answering = False
        self._message: tuple[str, str, dict] = ("", "", {})
        self.answer = plain(QLabel(alignment=Qt.AlignmentFlag.AlignCenter))
        self.answer.setFont(sized_font(ANSWER_POINTS, bold=True))
        self._fit_answer_height()
        # Its text changes with every prediction and a message may be long: one line of
        # "99.9% sure" whatever it says, and the column's spare room (Expanding), never more.
        sure = QFontMetrics(sized_font(SURE_POINTS)).height()
        self.confidence = _TextLabel(inner, hide_empty=False, least=sure)
        self.confidence.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.confidence.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.caption = _TextLabel(inner)
        self.input_view = InputView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 0, MARGIN, 0)
        layout.setSpacing(4)
        layout.addWidget(self.answer)
        layout.addWidget(self.confidence, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.input_view)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presenter mode, larger text
            self._fit_answer_height()
            self.caption.updateGeometry()

    def _fit_answer_height(self) -> None:
        """One line of the full-size answer, with text or without: an answer never moves the
        input (a long class name gets smaller type, not more height)."""
        self.answer.setFixedHeight(QFontMetrics(sized_font(ANSWER_POINTS, bold=True)).height())

    def show_image(self, image: QImage) -> None:
        self.input_view.set_image(image)

    def show_answer(self, label: str, confidence: float) -> None:
        self.answer.setText(label)
        self.answer.setFont(_fitting_font(label, WIDTH - 2 * MARGIN))
        self.confidence.setFont(sized_font(SURE_POINTS, bold=False))
        sure = QCoreApplication.translate("PredictPanel", "{confidence} sure")
        self.confidence.setText(sure.format(confidence=f"{confidence:.1%}"))
        self.answering = True

    def show_message(self, answer: str, text: str, args: dict) -> None:
        """A message instead of an answer: `answer` and `text` untranslated (QT_TRANSLATE_NOOP
        marks them), with `args` for the text's blanks (an error: what it says)."""
        self._message = (answer, text, args)
        self.answering = False
        self.render_message()

    def render_message(self) -> None:
        answer, text, args = self._message
        short = len(answer) < 4  # a sign ("–") in big type, else a sentence under it
        answer = QCoreApplication.translate("PredictPanel", answer) if not short else answer
        values = {
            key: messages.error_text(value) if isinstance(value, BaseException) else value
            for key, value in args.items()
        }
        text = QCoreApplication.translate("PredictPanel", text).format(**values)
        self.answer.setText(answer if short else "")
        self.answer.setFont(sized_font(ANSWER_POINTS, bold=True))
        self.confidence.setFont(sized_font(MESSAGE_POINTS, bold=False))  # a sentence: smaller
        if short:
            self.confidence.setText(text)
        else:
            line = QCoreApplication.translate("PredictPanel", "{answer}. {text}")
            self.confidence.setText(line.format(answer=answer, text=text))


def _fitting_font(text: str, width: int):
    """The answer's type: 60 points, smaller only where a long class name ("triangle") would
    run past the column's edges at that size."""
    font = sized_font(ANSWER_POINTS, bold=True)
    while font.pointSizeF() > MESSAGE_POINTS and QFontMetrics(font).horizontalAdvance(text) > width:
        font.setPointSizeF(font.pointSizeF() - 2)
    return font
