"""The app's settings, read as values the app did not necessarily write.

The settings file is the user's to edit: a value of the wrong type (text_scale=abc, a list where
a number goes) is ignored and the default used, and a settings file that is not an ordinary file
(a FIFO would block QSettings forever, /dev/zero would never end) is left alone: the app then
starts with its defaults and keeps this session's settings in a private temporary file.
"""

from __future__ import annotations

import math
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

from netbuilder.document.limits import MAX_DATA_BYTES

_private: tempfile.TemporaryDirectory | None = None


def app_settings() -> QSettings:
    """QSettings() for the app, unless its file is not an ordinary file (see the module doc)."""
    global _private
    path = settings_file()
    if path is None or _usable(path):
        return QSettings()
    print(
        f"netbuilder: ignoring the settings file {path}: it is not an ordinary file",
        file=sys.stderr,
    )
    _private = _private or tempfile.TemporaryDirectory(prefix="netbuilder-settings-")
    return QSettings(str(Path(_private.name) / "settings.ini"), QSettings.Format.IniFormat)


def settings_file() -> Path | None:
    """Where QSettings() keeps its file on Linux and the BSDs; None where it is not a file."""
    if sys.platform in ("win32", "darwin"):
        return None
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    organization = QCoreApplication.organizationName() or "Unknown Organization"
    name = QCoreApplication.applicationName() or "netbuilder"
    return Path(folder) / organization / f"{name}.conf" if folder else None


def _usable(path: Path) -> bool:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return True  # QSettings creates it
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size <= MAX_DATA_BYTES


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
