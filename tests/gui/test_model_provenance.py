"""Predict and Evaluation say which network and run their model comes from, and when the canvas
has changed since."""

from __future__ import annotations

import pytest

from netbuilder.document.project import load_project
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.gui import commands
from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def trained_from(window, runs: int = 2):
    """A model trained from the window's network, as if from its `runs`-th run."""
    project = window.document.project.copy()
    project.training.epochs = 1
    for _ in range(runs):
        window.feature("training").run_started.emit(project, "synthetic-digits")
    return run_experiment(project, synthetic_digits(300, 100, seed=0))


def texts(window) -> tuple[str, str]:
    prediction = window.feature("predict")
    return prediction.panel.model_info.text(), prediction.evaluation_panel.source.text()


def test_both_panels_name_the_network_and_the_run(window, tmp_path):
    assert all("No model yet" in text for text in texts(window))
    window.feature("training").model_trained.emit(trained_from(window, runs=2))
    for text in texts(window):
        assert "LeNet-5" in text or window.document.project.name in text
        assert "from run 2" in text and "Synthetic" in text or "synthetic" in text
        assert "canvas has changed" not in text
    assert window.feature("predict").panel.grab().save(str(tmp_path / "predict.png"))


def test_an_edit_on_the_canvas_is_flagged_and_undo_clears_it(window):
    window.feature("training").model_trained.emit(trained_from(window, runs=1))
    document = window.document
    linear = [layer for layer in document.network.layers if layer.type_id == "Linear"][0]
    commands.change_param(document, linear.uid, "out_features", 100)
    assert all("The canvas has changed since" in text for text in texts(window))
    document.undo()
    assert all("canvas has changed" not in text for text in texts(window))


def test_a_loaded_model_names_its_file(window, tmp_path):
    trained = trained_from(window, runs=1)
    path = tmp_path / "digits-model.pt"
    trained.save(path)
    window.feature("predict").load_model(str(path))
    assert all("from file digits-model.pt" in text for text in texts(window))
    assert load_project(EXAMPLES / "lenet5.json").name in texts(window)[0]
