"""Project files the window offers: presets from the shipped examples, and the recent-files list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from netbuilder.document.bundled import EXAMPLES
from netbuilder.document.project import ProjectError, load_project

DEFAULT_PRESET = EXAMPLES / "lenet5.json"
RECENT_KEY = "files/recent"
MAX_RECENT = 8


def file_filter() -> str:
    """The file dialogs' filter, in the user's language."""
    return QCoreApplication.translate("MainWindow", "netbuilder projects (*.json);;All files (*)")


def presets() -> list[tuple[str, Path]]:
    """(project name, path) for every loadable example, sorted by name."""
    found = []
    for path in sorted(EXAMPLES.glob("*.json")):
        try:
            found.append((load_project(path).name or path.stem, path))
        except ProjectError:
            continue
    return sorted(found)


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return (
        [v for v in value if isinstance(v, str) and v][:MAX_RECENT]
        if isinstance(value, list)
        else []
    )


def remember_file(settings: QSettings, path: str) -> None:
    path = str(Path(path).resolve())
    files = [path, *(p for p in recent_files(settings) if p != path)]
    settings.setValue(RECENT_KEY, files[:MAX_RECENT])


def forget_file(settings: QSettings, path: str) -> None:
    settings.setValue(RECENT_KEY, [p for p in recent_files(settings) if p != path])
