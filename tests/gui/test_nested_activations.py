"""Activations of a network with skip connections: every layer inside a Residual or a Branches
block is listed (numbered and indented as on the canvas), and clicking an inner block on the
canvas shows that block's own output."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from netbuilder.document.analysis import analyse
from netbuilder.document.project import Project, save_project
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.activations import layer_activations
from netbuilder.engine.digit_image import network_input
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.synthetic_digits import DIGIT_STROKES, synthetic_digits
from netbuilder.gui.predict.panel import PredictPanel
from tests.nested import inception_small

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def trained():
    settings = TrainingSettings(device="cpu", epochs=1, batch_size=32)
    project = Project(inception_small(), settings, "mnist", "inception")
    return run_experiment(project, synthetic_digits(200, 50, seed=0))


def inner(trained, number: str):
    infos = analyse(trained.project.network, num_classes=None).all_layers
    return next(info for info in infos if info.number == number)


def test_the_engine_keeps_each_inner_layers_output(trained):
    x = torch.rand(1, 1, 28, 28)
    activations = layer_activations(trained.model, x)
    infos = analyse(trained.project.network, num_classes=None).all_layers
    assert [a.number for a in activations] == [i.number for i in infos]
    assert [a.values.shape for a in activations] == [i.output_shape for i in infos]
    conv = dict(trained.model.named_modules())[inner(trained, "3.2.2.1").path]
    with torch.no_grad():
        start = trained.model[2].branches[1][0](trained.model[1](trained.model[0](x)))
    held = next(a for a in activations if a.number == "3.2.2.1")
    np.testing.assert_allclose(held.values, conv(start)[0].detach().numpy(), atol=1e-5)
    assert held.describe() == "            3.2.2.1 Conv2d  (6 x 28 x 28)"  # 3 blocks deep


def test_an_inner_block_is_shown_by_its_uid(qtbot, trained):
    panel = PredictPanel()
    qtbot.addWidget(panel)
    panel.set_model(trained)
    assert panel.show_activations_of(inner(trained, "3.2.2.2").uid)  # before any drawing
    for stroke in DIGIT_STROKES[3]:
        panel.pad.add_stroke(stroke)
    view = panel.activations
    assert view.current().number == "3.2.2.2" and view.current().name == "Tanh"
    assert view.layer_box.currentText().strip() == "3.2.2.2 Tanh  (6 x 28 x 28)"
    assert view.layer_box.count() == len(analyse(trained.project.network).all_layers)
    assert panel.show_activations_of(inner(trained, "3.1").uid)  # a branch: its output
    assert view.current().name == "Branch" and view.current().values.shape == (4, 28, 28)
    x = network_input(panel.digit, trained.mean, trained.std)
    expected = next(a for a in layer_activations(trained.model, x) if a.number == "3.1").values
    np.testing.assert_array_equal(view.current().values, expected)
    assert not panel.show_activations_of("no-such-uid")
    assert view.current().number == "3.1"  # unchanged


def test_clicking_an_inner_block_on_the_canvas_shows_it(qtbot, window, trained, tmp_path):
    save_project(trained.project, tmp_path / "inception.json")
    window.open_file(tmp_path / "inception.json")
    here = run_experiment(window.document.project, synthetic_digits(100, 20, seed=1))
    window.feature("training").model_trained.emit(here)
    predict = window.feature("predict")
    predict.panel.pad.add_stroke(DIGIT_STROKES[7][0])
    uid = inner(here, "3.2.1").uid
    assert window.document.network.contains(uid)
    window.canvas.layer_selected.emit(uid)
    current = predict.panel.activations.current()
    assert (current.number, current.name) == ("3.2.1", "Conv2d")
