"""A regression network's fit drawn over its data, computed during training for a live plot.

One input feature: the data as points and the network's prediction as a curve over the input range
("curve"). Two: the prediction as a heat map over the plane with the points on top ("map"). More:
predicted against true target for the test points ("scatter"). `FitProbe` computes frames between
batches (at most a few a second, as the decision regions' probe does); `render_fit` paints one as
an RGB array that `save_fit_png` writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from netbuilder.document.safe_io import write_atomically
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.evaluation import predict_values
from netbuilder.engine.regions import REDRAW_INTERVAL, Extent, Probe

CURVE, MAP, SCATTER = "curve", "map", "scatter"
MAX_SCATTER = 2000  # test points predicted per scatter frame
COLD, MILD, HOT = (49, 54, 149), (255, 255, 191), (165, 0, 38)  # the heat map's colour stops


@dataclass(frozen=True, eq=False)
class FitPoints:
    """The data under the fit, in its own units. x: (N,) for one feature, (N, 2) for two, the true
    targets for more; y: the targets (N,), or for "scatter" empty (its frames hold the predictions)."""

    kind: str
    train_x: np.ndarray
    train_y: np.ndarray
    test_x: np.ndarray
    test_y: np.ndarray
    extent: Extent  # what the plot shows: x_min, x_max, y_min, y_max
    value_range: tuple[float, float]  # the targets' range, for a heat map's colours


@dataclass(frozen=True, eq=False)
class FitFrame:
    """The network's predictions: a curve (x (R,) -> y (R,)), a grid (y (H, W), rows from y_min
    up, over points.extent) or, for "scatter", predictions y of the test points whose truth is x."""

    points: FitPoints
    x: np.ndarray
    y: np.ndarray

    @property
    def kind(self) -> str:
        return self.points.kind


def has_fit(dataset: Dataset) -> bool:
    """Whether a fit can be drawn: a regression on feature vectors (not images)."""
    return dataset.task == "regression" and not dataset.train.is_images


def fit_points(dataset: Dataset) -> FitPoints:
    """The points to draw for dataset, and the extent of the plot."""
    train, test = dataset.train, dataset.test
    features = train.features.shape[1]
    if features > 2:
        truth = np.concatenate([train.labels.numpy(), test.labels.numpy()])
        low, high = _padded(truth)
        empty = np.zeros(0, np.float32)
        return FitPoints(SCATTER, empty, empty, test.labels.numpy(), empty, (low, high, low, high),
                         (low, high))  # fmt: skip
    xs = torch.cat([train.features, test.features]).numpy()
    ys = torch.cat([train.labels, test.labels]).numpy()
    if features == 1:
        kind, extent = CURVE, (*_padded(xs[:, 0]), *_padded(ys))
        train_x, test_x = train.features[:, 0].numpy(), test.features[:, 0].numpy()
    else:
        kind, extent = MAP, (*_padded(xs[:, 0]), *_padded(xs[:, 1]))
        train_x, test_x = train.features.numpy(), test.features.numpy()
    value_range = (float(ys.min()), float(ys.max())) if len(ys) else (0.0, 1.0)
    return FitPoints(kind, train_x, train.labels.numpy(), test_x, test.labels.numpy(), extent,
                     value_range)  # fmt: skip


def _padded(values: np.ndarray, margin: float = 0.08) -> tuple[float, float]:
    low, high = (float(values.min()), float(values.max())) if len(values) else (0.0, 1.0)
    pad = (high - low) * margin or 0.5
    return low - pad, high + pad


def fit_inputs(points: FitPoints, resolution: int) -> torch.Tensor:
    """The inputs a frame predicts on: a line over x, or a grid over the plane (row-major, y up)."""
    x0, x1, y0, y1 = points.extent
    if points.kind == CURVE:
        return torch.linspace(x0, x1, resolution)[:, None]
    ys, xs = torch.meshgrid(
        torch.linspace(y0, y1, resolution), torch.linspace(x0, x1, resolution), indexing="ij"
    )
    return torch.stack([xs.reshape(-1), ys.reshape(-1)], 1)


class FitProbe(Probe):
    """FitFrames of a regression model on dataset between batches (see Probe)."""

    def __init__(self, dataset: Dataset, resolution: int = 200, interval: float = REDRAW_INTERVAL):
        super().__init__(interval)
        self.dataset = dataset
        self.points = fit_points(dataset)
        if self.points.kind == SCATTER:
            self.inputs = dataset.test.features[:MAX_SCATTER]
        else:
            self.inputs = fit_inputs(self.points, resolution if self.points.kind == CURVE else 64)

    def compute(self, model: nn.Module) -> FitFrame:
        return fit_frame(model, self.dataset, self.points, self.inputs)


def fit_frame(
    model: nn.Module,
    dataset: Dataset,
    points: FitPoints | None = None,
    inputs: torch.Tensor | None = None,
    resolution: int = 200,
) -> FitFrame:
    """The model's predictions for a frame (in the targets' units); the model's mode is kept."""
    points = points or fit_points(dataset)
    if inputs is None:
        inputs = (
            dataset.test.features[:MAX_SCATTER]
            if points.kind == SCATTER
            else fit_inputs(points, resolution if points.kind == CURVE else 120)
        )
    device = next((p.device for p in model.parameters()), torch.device("cpu"))
    target = (dataset.target_mean, dataset.target_std)
    predicted = predict_values(model, inputs, dataset.mean, dataset.std, target, device)
    if points.kind == CURVE:
        return FitFrame(points, inputs[:, 0].numpy(), predicted)
    if points.kind == MAP:
        side = int(round(len(predicted) ** 0.5))
        return FitFrame(points, np.zeros(0, np.float32), predicted.reshape(side, side))
    return FitFrame(points, points.test_x[: len(predicted)], predicted)


