"""`netbuilder --install-desktop-entry`: put netbuilder in the desktop's applications menu.

Writes the freedesktop.org entry the package ships, with the full path of this installation's
`netbuilder` (a menu does not read the shell's PATH, where ~/.local/bin may be missing), and its
icon into the user's hicolor theme, all under $XDG_DATA_HOME (~/.local/share). No root, no tools.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from netbuilder.cli.output import say
from netbuilder.cli.words import translate
from netbuilder.document.bundled import DESKTOP, ICON_PNG, ICON_SVG
from netbuilder.document.safe_io import write_atomically

ENTRY = DESKTOP / "netbuilder.desktop"
# Characters the Desktop Entry spec reserves in Exec: an argument with one is quoted.
_RESERVED = set(" \t\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    """$XDG_DATA_HOME when it is an absolute path (as the spec says), else ~/.local/share."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def targets(home: Path) -> dict[Path, Path]:
    """Where each shipped file goes: {installed path: shipped file}."""
    icons = home / "icons" / "hicolor"
    return {
        home / "applications" / "netbuilder.desktop": ENTRY,
        icons / "scalable" / "apps" / "netbuilder.svg": ICON_SVG,
        icons / "256x256" / "apps" / "netbuilder.png": ICON_PNG,
    }


def launcher() -> list[str]:
    """The command that starts this installation: its `netbuilder` script beside the Python
    running now (a venv, `uv tool install`, `pipx install`), else `python -m netbuilder`."""
    script = Path(sys.executable).parent / "netbuilder"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "netbuilder"]


def exec_line(command: list[str]) -> str:
    """The Exec value for `command` plus the file the menu passes, quoted as the spec says."""
    return " ".join([*(_quote(argument) for argument in command), "%f"])


def _quote(argument: str) -> str:
    if any(ord(c) < 32 for c in argument):
        raise ValueError(f"the path {argument!r} cannot go into a menu entry")
    argument = argument.replace("%", "%%")
    if not _RESERVED.intersection(argument):
        return argument
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return '"' + quoted.replace("\\", "\\\\") + '"'  # the value's own escaping comes on top


def entry_text(command: list[str]) -> str:
    """The shipped entry with Exec and TryExec naming this installation."""
    lines = []
    for line in ENTRY.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_line(command)
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0].replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(home: Path | None = None) -> list[Path]:
    """Write the entry and the icons; the paths written."""
    home = home or data_home()
    written = []
    for target, source in targets(home).items():
        data = entry_text(launcher()).encode() if source == ENTRY else source.read_bytes()
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, lambda stream, data=data: stream.write(data))
        written.append(target)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what install wrote; the paths removed."""
    removed = []
    for target in targets(home or data_home()):
        if target.is_file():
            target.unlink()
            removed.append(target)
    return removed


def install_command() -> int:
    for path in install():
        say(translate("cli", "wrote {path}").format(path=path))
    say(
        translate(
            "cli",
            "netbuilder is in the applications menu (some desktops list it after the next login).",
        )
    )
    return 0


def uninstall_command() -> int:
    removed = uninstall()
    for path in removed:
        say(translate("cli", "removed {path}").format(path=path))
    if not removed:
        say(translate("cli", "netbuilder had no menu entry to remove."))
    return 0
