"""The Problems list: every error and warning from validation; clicking one selects its block."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from netbuilder.gui.document import Document

UID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemsPanel(QListWidget):
    problem_clicked = Signal(str)
    """The uid of the layer a clicked problem is about ("" for whole-network problems)."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemClicked.connect(self._on_clicked)
        self.itemActivated.connect(self._on_clicked)
        document.analysis_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        analysis = self.document.analysis
        for problem in [*analysis.errors, *analysis.warnings]:
            item = QListWidgetItem(
                error_icon if problem.is_error else warning_icon, problem.message
            )
            item.setData(UID_ROLE, problem.uid or "")
            item.setToolTip(problem.message)
            self.addItem(item)
        if not analysis.problems:
            ok = QListWidgetItem(
                style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                "No problems: the network is ready to train.",
            )
            ok.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(ok)

    def title(self) -> str:
        analysis = self.document.analysis
        count = len(analysis.problems)
        return f"Problems ({count})" if count else "Problems"

    def _on_clicked(self, item: QListWidgetItem) -> None:
        uid = item.data(UID_ROLE)
        if uid is not None:
            self.problem_clicked.emit(uid)


if __name__ == "__main__":
    from netbuilder.gui.standalone import standalone

    standalone(lambda document: ProblemsPanel(document))
