"""The optimizer playground: torch.optim optimizers walking on classic 2-D test functions.

The point is a 2-vector parameter; each step is the real `loss.backward()` + `optimizer.step()`
with the same optimizers the trainer builds, so what a learner sees here is what training does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import torch

from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.recipe import make_optimizer

DIVERGED = 1e12  # a coordinate or value beyond this has left the picture for good
CHUNK = 1000  # steps between checks for divergence in `descend`

Function2D = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


def _himmelblau(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


def _rosenbrock(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


def _saddle(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return x**2 - y**2


def _bowl(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return 0.5 * (x**2 + 50 * y**2)


def _beale(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y**2) ** 2 + (2.625 - x + x * y**3) ** 2


@dataclass(frozen=True)
class Surface:
    """A 2-D function with the window it is usually drawn in and its known minima."""

    key: str
    title: str
    function: Function2D
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    minima: tuple[tuple[float, float], ...]
    start: tuple[float, float]
    note: str

    def __call__(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return self.function(x, y)


SURFACES: dict[str, Surface] = {
    s.key: s
    for s in (
        Surface(
            "himmelblau",
            "Himmelblau",
            _himmelblau,
            (-5, 5),
            (-5, 5),
            ((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)),
            (0.0, 0.0),
            "four equal minima; where you start decides which one you reach",
        ),
        Surface(
            "rosenbrock",
            "Rosenbrock",
            _rosenbrock,
            (-2, 2),
            (-1, 3),
            ((1.0, 1.0),),
            (-1.5, 2.0),
            "a long curved valley: easy to find, slow to follow",
        ),
        Surface(
            "saddle",
            "Saddle",
            _saddle,
            (-2, 2),
            (-2, 2),
            (),
            (1.5, 0.001),
            "x^2 - y^2: flat at the centre, unbounded below along y",
        ),
        Surface(
            "bowl",
            "Ill-conditioned bowl",
            _bowl,
            (-5, 5),
            (-5, 5),
            ((0.0, 0.0),),
            (-4.5, 1.0),
            "50 times steeper in y than in x: plain SGD zig-zags",
        ),
        Surface(
            "beale",
            "Beale",
            _beale,
            (-4.5, 4.5),
            (-4.5, 4.5),
            ((3.0, 0.5),),
            (1.0, 1.5),
            "sharp ridges and flat plateaus around one minimum at (3, 0.5)",
        ),
    )
}

OPTIMIZER_CHOICES = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw")
"""What the playground races; "momentum" and "nesterov" are SGD with momentum 0.9."""


def surface(name: str) -> Surface:
    try:
        return SURFACES[name]
    except KeyError:
        known = ", ".join(SURFACES)
        raise ValueError(f"unknown function {name!r}: choose one of {known}") from None


def optimizer_settings(name: str, learning_rate: float, momentum: float = 0.9) -> TrainingSettings:
    """Trainer settings for a playground optimizer name (sgd, momentum, nesterov, adam, ...)."""
    if name in ("momentum", "nesterov"):
        return TrainingSettings(
            optimizer="sgd",
            learning_rate=learning_rate,
            momentum=momentum,
            nesterov=name == "nesterov",
        )
    settings = TrainingSettings(optimizer=name, learning_rate=learning_rate)
    if name == "rmsprop":
        settings = replace(settings, momentum=0.0)
    settings.check()
    return settings


class Descent:
    """One optimizer walking on one surface; `step` moves it and returns the points it visited."""

    def __init__(
        self, surface: Surface, settings: TrainingSettings, start: tuple[float, float]
    ) -> None:
        settings.check()
        self.surface = surface
        self.point = torch.tensor(start, dtype=torch.float64, requires_grad=True)
        self.optimizer = make_optimizer([self.point], settings)
        self.steps = 0
        self.diverged = False

    def value(self) -> float:
        with torch.no_grad():
            return float(self.surface(self.point[0], self.point[1]))

    def position(self) -> tuple[float, float]:
        x, y = self.point.detach().tolist()
        return x, y

    def step(self, count: int = 1) -> np.ndarray:
        """Take up to `count` steps; rows of (x, y, f) after each. Stops once it diverges."""
        if self.diverged:
            return np.empty((0, 3))
        points = []
        for _ in range(count):
            self.optimizer.zero_grad()
            self.surface(self.point[0], self.point[1]).backward()
            self.optimizer.step()
            points.append(self.point.detach().clone())
        return self._rows(torch.stack(points))

    def _rows(self, points: torch.Tensor) -> np.ndarray:
        with torch.no_grad():
            values = self.surface(points[:, 0], points[:, 1])
        rows = torch.column_stack([points, values]).numpy()
        bad = ~(np.isfinite(rows) & (np.abs(rows) < DIVERGED)).all(axis=1)
        if bad.any():
            self.diverged = True
            rows = rows[: int(np.argmax(bad)) + 1]
        self.steps += len(rows)
        return rows


def descend(
    surface: Surface, settings: TrainingSettings, start: tuple[float, float], steps: int
) -> np.ndarray:
    """The whole path: rows of (x, y, f), the start first, then the point after each step."""
    descent = Descent(surface, settings, start)
    rows = [np.array([[*descent.position(), descent.value()]])]
    while descent.steps < steps and not descent.diverged:
        rows.append(descent.step(min(CHUNK, steps - descent.steps)))
    return np.concatenate(rows)


def grid_values(surface: Surface, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """f on the grid xs x ys; result[i, j] = f(xs[i], ys[j])."""
    gx, gy = torch.meshgrid(torch.as_tensor(xs), torch.as_tensor(ys), indexing="ij")
    with torch.no_grad():
        return surface(gx.double(), gy.double()).numpy()
