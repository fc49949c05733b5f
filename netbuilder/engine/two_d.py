"""Generated 2-D datasets for the playground: spiral, two moons, circles, XOR and Gaussian blobs.

Seeded and deterministic; every class gets `points` samples and the same share of each class goes
to the test split. Points are float32 (N, 2), roughly within [-1.5, 1.5], used as they are.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch

from netbuilder.document.two_d import TWO_D_DATASETS, check_data_params
from netbuilder.engine.dataset import Dataset, Split

Points = tuple[torch.Tensor, torch.Tensor]  # float32 (N, 2), int64 (N,)


def spiral(classes: int, points: int, noise: float, g: torch.Generator) -> Points:
    """The classic CS231n spiral: `classes` arms winding out from the centre."""
    r = torch.linspace(0.0, 1.0, points).repeat(classes)
    labels = torch.arange(classes).repeat_interleave(points)
    start = torch.linspace(0.0, 4.0, points).repeat(classes) + labels * 4.0
    t = start * (3.0 / classes) + torch.randn(classes * points, generator=g) * noise
    return torch.stack([r * torch.sin(t), r * torch.cos(t)], 1), labels


def moons(points: int, noise: float, g: torch.Generator) -> Points:
    """Two interleaved half circles (as scikit-learn's make_moons), centred on the origin."""
    t = torch.linspace(0.0, math.pi, points)
    upper = torch.stack([torch.cos(t), torch.sin(t)], 1)
    lower = torch.stack([1 - torch.cos(t), 0.5 - torch.sin(t)], 1)
    xy = torch.cat([upper, lower]) - torch.tensor([0.5, 0.25])
    return _jitter(xy, noise, g), torch.arange(2).repeat_interleave(points)


def circles(points: int, noise: float, g: torch.Generator) -> Points:
    """A ring (class 0) around a smaller ring (class 1), radii 1 and 0.5."""
    t = torch.rand(2 * points, generator=g) * 2 * math.pi
    radius = torch.tensor([1.0, 0.5]).repeat_interleave(points)
    xy = torch.stack([torch.cos(t), torch.sin(t)], 1) * radius[:, None]
    return _jitter(xy, noise, g), torch.arange(2).repeat_interleave(points)


def xor(points: int, noise: float, g: torch.Generator) -> Points:
    """Uniform points in four quadrants; class 1 where exactly one coordinate is negative."""
    labels = torch.arange(2).repeat_interleave(points)
    xy = torch.rand(2 * points, 2, generator=g) * 0.9 + 0.1  # off the axes, like Playground
    flip = torch.randint(0, 2, (2 * points,), generator=g)
    sx = torch.where(flip == 1, -1.0, 1.0)
    sy = torch.where(labels == 1, -sx, sx)
    return _jitter(xy * torch.stack([sx, sy], 1), noise, g), labels


def blobs(classes: int, points: int, noise: float, g: torch.Generator) -> Points:
    """Round Gaussian clusters with standard deviation `noise`, centred on a circle of radius 1."""
    angle = torch.arange(classes) * (2 * math.pi / classes)
    centres = torch.stack([torch.cos(angle), torch.sin(angle)], 1)
    labels = torch.arange(classes).repeat_interleave(points)
    return _jitter(centres[labels], noise, g), labels


_GENERATORS: dict[str, Callable[..., Points]] = {
    "spiral": spiral, "moons": moons, "circles": circles, "xor": xor, "blobs": blobs,
}  # fmt: skip


def _jitter(xy: torch.Tensor, noise: float, g: torch.Generator) -> torch.Tensor:
    return xy + torch.randn(xy.shape, generator=g) * noise


def generate(name: str, params: dict[str, Any] | None = None) -> Dataset:
    """The dataset `name` with these parameters (defaults for the rest); raises DataParamError."""
    p = check_data_params(name, params)
    g = torch.Generator().manual_seed(p["seed"])
    args = {k: v for k, v in p.items() if k not in ("seed", "test_fraction")}
    xy, labels = _GENERATORS[name](**args, g=g)
    train, test = _stratified_split(xy.float(), labels, p["test_fraction"], g)
    classes = int(labels.max()) + 1
    described = ", ".join(f"{k} {v:g}" for k, v in p.items())
    return Dataset.from_splits(
        name=name,
        title=f"{TWO_D_DATASETS[name][0]} ({described})",
        train=train,
        test=test,
        classes=tuple(str(c) for c in range(classes)),
        synthetic=True,
        source=f"generated {name}",
    )


def _stratified_split(
    xy: torch.Tensor, labels: torch.Tensor, fraction: float, g: torch.Generator
) -> tuple[Split, Split]:
    """(train, test): round(fraction * class size) random samples of each class held out."""
    held = torch.zeros(len(labels), dtype=torch.bool)
    for c in labels.unique():
        (rows,) = torch.nonzero(labels == c, as_tuple=True)
        chosen = rows[torch.randperm(len(rows), generator=g)[: round(len(rows) * fraction)]]
        held[chosen] = True
    return Split(xy[~held], labels[~held]), Split(xy[held], labels[held])
