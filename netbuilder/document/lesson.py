"""Lessons: a project plus a short explanation for the class, as one JSON file per lesson.

A lesson file names a project (a shipped example's name, or a path relative to the lesson file) or
holds one inline, may change some of its training settings, and says what to try, what to look for
and a question to ask, and may name an explorer to open beside it ("explore": "activations" or "optimizers").
Loaded in two phases like projects: checked whole first, so a bad file is rejected whole.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netbuilder.document.bundled import LESSONS, example_path
from netbuilder.document.messages import Message, MessageError
from netbuilder.document.project import (
    MAX_PROJECT_BYTES,
    Project,
    ProjectError,
    load_project,
    parse_json,
    project_from_dict,
)
from netbuilder.document.safe_io import os_reason, read_text
from netbuilder.document.settings import SettingsError, TrainingSettings

FORMAT = "netbuilder-lesson"
SCHEMA_VERSION = 1
TEXTS = ("try", "look_for", "question")
EXPLORERS = ("", "activations", "optimizers")  # the Explore menu's windows a lesson may open


class LessonError(MessageError):
    """A lesson file that cannot be used; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(Message("cannot_open_lesson", {"path": str(path), "reason": reason}))


@dataclass
class Lesson:
    title: str
    project: Project
    summary: str = ""
    try_: str = ""
    look_for: str = ""
    question: str = ""
    path: str = ""
    explore: str = ""  # one of EXPLORERS: a window the lesson opens next to the canvas
    topics: tuple[str, ...] = ()  # the training doctor's lesson keys it teaches, e.g. "overfitting"


def is_lesson_file(path: str | Path) -> bool:
    """Whether the file says it is a lesson (so File > Open can open it as one)."""
    try:
        data = parse_json(read_text(path, MAX_PROJECT_BYTES, "lesson"), path)
    except (OSError, ProjectError):
        return False
    return isinstance(data, dict) and data.get("format") == FORMAT


def load_lesson(path: str | Path) -> Lesson:
    path = Path(path)
    try:  # read and parsed with the same limits as a project file
        data = parse_json(read_text(path, MAX_PROJECT_BYTES, "lesson"), path)
    except OSError as error:
        raise LessonError(path, f"it is not a readable file ({os_reason(error)})") from None
    except ProjectError as error:
        raise LessonError(path, error.reason) from None
    try:
        texts = _check(data)
        project = _project(data, path)
    except (ValueError, SettingsError) as error:
        raise LessonError(path, str(error)) from None
    return Lesson(project=project, path=str(path), **texts)


def _check(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"it is not a netbuilder lesson (format must be {FORMAT!r})")
    version = data.get("schema_version")
    if type(version) is not int or version > SCHEMA_VERSION:
        raise ValueError(f"schema_version must be an integer up to {SCHEMA_VERSION}")
    texts = {"title": data.get("title"), "summary": data.get("summary", "")}
    texts |= {("try_" if k == "try" else k): data.get(k, "") for k in TEXTS}
    texts["explore"] = data.get("explore", "")
    topics = data.get("topics", [])
    if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
        raise ValueError("'topics' must be a list of texts, e.g. [\"overfitting\"]")
    for key, value in texts.items():
        if not isinstance(value, str):
            raise ValueError(f"'{key.rstrip('_')}' must be text")
    if texts["explore"] not in EXPLORERS:
        shown = ", ".join(repr(e) for e in EXPLORERS[1:])
        raise ValueError(f"'explore' must be one of {shown}, not {texts['explore']!r}")
    if not texts["title"]:
        raise ValueError("a lesson needs a 'title'")
    return {**texts, "topics": tuple(topics)}


def _project(data: dict[str, Any], path: Path) -> Project:
    source = data.get("project")
    if isinstance(source, str):
        try:
            project = load_project(_project_file(source, path))
        except ProjectError as error:
            raise ValueError(f"its project: {error}") from None
    elif isinstance(source, dict):
        project = project_from_dict(source, path)
    else:
        raise ValueError("'project' must be a project file's path or a project object")
    changes = data.get("training", {})
    if not isinstance(changes, dict):
        raise ValueError("'training' must be an object of training settings")
    merged = TrainingSettings.from_dict({**project.training.to_dict(), **changes})
    return dataclasses.replace(project, training=merged)


def _project_file(source: str, lesson: Path) -> Path:
    """A path relative to the lesson file, or a shipped example's name ("lenet5"): a lesson that
    names an example works wherever it is copied."""
    relative = lesson.parent / source
    if relative.exists() or "/" in source or "\\" in source:
        return relative
    return example_path(source) or relative


def lesson_files(folder: str | Path) -> list[Path]:
    """The lesson files in folder, in name order (01-..., 02-...)."""
    return sorted(Path(folder).glob("*.json"))


def lesson_for_topic(topic: str, folder: str | Path = LESSONS) -> Path | None:
    """The first lesson file in folder that teaches `topic` (a doctor diagnosis's lesson key)."""
    for path in lesson_files(folder):
        try:
            if topic in load_lesson(path).topics:
                return path
        except LessonError:
            continue
    return None
