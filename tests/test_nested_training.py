"""Training a network with skip connections: every probe names the layers inside Residual and
Branches blocks by their number ("4.1 Conv2d", as the canvas and `netbuilder summary` do)."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from netbuilder.document.analysis import analyse
from netbuilder.document.network import Network, residual
from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.activity import measure_activity
from netbuilder.engine.compile import compile_network
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.gradient_flow import GradientProbe
from netbuilder.engine.model_layers import model_layers
from netbuilder.engine.single_step import take_step
from netbuilder.engine.synthetic_digits import synthetic_digits
from tests.nested import flat_residual, inception_small, resnet_small

RESNET_LEARNABLE = [
    "1 Conv2d", "2 BatchNorm2d", "4.1 Conv2d", "4.2 BatchNorm2d", "4.4 Conv2d", "4.5 BatchNorm2d",
    "6.1 Conv2d", "6.2 BatchNorm2d", "6.4 Conv2d", "6.5 BatchNorm2d", "6 shortcut", "10 Linear",
]  # fmt: skip


@pytest.fixture(scope="module")
def digits():
    return synthetic_digits(300, 100, seed=0)


def project(network: Network, **changes) -> Project:
    settings = TrainingSettings(**{"device": "cpu", "epochs": 1, "batch_size": 32, **changes})
    return Project(network, settings, "mnist", "nested")


@pytest.mark.parametrize("make", [resnet_small, inception_small, flat_residual])
def test_the_model_is_numbered_and_named_as_the_analysis_says(make):
    network = make()
    model = compile_network(network)
    modules = dict(model.named_modules())
    layers = [layer for layer in model_layers(model) if not layer.is_shortcut]
    infos = analyse(network, num_classes=None).all_layers
    expected = [(i.number, i.path, i.depth, i.type_id) for i in infos]
    assert [(x.number, x.path, x.depth, x.type_name) for x in layers] == expected
    assert all(modules[x.path] is x.module for x in layers)


def test_gradient_flow_has_each_inner_layer_with_parameters(digits):
    trained = run_experiment(project(resnet_small()), digits)
    norms = trained.metrics()["gradient_norms"]
    assert list(norms) == RESNET_LEARNABLE
    assert all(values[0] > 0 for values in norms.values())
    numbers = {info.number for info in analyse(resnet_small()).all_layers}
    assert {label.split(" ")[0] for label in norms} <= numbers  # each leads back to its block


def test_the_projection_is_one_layer_of_the_gradient_flow():
    model = compile_network(flat_residual())
    probe = GradientProbe(model)
    assert probe.labels == ("2 Linear", "4.1 Linear", "4 shortcut", "5.1.1 Linear", "6 Linear")
    shortcut = model[3].shortcut
    assert probe.parameters[2] == list(shortcut.parameters())


def test_one_step_records_the_layers_inside_branches_and_their_real_update():
    torch.manual_seed(0)
    model = compile_network(inception_small())
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(4, 1, 28, 28), torch.tensor([0, 1, 2, 3])
    inner = model[2].branches[1][1].body[0]  # 3.2.2.1: a Conv2d in a Residual in a branch
    before = inner.weight.detach().clone()
    record, _, _ = take_step(model, optimizer, F.cross_entropy, x, y)
    labels = [layer.label for layer in record.layers]
    assert labels == ["1 Conv2d", "3.1.1 Conv2d", "3.2.1 Conv2d", "3.2.2.1 Conv2d", "6 Linear"]
    step = record.layers[3].parameter("weight")
    assert step.shape == (6, 6, 3, 3)
    np.testing.assert_allclose(step.update, -0.1 * step.gradient, atol=1e-7)
    np.testing.assert_allclose(step.before, before.reshape(6, -1).numpy())
    assert step.gradient.any()


def test_dead_and_saturated_units_inside_blocks_are_named():
    torch.manual_seed(0)
    network = Network.of(
        "Flatten", ("Linear", {"out_features": 8}),
        residual(("Linear", {"out_features": 8}), "ReLU", ("Linear", {"out_features": 8})),
        "Tanh", residual("Sigmoid"), ("Linear", {"out_features": 10}),
    )  # fmt: skip
    model = compile_network(network)
    with torch.no_grad():
        model[2].body[0].bias.fill_(-1e3)  # 3.1's outputs are all negative: 3.2's ReLU is dead
        model[1].weight.mul_(1e3)  # huge inputs: the Tanh saturates
    activity = measure_activity(model, torch.rand(16, 1, 28, 28), 10)
    assert activity.dead_units == {"3.2 ReLU": 1.0}
    assert set(activity.saturated_units) == {"4 Tanh", "5.1 Sigmoid"}
    assert activity.saturated_units["4 Tanh"] > 0.5  # the Sigmoid after it sees -1..1: not


def test_undo_step_puts_back_the_weights_and_running_statistics_inside_blocks():
    from netbuilder.engine.recipe import batch_score
    from netbuilder.engine.single_step import Stepper

    torch.manual_seed(0)
    model = compile_network(resnet_small())
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    stepper = Stepper(model, optimizer, F.cross_entropy)
    before = {name: value.clone() for name, value in model.state_dict().items()}
    x, y = torch.randn(4, 1, 28, 28), torch.arange(4)
    record, _, _ = stepper.step(x, y, batch_score)
    assert "6 shortcut" in [layer.label for layer in record.layers]
    assert not torch.equal(
        model.state_dict()["5.body.1.running_mean"], before["5.body.1.running_mean"]
    )
    stepper.undo()
    after = model.state_dict()
    assert all(torch.equal(after[name], value) for name, value in before.items())
