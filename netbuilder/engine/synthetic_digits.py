"""Generated handwriting-like digits: an offline stand-in for MNIST, clearly labelled as such.

Each digit is a few pen strokes (polylines in unit coordinates). A sample jitters, warps, slants,
rotates and scales them, then rasterises them anti-aliased into 28x28 like MNIST: white ink on
black, the digit fitted into the central 20x20 box and centred on its centre of mass.
Everything is batched torch arithmetic, so 70,000 images take a few seconds on two cores.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache

import numpy as np
import torch

from netbuilder.document.datasets import DATASETS
from netbuilder.engine.dataset import Dataset, ImageSplit
from netbuilder.engine.synthetic_digit_forms import DIGIT_STROKES, FORMS, Form, Point, Strokes

__all__ = ["DIGIT_STROKES", "FORMS", "Form", "generate", "render_strokes", "synthetic_digits"]

TITLE = DATASETS["synthetic-digits"].label  # "Synthetic digits (generated, not MNIST)"
CHUNK = 1000  # samples drawn from one generator; generate(n)[:k] equals generate(k)
_MAX_SEGMENT = 0.04  # unit lengths; strokes are subdivided so each segment is ~1 pixel
_VERSION = 2  # bump when the generator changes, so cached tensors are regenerated


class _Template:
    """One way of writing a digit, subdivided so every segment is short enough to rasterise."""

    def __init__(self, strokes: Strokes) -> None:
        controls: list[Point] = [p for stroke in strokes for p in stroke]
        rows: list[list[tuple[int, float]]] = []  # fine point = weighted sum of control points
        stroke_of_control: list[int] = []
        seg_a: list[int] = []
        base = 0
        for s, stroke in enumerate(strokes):
            stroke_of_control += [s] * len(stroke)
            rows.append([(base, 1.0)])
            for i in range(len(stroke) - 1):
                (x0, y0), (x1, y1) = stroke[i], stroke[i + 1]
                pieces = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / _MAX_SEGMENT))
                for k in range(1, pieces + 1):
                    seg_a.append(len(rows) - 1)
                    t = k / pieces
                    rows.append([(base + i, 1 - t), (base + i + 1, t)])
            base += len(stroke)
        weights = torch.zeros(len(rows), len(controls))
        for r, row in enumerate(rows):
            for c, w in row:
                weights[r, c] += w
        self.controls = torch.tensor(controls, dtype=torch.float32)  # (K, 2)
        self.stroke_of_control = torch.tensor(stroke_of_control)  # (K,)
        self.strokes = len(strokes)
        self.weights = weights  # (M, K)
        self.seg_a = torch.tensor(seg_a)  # segment j joins fine points seg_a[j] and seg_a[j] + 1


@cache
def _templates() -> dict[int, list[_Template]]:
    return {d: [_Template(form.strokes) for form in forms] for d, forms in FORMS.items()}


def _chunk_generator(seed: int, stream: int, chunk: int) -> torch.Generator:
    state = np.random.SeedSequence([seed, stream, chunk]).generate_state(2, dtype=np.uint32)
    return torch.Generator().manual_seed(int(state[0]) << 32 | int(state[1]))


def _uniform(g: torch.Generator, n: int, low: float, high: float) -> torch.Tensor:
    return low + (high - low) * torch.rand(n, generator=g)


def _deform(points: torch.Tensor, g: torch.Generator) -> torch.Tensor:
    """Smooth random warp (two sine waves per axis) then slant, rotation and aspect; (B, M, 2)."""
    b = points.shape[0]
    centred = points - 0.5
    for _ in range(2):
        k = torch.randn(b, 1, 2, generator=g) * 1.2
        phase = torch.rand(b, 1, 1, generator=g) * 2 * math.pi
        amp = torch.randn(b, 1, 2, generator=g) * 0.055
        centred = centred + amp * torch.sin(
            2 * math.pi * (centred * k).sum(-1, keepdim=True) + phase
        )
    angle = torch.randn(b, generator=g).clamp(-2.5, 2.5) * math.radians(10)
    # positive leans the top to the right; real writers lean right by 0.25 on average (MNIST 1s)
    slant = (0.25 + 0.22 * torch.randn(b, generator=g)).clamp(-0.35, 0.8)
    sx, sy = _uniform(g, b, 0.7, 1.4), _uniform(g, b, 0.85, 1.1)
    cos, sin = torch.cos(angle), torch.sin(angle)
    x = centred[..., 0] * sx[:, None] - slant[:, None] * centred[..., 1] * sy[:, None]
    y = centred[..., 1] * sy[:, None]
    return torch.stack(
        (cos[:, None] * x - sin[:, None] * y, sin[:, None] * x + cos[:, None] * y), -1
    )


def _fit_mnist_box(
    points: torch.Tensor,
    seg_a: torch.Tensor,
    radius: torch.Tensor,
    g: torch.Generator,
    size: int = 28,
) -> torch.Tensor:
    """Scale so the ink fits a ~20x20 box and put the centre of mass at the image centre (MNIST)."""
    b = points.shape[0]
    extent = (points.amax(1) - points.amin(1)).amax(-1).clamp_min(1e-3)  # (B,)
    box = 20.0 * _uniform(g, b, 0.93, 1.0) * size / 28
    scale = (box - 2 * radius) / extent
    a, c = points[:, seg_a], points[:, seg_a + 1]
    length = (c - a).norm(dim=-1, keepdim=True)
    centroid = ((a + c) / 2 * length).sum(1) / length.sum(1).clamp_min(1e-6)  # (B, 2)
    shift = size / 2 + torch.randn(b, 2, generator=g).clamp(-2.5, 2.5) * 0.6 * size / 28
    return (points - centroid[:, None]) * scale[:, None, None] + shift[:, None]


def _rasterise(
    a: torch.Tensor, c: torch.Tensor, radius: torch.Tensor, size: int, edge: float = 1.0
) -> torch.Tensor:
    """Anti-aliased capsules: ink = clamp((radius - distance)/edge + 0.5, 0, 1), max over segments.

    a, c: (B, S, 2) segment ends in pixel units (pixel (i, j) covers [j, j+1] x [i, i+1]);
    radius: (B,). Each segment is evaluated only on a small window of pixels around it, so the
    cost is B*S*window rather than B*S*size*size. Returns uint8 (B, size, size).
    """
    b, s, _ = a.shape
    longest = float((c - a).norm(dim=-1).max()) if s else 0.0
    half = math.floor(longest / 2 + float(radius.max()) + edge / 2 + 0.5)
    pad = half + 1  # ink is drawn on a padded canvas, then cropped: no bounds masks needed
    side = size + 2 * pad
    offsets = torch.arange(-half, half + 1, dtype=torch.float32)
    centre = ((a + c) / 2 - 0.5).round()  # the pixel whose centre is nearest the segment middle
    # Rows and columns are separable: (B, S, 1, W) for columns, (B, S, W, 1) for rows.
    col = (centre[..., 0, None, None] + offsets).clamp_(-pad, size + pad - 1)
    row = (centre[..., 1, None, None] + offsets[:, None]).clamp_(-pad, size + pad - 1)
    u = c - a
    length2 = (u * u).sum(-1).clamp_min(1e-9)[..., None, None]
    ux, uy = u[..., 0, None, None], u[..., 1, None, None]
    dx = col + 0.5 - a[..., 0, None, None]
    dy = row + 0.5 - a[..., 1, None, None]
    t = (dx * (ux / length2)).add(dy * (uy / length2)).clamp_(0, 1)  # (B, S, W, W)
    dist = torch.hypot(dx - t * ux, dy - t * uy)
    ink = dist.sub_((radius + edge / 2)[:, None, None, None]).div_(-edge).clamp_(0, 1)
    index = (row + pad).long() * side + (col + pad).long()
    index = index + (torch.arange(b) * side * side)[:, None, None, None]
    canvas = torch.zeros(b * side * side)
    canvas.scatter_reduce_(0, index.reshape(-1), ink.reshape(-1), reduce="amax")
    image = canvas.reshape(b, side, side)[:, pad : pad + size, pad : pad + size]
    return image.mul(255).round_().to(torch.uint8)


def _segments(points: torch.Tensor, seg_a: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    return points[:, seg_a], points[:, seg_a + 1]


def _render_group(template: _Template, count: int, g: torch.Generator) -> torch.Tensor:
    """count random renderings of one written form of a digit; uint8 (count, 28, 28)."""
    controls = template.controls.expand(count, -1, -1)
    jitter = torch.randn(count, controls.shape[1], 2, generator=g) * 0.006
    stroke_shift = torch.randn(count, template.strokes, 2, generator=g) * 0.03
    controls = controls + jitter + stroke_shift[:, template.stroke_of_control]
    points = _deform(torch.einsum("mk,bkd->bmd", template.weights, controls), g)
    radius = _uniform(g, count, math.log(0.7), math.log(1.9)).exp()  # fine pens to felt tips
    points = _fit_mnist_box(points, template.seg_a, radius, g)
    return _rasterise(*_segments(points, template.seg_a), radius, 28)


def _generate_chunk(seed: int, stream: int, chunk: int) -> tuple[torch.Tensor, torch.Tensor]:
    g = _chunk_generator(seed, stream, chunk)
    labels = (torch.arange(CHUNK) % 10)[torch.randperm(CHUNK, generator=g)]
    images = torch.empty(CHUNK, 28, 28, dtype=torch.uint8)
    for digit, templates in _templates().items():
        where = (labels == digit).nonzero().squeeze(1)
        weights = torch.tensor([form.weight for form in FORMS[digit]])
        choice = torch.multinomial(weights, len(where), replacement=True, generator=g)
        for v, template in enumerate(templates):
            rows = where[choice == v]
            if len(rows):
                images[rows] = _render_group(template, len(rows), g)
    return images, labels


@contextmanager
def _one_torch_thread() -> Iterator[None]:
    """Run on one intra-op thread, then restore the setting.

    The tensors here are mid-sized, and the threads synchronise after every op: with two threads
    on a busy two-core machine that was 8x slower than one thread, and at best 1.3x faster.
    """
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _generate(count: int, seed: int, stream: int) -> ImageSplit:
    if count < 0:
        raise ValueError(f"count must be >= 0, got {count}")
    with _one_torch_thread():
        parts = [_generate_chunk(seed, stream, i) for i in range(math.ceil(count / CHUNK))]
    if not parts:
        return ImageSplit(
            torch.empty(0, 28, 28, dtype=torch.uint8), torch.empty(0, dtype=torch.int64)
        )
    images = torch.cat([p[0] for p in parts])[:count]
    labels = torch.cat([p[1] for p in parts])[:count]
    return ImageSplit(images.contiguous(), labels.contiguous())


def generate(count: int, seed: int = 0) -> ImageSplit:
    """count generated digits, 100 of each per 1000, the same for the same seed."""
    return _generate(count, seed, stream=0)


def synthetic_digits(train_count: int = 60000, test_count: int = 10000, seed: int = 0) -> Dataset:
    """The generated dataset; the test split comes from its own random stream, unseen in training."""
    return Dataset.from_splits(
        name="synthetic-digits",
        title=TITLE,
        train=_generate(train_count, seed, stream=0),
        test=_generate(test_count, seed, stream=1),
        classes=tuple(str(d) for d in range(10)),
        synthetic=True,
        source=f"generated, seed {seed}",
    )


def render_strokes(
    strokes: Sequence[Sequence[Point]], size: int = 28, thickness: float = 0.09
) -> torch.Tensor:
    """Render unit-coordinate strokes as they are, the unit square filling the image.

    thickness is the pen width as a fraction of size (0.09 is about 2.5 pixels at 28).
    Returns uint8 (size, size), white ink on black.
    """
    lists = [list(stroke) for stroke in strokes if len(stroke)]
    if not lists:
        return torch.zeros(size, size, dtype=torch.uint8)
    # a single point is drawn as a dot: a zero-length segment
    lists = [stroke if len(stroke) > 1 else stroke * 2 for stroke in lists]
    template = _Template(lists)
    points = (template.weights @ template.controls)[None] * size
    radius = torch.tensor([thickness * size / 2])
    return _rasterise(*_segments(points, template.seg_a), radius, size)[0]


def cache_payload(dataset: Dataset, train_count: int, test_count: int) -> dict[str, torch.Tensor]:
    """Plain tensors to torch.save; check_payload accepts them back only if nothing changed."""
    return {
        "version": torch.tensor(_VERSION),
        "counts": torch.tensor([train_count, test_count]),
        "train_images": dataset.train.images,
        "train_labels": dataset.train.labels,
        "test_images": dataset.test.images,
        "test_labels": dataset.test.labels,
    }


def from_payload(payload: object, train_count: int, test_count: int, seed: int) -> Dataset | None:
    """The dataset held by a loaded cache, or None if it is stale or malformed."""
    try:
        fresh = int(payload["version"]) == _VERSION and payload["counts"].tolist() == [
            train_count,
            test_count,
        ]
        if not fresh:
            return None
        train = ImageSplit(payload["train_images"], payload["train_labels"])
        test = ImageSplit(payload["test_images"], payload["test_labels"])
    except (KeyError, TypeError, ValueError, AttributeError, RuntimeError):
        return None
    if len(train) != train_count or len(test) != test_count:
        return None
    return Dataset.from_splits(
        name="synthetic-digits",
        title=TITLE,
        train=train,
        test=test,
        classes=tuple(str(d) for d in range(10)),
        synthetic=True,
        source=f"generated, seed {seed}",
    )
