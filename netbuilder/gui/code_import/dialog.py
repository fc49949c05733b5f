"""Edit > Paste PyTorch code…: a plain-text editor for a listing, Read to see what it becomes
(the notes shown as plain text), the image size asked when the code does not say it, and
Replace network to make it the document's network."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netbuilder.document.code_import import CodeImport, CodeImportError, read_code
from netbuilder.document.messages import shape_text
from netbuilder.document.network import Network
from netbuilder.gui import language
from netbuilder.gui.messages import text as message_text
from netbuilder.gui.plain_text import plain

DEFAULT_SIDE = 28


class PasteCodeDialog(QDialog):
    """Read a listing; `network()` is what it became, once read (and the image size answered)."""

    read_finished = Signal()
    """A reading ended: `result` is the listing read, or None when it was refused."""

    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.result: CodeImport | None = None
        self.refused: CodeImportError | None = None
        self._asked = False
        self._make_widgets()
        self._lay_out()
        self.editor.setPlainText(text)
        self.editor.textChanged.connect(self._code_changed)
        self.read_button.clicked.connect(self.read)
        self.height_box.valueChanged.connect(self._size_answered)
        self.width_box.valueChanged.connect(self._size_answered)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        language.on_language_change(self, self.retranslate)
        self._show_result(None, None)
        self.resize(720, 620)

    def _make_widgets(self) -> None:
        self.editor = QPlainTextEdit()
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.read_button = QPushButton()
        self.summary = plain(QLabel())
        self.summary.setWordWrap(True)
        self.notes = QPlainTextEdit(readOnly=True)  # plain text: a listing's names stay text
        self.notes.setMaximumHeight(160)
        self.size_label = plain(QLabel())
        self.height_box, self.width_box = QSpinBox(), QSpinBox()
        for box in (self.height_box, self.width_box):
            box.setRange(1, 4096)
            box.setValue(DEFAULT_SIDE)
        self.times = QLabel("×")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Its own button, not the Ok one: a language change gives standard buttons Qt's words.
        self.replace_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        row.addWidget(self.read_button)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        size = QHBoxLayout()
        for widget in (self.size_label, self.height_box, self.times, self.width_box):
            size.addWidget(widget)
        size.addStretch(1)
        layout.addLayout(size)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("PasteCodeDialog", "Paste PyTorch code"))
        self.editor.setPlaceholderText(
            QCoreApplication.translate(
                "PasteCodeDialog",
                "Paste nn.Sequential(...) or an nn.Module class here. It is read, never run.",
            )
        )
        self.read_button.setText(QCoreApplication.translate("PasteCodeDialog", "&Read code"))
        self.size_label.setText(
            QCoreApplication.translate(
                "PasteCodeDialog", "The code does not say the image size; height × width:"
            )
        )
        self.replace_button.setText(
            QCoreApplication.translate("PasteCodeDialog", "Replace &network")
        )
        self._show_result(self.result, self.refused)

    def read(self) -> None:
        """Read the editor's listing (with the image size given, once asked)."""
        shape = None
        if self._asked and self.result is not None:
            channels = self.result.network.input_shape[0]
            shape = (channels, self.height_box.value(), self.width_box.value())
        try:
            result, refusal = read_code(self.editor.toPlainText(), shape), None
        except CodeImportError as refused:
            result, refusal = None, refused
        if result is not None and not result.image_size_known:
            self._asked = True
        self._show_result(result, refusal)
        self.read_finished.emit()

    def network(self) -> Network | None:
        return None if self.result is None else self.result.network

    def _refusal_text(self, refused: CodeImportError) -> str:
        lines = [message_text(refused.message), *(message_text(n) for n in refused.notes)]
        return "\n".join(lines)

    def _show_result(self, result: CodeImport | None, refusal: CodeImportError | None) -> None:
        self.result, self.refused = result, refusal
        self.replace_button.setEnabled(result is not None)
        for widget in (self.size_label, self.height_box, self.times, self.width_box):
            widget.setVisible(self._asked and result is not None)
        if result is None:
            self.summary.setText("")
            self.notes.setPlainText(self._refusal_text(refusal) if refusal is not None else "")
            return
        shape = shape_text(tuple(result.network.input_shape))
        summary = QCoreApplication.translate(
            "PasteCodeDialog",
            "{count} layers, input {shape}: Replace network puts them on the canvas",
        )
        self.summary.setText(summary.format(count=len(result.network.all_layers()), shape=shape))
        shown = [n for n in result.notes if n.code != "code_input_unknown" or not self._asked]
        self.notes.setPlainText("\n".join(message_text(note) for note in shown))

    def _code_changed(self) -> None:
        self._asked = False
        self._show_result(None, None)

    def _size_answered(self) -> None:
        if self._asked and self.result is not None:
            self.read()
