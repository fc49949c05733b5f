"""One typed editor widget per parameter kind, all with the same small interface."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QWidget

from netbuilder.document.catalog import Param
from netbuilder.gui.builder.catalog_words import catalog_text
from netbuilder.gui.number_fields import FloatField, IntField

INT_LIMIT = 2**31 - 1


class FloatSpinBox(FloatField):
    """Shows 0.00001 and 0.5 alike without trailing zeros; steps adapt to the value."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setLocale(QLocale.c())
        self.setDecimals(10)
        self.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        text = f"{value:.10f}".rstrip("0")
        return text + "0" if text.endswith(".") else text


def make_editor(param: Param, value: Any, changed: Callable[[Any], None]) -> QWidget:
    """A widget showing `value` that calls `changed(new_value)` on every user change."""
    if param.choices:
        editor = QComboBox()
        editor.addItems(list(param.choices))
        editor.setCurrentText(str(value))
        editor.currentTextChanged.connect(changed)
    elif param.kind is bool:
        editor = QCheckBox()
        editor.setChecked(bool(value))
        editor.toggled.connect(changed)
    elif param.kind is int:
        editor = _int_editor(param, value)
        editor.valueChanged.connect(changed)
    else:
        editor = _float_editor(param, value)
        editor.valueChanged.connect(changed)
    editor.setToolTip(catalog_text(param.doc))
    editor.setAccessibleName(param.name)
    return editor


def _int_editor(param: Param, value: int) -> IntField:
    editor = IntField()
    editor.setRange(
        int(param.minimum if param.minimum is not None else -INT_LIMIT),
        int(param.maximum if param.maximum is not None else INT_LIMIT),
    )
    editor.setValue(value)
    editor.setAccelerated(True)
    return editor


def _float_editor(param: Param, value: float) -> FloatSpinBox:
    editor = FloatSpinBox()
    editor.setRange(
        param.minimum if param.minimum is not None else -1e9,
        param.maximum if param.maximum is not None else 1e9,
    )
    editor.setValue(value)
    return editor


def set_editor_value(editor: QWidget, value: Any) -> None:
    """Show `value` without emitting a change (the document already has it)."""
    if editor_value(editor) == value:
        return  # leave the text being typed alone
    editor.blockSignals(True)
    if isinstance(editor, QComboBox):
        editor.setCurrentText(str(value))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    else:
        editor.setValue(value)
    editor.blockSignals(False)


def editor_value(editor: QWidget) -> Any:
    if isinstance(editor, QComboBox):
        return editor.currentText()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    return editor.value()
