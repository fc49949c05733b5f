"""The generated PyTorch code for the current network, read-only, with Copy and Export.

Copy takes the model code shown; Export writes the whole training script that
`netbuilder export --python` writes (plain torch, runs alone or under torchrun).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netbuilder.document.analysis import InvalidNetworkError
from netbuilder.document.errors import DOCUMENT_ERRORS
from netbuilder.document.safe_io import check_outputs, write_text_atomically
from netbuilder.document.script_export import training_script
from netbuilder.document.source import module_source
from netbuilder.gui import language, messages, theme
from netbuilder.gui.builder.highlighter import PythonHighlighter
from netbuilder.gui.document import Document
from netbuilder.gui.plain_text import warn


class CodeView(QWidget):
    code_exported = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.editor = QPlainTextEdit(readOnly=True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.highlighter = PythonHighlighter(self.editor.document(), theme.is_dark())
        self.status = QLabel()
        self.copy_button = QPushButton()
        self.export_button = QPushButton()
        self._lay_out()
        self.copy_button.clicked.connect(self.copy)
        self.export_button.clicked.connect(self._ask_export)
        document.analysis_changed.connect(self.refresh)
        self._set_words()
        self.refresh_style()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Buttons and status in the user's language; the code and its scroll position stay."""
        self._set_words()
        self.refresh()

    def _set_words(self) -> None:
        self.copy_button.setText(QCoreApplication.translate("CodeView", "&Copy"))
        self.export_button.setText(
            QCoreApplication.translate("CodeView", "E&xport training script .py…")
        )
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "CodeView",
                "Write a standalone PyTorch training script with this project's settings; "
                "it runs with python or torchrun",
            )
        )

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)

    def refresh(self) -> None:
        try:
            source = module_source(self.document.network)
        except InvalidNetworkError as error:
            heading = QCoreApplication.translate(
                "CodeView", "The network cannot be turned into code yet:"
            )
            lines = [heading, *messages.error_text(error).split("\n")]
            self._show_code("\n".join(f"# {line}" for line in lines))
            self.status.setText(
                QCoreApplication.translate("CodeView", "Fix the problems to get code.")
            )
            self.valid = False
        else:
            self._show_code(source)
            self.status.setText(
                QCoreApplication.translate("CodeView", "PyTorch code for this network:")
            )
            self.valid = True
        self.copy_button.setEnabled(self.valid)
        self.export_button.setEnabled(self.valid)

    def _show_code(self, text: str) -> None:
        if text != self.editor.toPlainText():  # the same code keeps its scroll position
            self.editor.setPlainText(text)

    def refresh_style(self) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF())
        self.editor.setFont(font)
        self.highlighter.set_dark(theme.is_dark())
        self.refresh()

    def text(self) -> str:
        return self.editor.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def export(self, path: str | Path) -> None:
        """Write the project's training script (raises a document error if it cannot)."""
        check_outputs([("the script", path)], [("the open project", self.document.path)])
        write_text_atomically(Path(path), training_script(self.document.project))
        self.code_exported.emit(str(path))

    def _ask_export(self) -> None:
        name = "".join(c if c.isalnum() else "_" for c in self.document.project.name) or "model"
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("CodeView", "Export training script"),
            f"train_{name}.py",
            QCoreApplication.translate("CodeView", "Python (*.py)"),
        )
        if not path:
            return
        try:
            self.export(path)
        except DOCUMENT_ERRORS as error:
            title = QCoreApplication.translate("CodeView", "Cannot export the training script")
            warn(self, title, messages.error_text(error))


if __name__ == "__main__":
    from netbuilder.gui.standalone import standalone

    standalone(lambda document: CodeView(document))
