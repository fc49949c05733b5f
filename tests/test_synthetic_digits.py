"""The generated digits: deterministic, balanced, MNIST-shaped, quick, and learnable."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import torch

from netbuilder.engine import synthetic_digits as sd
from netbuilder.engine.data import load_dataset
from netbuilder.engine.dataset import ImageSplit


@pytest.fixture(scope="module")
def samples() -> ImageSplit:
    return sd.generate(2000, seed=0)


def test_a_prefix_is_the_same_samples(samples: ImageSplit) -> None:
    head = sd.generate(1500, seed=0)
    assert torch.equal(head.images, samples.images[:1500])


def test_looks_like_mnist(samples: ImageSplit) -> None:
    images = samples.images.float()
    border = torch.cat([images[:, [0, -1], :].flatten(1), images[:, :, [0, -1]].flatten(1)], 1)
    assert images.max() == 255 and border.mean() < 0.5  # ink stays off the edges, as in MNIST
    ink = images.sum((1, 2))
    assert bool((ink > 0).all())
    rows = torch.arange(28.0)
    centre_y = (images.sum(2) * rows).sum(1) / ink
    centre_x = (images.sum(1) * rows).sum(1) / ink
    assert (centre_y - 13.5).abs().mean() < 1.5 and (centre_x - 13.5).abs().mean() < 1.5
    assert 0.08 < images.mean().item() / 255 < 0.2  # MNIST: 0.13


def test_generation_is_quick() -> None:
    start = time.perf_counter()
    sd.generate(2000, seed=5)
    assert time.perf_counter() - start < 5.0


def test_digits_differ_from_each_other(samples: ImageSplit) -> None:
    means = torch.stack([samples.images[samples.labels == d].float().mean(0) for d in range(10)])
    distances = torch.cdist(means.flatten(1), means.flatten(1))
    assert distances[~torch.eye(10, dtype=torch.bool)].min() > 200


def test_a_linear_model_learns_them_well_but_not_perfectly(samples: ImageSplit) -> None:
    torch.manual_seed(0)
    train = sd.generate(3000, seed=7)
    x = train.images.flatten(1).float() / 255
    model = torch.nn.Linear(784, 10)
    optimiser = torch.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(4):
        for rows in torch.randperm(len(x)).split(200):
            optimiser.zero_grad()
            torch.nn.functional.cross_entropy(model(x[rows]), train.labels[rows]).backward()
            optimiser.step()
    with torch.no_grad():
        predicted = model(samples.images.flatten(1).float() / 255).argmax(1)
    accuracy = (predicted == samples.labels).float().mean().item()
    assert 0.7 < accuracy < 0.98  # far above chance (0.1), yet not a trivially separable task


def test_canonical_strokes_cover_every_digit_in_the_unit_box() -> None:
    assert sorted(sd.DIGIT_STROKES) == list(range(10))
    for strokes in sd.DIGIT_STROKES.values():
        points = torch.tensor([p for stroke in strokes for p in stroke])
        assert all(len(stroke) >= 2 for stroke in strokes)
        assert points.min() >= 0.05 and points.max() <= 0.95


def test_render_strokes() -> None:
    one = sd.render_strokes([[(0.5, 0.1), (0.5, 0.9)]])
    assert one.shape == (28, 28) and one.dtype == torch.uint8
    assert one[14, 14] == 255 and one[14, 3] == 0 and one[0, 14] == 0 and one[27, 14] == 0
    big = sd.render_strokes(sd.DIGIT_STROKES[0], size=280)
    assert big.shape == (280, 280) and big[140, 140] == 0 and big.max() == 255
    assert sd.render_strokes([]).max() == 0


def test_load_dataset_synthetic_and_its_cache(tmp_path: Path) -> None:
    dataset = load_dataset("synthetic-digits", tmp_path, limit_train=1000, seed=3)
    assert dataset.synthetic and dataset.name == "synthetic-digits"
    assert "generated" in dataset.title.lower() and "seed 3" in dataset.source
    assert (len(dataset.train), len(dataset.test)) == (1000, 10000)
    assert torch.equal(dataset.train.images, sd.generate(1000, seed=3).images)
    assert not torch.equal(dataset.test.images[:1000], dataset.train.images)
    assert dataset.classes == tuple("0123456789") and dataset.num_classes == 10


def test_cache_round_trip_and_corrupt_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("netbuilder.engine.data._SYNTHETIC_CACHE_MIN", 0)
    first = load_dataset("synthetic-digits", tmp_path, limit_train=100, seed=4)
    cache = tmp_path / "synthetic-digits-4-100-10000.pt"
    assert cache.is_file()
    monkeypatch.setattr(sd, "synthetic_digits", lambda *a: pytest.fail("cache not used"))
    cached = load_dataset("synthetic-digits", tmp_path, limit_train=100, seed=4)
    assert torch.equal(cached.test.images, first.test.images) and cached.mean == first.mean
    monkeypatch.undo()
    monkeypatch.setattr("netbuilder.engine.data._SYNTHETIC_CACHE_MIN", 0)
    cache.write_bytes(b"not a torch file")
    again = load_dataset("synthetic-digits", tmp_path, limit_train=100, seed=4)
    assert torch.equal(again.train.images, first.train.images)


def form(digit: int, name: str) -> sd.Form:
    return next(f for f in sd.FORMS[digit] if f.name == name)


def test_every_digit_has_the_forms_real_writers_use() -> None:
    names = {digit: {f.name for f in forms} for digit, forms in sd.FORMS.items()}
    assert {"plain", "flag", "flag and base"} <= names[1]
    assert {"plain", "crossbar", "curved stem"} <= names[7]
    assert {"open", "closed"} <= names[4]
    assert {"straight tail", "curved tail"} <= names[9]
    assert {"two loops", "crossing"} <= names[8]
    assert all(len(forms) >= 3 for forms in sd.FORMS.values())
    assert all(abs(sum(f.weight for f in forms) - 1.0) < 1e-9 for forms in sd.FORMS.values())
    assert sd.DIGIT_STROKES == {d: forms[0].strokes for d, forms in sd.FORMS.items()}  # canonical


def crosses(a: list, b: list) -> bool:
    """Whether polylines a and b intersect (some segment of one crosses one of the other)."""

    def side(p, q, r) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    return any(
        side(p, q, r) * side(p, q, s) < 0 and side(r, s, p) * side(r, s, q) < 0
        for p, q in zip(a, a[1:], strict=False)
        for r, s in zip(b, b[1:], strict=False)
    )


def test_the_named_forms_have_their_shapes() -> None:
    stem, bar = form(7, "crossbar").strokes
    assert crosses(stem, bar)  # the crossbar cuts through the stem
    assert len(form(7, "plain").strokes) == 1
    left, right = form(4, "open").strokes
    assert min(abs(p[0] - right[0][0]) + abs(p[1] - right[0][1]) for p in left) > 0.2  # top open
    left, right = form(4, "closed").strokes
    assert left[0] == right[0]  # the arm starts where the stem starts: the top is closed
    flag, base = form(1, "flag and base").strokes
    assert flag[0][0] < flag[2][0] and abs(base[0][1] - base[-1][1]) < 0.02  # a flat foot
    assert form(1, "plain").strokes[0][0][1] < 0.15 and len(form(1, "plain").strokes) == 1
    (eight,) = form(8, "crossing").strokes
    assert crosses(eight[:15], eight[15:])  # one stroke crossing itself at the waist
    (curved,) = form(9, "curved tail").strokes
    (straight,) = form(9, "straight tail").strokes
    assert abs(curved[-1][0] - curved[-9][0]) > 0.03 and straight[-1][0] == straight[-2][0]


def pen_widths(images: torch.Tensor) -> torch.Tensor:
    """About the stroke width in pixels: twice the ink area over its outline."""
    ink = images > 127
    padded = torch.nn.functional.pad(ink, (1, 1, 1, 1))
    inner = ink & padded[:, :-2, 1:-1] & padded[:, 2:, 1:-1] & padded[:, 1:-1, :-2]
    inner &= padded[:, 1:-1, 2:]
    return 2 * ink.sum((1, 2)) / (ink & ~inner).sum((1, 2)).clamp_min(1)


def test_thin_and_thick_pens_upright_and_slanted(samples: ImageSplit) -> None:
    widths = pen_widths(samples.images)
    assert widths.quantile(0.1) < 2.3 and widths.quantile(0.9) > 3.7  # MNIST: 2.2 and 4.0
    ones = samples.images[samples.labels == 1].float()
    rows, cols = torch.meshgrid(torch.arange(28.0), torch.arange(28.0), indexing="ij")
    total = ones.sum((1, 2))
    y = (ones * rows).sum((1, 2)) / total
    x = (ones * cols).sum((1, 2)) / total
    dy, dx = rows - y[:, None, None], cols - x[:, None, None]
    lean = -(ones * dx * dy).sum((1, 2)) / (ones * dy * dy).sum((1, 2))  # + leans right
    assert 0.1 < lean.mean() < 0.4  # MNIST 1s: 0.25
    assert (lean < -0.05).any() and (lean > 0.55).any()  # some lean left, some far right
