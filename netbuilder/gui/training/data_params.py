"""Editors for a generated 2-D dataset's parameters (points, noise, classes, ...)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QWidget

from netbuilder.document.two_d import check_data_params, data_params
from netbuilder.gui.language import on_language_change

NAMES = {  # a parameter's name in the document -> its label, in context DataParamsBox
    "classes": QT_TRANSLATE_NOOP("DataParamsBox", "Classes"),
    "points": QT_TRANSLATE_NOOP("DataParamsBox", "Points"),
    "noise": QT_TRANSLATE_NOOP("DataParamsBox", "Noise"),
    "test_fraction": QT_TRANSLATE_NOOP("DataParamsBox", "Test fraction"),
    "seed": QT_TRANSLATE_NOOP("DataParamsBox", "Seed"),
}


class DataParamsBox(QWidget):
    """One spin box per parameter of the current 2-D dataset; hidden for other datasets."""

    params_changed = Signal(dict)  # every parameter's value, checked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.editors: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.name = ""
        self.specs: tuple = ()
        self.hide()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Labels and tooltips in the app's language; the values stay."""
        for spec in self.specs:
            editor = self.editors[spec.name]
            # the docs are the document's, marked in context "datasets" (document.ts)
            editor.setToolTip(QCoreApplication.translate("datasets", spec.doc))
            label = self.form.labelForField(editor)
            if isinstance(label, QLabel):
                label.setText(_label(spec.name))

    def set_dataset(self, name: str, params: dict[str, Any]) -> None:
        """Show name's parameters with these values (defaults for the rest); emits nothing."""
        specs = data_params(name)
        if name != self.name:
            self._rebuild(specs)
            self.name = name
        values = check_data_params(name, params) if specs else {}
        for key, editor in self.editors.items():
            editor.blockSignals(True)
            editor.setValue(values[key])
            editor.blockSignals(False)
        self.setVisible(bool(specs))

    def values(self) -> dict[str, Any]:
        return {key: editor.value() for key, editor in self.editors.items()}

    def _rebuild(self, specs) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        for spec in specs:
            editor = QSpinBox() if isinstance(spec.default, int) else QDoubleSpinBox()
            if isinstance(editor, QDoubleSpinBox):
                editor.setDecimals(2)
                editor.setSingleStep(0.05)
            editor.setRange(spec.low, spec.high)
            editor.editingFinished.connect(self._emit)
            self.editors[spec.name] = editor
            self.form.addRow(_label(spec.name), editor)
        self.specs = tuple(specs)
        self.retranslate()

    def _emit(self) -> None:
        self.params_changed.emit(self.values())


def _label(name: str) -> str:
    if name in NAMES:
        return QCoreApplication.translate("DataParamsBox", NAMES[name])
    return name.replace("_", " ").capitalize()  # a parameter added later, until it is named
