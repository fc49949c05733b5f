"""The activation explorer draws what the engine's autograd says, and follows every edit live."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox

from netbuilder.engine.activation_curves import softmax_view
from netbuilder.gui.explore.activation_explorer import ActivationExplorer

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def explorer(qtbot):
    widget = ActivationExplorer()
    qtbot.addWidget(widget)
    return widget


def test_sigmoid_and_relu_are_overlaid_with_their_saturated_regions_shaded(explorer):
    sigmoid, relu, empty = explorer.slots
    x, dy = sigmoid.derivative_curve.getData()
    assert x[0] == -5 and x[-1] == 5 and dy.max() == pytest.approx(0.25)
    shaded = [r.getRegion() for r in sigmoid.regions if r.isVisible()]
    assert len(shaded) == 2 and shaded[0][0] == -5 and shaded[1][1] == 5
    (region,) = [r.getRegion() for r in relu.regions if r.isVisible()]
    assert region == pytest.approx((-5.0, 0.0))
    assert empty.type_id is None and not any(r.isVisible() for r in empty.regions)


def test_editing_the_leaky_relu_slope_changes_the_derivative_live(explorer):
    slot = explorer.slots[2]
    slot.choose("LeakyReLU")
    (slope,) = [e for e in slot.editors if isinstance(e, QDoubleSpinBox)]
    assert slot.derivative_curve.getData()[1][0] == pytest.approx(0.01)
    assert not any(r.isVisible() for r in slot.regions), "a slope of 0.01 is not under 0.01"
    slope.setValue(0.005)
    assert [r.isVisible() for r in slot.regions] == [True, False, False]
    slope.setValue(0.2)
    assert slot.derivative_curve.getData()[1][0] == pytest.approx(0.2)
    assert not any(r.isVisible() for r in slot.regions)


def test_choosing_another_activation_rebuilds_its_editors(explorer):
    slot = explorer.slots[0]
    slot.choose("GELU")
    assert [type(e) for e in slot.editors] == [QComboBox]
    slot.choose("Softplus")
    assert len(slot.editors) == 2
    slot.editors[0].setValue(10.0)  # beta: sharper, so f(-5) is nearly 0
    assert slot.function_curve.getData()[1][0] < 1e-6
    slot.choose(None)
    assert (
        slot.editors == []
        and slot.function_curve.getData()[0] is None
        or not len(slot.function_curve.getData()[0])
    )


def test_the_range_is_adjustable_and_a_backwards_one_is_explained(explorer):
    explorer.stop.setValue(20.0)
    assert explorer.slots[0].function_curve.getData()[0][-1] == 20
    explorer.start.setValue(30.0)
    assert "larger than the start" in explorer.range_message.text()
    assert np.isfinite(explorer.slots[0].function_curve.getData()[1]).all()


def test_softmax_tab_shows_the_engines_probabilities_and_jacobian(explorer):
    tab = explorer.softmax
    assert tab.logits() == [2.0, 1.0, 0.1]
    assert "grad of p1 = dp1/da = [+0.2247, -0.1598, -0.0650]" in tab.readout.text()
    tab.set_logits([0.0, 3.0, -1.0])
    tab.temperature_slider.setValue(250)
    expected = softmax_view([0.0, 3.0, -1.0], 2.5)
    np.testing.assert_allclose(tab.jacobian_image.image, expected.jacobian)
    np.testing.assert_allclose(tab.bars.opts["height"], expected.probabilities)
    assert tab.temperature() == 2.5


def test_the_explore_menu_builds_the_activation_explorer_on_first_use(window):
    assert window.feature("explore").activations is None
    window.feature("explore").activations_action.trigger()
    explorer = window.feature("explore").activations
    assert explorer.isVisible()
    assert not explorer.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose), "closing the app quits"
    explorer.close()
