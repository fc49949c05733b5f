"""How the hidden layers bend the plane: a grid over a 2-D set's input, seen at one layer.

For a network that reads 2-D points (the spiral, the moons), a regular grid of lines covering the
data and the data points themselves go through the network up to the chosen layer, and what that
layer gives out is drawn in two dimensions. A wider layer is projected with PCA: a linear
projection keeps straight lines straight, so a Linear layer only shears, rotates and stretches the
grid, while a ReLU folds it (t-SNE would keep neighbours, not lines, and hide exactly that).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from netbuilder.document.messages import Message
from netbuilder.engine.dataset import Split, Stat, prepare
from netbuilder.engine.embedding import MAX_POINTS, EmbeddingError, Progress, no_such_layer

LINES = 13
"""Grid lines each way: a wide mesh, still readable when folded."""
STEPS = 80
"""Points along each line: enough for a ReLU's kinks to show as corners, not chords."""
MARGIN = 0.05


@dataclass(frozen=True)
class BentPlane:
    points: np.ndarray
    """(N, 2) float32: the data points at the layer, projected."""
    labels: np.ndarray
    predictions: np.ndarray
    indices: np.ndarray
    """Which test samples these are."""
    inputs: np.ndarray
    """(N, 2) the points' own coordinates (x, y), as in the dataset."""
    lines: tuple[np.ndarray, ...]
    """The grid's lines at the layer, each (STEPS, 2): first those of constant y, then of x."""
    layer: str
    """The module whose OUTPUT this is ("" = the input plane itself)."""
    width: int
    """How many numbers the layer gives for each point."""
    kept: float
    """The share of the spread (variance) the 2-D projection keeps; 1.0 when width <= 2."""


def is_plane(split: Split | None) -> bool:
    """Whether samples are points of the plane (two numbers each), not images or wider rows."""
    return split is not None and not split.is_images and tuple(split.features.shape[1:]) == (2,)


def grid_lines(
    low: np.ndarray, high: np.ndarray, count: int = LINES, steps: int = STEPS
) -> list[np.ndarray]:
    """`count` lines of constant y, then `count` of constant x, over the box low..high (2,)."""
    xs, ys = (np.linspace(low[i], high[i], steps, dtype=np.float32) for i in (0, 1))
    lines = []
    for y in np.linspace(low[1], high[1], count, dtype=np.float32):
        lines.append(np.stack([xs, np.full_like(xs, y)], axis=1))
    for x in np.linspace(low[0], high[0], count, dtype=np.float32):
        lines.append(np.stack([np.full_like(ys, x), ys], axis=1))
    return lines


def layer_output(
    model: nn.Module, x: torch.Tensor, layer: str
) -> tuple[torch.Tensor, torch.Tensor]:
    """(what module `layer` gives out, flattened (N, D); the model's output) for the batch x."""
    modules = dict(model.named_modules())
    if layer and layer not in modules:
        raise EmbeddingError(no_such_layer(layer, modules))
    captured: list[torch.Tensor] = []

    def keep(_module: nn.Module, _inputs: object, output: object) -> None:
        first = output[0] if isinstance(output, (tuple, list)) else output
        captured.append(first.detach().flatten(1).cpu())  # type: ignore[union-attr]

    hook = modules[layer].register_forward_hook(keep) if layer else None
    model.eval()
    try:
        with torch.no_grad():
            device = next(model.parameters()).device
            output = model(x.to(device)).cpu()
    finally:
        if hook is not None:
            hook.remove()
    if layer and not captured:
        raise EmbeddingError(Message("map_layer_unused", {"layer": repr(layer)}))
    return (captured[-1] if layer else x.flatten(1)), output


def to_plane(features: np.ndarray, seed: int = 0) -> tuple[np.ndarray, float]:
    """(N, D) -> ((N, 2), share of variance kept): PCA when D > 2, a zero column when D == 1."""
    width = features.shape[1]
    if width == 2:
        return features.astype(np.float32), 1.0
    if width < 2:
        return np.pad(features, ((0, 0), (0, 2 - width))).astype(np.float32), 1.0
    from sklearn.decomposition import PCA

    pca = PCA(2, random_state=seed).fit(features)
    kept = float(pca.explained_variance_ratio_.sum()) if features.var() > 0 else 1.0
    return pca.transform(features).astype(np.float32), kept


def bend_plane(
    model: nn.Module,
    split: Split,
    mean: Stat,
    std: Stat,
    layer: str = "",
    limit: int = MAX_POINTS,
    seed: int = 0,
    progress: Progress | None = None,
) -> BentPlane:
    """The test points and a grid covering them, at the output of module `layer`, in 2-D."""
    if not is_plane(split) or len(split) == 0:
        raise EmbeddingError(Message("map_needs_two_numbers"))
    count = len(split)
    generator = np.random.default_rng(seed)
    indices = np.sort(generator.choice(count, min(count, limit), replace=False))
    inputs = split.features[torch.as_tensor(indices)].numpy()
    low, high = split.features.min(0).values.numpy(), split.features.max(0).values.numpy()
    margin = (high - low).clip(min=1e-3) * MARGIN
    lines = grid_lines(low - margin, high + margin)
    everything = np.concatenate([inputs, *lines])
    if progress is not None:
        progress("bending", 0, 1)
    x = prepare(torch.from_numpy(everything), mean, std)
    features, output = layer_output(model, x, layer)
    flat, kept = to_plane(features.numpy(), seed)
    pieces = np.split(flat[len(inputs) :], len(lines))
    return BentPlane(
        points=flat[: len(inputs)],
        labels=split.labels[torch.as_tensor(indices)].numpy(),
        predictions=output[: len(inputs)].argmax(dim=1).numpy(),
        indices=indices,
        inputs=inputs,
        lines=tuple(pieces),
        layer=layer,
        width=int(features.shape[1]),
        kept=kept,
    )
