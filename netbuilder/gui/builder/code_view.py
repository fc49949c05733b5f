"""The generated PyTorch code for the current network, read-only, with Copy and Export.

Copy takes the model code shown; Export writes the whole training script that
`netbuilder export --python` writes (plain torch, runs alone or under torchrun).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
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
from netbuilder.gui import messages, theme
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
        self.copy_button = QPushButton("&Copy")
        self.export_button = QPushButton("E&xport training script .py…")
        self.export_button.setToolTip(
            "Write a standalone PyTorch training script with this project's settings; "
            "it runs with python or torchrun"
        )
        self._lay_out()
        self.copy_button.clicked.connect(self.copy)
        self.export_button.clicked.connect(self._ask_export)
        document.analysis_changed.connect(self.refresh)
        self.refresh_style()

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
            self.editor.setPlainText(
                f"# The network cannot be turned into code yet:\n# {messages.error_text(error).replace(chr(10), chr(10) + '# ')}"
            )
            self.status.setText("Fix the problems to get code.")
            self.valid = False
        else:
            self.editor.setPlainText(source)
            self.status.setText("PyTorch code for this network:")
            self.valid = True
        self.copy_button.setEnabled(self.valid)
        self.export_button.setEnabled(self.valid)

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
            self, "Export training script", f"train_{name}.py", "Python (*.py)"
        )
        if not path:
            return
        try:
            self.export(path)
        except DOCUMENT_ERRORS as error:
            warn(self, "Cannot export the training script", str(error))


if __name__ == "__main__":
    from netbuilder.gui.standalone import standalone

    standalone(lambda document: CodeView(document))
