"""Decision regions of a model on 2-D points: class probabilities over a grid of the input plane.

`region_probabilities` evaluates the model on a grid; `RegionProbe` does it during training, at most
a few times a second, between batches; `render_regions` paints the picture (predicted class as
hue, confidence as lightness, training points filled, test points hollow) as an RGB array that
the GUI shows and `save_regions_png` writes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from netbuilder.document.safe_io import write_atomically
from netbuilder.engine.dataset import Dataset, Split
from netbuilder.engine.evaluation import output_kind

Extent = tuple[float, float, float, float]  # x_min, x_max, y_min, y_max
PALETTE = np.array(
    [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
     (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207)],
    dtype=np.float32,
)  # fmt: skip
REDRAW_INTERVAL = 0.15  # seconds between live frames: about 6 a second


@dataclass(frozen=True, eq=False)
class RegionFrame:
    """Class probabilities (rows = y from y_min up, columns = x) over the extent."""

    probabilities: np.ndarray  # float32 (H, W, C)
    extent: Extent

    @property
    def predicted(self) -> np.ndarray:
        return self.probabilities.argmax(axis=2)

    @property
    def confidence(self) -> np.ndarray:
        return self.probabilities.max(axis=2)

    def at(self, x: float, y: float) -> np.ndarray:
        """The probabilities in the grid cell nearest to (x, y), clamped to the extent."""
        rows, cols = self.probabilities.shape[:2]
        x0, x1, y0, y1 = self.extent
        col = int(np.clip(round((x - x0) / (x1 - x0) * (cols - 1)), 0, cols - 1))
        row = int(np.clip(round((y - y0) / (y1 - y0) * (rows - 1)), 0, rows - 1))
        return self.probabilities[row, col]


def plane_extent(dataset: Dataset, margin: float = 0.15) -> Extent:
    """A square around every point of both splits, with a margin."""
    xy = torch.cat([dataset.train.features, dataset.test.features])
    low, high = xy.min(0).values, xy.max(0).values
    centre, half = (low + high) / 2, float((high - low).max()) / 2 * (1 + margin) + 1e-3
    return (float(centre[0]) - half, float(centre[0]) + half, float(centre[1]) - half,
            float(centre[1]) + half)  # fmt: skip


def region_probabilities(model: nn.Module, extent: Extent, resolution: int = 80) -> RegionFrame:
    """The model's class probabilities on a resolution x resolution grid; its mode is kept."""
    x0, x1, y0, y1 = extent
    device = next((p.device for p in model.parameters()), torch.device("cpu"))
    ys, xs = torch.meshgrid(
        torch.linspace(y0, y1, resolution), torch.linspace(x0, x1, resolution), indexing="ij"
    )
    points = torch.stack([xs.reshape(-1), ys.reshape(-1)], 1).to(device)
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            out = model(points).float()
    finally:
        model.train(was_training)
    probabilities = _as_probabilities(model, out).cpu().numpy()
    return RegionFrame(probabilities.reshape(resolution, resolution, -1), extent)


def _as_probabilities(model: nn.Module, out: torch.Tensor) -> torch.Tensor:
    kind = output_kind(model)
    if kind == "log_probabilities":
        return out.exp()
    return out if kind == "probabilities" else out.softmax(dim=1)


class Probe:
    """Computes a frame between training batches, at most once per `interval` seconds.

    Subclasses say what a frame is in `compute(model)`; the worker calls `frame()` after each
    batch report and forwards what it returns."""

    def __init__(self, interval: float = REDRAW_INTERVAL):
        self.interval = interval
        self.model: nn.Module | None = None
        self.last = -float("inf")
        self.seconds = 0.0  # time spent computing frames, to measure what they cost

    def attach(self, model: nn.Module) -> None:
        self.model = model

    def compute(self, model: nn.Module):
        raise NotImplementedError

    def frame(self, force: bool = False):
        """A new frame if one is due (or forced) and a model is attached, else None."""
        now = time.perf_counter()
        if self.model is None or (not force and now - self.last < self.interval):
            return None
        self.last = now
        frame = self.compute(self.model)
        self.seconds += time.perf_counter() - now
        return frame


