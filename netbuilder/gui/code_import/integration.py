"""Edit > Paste PyTorch code… and a `.py` file dropped on the window: the code, read (never
run), replaces the network as one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from netbuilder.gui import commands, language
from netbuilder.gui.code_import.dialog import PasteCodeDialog
from netbuilder.gui.features import Feature

SUFFIX = ".py"


class CodeImporter(QObject):
    """The feature's face: `paste_action`, `paste(text)` and `open_code(path)`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window, self.document = window, window.document
        self.dialog: PasteCodeDialog | None = None
        self.paste_action = QAction(window)
        self.paste_action.triggered.connect(lambda: self.paste())
        self.document.lock_changed.connect(lambda locked: self.paste_action.setEnabled(not locked))
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.retranslate()
        language.on_language_change(window, self.retranslate)

    def retranslate(self) -> None:
        self.paste_action.setText(QCoreApplication.translate("CodeImport", "Paste PyTorch &code…"))
        tip = QCoreApplication.translate(
            "CodeImport", "Turn nn.Sequential or nn.Module code into blocks (it is never run)"
        )
        self.paste_action.setStatusTip(tip)
        self.paste_action.setToolTip(tip)

    def paste(self, text: str = "") -> PasteCodeDialog:
        """Open the dialog (with `text` in it, read at once); Replace network applies it."""
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = PasteCodeDialog(self.window, text)
        self.dialog.accepted.connect(self._replace)
        if text:
            self.dialog.read()
        self.dialog.open()
        return self.dialog

    def open_code(self, path: str | Path) -> PasteCodeDialog | None:
        """A `.py` file (dropped on the window): its code in the dialog, read."""
        from netbuilder.document.code_import import MOST_CHARACTERS
        from netbuilder.document.safe_io import read_text

        try:
            text = read_text(path, 4 * MOST_CHARACTERS, "Python file")
        except OSError as error:
            title = QCoreApplication.translate("CodeImport", "Cannot read {name}")
            self.window.show_error(title.format(name=Path(path).name), str(error))
            return None
        return self.paste(text)

    def _replace(self) -> None:
        dialog = self.dialog
        network = dialog.network() if dialog is not None else None
        if network is not None:
            step = QCoreApplication.translate("CodeImport", "Paste PyTorch code")
            commands.replace_network(self.document, network, step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _dropped_code(event) is not None and not self.document.locked:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            path = _dropped_code(event)
            if path is not None and not self.document.locked:
                event.acceptProposedAction()
                self.open_code(path)
                return True
        return False


def _dropped_code(event: QEvent) -> str | None:
    """The one local `.py` file a drag carries, else None."""
    data = event.mimeData()
    urls = data.urls() if data is not None and data.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = urls[0].toLocalFile()
    return path if path.lower().endswith(SUFFIX) else None


FEATURE = Feature(
    name="code_import",
    attach=lambda window, _features: CodeImporter(window),
    provides=("paste", "open_code"),
    menu_entries={"edit": ("-", "paste_action")},
)
