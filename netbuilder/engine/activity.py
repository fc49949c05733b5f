"""What the units do, measured once per epoch on a fixed batch of training images.

Dead ReLUs (units that are never positive on any image of the batch), saturated Sigmoid / Tanh
outputs (where the activation's slope is under 0.01) and the share of images predicted as each
class. Forward hooks on a no-grad pass; the training itself is untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
from torch import nn

from netbuilder.engine.model_layers import model_layers

SAMPLES = 512  # images in the measuring batch
FLAT_SLOPE = 0.01  # a slope under this is "saturated"


@dataclass
class Activity:
    dead_units: dict[str, float] = field(default_factory=dict)
    """ReLU layer label -> share of its units that are 0 for every image."""
    saturated_units: dict[str, float] = field(default_factory=dict)
    """Sigmoid / Tanh layer label -> share of its outputs where the slope is under 0.01."""
    prediction_shares: tuple[float, ...] = ()
    """For each class, the share of images the network puts in it."""


def measure_activity(model: nn.Module, x: torch.Tensor, num_classes: int) -> Activity:
    activity = Activity()
    hooks = [
        layer.module.register_forward_hook(_recorder(activity, layer.label))
        for layer in model_layers(model)
        if isinstance(layer.module, (nn.ReLU, nn.Sigmoid, nn.Tanh))
    ]
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            outputs = model(x)
    finally:
        for hook in hooks:
            hook.remove()
        model.train(was_training)
    if num_classes:  # 0: no classes to predict (a reconstruction)
        counts = torch.bincount(outputs.argmax(1), minlength=num_classes).double()
        activity.prediction_shares = tuple((counts / counts.sum()).tolist())
    return activity


def _recorder(activity: Activity, label: str):
    def record(module: nn.Module, _inputs, output: torch.Tensor) -> None:
        if isinstance(module, nn.ReLU):
            activity.dead_units[label] = _dead_share(output)
        else:
            slope = output * (1 - output) if isinstance(module, nn.Sigmoid) else 1 - output**2
            activity.saturated_units[label] = float((slope < FLAT_SLOPE).float().mean())

    return record


def _dead_share(output: torch.Tensor) -> float:
    """Units (features, or channels of a feature map) that are never positive in the batch."""
    alive = output > 0
    if alive.dim() > 2:  # (N, C, H, W): a channel is a unit
        alive = alive.transpose(0, 1).flatten(1)
        return float((~alive.any(1)).float().mean())
    return float((~alive.any(0)).float().mean())
