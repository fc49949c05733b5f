"""One editor per training setting, built from its spec: range, step, decimals, choices, tooltip.

The form, the panel's live rate and the run bar's LR box make their fields here, so each shows
exactly the range that validation and the command line accept (`document/setting_specs.py`).
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from netbuilder.document.setting_specs import SPECS, SettingSpec
from netbuilder.gui.number_fields import FloatField, IntField

_MANTISSAS = (1.0, 2.0, 5.0)


def tr(text: str) -> str:
    """A spec's label, help or choice name in the user's language (the "settings" context)."""
    return QCoreApplication.translate("settings", text)


def next_nice_value(value: float, steps: int, minimum: float) -> float:
    """Step along 1, 2, 5, 10, 20, 50, ...: how a learning rate is usually tuned."""
    if value <= 0:
        return 1e-5 if steps > 0 else 0.0
    exponent = math.floor(math.log10(value) + 1e-9)
    mantissa = value / 10**exponent
    index = min(range(3), key=lambda i: abs(_MANTISSAS[i] - mantissa))
    position = exponent * 3 + index + steps
    result = _MANTISSAS[position % 3] * 10 ** (position // 3)
    return 0.0 if result < minimum or (minimum == 0 and result < 1e-7) else float(f"{result:.3g}")


class ScientificSpinBox(FloatField):
    """A spin box for values spanning decades: shows 0.001 or 1e-05, steps 1-2-5."""

    def __init__(self, minimum: float, maximum: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(12)
        self.setRange(minimum, maximum)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return f"{value:.4g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        try:
            value = float(text)
        except ValueError:
            return QValidator.State.Intermediate, text, position
        ok = self.minimum() <= value <= self.maximum()
        return (
            (QValidator.State.Acceptable if ok else QValidator.State.Intermediate),
            text,
            position,
        )

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        value = next_nice_value(self.value(), steps, self.minimum())
        self.setValue(min(max(value, self.minimum()), self.maximum()))


def field_for(spec: SettingSpec) -> QWidget:
    """The editor for one setting (not the device, whose choices are this computer's)."""
    if spec.options:
        field: QWidget = _combo(spec)
    elif spec.kind is bool:
        field = QCheckBox(tr(spec.label))
    else:
        field = spin_box(spec)
    field.setToolTip(tr(spec.help))
    return field


def name_field(spec: SettingSpec, field: QWidget) -> None:
    """Say a field's words (its choices, its box's text, its tooltip) in the user's language
    again; its value stays."""
    if isinstance(field, QComboBox) and spec.options:
        for index, (_value, name) in enumerate(spec.options):
            field.setItemText(index, tr(name))
    elif isinstance(field, QCheckBox):
        field.setText(tr(spec.label))
    elif spec.zero_text and hasattr(field, "setSpecialValueText"):
        field.setSpecialValueText(tr(spec.zero_text))
    field.setToolTip(tr(spec.help))


def spin_box(spec: SettingSpec) -> IntField | FloatField:
    """A number field whose range is the spec's (a percentage for a fraction shown as one)."""
    if spec.kind is int:
        box: IntField | FloatField = IntField()
        box.setRange(int(spec.minimum), int(spec.maximum))
        if spec.zero_text:
            box.setSpecialValueText(tr(spec.zero_text))
    elif spec.decimals is None:
        box = ScientificSpinBox(spec.minimum, spec.maximum)
    else:
        scale = _scale(spec)
        box = FloatField()
        box.setDecimals(spec.decimals - (2 if spec.percent else 0))
        box.setRange(spec.minimum * scale, spec.maximum * scale)
        box.setSingleStep((spec.step or 1.0) * scale)
        box.setSuffix(" %" if spec.percent else "")
        if spec.zero_text:  # an augmentation at 0 is off, and says so
            box.setSpecialValueText(tr(spec.zero_text))
    box.setKeyboardTracking(False)
    box.setToolTip(tr(spec.help))
    return box


def learning_rate_box() -> ScientificSpinBox:
    """A learning-rate field (the form's, the live rate's, the run bar's): the spec's range."""
    box = spin_box(SPECS["learning_rate"])
    assert isinstance(box, ScientificSpinBox)
    return box


def _combo(spec: SettingSpec) -> QComboBox:
    combo = QComboBox()
    for value, name in spec.options:
        combo.addItem(tr(name), value)
    return combo


def _scale(spec: SettingSpec) -> float:
    return 100.0 if spec.percent else 1.0


def show_value(spec: SettingSpec, field: QWidget, value: Any) -> None:
    """Put a setting's value in its field (a setting the field does not offer: the first)."""
    if isinstance(field, QComboBox):
        field.setCurrentIndex(max(field.findData(value), 0))
    elif isinstance(field, QCheckBox):
        field.setChecked(value)
    else:
        field.setValue(value * _scale(spec))


def field_value(spec: SettingSpec, field: QWidget) -> Any:
    """The setting's value a field shows (rounded where the field shows fixed decimals)."""
    if isinstance(field, QComboBox):
        return field.currentData()
    if isinstance(field, QCheckBox):
        return field.isChecked()
    if spec.kind is int:
        return field.value()
    if spec.decimals is None:
        return field.value()
    return round(field.value() / _scale(spec), 6)


def connect_edits(field: QWidget, slot) -> None:
    """Call `slot` after each change of `field`, whatever kind of editor it is."""
    if isinstance(field, QComboBox):
        field.currentIndexChanged.connect(slot)
    elif isinstance(field, QCheckBox):
        field.toggled.connect(slot)
    else:
        field.valueChanged.connect(slot)
