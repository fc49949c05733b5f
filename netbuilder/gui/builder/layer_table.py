"""The layer table (as Deep Network Designer's Analyze): every layer with its output shape,
parameters, multiply-adds and problems, and the exact totals. It only mirrors the Document."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from netbuilder.document.analysis import Analysis
from netbuilder.gui import language, messages
from netbuilder.gui.builder.block_item import format_shape
from netbuilder.gui.document import Document

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("LayerTable", "Layer"),
    QT_TRANSLATE_NOOP("LayerTable", "Output shape"),
    QT_TRANSLATE_NOOP("LayerTable", "Parameters"),
    QT_TRANSLATE_NOOP("LayerTable", "Multiply-adds"),
    QT_TRANSLATE_NOOP("LayerTable", "Problems"),
)
"""The column headers in English (shown through the "LayerTable" translation)."""
ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b35c00"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class LayerTable(QTableWidget):
    """One row for the input, one per layer, one for the totals; click a layer row to select it."""

    layer_clicked = Signal(str)
    """The uid of the layer whose row was clicked."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.document = document
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.cellClicked.connect(self._on_clicked)
        document.analysis_changed.connect(self.refresh)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Headers and rows in the user's language; the selected row and scroll stay."""
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("LayerTable", column) for column in COLUMNS]
        )
        self.refresh()

    def refresh(self) -> None:
        analysis = self.document.analysis
        layers = self.document.network.walk()
        self.setRowCount(len(layers) + 2)
        input_name = QCoreApplication.translate("LayerTable", "Input")
        self._fill(0, ("", input_name, format_shape(analysis.input_shape), "", "", ""), "")
        for row, (place, info) in enumerate(zip(layers, analysis.all_layers, strict=True), start=1):
            layer = place.layer
            problems = analysis.problems_for(layer.uid)
            cells = (
                info.number,
                "    " * place.depth + layer.type_id,  # indented: what a container holds
                format_shape(info.output_shape) if info.output_shape else "–",
                f"{info.parameters:,}" if info.output_shape else "–",  # unknown: not 0
                f"{info.macs:,}" if info.output_shape else "–",
                "\n".join(messages.text(p.about) for p in problems),  # the row names the layer
            )
            self._fill(row, cells, layer.uid)
            if problems:
                colour = ERROR_COLOUR if any(p.is_error for p in problems) else WARNING_COLOUR
                self.item(row, len(COLUMNS) - 1).setForeground(QBrush(QColor(colour)))
        self._fill_totals(len(layers) + 1, analysis)
        self.resizeRowsToContents()

    def _fill_totals(self, row: int, analysis: Analysis) -> None:
        count = len(analysis.errors)
        known = all(info.output_shape is not None for info in analysis.all_layers)
        ready = QCoreApplication.translate("LayerTable", "Ready to train")
        status = messages.error_count(count) if count else ready
        cells = (
            "",
            QCoreApplication.translate("LayerTable", "Total"),
            format_shape(analysis.output_shape) if analysis.output_shape else "–",
            f"{analysis.total_parameters:,}" if known else "–",
            f"{analysis.total_macs:,}" if known else "–",
            status,
        )
        self._fill(row, cells, "")
        bold = QFont(self.font())
        bold.setBold(True)
        for column in range(len(COLUMNS)):
            self.item(row, column).setFont(bold)

    def _fill(self, row: int, cells: tuple[str, ...], uid: str) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, uid)
            if column in (0, 3, 4):
                item.setTextAlignment(_RIGHT)
            if column == len(COLUMNS) - 1 and text:
                item.setToolTip(text)
            self.setItem(row, column, item)

    def row_texts(self, row: int) -> list[str]:
        """What a row shows, cell by cell (for tests and quick checks)."""
        return [self.item(row, column).text() for column in range(self.columnCount())]

    def _on_clicked(self, row: int, _column: int) -> None:
        uid = self.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if uid:
            self.layer_clicked.emit(uid)


if __name__ == "__main__":
    from netbuilder.gui.standalone import standalone

    standalone(lambda document: LayerTable(document))
