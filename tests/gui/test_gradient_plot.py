"""The gradient-flow plot: one log-scale curve per layer, switchable to update / weight."""

import numpy as np

from netbuilder.engine.gradient_flow import GradientReport
from netbuilder.gui.training.gradient_plot import GradientFlowPlot

LABELS = ("2 Linear", "4 Linear", "6 Linear")


def report(position: float, scale: float) -> GradientReport:
    norms = np.array([1e-5, 1e-2, 1.0]) * scale
    return GradientReport(position, LABELS, norms, norms / 1000)


def test_each_layer_gets_a_log_scale_curve(qtbot):
    plot = GradientFlowPlot()
    qtbot.addWidget(plot)
    for step in range(5):
        plot.add(report(step / 5, 1 + step))
    plot.refresh()
    assert [c.name() for c in plot.curves] == [f"layer {label}" for label in LABELS]
    assert plot.plot.getPlotItem().ctrl.logYCheck.isChecked()
    x, y = plot.curves[0].getData()
    assert np.allclose(x, [0, 0.2, 0.4, 0.6, 0.8])
    assert np.allclose(y, np.log10(1e-5 * np.arange(1, 6)))  # log mode: data in decades


def test_switching_to_update_ratio_redraws_and_relabels(qtbot):
    plot = GradientFlowPlot()
    qtbot.addWidget(plot)
    plot.add(report(0.1, 1))
    plot.add(report(0.2, 1))
    plot.measure.setCurrentIndex(1)
    _, y = plot.curves[2].getData()
    assert np.allclose(y, np.log10([1e-3, 1e-3]))
    assert "weight" in plot.plot.getPlotItem().getAxis("left").labelText


def test_a_new_network_replaces_the_curves_and_zero_gradients_leave_gaps(qtbot):
    plot = GradientFlowPlot()
    qtbot.addWidget(plot)
    plot.add(report(0.1, 1))
    plot.add(GradientReport(0.1, ("2 Conv2d",), np.array([0.0]), np.array([0.0])))
    plot.add(GradientReport(0.2, ("2 Conv2d",), np.array([0.5]), np.array([0.1])))
    plot.refresh()
    assert [c.name() for c in plot.curves] == ["layer 2 Conv2d"]
    _, y = plot.curves[0].getData()
    assert np.isnan(y[0]) and np.isclose(y[1], np.log10(0.5))
    plot.clear()
    assert plot.curves == [] and not plot.plot.getPlotItem().listDataItems()
