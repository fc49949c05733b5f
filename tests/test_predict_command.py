"""`netbuilder predict MODEL IMAGE...`: the terminal reads digit pictures like the drawing pad."""

from __future__ import annotations

import functools
import re

import numpy as np
import pytest
from PIL import Image

from netbuilder import cli
from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.experiment import TrainedModel, run_experiment
from netbuilder.engine.synthetic_digits import DIGIT_STROKES, render_strokes, synthetic_digits

LINE = re.compile(r"^(?P<name>.+): predicted (?P<label>\d) \(confidence (?P<p>\d{1,3}\.\d)%\)$")
RANK = re.compile(r"^  [123]\. \d  \d{1,3}\.\d%$")


@functools.cache
def digits_dataset():
    """6000 generated training digits and 1000 test digits, made once per test run."""
    return synthetic_digits(6000, 1000, seed=3)


@functools.cache
def trained_digit_reader() -> TrainedModel:
    """A small CNN trained for a few seconds on generated digits; shared with the GUI tests."""
    network = Network(
        [
            Layer("Conv2d", {"out_channels": 8, "kernel_size": 5}),
            Layer("ReLU"),
            Layer("MaxPool2d", {"kernel_size": 2}),
            Layer("Conv2d", {"out_channels": 16, "kernel_size": 5}),
            Layer("ReLU"),
            Layer("MaxPool2d", {"kernel_size": 2}),
            Layer("Flatten"),
            Layer("Linear", {"out_features": 10}),
        ],
        (1, 28, 28),
    )
    training = TrainingSettings(
        optimizer="adam",
        learning_rate=0.003,
        batch_size=64,
        epochs=2,
        validation_fraction=0.0,
        device="cpu",
    )
    return run_experiment(
        Project(network, training, "synthetic-digits", "small cnn"), digits_dataset()
    )


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "cnn.pt"
    trained_digit_reader().save(path)
    return str(path)


def digit_picture(digit: int, size: int = 200) -> np.ndarray:
    """The digit's canonical strokes as a big white-on-black picture, off-centre, not MNIST-sized."""
    image = np.asarray(render_strokes(DIGIT_STROKES[digit], size=size), dtype=np.float32)
    image = image / max(float(image.max()), 1e-6)
    canvas = np.zeros((size + 60, size + 100), dtype=np.float32)
    canvas[10 : 10 + size, 80 : 80 + size] = image
    return (canvas * 255).astype(np.uint8)


def predict(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(["predict", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_png_jpeg_and_light_background(tmp_path, capsys, checkpoint):
    png, jpeg, light = tmp_path / "three.png", tmp_path / "seven.jpg", tmp_path / "zero.png"
    Image.fromarray(digit_picture(3)).save(png)
    Image.fromarray(digit_picture(7)).convert("RGB").save(jpeg, quality=90)
    Image.fromarray(255 - digit_picture(0)).save(light)
    code, out, err = predict(capsys, checkpoint, str(png), str(jpeg), str(light))
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 12
    for block, (path, expected) in enumerate(((png, "3"), (jpeg, "7"), (light, "0"))):
        head = LINE.match(lines[4 * block])
        assert head and head["name"] == str(path), lines[4 * block]
        assert head["label"] == expected
        ranks = lines[4 * block + 1 : 4 * block + 4]
        assert all(RANK.match(line) for line in ranks), ranks
        assert ranks[0].split()[1] == expected
        assert ranks[0].endswith(f"{head['p']}%")  # the top line and rank 1 agree
        assert (
            sum(float(r.split()[2].rstrip("%")) for r in ranks) <= 100.15
        )  # three values, each rounded to 0.1


def test_missing_image_is_a_user_error(tmp_path, capsys, checkpoint):
    missing = tmp_path / "nowhere.png"
    code, out, err = predict(capsys, checkpoint, str(missing))
    assert code == 1 and out == ""
    assert "netbuilder: error:" in err and "nowhere.png" in err and "Traceback" not in err


def test_corrupt_image_is_a_user_error(tmp_path, capsys, checkpoint):
    corrupt = tmp_path / "broken.jpg"
    corrupt.write_bytes(b"\xff\xd8\xff\xe0 this is not a jpeg")
    code, out, err = predict(capsys, checkpoint, str(corrupt))
    assert code == 1 and out == ""
    assert "netbuilder: error:" in err and "broken.jpg" in err


def test_blank_image_says_nothing_drawn(tmp_path, capsys, checkpoint):
    blank = tmp_path / "blank.png"
    Image.fromarray(np.full((50, 50), 255, dtype=np.uint8)).save(blank)
    code, out, _ = predict(capsys, checkpoint, str(blank))
    assert code == 0 and out == f"{blank}: nothing drawn (the image has no ink)\n"
