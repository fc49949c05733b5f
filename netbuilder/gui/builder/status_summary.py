"""The status bar's permanent summary: parameters, multiply-adds, output shape, validity."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from netbuilder.document.analysis import Analysis, human_count
from netbuilder.gui import messages, theme
from netbuilder.gui.builder.block_item import format_shape
from netbuilder.gui.document import Document


def summary_html(analysis: Analysis) -> str:
    if analysis.valid:
        verdict = "<b style='color:#2f9e44'>✔ valid</b>"
    else:
        errors = messages.error_count(len(analysis.errors))
        verdict = f"<b style='color:{theme.ERROR_COLOUR}'>✖ invalid: {errors}</b>"
    parts = [
        f"Parameters <b>{human_count(analysis.total_parameters)}</b>",
        f"Multiply-adds <b>{human_count(analysis.total_macs)}</b>",
        f"Output <b>{format_shape(analysis.output_shape if analysis.valid else None)}</b>",
        verdict,
    ]
    return " &nbsp;│&nbsp; ".join(parts)


class StatusSummary(QLabel):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        document.analysis_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        analysis = self.document.analysis
        self.setText(summary_html(analysis))
        self.setToolTip(
            f"{analysis.total_parameters:,} parameters, {analysis.total_macs:,} multiply-adds per sample"
        )
