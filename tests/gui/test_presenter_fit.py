"""Presenter mode at a projector's 1024x768 keeps fitting the panel in front to what it shows."""

from __future__ import annotations

import contextlib

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from netbuilder.gui import language
from tests.gui.test_presenter_scenes import make_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _shows_whole(dock) -> bool:
    area = dock.widget()
    assert isinstance(area, QScrollArea)
    return area.widget().height() <= area.viewport().height()


def test_predict_grows_with_an_opened_pictures_caption_in_chinese(qtbot, tmp_path):
    """An opened picture adds "From probe.png (resized as in training)" under the pad: the
    dock sized for the empty panel scrolled its bottom out of view."""
    from netbuilder.engine.data import load_dataset
    from netbuilder.engine.experiment import run_experiment
    from tests.gui.test_training_panel import small_project
    from tests.test_image_folder import draw, shape_folder

    folder = shape_folder(tmp_path / "shapes", per_class=6, corrupt=False)
    project = small_project(epochs=1)
    project.network.layers[-1].params["out_features"] = 3
    run_experiment(project, load_dataset(str(folder), tmp_path / "data")).save(tmp_path / "m.pt")
    picture = tmp_path / "probe.png"
    draw("circle", 64, np.random.default_rng(3)).save(picture)
    language.apply_language("zh_CN")
    window = make_window(qtbot, tmp_path)
    presenter = window.feature("presenter")
    try:
        presenter.enter(full_screen=False)
        prediction = window.feature("predict")
        prediction.load_model(str(tmp_path / "m.pt"))
        dock = window.dock("predict.pad")
        qtbot.waitUntil(lambda: not dock.isVisible())  # the model's panels made way for the demo
        dock.show()  # the Predict tab clicked
        dock.raise_()
        qtbot.waitUntil(lambda: dock.isVisible() and _shows_whole(dock))
        before = dock.height()
        prediction.panel.predict_file(picture)
        assert prediction.panel.source_label.isVisibleTo(prediction.panel)
        qtbot.waitUntil(lambda: dock.height() > before and _shows_whole(dock))
        for _ in range(20):  # and it stays fitted: no refit that asks for another
            QApplication.processEvents()
        assert _shows_whole(dock) and dock.height() > before
        assert not presenter._refit_pending
    finally:
        presenter.leave()
        language.apply_language("en")


def _add_runs(window) -> None:
    runs = window.feature("training").runs
    project = window.document.project
    metrics = {
        "test_accuracy": 0.9876,
        "train_seconds": 12.5,
        "baseline_majority_accuracy": 0.113,
        "baseline_linear_accuracy": 0.921,
    }
    for _ in range(2):
        runs.add_trial(project, "synthetic-digits", "classification", metrics)


@pytest.mark.parametrize("choice", ["en", "zh_CN"])
def test_the_runs_scores_show_without_scrolling_sideways_at_1024x768(qtbot, tmp_path, choice):
    from netbuilder.gui.training.run_columns import TEST

    language.apply_language(choice)
    window = make_window(qtbot, tmp_path)
    presenter = window.feature("presenter")
    table = window.feature("training").runs.table
    try:
        _add_runs(window)
        presenter.enter(full_screen=False)
        dock = window.dock("training.runs")
        dock.show()  # View > Panels > Runs
        dock.raise_()
        qtbot.waitUntil(lambda: dock.isVisible() and table.viewport().width() > 0)
        for _ in range(10):
            QApplication.processEvents()
        baseline = TEST + 2
        for column in (0, TEST, baseline):  # the run, its test accuracy and the baselines
            assert not table.isColumnHidden(column)
            right = table.columnViewportPosition(column) + table.columnWidth(column)
            assert 0 <= table.columnViewportPosition(column) and right <= table.viewport().width()
        assert not table.horizontalScrollBar().isVisible()
        presenter.leave()
        assert not any(table.isColumnHidden(c) for c in range(table.columnCount()))
    finally:
        presenter.leave()
        language.apply_language("en")


@contextlib.contextmanager
def presenting_with_a_model(qtbot, tmp_path):
    """LeNet-5 presented at 1024x768 with a trained digit reader loaded (its panels make way)."""
    from tests.paths import EXAMPLES
    from tests.test_predict_command import trained_digit_reader

    trained_digit_reader().save(tmp_path / "m.pt")
    window = make_window(qtbot, tmp_path)
    presenter = window.feature("presenter")
    try:
        window.load_preset(EXAMPLES / "lenet5.json")
        presenter.enter(full_screen=False)
        window.feature("predict").load_model(str(tmp_path / "m.pt"))
        yield window
    finally:
        presenter.leave()


def test_predict_raised_after_other_tabs_gets_its_own_height(qtbot, tmp_path):
    """The Runs and Map tabs opened first, then Predict: the tabs behind it count as visible to
    Qt, and the presenter sized the first of them, leaving Predict 170 px tall and scrolling."""
    with presenting_with_a_model(qtbot, tmp_path) as window:
        pad = window.dock("predict.pad")
        qtbot.waitUntil(lambda: not pad.isVisible())  # the model's panels made way for the demo
        for dock_id in ("training.runs", "predict.map", "predict.pad"):  # View > Panels, in turn
            dock = window.dock(dock_id)
            dock.show()
            dock.raise_()
            qtbot.waitUntil(lambda d=dock: window.rect().intersects(d.geometry()))
        qtbot.waitUntil(lambda: _shows_whole(pad))
        for _ in range(20):
            QApplication.processEvents()
        assert _shows_whole(pad) and pad.height() > 300


def test_the_map_opened_while_presenting_is_tall_enough_to_read(qtbot, tmp_path):
    """View > Panels > Map while presenting at 1024x768: the dock was fitted to the view's minimum,
    leaving a plot some 100 px tall; it is fitted to a readable plot now."""
    from netbuilder.gui.docks import READABLE_PLOT

    with presenting_with_a_model(qtbot, tmp_path) as window:
        dock = window.dock("predict.map")
        qtbot.waitUntil(lambda: not dock.isVisible())  # the model's panels made way for the demo
        dock.show()
        dock.raise_()
        qtbot.waitUntil(lambda: window.rect().intersects(dock.geometry()))
        scroll = dock.widget()
        view = scroll.widget() if isinstance(scroll, QScrollArea) else scroll
        qtbot.waitUntil(lambda: view.plot.height() >= READABLE_PLOT * 0.8, timeout=3000)
