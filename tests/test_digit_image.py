"""MNIST-style preprocessing of drawn and photographed digits (core.digit_image), checked by hand."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from torch import nn

from netbuilder.engine.digit_image import (
    CENTRE,
    ImageError,
    centre_of_mass,
    load_digit,
    mnist_digit,
    predict_digit,
)


def ink_box(image: np.ndarray) -> tuple[int, int]:
    """(height, width) of the bounding box of the non-zero pixels."""
    rows, cols = np.nonzero(image)
    return int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1)


def reference(image: np.ndarray) -> np.ndarray:
    """MNIST's recipe written out independently with Pillow: crop, fit 20x20, centre of mass at 14."""
    rows, cols = np.nonzero(image > 25)
    crop = image[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]
    h, w = crop.shape
    scale = 20 / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    box = np.asarray(Image.fromarray(crop).resize(size, Image.Resampling.BILINEAR), dtype=float)
    weights = box / box.sum()
    cy = (weights.sum(axis=1) * np.arange(box.shape[0])).sum()
    cx = (weights.sum(axis=0) * np.arange(box.shape[1])).sum()
    top, left = round(14 - cy), round(14 - cx)
    out = np.zeros((28, 28))
    out[top : top + box.shape[0], left : left + box.shape[1]] = box
    return out


def corner_one() -> np.ndarray:
    """A small slanted "1" in the top-left corner of a 280x280 black image."""
    image = np.zeros((280, 280), dtype=np.uint8)
    for row in range(12, 72):  # 60 px tall, 8 px thick, leaning right towards the top
        left = 20 + (72 - row) // 6
        image[row, left : left + 8] = 255
    return image


def test_off_centre_one_is_centred_and_fitted_to_20_px():
    digit = mnist_digit(corner_one())
    assert digit is not None and digit.shape == (28, 28) and digit.dtype == np.uint8
    cy, cx = centre_of_mass(digit)
    assert abs(cy - CENTRE) <= 0.5 and abs(cx - CENTRE) <= 0.5
    height, width = ink_box(digit)
    assert height == 20
    assert width < 10  # still a thin upright stroke, not stretched to a square


def test_matches_a_hand_written_reference():
    digit = mnist_digit(corner_one()).astype(float)
    ref = reference(corner_one())
    assert np.abs(digit - ref).mean() < 8  # of 255: the same picture up to resampling details
    assert np.corrcoef(digit.ravel(), ref.ravel())[0, 1] > 0.9


def test_aspect_ratio_is_kept():
    image = np.zeros((300, 200), dtype=np.uint8)
    image[50:150, 60:110] = 255  # a 100 x 50 block: twice as tall as wide
    height, width = ink_box(mnist_digit(image))
    assert height == 20 and width == 10


def test_wide_shapes_fit_by_their_width():
    image = np.zeros((100, 400), dtype=np.uint8)
    image[40:50, 20:380] = 255
    height, width = ink_box(mnist_digit(image))
    assert width == 20 and height <= 2


def test_empty_image_is_nothing_drawn():
    assert mnist_digit(np.zeros((280, 280), dtype=np.uint8)) is None
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
    prediction = predict_digit(model, None, 0.1, 0.3, tuple("0123456789"))
    assert prediction.empty and not prediction.probabilities.any()


def save(image: np.ndarray, path, **options) -> str:
    Image.fromarray(image).save(path, **options)
    return str(path)


def test_light_background_file_is_inverted(tmp_path):
    dark = corner_one()
    light = 255 - dark
    light = (light * 0.85 + 20).astype(np.uint8)  # grey-ish paper, dark grey ink
    from_dark, inverted_dark = load_digit(save(dark, tmp_path / "dark.png"))
    from_light, inverted_light = load_digit(save(light, tmp_path / "light.jpg", quality=95))
    assert not inverted_dark and inverted_light
    assert np.abs(from_dark.astype(float) - from_light.astype(float)).mean() < 10
    cy, cx = centre_of_mass(from_light)
    assert abs(cy - CENTRE) <= 0.5 and abs(cx - CENTRE) <= 0.5


def test_colour_and_any_size_files(tmp_path):
    rgb = np.zeros((57, 91, 3), dtype=np.uint8)
    rgb[10:45, 40:46] = (255, 255, 255)
    digit, inverted = load_digit(save(rgb, tmp_path / "rgb.png"))
    assert not inverted and ink_box(digit)[0] == 20


def test_blank_file_has_no_digit(tmp_path):
    digit, _ = load_digit(save(np.full((64, 64), 240, dtype=np.uint8), tmp_path / "blank.png"))
    assert digit is None


def test_unreadable_files_raise_image_error_naming_the_file(tmp_path):
    corrupt = tmp_path / "corrupt.png"
    corrupt.write_bytes(b"\x89PNG not really")
    for path in (corrupt, tmp_path / "missing.png"):
        with pytest.raises(ImageError, match=path.name):
            load_digit(path)


@pytest.mark.parametrize("shape", [(280, 280), (300, 200)])
def test_the_grid_is_placed_back_over_the_ink(shape):
    """Where the 28x28 grid lies on the drawing (Why? lays the attribution there): its ink's
    box and centre of mass land on the drawing's, within one grid cell."""
    from netbuilder.engine.digit_image import mnist_digit_placed

    image = np.zeros(shape, dtype=np.uint8)
    image[: corner_one().shape[0], : corner_one().shape[1]] = corner_one()[: shape[0], : shape[1]]
    image[150:190, 120:150] = 255  # a second piece far from the first: a wide, off-centre digit
    digit, place = mnist_digit_placed(image)
    assert np.array_equal(digit, mnist_digit(image))
    cell_x, cell_y = place.width / 28, place.height / 28
    rows, cols = np.nonzero(digit > 25)
    ink_rows, ink_cols = np.nonzero(image > 25)
    assert abs(place.x + cols.min() * cell_x - ink_cols.min()) <= cell_x
    assert abs(place.x + (cols.max() + 1) * cell_x - (ink_cols.max() + 1)) <= cell_x
    assert abs(place.y + rows.min() * cell_y - ink_rows.min()) <= cell_y
    assert abs(place.y + (rows.max() + 1) * cell_y - (ink_rows.max() + 1)) <= cell_y
    cy, cx = centre_of_mass(digit)
    ink_cy, ink_cx = centre_of_mass(image)
    assert abs(place.x + (cx + 0.5) * cell_x - (ink_cx + 0.5)) <= cell_x
    assert abs(place.y + (cy + 0.5) * cell_y - (ink_cy + 0.5)) <= cell_y
