"""The files netbuilder ships inside its package: example projects, lessons, templates, the icon.

Found through `importlib.resources`, so they are there wherever the package is installed (a
checkout, a venv, `uv tool install`, `pipx install`), never by a path relative to the repository.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _package_folder(*parts: str) -> Path:
    """A folder inside the installed package. Wheels install unpacked, so it is a real folder
    (the app globs it and hands its files to code that takes paths)."""
    return Path(str(files("netbuilder").joinpath(*parts)))


EXAMPLES = _package_folder("examples")
LESSONS = _package_folder("resources", "lessons")
TEMPLATES = _package_folder("resources", "templates")
DESKTOP = _package_folder("resources", "desktop")
TRANSLATIONS = _package_folder("resources", "i18n")
ICON_SVG = DESKTOP / "netbuilder.svg"
ICON_PNG = DESKTOP / "netbuilder.png"


def example_names() -> list[str]:
    """The examples' names, as `netbuilder lenet5` and `netbuilder summary lenet5` take them."""
    return sorted(path.stem for path in EXAMPLES.glob("*.json"))


def example_path(name: str) -> Path | None:
    """The shipped example called `name` ("lenet5" or "lenet5.json"), or None."""
    stem = name[: -len(".json")] if name.endswith(".json") else name
    return EXAMPLES / f"{stem}.json" if stem in example_names() else None
