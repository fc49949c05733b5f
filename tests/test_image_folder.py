"""Image folders in torchvision's ImageFolder layout: shapes, class names, corrupt files, cache."""

import json
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image, ImageDraw

from netbuilder.cli.main import main
from netbuilder.engine.data import load_dataset
from netbuilder.engine.dataset import DataUnavailableError

SHAPES = ("circle", "square", "triangle")


def draw(shape: str, size: int, rng: np.random.Generator) -> Image.Image:
    """A coloured shape on a random dark background, at a random place and scale."""
    image = Image.new("RGB", (size, size), tuple(int(v) for v in rng.integers(0, 60, 3)))
    pen = ImageDraw.Draw(image)
    r = size * rng.uniform(0.25, 0.4)
    cx, cy = size / 2 + rng.uniform(-3, 3), size / 2 + rng.uniform(-3, 3)
    fill = tuple(int(v) for v in rng.integers(120, 256, 3))
    if shape == "circle":
        pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)
    elif shape == "square":
        pen.rectangle((cx - r, cy - r, cx + r, cy + r), fill=fill)
    else:
        pen.polygon([(cx, cy - r), (cx - r, cy + r), (cx + r, cy + r)], fill=fill)
    return image


def shape_folder(root: Path, per_class: int = 40, corrupt: bool = True) -> Path:
    rng = np.random.default_rng(0)
    for shape in SHAPES:
        (root / shape).mkdir(parents=True)
        for i in range(per_class):
            size = (32, 48)[i % 2]
            fmt = ("png", "jpg", "bmp", "webp")[i % 4]
            draw(shape, size, rng).save(root / shape / f"{i}.{fmt}")
    if corrupt:
        (root / "square" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    return root


@pytest.fixture
def shapes(tmp_path: Path) -> Path:
    return shape_folder(tmp_path / "shapes")


def test_shapes_classes_and_the_corrupt_file(shapes, tmp_path):
    dataset = load_dataset(str(shapes), tmp_path / "data")
    assert dataset.classes == SHAPES
    assert dataset.input_shape == (3, 32, 32)  # colour, two sizes: the default for colour
    assert len(dataset.train) + len(dataset.test) == 120 and len(dataset.test) == 24
    assert [Path(p).name for p, _ in dataset.skipped] == ["broken.png"]
    assert torch.bincount(dataset.test.labels).tolist() == [8, 8, 8]


def test_the_second_load_comes_from_the_cache(shapes, tmp_path, monkeypatch):
    first = load_dataset(str(shapes), tmp_path / "data", image_size=(20, 24))
    assert first.input_shape == (3, 20, 24)
    monkeypatch.setattr("netbuilder.engine.image_folder.load_picture", None)  # decoding would fail
    second = load_dataset(str(shapes), tmp_path / "data", image_size=(20, 24))
    assert torch.equal(first.train.images, second.train.images)
    assert second.skipped == first.skipped


def test_common_size_and_gray_images_and_split_folders(tmp_path):
    rng = np.random.default_rng(1)
    for split, count in (("train", 6), ("test", 2)):
        for shape in SHAPES[:2]:
            (tmp_path / "set" / split / shape).mkdir(parents=True)
            for i in range(count):
                draw(shape, 40, rng).convert("L").save(
                    tmp_path / "set" / split / shape / f"{i}.png"
                )
    dataset = load_dataset(str(tmp_path / "set"), tmp_path / "data")
    assert dataset.input_shape == (1, 40, 40) and dataset.classes == SHAPES[:2]
    assert (len(dataset.train), len(dataset.test)) == (12, 4)


@pytest.mark.parametrize("classes, words", [(["only"], "1 class folder"), (["a", "b"], "no PNG")])
def test_too_few_classes_or_an_empty_class_is_a_clear_error(tmp_path, classes, words):
    for name in classes:
        (tmp_path / "set" / name).mkdir(parents=True)
    draw("circle", 16, np.random.default_rng(0)).save(tmp_path / "set" / classes[0] / "x.png")
    with pytest.raises(DataUnavailableError, match=words):
        load_dataset(str(tmp_path / "set"), tmp_path / "data")


def test_train_on_an_image_folder_through_the_cli(shapes, tmp_path, capsys):
    project = {
        "format": "netbuilder-project", "schema_version": 1, "name": "shapes",
        "network": {"input_shape": [1, 28, 28], "layers": [
            {"type": "Conv2d", "params": {"out_channels": 8, "kernel_size": 3, "padding": 1}},
            {"type": "ReLU", "params": {}},
            {"type": "MaxPool2d", "params": {"kernel_size": 4}},
            {"type": "Flatten", "params": {}},
            {"type": "Linear", "params": {"out_features": 3}},
        ]},
        "training": {"optimizer": "adam", "learning_rate": 0.01, "batch_size": 16, "epochs": 8,
                     "validation_fraction": 0.0, "device": "cpu"},
        "dataset": {"name": "mnist"},
    }  # fmt: skip
    path = tmp_path / "shapes.json"
    path.write_text(json.dumps(project))
    metrics, checkpoint = tmp_path / "m.json", tmp_path / "shapes.pt"
    code = main(["train", str(path), "--dataset", str(shapes), "--data-dir", str(tmp_path / "d"),
                 "--metrics-out", str(metrics), "--checkpoint", str(checkpoint)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "input 3x32x32, 3 classes: circle, square, triangle" in out
    assert "broken.png" in out
    result = json.loads(metrics.read_text())
    assert result["test_accuracy"] > 0.6  # chance is 1/3
    assert set(result["per_class_accuracy"]) == set(SHAPES)
    picture = tmp_path / "probe.png"
    draw("triangle", 48, np.random.default_rng(5)).save(picture)
    assert main(["predict", str(checkpoint), str(picture)]) == 0
    out = capsys.readouterr().out
    assert "predicted" in out and all(name in out for name in SHAPES)


def test_the_document_counts_an_image_folders_classes_without_decoding(shapes, tmp_path):
    from netbuilder.document.datasets import dataset_classes

    assert dataset_classes(str(shapes)) == 3
    assert dataset_classes(str(tmp_path / "table.csv")) is None  # only loading a table tells
