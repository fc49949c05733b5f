import numpy as np
import pytest

from netbuilder.engine.activation_curves import (
    activation_curve,
    activation_types,
    softmax_view,
)


def test_every_elementwise_catalog_activation_has_a_curve():
    ids = [t.id for t in activation_types()]
    assert {"ReLU", "LeakyReLU", "Sigmoid", "Tanh", "ELU", "SELU", "GELU", "Softplus"} <= set(ids)
    for type_id in ids:
        curve = activation_curve(type_id, start=-3, stop=3, points=61)
        assert curve.values.shape == curve.derivative.shape == (61,)
        assert np.isfinite(curve.derivative).all()


def test_relu_derivative_is_zero_then_one_and_the_left_half_is_saturated():
    curve = activation_curve("ReLU", start=-2, stop=2, points=5)  # -2 -1 0 1 2
    assert list(curve.derivative) == [0, 0, 0, 1, 1]
    assert curve.saturated == [(-2.0, 0.0)]


def test_sigmoid_derivative_peaks_at_a_quarter_at_zero_and_saturates_at_both_ends():
    curve = activation_curve("Sigmoid", start=-10, stop=10, points=201)
    peak = int(np.argmax(curve.derivative))
    assert curve.x[peak] == pytest.approx(0.0)
    assert curve.derivative[peak] == pytest.approx(0.25)
    assert len(curve.saturated) == 2
    assert curve.saturated[0][0] == -10 and curve.saturated[1][1] == 10
    assert -5 < curve.saturated[0][1] < -4  # sigma'(x) = 0.01 near |x| = 4.6


def test_parameters_reach_the_module():
    steep = activation_curve("LeakyReLU", {"negative_slope": 0.3}, start=-1, stop=1, points=3)
    assert steep.derivative[0] == pytest.approx(0.3)
    elu = activation_curve("ELU", {"alpha": 2.0}, start=-30, stop=0, points=3)
    assert elu.values[0] == pytest.approx(-2.0)
    assert activation_curve("Softplus", {"beta": 10.0}, -1, 1, 3).values[0] < 0.01


def test_a_backwards_range_is_refused_with_the_fix():
    with pytest.raises(ValueError, match="larger than the start"):
        activation_curve("ReLU", start=1, stop=-1)


def test_softmax_jacobian_is_diag_p_minus_p_p_transpose():
    view = softmax_view([0.5, -1.0, 2.0, 0.0])
    p = view.probabilities
    assert p.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(view.jacobian, np.diag(p) - np.outer(p, p), atol=1e-12)


def test_temperature_divides_the_logits():
    hot = softmax_view([2.0, 1.0, 0.1], temperature=10.0)
    assert hot.probabilities.max() < 0.4
    p = hot.probabilities
    np.testing.assert_allclose(hot.jacobian, (np.diag(p) - np.outer(p, p)) / 10.0, atol=1e-12)


def test_the_curriculum_example_three_logits_gradient_of_p1():
    view = softmax_view([2.0, 1.0, 0.1])
    np.testing.assert_allclose(view.probabilities, [0.659, 0.242, 0.099], atol=1e-3)
    np.testing.assert_allclose(view.gradient_of(0), [0.2247, -0.1598, -0.0650], atol=1e-4)
    np.testing.assert_allclose(np.exp(view.log_probabilities), view.probabilities)


def test_bad_softmax_input_is_refused():
    with pytest.raises(ValueError, match="temperature"):
        softmax_view([1.0, 2.0], temperature=0)
    with pytest.raises(ValueError, match="non-empty"):
        softmax_view([])
