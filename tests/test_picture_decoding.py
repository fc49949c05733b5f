"""One decoder for pictures: a folder of images for training and a picture to predict go through
`picture.load_picture`, so both see the same pixels, with the same safeguards."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from netbuilder.engine.digit_image import ImageError
from netbuilder.engine.image_folder import load_image_folder
from netbuilder.engine.picture import load_picture
from tests.hostile.test_images import png_header_only

EXIF_ORIENTATION = 0x0112
TURNED_RIGHT = 6  # how a phone held upright stores its photo: shown turned 90 degrees clockwise


def phone_photo(path: Path, colour: tuple[int, int, int]) -> np.ndarray:
    """A wide JPEG stored sideways with an EXIF Orientation tag; returns it as shown, (H, W, 3)."""
    pixels = np.zeros((24, 40, 3), np.uint8)
    pixels[:, :10] = colour  # a band at the stored left edge: at the top once shown upright
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = TURNED_RIGHT
    Image.fromarray(pixels).save(path, quality=95, exif=exif.tobytes())
    with Image.open(path) as stored:
        return np.asarray(ImageOps.exif_transpose(stored).convert("RGB"))


def two_classes(root: Path, names: tuple[str, str] = ("a.jpg", "b.jpg")) -> list[np.ndarray]:
    shown = []
    for name, colour in zip(names, ((250, 30, 30), (30, 30, 250)), strict=True):
        (root / name[0]).mkdir(parents=True)
        shown.append(phone_photo(root / name[0] / name, colour))
        phone_photo(root / name[0] / f"twin-{name}", colour)  # a class needs 2: one is held out
    return shown


def test_a_phone_photo_is_the_same_array_in_training_and_in_prediction(tmp_path):
    shown = two_classes(tmp_path / "photos")
    dataset = load_image_folder(tmp_path / "photos")
    assert dataset.input_shape == (3, 40, 24), "upright: taller than wide, as the phone shows it"
    trained_on = dataset.train.images[0].numpy()
    label = int(dataset.train.labels[0])
    name = "ab"[label]
    predicted_on = load_picture(tmp_path / "photos" / name / f"{name}.jpg", dataset.input_shape)
    assert np.array_equal(trained_on, predicted_on)
    assert np.abs(trained_on.transpose(1, 2, 0).astype(int) - shown[label]).max() <= 2
    channel = (0, 2)[label]  # red for a, blue for b
    band = trained_on[channel]
    assert band[:10].mean() > 200 and band[-10:].mean() < 60, "the band on top"


def test_a_picture_over_the_pixel_budget_is_refused_by_both(tmp_path):
    two_classes(tmp_path / "photos")
    bomb = tmp_path / "photos" / "a" / "bomb.png"
    bomb.write_bytes(png_header_only(8000, 8000))  # 64 million pixels, a few bytes on disk
    dataset = load_image_folder(tmp_path / "photos")
    assert [(Path(p).name, "50 million pixels" in why) for p, why in dataset.skipped] == [
        ("bomb.png", True)
    ]
    with pytest.raises(ImageError, match="50 million pixels"):
        load_picture(bomb, (1, 28, 28))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_among_the_images_is_skipped_not_waited_on(tmp_path):
    two_classes(tmp_path / "photos")
    os.mkfifo(tmp_path / "photos" / "b" / "pipe.png")  # opening it to read would block forever
    dataset = load_image_folder(tmp_path / "photos")
    assert [(Path(p).name, "not an ordinary file" in why) for p, why in dataset.skipped] == [
        ("pipe.png", True)
    ]
