"""Gradient flow: each learnable layer's gradient norm and update-to-weight ratio while training.

Measured on the first batch of each epoch and then only as often as keeps the probe's own time
under `BUDGET` of the training time, with device-side sums, so watching costs training a few
percent at most whatever the model (benchmarks/gradient_flow.py measures it).
The update is the optimizer's real one, weights after the step minus weights before it.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from netbuilder.engine import model_layers

BUDGET = 0.01  # the share of training time the probe may take


@dataclass(frozen=True, eq=False)
class GradientReport:
    """Means since the previous report, one entry per learnable layer in `labels`.

    `position` is in epochs: 1.5 is half-way through the second epoch.
    """

    position: float
    labels: tuple[str, ...]
    gradient_norms: np.ndarray
    update_ratios: np.ndarray


def learnable_layers(model: nn.Module) -> list[tuple[str, list[nn.Parameter]]]:
    """(label, trainable parameters) for each layer that has any, inner layers of Residual and
    Branches blocks included: "4.1 Conv2d", numbered as `netbuilder summary` numbers them."""
    return [
        (layer.label, [p for p in layer.module.parameters() if p.requires_grad])
        for layer in model_layers.learnable_layers(model)
    ]


class GradientProbe:
    """Samples batches: call `before_step` after backward, `after_step` after the optimizer."""

    def __init__(self, model: nn.Module) -> None:
        layers = learnable_layers(model)
        self.labels = tuple(label for label, _ in layers)
        self.parameters = [parameters for _, parameters in layers]
        self._started = 0.0
        self._finished = -math.inf
        self._cost = 0.0
        device = layers[0][1][0].device if layers else torch.device("cpu")
        self._window = torch.zeros(2, len(layers), device=device)  # grad norms, update ratios
        self._window_count = 0
        self._epoch = torch.zeros(len(layers), device=device)
        self._epoch_count = 0
        self._before: list[torch.Tensor] = []
        self._gradients: torch.Tensor | None = None

    def due(self, batch: int) -> bool:
        """Probe this batch? Always the first of an epoch, then when the budget allows."""
        if not self.labels:
            return False
        return batch == 0 or time.perf_counter() - self._finished >= self._cost / BUDGET

    def before_step(self) -> None:
        self._started = time.perf_counter()
        self._gradients = torch.stack([_norm(ps) for ps in self.parameters])
        self._before = [torch.cat([p.detach().flatten() for p in ps]) for ps in self.parameters]

    def after_step(self) -> None:
        ratios = []
        for before, parameters in zip(self._before, self.parameters, strict=True):
            after = torch.cat([p.detach().flatten() for p in parameters])
            ratios.append(torch.linalg.vector_norm(after - before) / _safe(before))
        self._window[0] += self._gradients
        self._window[1] += torch.stack(ratios)
        self._epoch += self._gradients
        self._window_count += 1
        self._epoch_count += 1
        self._before, self._gradients = [], None
        self._finished = time.perf_counter()
        self._cost = self._finished - self._started

    def take(self, position: float) -> GradientReport | None:
        """Means over the batches probed since the last take, as CPU numbers; None if none."""
        if not self._window_count:
            return None
        means = (self._window / self._window_count).cpu().numpy()
        self._window.zero_()
        self._window_count = 0
        return GradientReport(position, self.labels, means[0].copy(), means[1].copy())

    def take_epoch(self) -> dict[str, float]:
        """Each layer's mean gradient norm over the epoch's probed batches; starts a new epoch."""
        if not self._epoch_count:
            return {}
        means = (self._epoch / self._epoch_count).tolist()
        self._epoch.zero_()
        self._epoch_count = 0
        return dict(zip(self.labels, means, strict=True))


def _norm(parameters: list[nn.Parameter]) -> torch.Tensor:
    """The norm of all the layer's gradients together (a parameter without one counts as 0)."""
    norms = [torch.linalg.vector_norm(p.grad) for p in parameters if p.grad is not None]
    if not norms:
        return torch.zeros((), device=parameters[0].device)
    return torch.linalg.vector_norm(torch.stack(norms))


def _safe(weights: torch.Tensor) -> torch.Tensor:
    return torch.linalg.vector_norm(weights).clamp_min(1e-12)
