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
