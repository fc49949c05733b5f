"""The explorers' curves have legends: each names its curve, in its colour, and follows the
choices (which activations, which parameters, which optimizers race)."""

from __future__ import annotations

from netbuilder.gui.explore.activation_explorer import ActivationExplorer
from netbuilder.gui.explore.playground import OptimizerPlayground


def names(plot_widget) -> list[str]:
    legend = plot_widget.getPlotItem().legend
    return [label.text for _sample, label in legend.items]


def test_the_activation_curves_are_named_in_both_plots(qtbot):
    explorer = ActivationExplorer()
    qtbot.addWidget(explorer)
    plots = (explorer.function_plot, explorer.derivative_plot)
    assert [names(plot) for plot in plots] == [["Sigmoid", "ReLU"]] * 2
    third = explorer.slots[2]
    third.choose("LeakyReLU")
    assert names(explorer.function_plot)[-1] == "LeakyReLU(negative_slope=0.01)"
    third.set_param("negative_slope", 0.2)
    assert names(explorer.derivative_plot) == ["Sigmoid", "ReLU", "LeakyReLU(negative_slope=0.2)"]
    explorer.slots[0].choose(None)
    assert names(explorer.function_plot) == ["ReLU", "LeakyReLU(negative_slope=0.2)"]


def test_the_racing_optimizers_are_named(qtbot):
    playground = OptimizerPlayground()
    qtbot.addWidget(playground)
    assert names(playground.plot) == ["sgd", "momentum", "adam"]
    playground.racers["rmsprop"][0].setChecked(True)
    playground.racers["sgd"][0].setChecked(False)
    assert names(playground.plot) == ["momentum", "rmsprop", "adam"]
