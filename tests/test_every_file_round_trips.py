"""Every project file in the repository opens, saves and reopens unchanged: the shipped examples,
the lessons' projects, and any other netbuilder file the checkout holds, plus a project carried
inside a checkpoint. A network without containers is still written as schema_version 1, so files
saved from them still open in a netbuilder older than the containers (issue 22)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from netbuilder.document.lesson import load_lesson
from netbuilder.document.project import (
    Project,
    load_project,
    project_from_dict,
    project_to_dict,
    save_project,
)
from netbuilder.engine.checkpoint import load_checkpoint, save_checkpoint
from netbuilder.engine.compile import compile_network
from tests.paths import EXAMPLES, LESSONS, ROOT, TEMPLATES

SKIPPED = {"node_modules", "__pycache__", "build", "dist"}


def netbuilder_files() -> list[Path]:
    """Every JSON file under the checkout (and the shipped folders) that says it is a netbuilder
    project or lesson, so a file added anywhere later is covered without editing this test."""
    found = set()
    for folder in (ROOT, EXAMPLES, LESSONS, TEMPLATES):
        for parent, folders, names in os.walk(folder):
            folders[:] = [f for f in folders if not f.startswith(".") and f not in SKIPPED]
            paths = (Path(parent) / name for name in names if name.endswith(".json"))
            found.update(path.resolve() for path in paths if _format(path))
    return sorted(found)


def _format(path: Path) -> str:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return data.get("format", "") if isinstance(data, dict) else ""


def _project(path: Path) -> Project:
    return load_lesson(path).project if _format(path) == "netbuilder-lesson" else load_project(path)


def _same(a: Project, b: Project) -> None:
    assert a.network.structure() == b.network.structure()
    assert a.training == b.training
    assert (a.dataset, a.dataset_params, a.name, a.description) == (
        b.dataset, b.dataset_params, b.name, b.description,
    )  # fmt: skip


FILES = netbuilder_files()


def test_the_files_are_found():
    names = {path.name for path in FILES}
    assert {"lenet5.json", "resnet_small.json", "09-vanishing-gradients.json"} <= names
    assert len(FILES) >= len(list(EXAMPLES.glob("*.json"))) + len(list(LESSONS.glob("*.json")))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_save_and_reload_changes_nothing(path, tmp_path):
    project = _project(path)
    saved = tmp_path / "saved.json"
    save_project(project, saved)
    reloaded = load_project(saved)
    _same(reloaded, project)
    text = saved.read_text(encoding="utf-8")
    save_project(reloaded, saved)
    assert saved.read_text(encoding="utf-8") == text  # a second save writes the same bytes


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_straight_network_is_still_written_as_version_1(path, tmp_path):
    project = _project(path)
    containers = any(layer.is_container for layer in project.network.all_layers())
    save_project(project, tmp_path / "saved.json")
    written = json.loads((tmp_path / "saved.json").read_text(encoding="utf-8"))
    assert written["schema_version"] == (2 if containers else 1)
    if _format(path) == "netbuilder-project":  # the shipped file says the same version
        assert (
            json.loads(path.read_text(encoding="utf-8"))["schema_version"]
            == (written["schema_version"])
        )


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_a_project_inside_a_checkpoint_comes_back(path, tmp_path):
    """As `netbuilder predict` and File > Open of a .pt rebuild it: the weights fit again."""
    project = load_project(path)
    model = compile_network(project.network)
    checkpoint = tmp_path / "model.pt"
    save_checkpoint(
        checkpoint, model, project=project_to_dict(project), epoch=1, metrics={},
        mean=0.5, std=0.25, classes=tuple("0123456789"),
    )  # fmt: skip
    loaded = load_checkpoint(checkpoint)
    restored = project_from_dict(loaded.project, checkpoint)
    _same(restored, project)
    compile_network(restored.network).load_state_dict(loaded.state_dict)
