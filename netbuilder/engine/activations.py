"""What each layer of a network outputs for one input: the "what the network sees" view."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn


@dataclass(frozen=True, eq=False)
class LayerActivation:
    """One layer's output for one input, on the CPU, without the batch dimension."""

    index: int  # position in the network, the same as the layer's block on the canvas
    name: str  # the module's class name, e.g. "Conv2d"
    values: np.ndarray  # (C, H, W) for feature maps, (F,) for dense outputs

    @property
    def is_feature_maps(self) -> bool:
        return self.values.ndim == 3

    def describe(self) -> str:
        shape = " x ".join(str(n) for n in self.values.shape)
        return f"{self.index + 1}. {self.name}  ({shape})"


def layer_activations(model: nn.Module, x: torch.Tensor) -> list[LayerActivation]:
    """Run an nn.Sequential one layer at a time on x (1, ...) and keep every layer's output.

    Any other module counts as a single layer. Runs in eval mode (no dropout) without autograd,
    on the device the model is on; the model's train/eval mode is put back afterwards.
    """
    layers = list(model.children()) if isinstance(model, nn.Sequential) else [model]
    device = next((p.device for p in model.parameters()), torch.device("cpu"))
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            return list(_run(layers, x.to(device)))
    finally:
        model.train(was_training)


def _run(layers: list[nn.Module], x: torch.Tensor):
    for index, layer in enumerate(layers):
        x = layer(x)
        values = x[0].detach().float().cpu().numpy().copy()
        yield LayerActivation(index, type(layer).__name__, values)


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
