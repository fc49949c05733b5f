"""What each layer of a network outputs for one input: the "what the network sees" view."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from netbuilder.engine.model_layers import ModelLayer, model_layers


@dataclass(frozen=True, eq=False)
class LayerActivation:
    """One layer's output for one input, on the CPU, without the batch dimension."""

    index: int  # position in the list: every layer, depth first, containers before their layers
    name: str  # the module's type, e.g. "Conv2d" ("Residual", "Branches", "Branch" for blocks)
    values: np.ndarray  # (C, H, W) for feature maps, (F,) for dense outputs
    number: str = ""  # as the canvas numbers it: "4", "4.2" for the second layer inside 4
    path: str = ""  # the module's name in the model (LayerInfo.path): "3.body.1"
    depth: int = 0  # how many blocks hold it

    @property
    def is_feature_maps(self) -> bool:
        return self.values.ndim == 3

    def describe(self) -> str:
        """ "4.1 Conv2d  (16 x 28 x 28)", indented by its depth."""
        shape = " x ".join(str(n) for n in self.values.shape)
        number = self.number or str(self.index + 1)
        return f"{'    ' * self.depth}{number} {self.name}  ({shape})"


def activation_layers(model: nn.Module) -> list[ModelLayer]:
    """The layers `layer_activations` reports, in its order: every layer of an nn.Sequential,
    those inside Residual and Branches blocks too (a projection is not a layer of its own);
    any other module is one layer."""
    if not isinstance(model, nn.Sequential):
        return [ModelLayer("1", "", model, 0, type(model).__name__)]
    return [layer for layer in model_layers(model) if not layer.is_shortcut]


def layer_activations(model: nn.Module, x: torch.Tensor) -> list[LayerActivation]:
    """Run the model once on x (1, ...) and keep every layer's output, inner layers too (forward
    hooks on the modules `activation_layers` names).

    Runs in eval mode (no dropout) without autograd, on the device the model is on; the model's
    train/eval mode is put back afterwards.
    """
    layers = activation_layers(model)
    outputs: dict[int, np.ndarray] = {}
    hooks = [
        layer.module.register_forward_hook(_keeper(outputs, index))
        for index, layer in enumerate(layers)
    ]
    device = next((p.device for p in model.parameters()), torch.device("cpu"))
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            model(x.to(device))
    finally:
        for hook in hooks:
            hook.remove()
        model.train(was_training)
    return [
        LayerActivation(
            index, layer.type_name, outputs[index], layer.number, layer.path, layer.depth
        )
        for index, layer in enumerate(layers)
    ]


def _keeper(outputs: dict[int, np.ndarray], index: int):
    def keep(_module: nn.Module, _inputs, output: torch.Tensor) -> None:
        outputs[index] = output[0].detach().float().cpu().numpy().copy()

    return keep


def feature_grid(maps: np.ndarray, gap: int = 1) -> np.ndarray:
    """Tile (C, H, W) maps into one near-square 2-D image, NaN between tiles; values kept as they are."""
    channels, height, width = maps.shape
    columns = max(1, math.ceil(math.sqrt(channels)))
    rows = max(1, math.ceil(channels / columns))
    grid = np.full(
        (rows * height + (rows - 1) * gap, columns * width + (columns - 1) * gap),
        np.nan,
        dtype=np.float32,
    )
    for c in range(channels):
        r, k = divmod(c, columns)
        top, left = r * (height + gap), k * (width + gap)
        grid[top : top + height, left : left + width] = maps[c]
    return grid
