"""Activation functions and their derivatives, from the real torch modules and torch.autograd.

Nothing here writes a formula by hand: every curve is the catalog's `nn` module applied to a range
of inputs, every derivative is what autograd says, and the softmax Jacobian is
`torch.autograd.functional.jacobian` of `nn.Softmax`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

from netbuilder.document.catalog import CATALOG, LayerType

SATURATED_BELOW = 0.01  # |f'(x)| under this counts as "saturated": almost no gradient flows
NOT_ELEMENTWISE = ("Softmax", "LogSoftmax")  # these mix a vector; shown on the Softmax tab


def activation_types() -> list[LayerType]:
    """Every catalog activation that acts on each number alone (and so has a curve)."""
    return [
        t for t in CATALOG.values() if t.category == "Activation" and t.id not in NOT_ELEMENTWISE
    ]


def activation_module(type_id: str, params: dict[str, Any] | None = None) -> nn.Module:
    """The torch module the trainer would build for this catalog activation and these parameters."""
    layer_type = CATALOG[type_id]
    values = {**layer_type.defaults(), **(params or {})}
    args, kwargs = layer_type.arguments(values, (1,))
    return getattr(nn, type_id)(*args, **kwargs)


@dataclass(frozen=True, eq=False)
class Curve:
    """An activation sampled over a range: f(x), f'(x) and where f' is nearly zero."""

    type_id: str
    x: np.ndarray
    values: np.ndarray
    derivative: np.ndarray
    saturated: list[tuple[float, float]]  # [start, end] intervals where |f'(x)| < SATURATED_BELOW


def activation_curve(
    type_id: str,
    params: dict[str, Any] | None = None,
    start: float = -5.0,
    stop: float = 5.0,
    points: int = 401,
) -> Curve:
    """Sample the activation and its autograd derivative at `points` inputs in [start, stop]."""
    if not stop > start:
        raise ValueError(
            f"the range must grow: {start} to {stop}; make the end larger than the start"
        )
    module = activation_module(type_id, params)
    x = torch.linspace(start, stop, points, dtype=torch.float64, requires_grad=True)
    y = module(x)
    (grad,) = torch.autograd.grad(y.sum(), x)
    xs = x.detach().numpy()
    derivative = grad.numpy()
    return Curve(type_id, xs, y.detach().numpy(), derivative, saturated_regions(xs, derivative))


def saturated_regions(x: np.ndarray, derivative: np.ndarray) -> list[tuple[float, float]]:
    """The runs of x where |derivative| < SATURATED_BELOW, as (first x, last x) pairs."""
    flat = np.abs(derivative) < SATURATED_BELOW
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flat.astype(np.int8), [0]))))
    return [(float(x[a]), float(x[b - 1])) for a, b in zip(edges[::2], edges[1::2], strict=True)]


@dataclass(frozen=True, eq=False)
class SoftmaxView:
    logits: np.ndarray
    temperature: float
    probabilities: np.ndarray  # softmax(logits / temperature)
    jacobian: np.ndarray  # jacobian[i, j] = d p_i / d a_j
    log_probabilities: np.ndarray  # nn.LogSoftmax of logits / temperature

    def gradient_of(self, i: int) -> np.ndarray:
        """The gradient of p_i with respect to every logit: row i of the Jacobian."""
        return self.jacobian[i]


def softmax_view(logits, temperature: float = 1.0) -> SoftmaxView:
    """Softmax (and LogSoftmax) of `logits` at `temperature` and its Jacobian, all from torch."""
    if not temperature > 0:
        raise ValueError(f"temperature must be above 0, not {temperature}; try 1.0")
    a = torch.as_tensor(np.asarray(logits, dtype=np.float64))
    if a.ndim != 1 or len(a) == 0:
        raise ValueError("logits must be a non-empty list of numbers, e.g. [2.0, 1.0, 0.1]")
    softmax = nn.Softmax(dim=0)

    def probabilities(z: torch.Tensor) -> torch.Tensor:
        return softmax(z / temperature)

    jacobian = torch.autograd.functional.jacobian(probabilities, a)
    logs = nn.LogSoftmax(dim=0)(a / temperature)
    return SoftmaxView(
        a.numpy(), float(temperature), probabilities(a).numpy(), jacobian.numpy(), logs.numpy()
    )
