"""The status bar's permanent summary: parameters, multiply-adds, output shape, validity."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from netbuilder.document.analysis import Analysis, human_count
from netbuilder.gui import language, messages, theme
from netbuilder.gui.builder.block_item import format_shape
from netbuilder.gui.document import Document


def summary_html(analysis: Analysis) -> str:
    if analysis.valid:
        valid = QCoreApplication.translate("StatusSummary", "✔ valid")
        verdict = f"<b style='color:#2f9e44'>{valid}</b>"
    else:
        errors = messages.error_count(len(analysis.errors))
        invalid = QCoreApplication.translate("StatusSummary", "✖ invalid: {errors}")
        verdict = f"<b style='color:{theme.ERROR_COLOUR}'>{invalid.replace('{errors}', errors)}</b>"
    output = format_shape(analysis.output_shape if analysis.valid else None)
    parts = [
        _bold_value(
            QCoreApplication.translate("StatusSummary", "Parameters {value}"),
            human_count(analysis.total_parameters),
        ),
        _bold_value(
            QCoreApplication.translate("StatusSummary", "Multiply-adds {value}"),
            human_count(analysis.total_macs),
        ),
        _bold_value(QCoreApplication.translate("StatusSummary", "Output {value}"), output),
        verdict,
    ]
    return " &nbsp;│&nbsp; ".join(parts)


def _bold_value(words: str, value: str) -> str:
    """`words` (plain text) with its "{value}" blank filled in bold."""
    before, _, after = html.escape(words, quote=False).partition("{value}")
    return f"{before}<b>{value}</b>{after}"


class StatusSummary(QLabel):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        document.analysis_changed.connect(self.refresh)
        self.refresh()
        language.on_language_change(self, self.refresh)

    def refresh(self) -> None:
        analysis = self.document.analysis
        self.setText(summary_html(analysis))
        tip = QCoreApplication.translate(
            "StatusSummary", "{parameters} parameters, {macs} multiply-adds per sample"
        )
        self.setToolTip(
            tip.replace("{parameters}", f"{analysis.total_parameters:,}").replace(
                "{macs}", f"{analysis.total_macs:,}"
            )
        )
