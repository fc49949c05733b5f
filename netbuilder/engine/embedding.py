"""A map of what a network learned: the test set's activations at one layer, in two dimensions.

scikit-learn's t-SNE does the projection (after PCA to 50 dimensions, as its documentation
advises for wide inputs); this module collects the activations with a forward hook on the chosen
module (by its module name, LayerInfo.path) and keeps the labels and predictions beside them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from netbuilder.document.messages import Message, MessageError
from netbuilder.engine.dataset import Split, Stat, prepare

MAX_POINTS = 5000
"""t-SNE grows with the square of the points; a few thousand are drawn in seconds."""
BATCH = 250
"""Samples per forward pass; also the step of the progress reported while collecting."""
Progress = Callable[[str, int, int], None]
"""(stage, done, total): "activations" after each batch, then "projection" once (t-SNE reports
no progress of its own). It may raise to stop the work between batches."""


class EmbeddingError(MessageError):
    """A layer the model does not have, or too few samples to project."""


@dataclass(frozen=True)
class Embedding:
    points: np.ndarray
    """(N, 2) float32."""
    labels: np.ndarray
    predictions: np.ndarray
    indices: np.ndarray
    """Which test samples these are (a seeded subset when the set is larger than MAX_POINTS)."""
    layer: str


def no_such_layer(layer: str, modules) -> Message:
    names = ", ".join(name for name in modules if name)
    return Message("map_no_such_layer", {"layer": repr(layer), "layers": names})


def default_layer(model: nn.Module) -> str:
    """The input of the last Linear (the features the classifier reads); "" when it has none
    (then the network's input itself)."""
    names = [name for name, module in model.named_modules() if isinstance(module, nn.Linear)]
    return names[-1] if names else ""


def activations(
    model: nn.Module,
    split: Split,
    mean: Stat,
    std: Stat,
    layer: str,
    indices: np.ndarray,
    progress: Progress | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(features (N, D) at the INPUT of module `layer`, predictions (N,)) for the chosen samples."""
    modules = dict(model.named_modules())
    if layer and layer not in modules:
        raise EmbeddingError(no_such_layer(layer, modules))
    captured: list[torch.Tensor] = []
    hook = None
    if layer:
        hook = modules[layer].register_forward_pre_hook(
            lambda _module, inputs: captured.append(inputs[0].detach().flatten(1).cpu())
        )
    device = next(model.parameters()).device
    predictions = []
    model.eval()
    try:
        with torch.no_grad():
            for start in range(0, len(indices), BATCH):
                chosen = torch.as_tensor(indices[start : start + BATCH])
                x = prepare(split.features[chosen], mean, std).to(device)
                if not layer:
                    captured.append(x.flatten(1).cpu())
                predictions.append(model(x).argmax(dim=1).cpu())
                if progress is not None:
                    progress("activations", min(start + BATCH, len(indices)), len(indices))
    finally:
        if hook is not None:
            hook.remove()
    return torch.cat(captured).numpy(), torch.cat(predictions).numpy()


def embed(
    model: nn.Module,
    split: Split,
    mean: Stat,
    std: Stat,
    layer: str | None = None,
    limit: int = MAX_POINTS,
    seed: int = 0,
    progress: Progress | None = None,
) -> Embedding:
    """The test split's activations at `layer` (default: default_layer) projected by t-SNE;
    `progress` hears of each batch collected, then of the projection starting."""
    from sklearn.decomposition import PCA
    from sklearn.manifold import TSNE

    count = len(split.labels)
    if count < 5:
        raise EmbeddingError(Message("map_too_few_samples", {"count": count}))
    generator = np.random.default_rng(seed)
    indices = np.sort(generator.choice(count, min(count, limit), replace=False))
    chosen = default_layer(model) if layer is None else layer
    features, predictions = activations(model, split, mean, std, chosen, indices, progress)
    if progress is not None:
        progress("projection", 0, 0)
    if features.shape[1] > 50 and len(features) > 50:
        features = PCA(50, random_state=seed).fit_transform(features)
    perplexity = min(30.0, (len(features) - 1) / 3)
    points = TSNE(2, perplexity=perplexity, init="pca", random_state=seed).fit_transform(features)
    labels = split.labels[torch.as_tensor(indices)].numpy()
    return Embedding(points.astype(np.float32), labels, predictions, indices, chosen)


def separation(points: np.ndarray, labels: np.ndarray, neighbours: int = 5) -> float:
    """How well classes separate in the map: the k-nearest-neighbour accuracy (leave one out)."""
    from sklearn.neighbors import KNeighborsClassifier

    knn = KNeighborsClassifier(neighbours + 1).fit(points, labels)
    _, index = knn.kneighbors(points)
    votes = labels[index[:, 1:]]
    guessed = np.array([np.bincount(row).argmax() for row in votes])
    return float((guessed == labels).mean())
