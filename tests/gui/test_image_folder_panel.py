"""Choosing a folder of images in the Training panel: the Input block and the classes follow it."""

from __future__ import annotations

import pytest

from netbuilder.gui.training import dialogs
from netbuilder.gui.training.controller import State
from netbuilder.gui.training.integration import open_host
from tests.gui.test_training_panel import small_project
from tests.test_image_folder import SHAPES, shape_folder

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_an_image_folder_sets_the_input_shape_and_trains_with_its_class_names(
    qtbot, tmp_path, monkeypatch
):
    folder = shape_folder(tmp_path / "shapes", per_class=12)
    project = small_project(epochs=1)
    project.network.layers[-1].params["out_features"] = 3
    window, controller = open_host(project)
    qtbot.addWidget(window)
    controller.close_guard.ask_stop = lambda: True
    panel = controller.panel
    panel.data.folder.setText(str(tmp_path / "data"))
    monkeypatch.setattr(dialogs, "ask_folder", lambda *args: str(folder))
    panel.data.images.click()
    document = window.document
    assert document.project.dataset == str(folder)
    assert tuple(document.project.network.input_shape) == (3, 32, 32)
    assert "Images in" in panel.data.dataset.currentText()
    assert getattr(document, "num_classes", 3) == 3 and document.analysis.valid
    with qtbot.waitSignal(controller.model_trained, timeout=60_000) as trained:
        panel.start()
    if controller.busy:
        with qtbot.waitSignal(controller.state_changed, timeout=60_000,
                              check_params_cb=lambda s: s == State.IDLE.value):  # fmt: skip
            pass
    assert trained.args[0].classes == SHAPES
    document.undo()
    assert tuple(document.project.network.input_shape) == (1, 28, 28)
    assert document.project.dataset == "synthetic-digits"


def test_a_colour_model_reads_opened_pictures_and_says_the_pad_is_for_digits(qtbot, tmp_path):
    import numpy as np

    from netbuilder.engine.data import load_dataset
    from netbuilder.engine.experiment import run_experiment
    from netbuilder.gui.predict.panel import PredictPanel
    from tests.test_image_folder import draw

    folder = shape_folder(tmp_path / "shapes", per_class=6, corrupt=False)
    project = small_project(epochs=1)
    project.network.layers[-1].params["out_features"] = 3
    trained = run_experiment(project, load_dataset(str(folder), tmp_path / "data"))
    panel = PredictPanel()
    qtbot.addWidget(panel)
    panel.set_model(trained)
    assert not panel.pad.isEnabled() and "drawing pad is for" in panel.confidence.text()
    picture = tmp_path / "probe.png"
    draw("circle", 64, np.random.default_rng(3)).save(picture)
    panel.predict_file(picture)
    assert panel.picture.shape == (3, 32, 32)
    assert panel.answer.text() in SHAPES and len(panel.bar_values()) == 3
    assert "resized" in panel.source_label.text()


def test_a_csv_table_sets_a_flat_input(qtbot, tmp_path, monkeypatch):
    table = tmp_path / "t.csv"
    table.write_text("a,b,c,label\n1,2,3,x\n4,5,6,y\n")
    window, controller = open_host(small_project(epochs=1))
    qtbot.addWidget(window)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: str(table))
    controller.panel.data.table.click()
    assert window.document.project.dataset == str(table)
    assert tuple(window.document.project.network.input_shape) == (3,)
    assert "Table in" in controller.panel.data.dataset.currentText()


def test_a_regression_run_reports_r2_in_the_panel(qtbot, tmp_path):
    from netbuilder.document.project import load_project
    from tests.test_table import EXAMPLES

    project = load_project(EXAMPLES / "regression.json")
    project.training.epochs, project.training.device = 3, "cpu"
    window, controller = open_host(project)
    qtbot.addWidget(window)
    controller.close_guard.ask_stop = lambda: True
    with qtbot.waitSignal(controller.model_trained, timeout=60_000):
        controller.panel.start()
    if controller.busy:
        with qtbot.waitSignal(controller.state_changed, timeout=60_000,
                              check_params_cb=lambda s: s == State.IDLE.value):  # fmt: skip
            pass
    assert "Test R²" in controller.panel.result.text() and "RMSE" in controller.panel.result.text()