# --- the picture ---------------------------------------------------------------------------------


def heat_colours(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """uint8 RGB for each value: blue at low, pale in the middle, red at high."""
    t = np.clip((np.asarray(values, np.float64) - low) / ((high - low) or 1.0), 0, 1)
    stops = np.array([COLD, MILD, HOT], np.float64)
    channels = [np.interp(t, (0.0, 0.5, 1.0), stops[:, c]) for c in range(3)]
    return np.stack(channels, -1).astype(np.uint8)


def render_fit(frame: FitFrame, size: int = 480) -> np.ndarray:
    """The frame at size x size, uint8 RGB: points with the curve, the heat map, or the scatter."""
    from PIL import Image, ImageDraw

    points = frame.points
    if points.kind == MAP:
        grid = heat_colours(frame.y[::-1], *points.value_range)  # row 0 at the top
        image = Image.fromarray(grid).resize((size, size), Image.Resampling.BILINEAR)
    else:
        image = Image.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    to_pixels = _pixels(points.extent, size)
    radius = max(3, size // 160)
    if points.kind == SCATTER:
        low, high = points.extent[:2]
        draw.line([to_pixels(low, low), to_pixels(high, high)], fill=(150, 150, 150), width=2)
        _dots(draw, to_pixels, frame.x, frame.y, radius, (31, 119, 180))
    elif points.kind == CURVE:
        _dots(draw, to_pixels, points.train_x, points.train_y, radius, (31, 119, 180))
        _dots(draw, to_pixels, points.test_x, points.test_y, radius, None)
        line = [to_pixels(x, y) for x, y in zip(frame.x.tolist(), frame.y.tolist(), strict=True)]
        draw.line(line, fill=(214, 39, 40), width=max(2, size // 160))
    else:
        for xy, y in ((points.train_x, points.train_y), (points.test_x, points.test_y)):
            colours = heat_colours(y, *points.value_range)
            for (px, py), colour in zip(xy.tolist(), colours.tolist(), strict=True):
                _dot(draw, to_pixels(px, py), radius, tuple(colour))
    return np.asarray(image)


def _pixels(extent: Extent, size: int):
    x0, x1, y0, y1 = extent
    return lambda x, y: ((x - x0) / (x1 - x0) * (size - 1), (y1 - y) / (y1 - y0) * (size - 1))


def _dots(draw, to_pixels, xs: np.ndarray, ys: np.ndarray, radius: int, fill) -> None:
    for x, y in zip(xs.tolist(), ys.tolist(), strict=True):
        _dot(draw, to_pixels(x, y), radius, fill)


def _dot(draw, centre: tuple[float, float], radius: int, fill) -> None:
    cx, cy = centre
    box = (cx - radius, cy - radius, cx + radius, cy + radius)
    draw.ellipse(box, fill=fill, outline=(20, 20, 20) if fill else (255, 127, 14))


def save_fit_png(model: nn.Module, dataset: Dataset, path: str | Path, size: int = 480) -> None:
    """Write the model's fit over dataset as a PNG (atomically, as every file netbuilder writes)."""
    from PIL import Image

    image = Image.fromarray(render_fit(fit_frame(model, dataset, resolution=400), size))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, lambda stream: image.save(stream, format="PNG"))
