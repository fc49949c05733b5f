"""Can a window open here? Qt aborts the process when it cannot; say why, and the fix, before."""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

from netbuilder.document.languages import system_language
from netbuilder.document.messages import QT_TRANSLATE_NOOP
from netbuilder.document.ts_catalog import translator

DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Display",
    "there is no display to open the window on (DISPLAY is not set). Start netbuilder from "
    "a desktop session, or render the window to a picture with `netbuilder --screenshot FILE`.",
)
MISSING_LIBRARY = QT_TRANSLATE_NOOP(
    "Display",
    "Qt cannot open windows on X11 because the system library {library} is missing. "
    "Install it (Debian/Ubuntu: sudo apt install {package}) and start netbuilder again.",
)


def display_problem() -> str | None:
    """Why Qt would fail to open a window on this Linux desktop, or None when it should work."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith("xcb")):
        return None
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return None
    if not os.environ.get("DISPLAY"):
        return _tr(NO_DISPLAY)
    missing = missing_xcb_library()
    if missing:
        package = DEBIAN_PACKAGES.get(missing, missing)
        return _tr(MISSING_LIBRARY).format(library=missing, package=package)
    return None


def _tr(text: str) -> str:
    """Said before Qt runs, so through the `.ts` files as the command line reads them, in the
    language the system asks for."""
    return translator(system_language())("Display", text)


def missing_xcb_library() -> str | None:
    """The shared library Qt's X11 plugin cannot find, found by loading the plugin as Qt would."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return str(error).split(":")[0].strip() or "an X11 library"
    return None
