"""One step on a network with skip connections: the layers inside Residual and Branches blocks
are rows of the step table (numbered as on the canvas), each with its heat maps, and the first
filters are the first Conv2d's, wherever it sits."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from netbuilder.document.network import Network, branches
from netbuilder.engine.compile import compile_network
from netbuilder.engine.gradient_flow import GradientReport
from netbuilder.engine.recipe import batch_score, first_learnable_layer
from netbuilder.engine.single_step import Stepper
from netbuilder.gui.step import StepView
from tests.nested import inception_small, resnet_small


def test_the_step_table_lists_inner_layers_and_shows_their_heat_maps(qtbot):
    torch.manual_seed(0)
    model = compile_network(resnet_small())
    stepper = Stepper(model, torch.optim.SGD(model.parameters(), lr=0.1), F.cross_entropy)
    record, _, _ = stepper.step(torch.randn(4, 1, 28, 28), torch.arange(4), batch_score)
    view = StepView()
    qtbot.addWidget(view)
    view.show_step(record)
    labels = [view.layers.item(row, 0).text() for row in range(view.layers.rowCount())]
    assert labels[2:4] == ["4.1 Conv2d", "4.2 BatchNorm2d"] and "6 shortcut" in labels
    view.layers.selectRow(labels.index("6.4 Conv2d"))
    assert view.selected == "6.4 Conv2d"
    assert view.maps.layer.parameter("weight").shape == (32, 32, 3, 3)
    view.layers.selectRow(labels.index("6 shortcut"))
    shortcut = view.maps.layer
    assert [p.name for p in shortcut.parameters] == ["0.weight", "1.weight", "1.bias"]
    assert shortcut.parameter().shape == (32, 16, 1, 1)  # the 1x1 Conv2d first


def test_the_first_filters_are_the_first_conv2d_in_walk_order():
    network = Network.of(
        branches([("Conv2d", {"out_channels": 3, "kernel_size": 5, "padding": 2})],
                 [("Conv2d", {"out_channels": 2, "kernel_size": 3, "padding": 1})]),
        "Flatten", ("Linear", {"out_features": 10}),
    )  # fmt: skip
    model = compile_network(network)
    index, layer = first_learnable_layer(model)
    assert index == 0 and layer is model[0].branches[0][0]
    _, first = first_learnable_layer(compile_network(inception_small()))
    assert first.weight.shape == (4, 1, 3, 3)


def test_the_gradient_plot_names_inner_layers_and_the_doctor_points_at_their_blocks(qtbot):
    import numpy as np

    from netbuilder.document.project import Project
    from netbuilder.engine.doctor import Diagnosis
    from netbuilder.engine.gradient_flow import GradientProbe
    from netbuilder.gui.builder import ProblemsPanel
    from netbuilder.gui.builder.problems import UID_ROLE
    from netbuilder.gui.document import Document
    from netbuilder.gui.training.gradient_plot import GradientFlowPlot

    document = Document(Project(resnet_small(), dataset="mnist"))
    labels = GradientProbe(compile_network(document.network)).labels
    plot = GradientFlowPlot()
    qtbot.addWidget(plot)
    plot.add(GradientReport(0.5, labels, np.ones(len(labels)), np.ones(len(labels))))
    names = [sample.item.opts["name"] for sample, _ in plot.plot.getPlotItem().legend.items]
    assert "layer 4.1 Conv2d" in names and "layer 6 shortcut" in names
    problems = ProblemsPanel(document)
    qtbot.addWidget(problems)
    dead = Diagnosis("dead_relu", {"layer": "4.3 ReLU", "share": 1.0}, "4.3 ReLU")
    big = Diagnosis("exploding_gradients", {"layer": "6 shortcut", "norm": 1e9}, "6 shortcut")
    problems.set_diagnoses([dead, big])
    uids = [problems.item(row).data(UID_ROLE) for row in range(problems.count())]
    residual = document.network.layers[3]
    assert residual.children[2].uid in uids  # the ReLU inside the first block
    assert document.network.layers[5].uid in uids  # the block whose shortcut it is
