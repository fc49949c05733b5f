"""The main window's panels work together: a trained model brings up Predict and Evaluation as
tabs beside Problems, and clicking a block shows that layer's activations."""

import pytest

from netbuilder.document.project import load_project
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.synthetic_digits import synthetic_digits
from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def trained():
    project = load_project(EXAMPLES / "lenet5.json")
    project.training.epochs = 1
    return run_experiment(project, synthetic_digits(600, 200, seed=0))


def test_prediction_docks_appear_as_tabs_once_a_model_is_trained(window, trained):
    assert not any(dock.isVisible() for dock in window.feature("predict").docks.values())
    window.feature("training").model_trained.emit(trained)
    assert all(dock.isVisible() for dock in window.feature("predict").docks.values())
    assert set(window.feature("predict").docks.values()) <= set(
        window.tabifiedDockWidgets(window.dock("builder.problems"))
    )
    assert window.feature("predict").trained is trained


def test_clicking_a_block_selects_that_layers_activations(window):
    project = window.document.project.copy()  # as the training panel does: same layer uids
    project.training.epochs = 1
    trained = run_experiment(project, synthetic_digits(600, 200, seed=0))
    window.feature("training").model_trained.emit(trained)
    activations = window.feature("predict").panel.activations
    uid = window.document.network.layers[3].uid
    window.canvas.select_layer(uid)
    assert activations.layer_index == 3


def test_the_window_fits_a_small_laptop_screen(window, qtbot, trained):
    window.feature("training").model_trained.emit(trained)
    window.feature("result_docks").raise_plots()
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768
