"""The app's settings, read as values the app did not necessarily write.

The settings file is the user's to edit: a value of the wrong type (text_scale=abc, a list where
a number goes) is ignored and the default used. (A settings file that is not an ordinary file of
its own is left alone before Qt opens it: gui/settings_file.py.)
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


def number(settings: QSettings, key: str, default: float, low: float, high: float) -> float:
    """A finite number within [low, high], else default."""
    value = settings.value(key, default)
    try:
        value = float(value) if isinstance(value, (int, float, str)) else default
    except (ValueError, OverflowError):
        return default
    return value if math.isfinite(value) and low <= value <= high else default


def flag(settings: QSettings, key: str, default: bool) -> bool:
    """true or false (as QSettings writes them), else default."""
    value = settings.value(key, default)
    if isinstance(value, bool):
        return value
    return (
        {"true": True, "false": False}.get(str(value).lower(), default)
        if isinstance(value, str)
        else default
    )


def text(settings: QSettings, key: str) -> str | None:
    """A non-empty string, else None."""
    value = settings.value(key)
    return value if isinstance(value, str) and value else None


def blob(settings: QSettings, key: str) -> QByteArray | None:
    """Saved bytes (a window's geometry or state), else None."""
    value: Any = settings.value(key)
    return value if isinstance(value, QByteArray) else None
