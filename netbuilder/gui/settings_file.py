"""The user's settings file (~/.config/netbuilder/netbuilder.conf), used only where Qt may safely
read and rewrite it.

Qt rewrites the file by renaming a temporary file over it: through a symlink to /dev/zero that
replaced the device with the settings, a FIFO there blocks the start, and a hard link is cut off.
So the file is used only when it is an ordinary file of its own (or not there yet); otherwise the
window keeps its settings for the session only (starting from a copy of the file's values when
they can be read), says so once on stderr, and leaves the file as it is.
"""

from __future__ import annotations

import atexit
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from netbuilder.document.safe_io import read_limited
from netbuilder.document.terminal import printable

MAX_SETTINGS_BYTES = 1_000_000


def user_settings() -> QSettings:
    """QSettings() when its file is safe to use, else session-only settings (see the module)."""
    path = settings_path()
    problem = settings_problem(path) if path is not None else None
    if problem is None:
        return QSettings()
    print(
        f"netbuilder: warning: the settings file {printable(path)} {problem}: settings are kept "
        "for this session only and the file is left as it is",
        file=sys.stderr,
    )
    return _session_settings(path)


def settings_path() -> Path | None:
    """Where QSettings() keeps its file, found without opening it (Qt reads it when made);
    None where the settings are not an INI file (the registry, a macOS plist)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    organization = QCoreApplication.organizationName() or "Unknown Organization"
    return Path(config) / organization / f"{QCoreApplication.applicationName()}.conf"


def settings_problem(path: Path) -> str | None:
    """Why Qt must not read and rewrite `path`, or None when it may (absent, or a file of its own)."""
    try:
        if not os.path.lexists(path):
            return None
        info = os.stat(path)  # through a symlink: Qt writes into the file it points at
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    if stat.S_ISDIR(info.st_mode):
        return "is a folder"
    if not stat.S_ISREG(info.st_mode):
        return "is not an ordinary file (a device, pipe or socket)"
    if info.st_nlink > 1:
        return "is hard-linked to another name, and saving would cut the link"
    return None


def _session_settings(path: Path) -> QSettings:
    """Settings in a private temporary folder, removed when the app exits."""
    folder = tempfile.mkdtemp(prefix="netbuilder-settings-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    copy = Path(folder) / "netbuilder.conf"
    try:
        copy.write_bytes(read_limited(path, MAX_SETTINGS_BYTES, "settings file"))
    except OSError:
        pass  # nothing to start from: a device or pipe is never read
    return QSettings(str(copy), QSettings.Format.IniFormat)
