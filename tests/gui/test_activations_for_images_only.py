"""Clicking a block on a model of points (or table rows) brings up no empty Activations tab: the
Activations view shows pictures' layers at work, and such a model reads no pictures."""

import pytest

from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.two_d import generate
from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_block_of_a_points_model_brings_up_no_activations_tab(window):
    window.open_file(EXAMPLES / "spiral_relu.json")
    project = window.document.project.copy()  # as the training panel does: same layer uids
    project.training.epochs = 1
    trained = run_experiment(project, generate("spiral", {"points": 60}))
    window.feature("training").model_trained.emit(trained)
    activations = window.dock("predict.activations")
    assert activations.isHidden(), "no Activations tab for points"
    evaluation = window.dock("predict.evaluation")
    assert not evaluation.isHidden()
    window.canvas.select_layer(window.document.network.layers[1].uid)
    assert activations.isHidden()
    assert window.feature("predict").panel.activations.activations == [], "nothing drawn to show"