class RegionProbe(Probe):
    """A RegionFrame of the plane between batches (see Probe)."""

    def __init__(self, extent: Extent, resolution: int = 64, interval: float = REDRAW_INTERVAL):
        super().__init__(interval)
        self.extent, self.resolution = extent, resolution

    def compute(self, model: nn.Module) -> RegionFrame:
        return region_probabilities(model, self.extent, self.resolution)


def colour_regions(frame: RegionFrame) -> np.ndarray:
    """uint8 RGB (H, W, 3), row 0 at the top: the class colour, paler where the model is unsure."""
    classes = frame.probabilities.shape[2]
    chance = 1.0 / classes
    strength = (frame.confidence - chance) / max(1 - chance, 1e-6)
    mix = (0.15 + 0.6 * np.clip(strength, 0, 1))[..., None]
    colours = PALETTE[frame.predicted % len(PALETTE)]
    rgb = 255 + (colours - 255) * mix
    return np.ascontiguousarray(rgb[::-1].astype(np.uint8))


def render_regions(frame: RegionFrame, train: Split, test: Split, size: int = 480) -> np.ndarray:
    """The whole picture at size x size: regions, training points filled, test points hollow."""
    regions = torch.from_numpy(colour_regions(frame)).permute(2, 0, 1)[None].float()
    big = torch.nn.functional.interpolate(regions, size=(size, size), mode="bilinear")
    image = big[0].permute(1, 2, 0).clamp(0, 255).numpy().astype(np.uint8).copy()
    radius = max(4, size // 90)
    for split, hollow in ((train, False), (test, True)):
        for (x, y), label in zip(split.features.tolist(), split.labels.tolist(), strict=True):
            _dot(image, _pixel(frame.extent, x, y, size), radius, int(label), hollow)
    return image


def _pixel(extent: Extent, x: float, y: float, size: int) -> tuple[float, float]:
    x0, x1, y0, y1 = extent
    return (x - x0) / (x1 - x0) * (size - 1), (y1 - y) / (y1 - y0) * (size - 1)


def _dot(image: np.ndarray, centre: tuple[float, float], radius: int, label: int, hollow: bool):
    cx, cy = centre
    size = image.shape[0]
    left, top = int(cx) - radius - 1, int(cy) - radius - 1
    xs, ys = np.arange(left, left + 2 * radius + 3), np.arange(top, top + 2 * radius + 3)
    keep_x, keep_y = (xs >= 0) & (xs < size), (ys >= 0) & (ys < size)
    xs, ys = xs[keep_x], ys[keep_y]
    if not len(xs) or not len(ys):
        return
    distance = np.hypot(xs[None, :] - cx, ys[:, None] - cy)
    patch = image[ys[0] : ys[-1] + 1, xs[0] : xs[-1] + 1]
    colour = PALETTE[label % len(PALETTE)].astype(np.uint8)
    outline = (distance <= radius + 0.5) & (distance > radius - 1.0)
    inside = distance <= radius - 1.0
    if hollow:
        patch[(distance <= radius - 1.0) & (distance > radius - 2.5)] = colour
    else:
        patch[inside] = colour
    patch[outline] = (20, 20, 20)


def save_regions_png(model: nn.Module, dataset: Dataset, path: str | Path, size: int = 480) -> None:
    """Write the model's decision regions on dataset as a PNG (atomically, as every file netbuilder writes)."""
    from PIL import Image

    frame = region_probabilities(model, plane_extent(dataset), resolution=min(size, 240))
    image = Image.fromarray(render_regions(frame, dataset.train, dataset.test, size))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, lambda stream: image.save(stream, format="PNG"))
