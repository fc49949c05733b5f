"""Number fields that never drop a typed digit: a value beyond the range can be typed in full,
and on Enter (or leaving the field) it is set to the nearest limit, saying so.

A plain QSpinBox refuses the keystroke that would leave its range, so typing 40 into a field
whose maximum is 31 silently gives 4. These fields emit `clamped(message)` instead; the form
that owns one shows the message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

Validation = tuple[QValidator.State, str, int]


def _number(box: QAbstractSpinBox, text: str) -> float | None:
    """The number typed in `box` (prefix, suffix and group separators ignored), or None."""
    locale = box.locale()
    core = text.removeprefix(box.prefix()).removesuffix(box.suffix()).strip()
    core = core.replace(locale.groupSeparator(), "").replace(locale.decimalPoint(), ".")
    try:
        return float(core)
    except ValueError:
        return None


def _widen(box: QAbstractSpinBox, result: Validation, text: str, position: int) -> Validation:
    """An out-of-range number stays typed (Intermediate) instead of losing the keystroke."""
    if result[0] == QValidator.State.Invalid and _number(box, text) is not None:
        return QValidator.State.Intermediate, text, position
    return result


def _clamped_text(box, text: str, integer: bool) -> str | None:
    """The text of the nearest limit when `text` is a number beyond the range, else None."""
    value = _number(box, text)
    if value is None or box.minimum() <= value <= box.maximum():
        return None
    limit = box.maximum() if value > box.maximum() else box.minimum()
    name = box.accessibleName() or QCoreApplication.translate("NumberFields", "This field")
    if value > box.maximum():
        said = QCoreApplication.translate(
            "NumberFields", "{name} is at most {limit}: {typed} was set to {limit}."
        )
    else:
        said = QCoreApplication.translate(
            "NumberFields", "{name} is at least {limit}: {typed} was set to {limit}."
        )
    typed = f"{int(value)}" if integer and value.is_integer() else f"{value:g}"
    shown = box.textFromValue(int(limit) if integer else limit)
    box.clamped.emit(said.format(name=name, limit=shown, typed=typed))
    return box.prefix() + shown + box.suffix()


class IntField(QSpinBox):
    """A QSpinBox that keeps every typed digit and clamps out-of-range input out loud."""

    clamped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def validate(self, text: str, position: int) -> Validation:
        return _widen(self, super().validate(text, position), text, position)

    def fixup(self, text: str) -> str:
        return _clamped_text(self, text, integer=True) or super().fixup(text) or text


class FloatField(QDoubleSpinBox):
    """A QDoubleSpinBox that keeps every typed digit and clamps out-of-range input out loud."""

    clamped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def validate(self, text: str, position: int) -> Validation:
        return _widen(self, super().validate(text, position), text, position)

    def fixup(self, text: str) -> str:
        return _clamped_text(self, text, integer=False) or super().fixup(text) or text
