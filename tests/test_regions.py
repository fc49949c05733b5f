"""Decision regions on the input plane: the grid, the picture, and `train --regions-png`."""

import json

import numpy as np
import pytest
import torch
from PIL import Image
from torch import nn

from netbuilder.cli.main import main
from netbuilder.engine.regions import (
    RegionProbe,
    plane_extent,
    region_probabilities,
    render_regions,
)
from netbuilder.engine.two_d import generate
from tests.paths import EXAMPLES


def left_or_right() -> nn.Module:
    """Class 1 right of x = 0, class 0 left of it, more sure further away."""
    model = nn.Linear(2, 2)
    with torch.no_grad():
        model.weight.copy_(torch.tensor([[-4.0, 0.0], [4.0, 0.0]]))
        model.bias.zero_()
    return model


def test_the_grid_holds_probabilities_in_the_right_places():
    frame = region_probabilities(left_or_right(), (-1.0, 1.0, -2.0, 2.0), resolution=21)
    assert frame.probabilities.shape == (21, 21, 2)
    assert np.allclose(frame.probabilities.sum(axis=2), 1, atol=1e-5)
    assert frame.predicted[5, 0] == 0 and frame.predicted[5, -1] == 1
    assert frame.at(-1.0, 0.0).argmax() == 0 and frame.at(0.9, 1.5).argmax() == 1
    assert frame.confidence[0, 0] > frame.confidence[0, 9], "surer far from the boundary"


def test_the_picture_has_points_on_regions():
    data = generate("blobs", {"points": 20})
    frame = region_probabilities(left_or_right(), plane_extent(data), resolution=40)
    picture = render_regions(frame, data.train, data.test, size=200)
    assert picture.shape == (200, 200, 3) and picture.dtype == np.uint8
    assert (picture == 20).all(axis=2).sum() > 100, "dark outlines of the points"
    assert len(np.unique(picture.reshape(-1, 3), axis=0)) > 50, "shaded by confidence"


def test_a_probe_waits_between_frames_and_keeps_the_mode():
    model = left_or_right().train()
    probe = RegionProbe((-1.0, 1.0, -1.0, 1.0), resolution=10, interval=60.0)
    assert probe.frame() is None, "no model attached yet"
    probe.attach(model)
    assert probe.frame() is not None and probe.frame() is None
    assert probe.frame(force=True) is not None and model.training


def test_train_writes_the_regions_png_headless(tmp_path, capsys):
    picture = tmp_path / "regions.png"
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        code = main(["train", str(EXAMPLES / "xor_relu.json"), "--epochs", "3",
                     "--regions-png", str(picture)])  # fmt: skip
    finally:
        torch.set_num_threads(threads)
    assert code == 0 and "saved the decision regions" in capsys.readouterr().out
    with Image.open(picture) as image:
        assert image.size == (480, 480)


def test_regions_png_on_images_is_a_clear_error(tmp_path, capsys):
    code = main(["train", str(EXAMPLES / "lenet5.json"), "--regions-png", str(tmp_path / "x.png")])
    assert code != 0 and "2-D" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("name", ["spiral_linear", "spiral_relu"])
def test_two_d_examples_keep_their_data_parameters(name):
    saved = json.loads((EXAMPLES / f"{name}.json").read_text())
    assert saved["dataset"] == {
        "name": "spiral",
        "params": {"classes": 3, "points": 200, "noise": 0.2, "test_fraction": 0.25, "seed": 0},
    }
