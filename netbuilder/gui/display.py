"""Can a window open here? Qt aborts the process when it cannot; say why, and the fix, before."""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


def display_problem() -> str | None:
    """Why Qt would fail to open a window on this Linux desktop, or None when it should work."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith("xcb")):
        return None
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return None
    if not os.environ.get("DISPLAY"):
        return (
            "there is no display to open the window on (DISPLAY is not set). Start netbuilder from "
            "a desktop session, or render the window to a picture with `netbuilder --screenshot FILE`."
        )
    missing = missing_xcb_library()
    if missing:
        package = DEBIAN_PACKAGES.get(missing, missing)
        return (
            f"Qt cannot open windows on X11 because the system library {missing} is missing. "
            f"Install it (Debian/Ubuntu: sudo apt install {package}) and start netbuilder again."
        )
    return None


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
