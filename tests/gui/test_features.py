"""Features declare what they provide and need; the window wires them and holds none of them.

A feature that reached into another's private names, or patched itself onto the window, or a
window that grew an attribute for one feature, fails here (ruff's SLF001 is run too: CI runs
only pytest)."""

import ast
import importlib
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

import netbuilder
from netbuilder.gui.features import Feature, FeatureError, Features

ROOT = Path(netbuilder.__file__).parent.parent
GUI = ROOT / "netbuilder" / "gui"
PANEL_ONLY = {"evaluation"}
"""Packages that are a panel another feature docks (predict docks the Evaluation panel)."""


def _feature(name: str, seen: list, **declared) -> Feature:
    def attach(window, _features):
        return SimpleNamespace(name=name, service=lambda: name)

    def on_available(face, other_name, other):
        seen.append((face.name, other_name, other.name))

    return Feature(name=name, attach=attach, on_available=on_available, **declared)


def test_features_meet_whichever_comes_first(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    features, seen = Features(window), []
    features.add(_feature("lessons", seen, optional=("builder",)))
    assert seen == [], "nothing to meet yet"
    features.add(_feature("builder", seen))
    assert seen == [("lessons", "builder", "builder")]
    features.add(_feature("regions", seen, requires=("builder",)))
    assert seen[-1] == ("regions", "builder", "builder")
    assert features["regions"].service() == "regions" and "regions" in features
    assert features.get("training") is None and "training" not in features


def test_a_missing_requirement_or_service_is_an_error_and_leaves_nothing_behind(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    features, seen = Features(window), []
    with pytest.raises(FeatureError, match="requires training"):
        features.add(_feature("regions", seen, requires=("training",)))
    with pytest.raises(FeatureError, match="lacks save_model"):
        features.add(_feature("training", seen, provides=("service", "save_model")))
    assert list(features) == [] and features.dock("training.plots") is None
    with pytest.raises(FeatureError, match="no feature 'training'"):
        features["training"]
    features.add(_feature("training", seen, provides=("service",)))
    with pytest.raises(FeatureError, match="attached already"):
        features.add(_feature("training", seen))


def test_docks_are_found_by_stable_id_not_by_title_or_position(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    features = Features(window)

    def attach(window, _features):
        for name, title in (("plots_dock", "Courbes"), ("runs_dock", "Essais")):  # translated
            dock = QDockWidget(title, window)
            dock.setObjectName(name)
            dock.setWidget(QLabel(title))
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return object()

    docks = {"training.runs": "runs_dock", "training.plots": "plots_dock"}
    features.add(Feature(name="training", attach=attach, docks=docks))
    assert features.dock("training.plots").windowTitle() == "Courbes"
    assert features.dock("training.runs").windowTitle() == "Essais"
    assert features.dock("training.panel") is None and features.dock("nothing.here") is None
    assert set(features.docks()) == {"training.plots", "training.runs"}


def _packages() -> list[str]:
    return sorted(p.parent.name for p in GUI.glob("*/__init__.py"))


def test_every_feature_package_declares_itself_in_its_init():
    names, object_names = set(), []
    for package in _packages():
        if package in PANEL_ONLY:
            continue
        module = importlib.import_module(f"netbuilder.gui.{package}")
        feature = module.FEATURE
        assert isinstance(feature, Feature), package
        assert "FEATURE" in module.__all__, package
        names.add(feature.name)
        for dock_id, object_name in feature.docks.items():
            assert dock_id.startswith(f"{feature.name}."), dock_id
            object_names.append(object_name)
    assert len(object_names) == len(set(object_names)), "each dock has its own name"
    for package in _packages():
        if package in PANEL_ONLY:
            continue
        feature = importlib.import_module(f"netbuilder.gui.{package}").FEATURE
        assert set(feature.requires) | set(feature.optional) <= names | {"presenter"}, package


def test_the_window_attaches_at_once_only_features_that_need_no_torch():
    from netbuilder.gui.main_window import FEATURES

    assert [feature.name for feature in FEATURES if feature.needs_torch] == []
    for package in ("training", "predict", "regions", "fit", "step", "result_docks"):
        assert importlib.import_module(f"netbuilder.gui.{package}").FEATURE.needs_torch, package


def test_the_loading_stand_ins_take_the_training_docks_names():
    from netbuilder.gui import training
    from netbuilder.gui.torch_placeholders import DOCKS

    assert {name for _title, name, *_rest in DOCKS} <= set(training.FEATURE.docks.values())


def _inside(widget: QWidget, docks: list[QDockWidget]) -> bool:
    while widget is not None:
        if widget in docks:
            return True
        widget = widget.parentWidget()
    return False


def test_the_window_holds_no_feature_and_no_feature_patches_itself_onto_it(window):
    names = list(window.features)
    assert {"builder", "training", "predict", "lessons", "presenter", "step"} <= set(names)
    faces = [window.feature(name) for name in names]
    docks = list(window.features.docks().values())
    assert len(docks) >= 15
    for attribute, value in vars(window).items():
        assert not any(value is face for face in faces), f"window.{attribute} is a feature"
        assert not (isinstance(value, QWidget) and _inside(value, docks)), (
            f"window.{attribute} is a feature's panel"
        )
    for name in names:
        assert not hasattr(window, name), f"window.{name}"
    for dock_id, dock in window.features.docks().items():
        assert window.dock(dock_id) is dock


def _private_name_lookups(path: Path) -> list[str]:
    """getattr/hasattr/setattr(x, "_name") on anything but self: SLF001 cannot see these."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id not in ("getattr", "hasattr", "setattr") or len(node.args) < 2:
            continue
        target, name = node.args[0], node.args[1]
        if isinstance(target, ast.Name) and target.id in ("self", "cls"):
            continue
        if isinstance(name, ast.Constant) and str(name.value).startswith("_"):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.func.id} {name.value}")
    return found


def test_no_module_touches_another_ones_private_names():
    found = [
        hit for path in (ROOT / "netbuilder").rglob("*.py") for hit in _private_name_lookups(path)
    ]
    assert found == []
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--select",
            "SLF001",
            "--no-cache",
            "netbuilder",
            "scripts",
            "benchmarks",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_declared_menu_entries_and_docks_reach_the_menus(window):
    run = [action.text().replace("&", "") for action in window.menus["run"].actions()]
    assert run == [
        "Train…",
        "Pause",
        "Stop",
        "Step one batch",
        "Undo step",
        "",  # the separator training declares
        "Save Model…",
        "Load model…",
        "",  # the separator the sweep declares
        "Sweep…",
    ]
    assert window.menus["view"].actions()[-1] is window.feature("presenter").action
    listed = window.menus["panels"].actions()
    for dock_id, dock in window.features.docks().items():
        assert listed.count(dock.toggleViewAction()) == 1, dock_id
