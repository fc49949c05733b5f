"""Attributions (Captum) and the embedding map (t-SNE): the promises each method makes, on
networks whose answer is known, and the `explain` / `embed` commands."""

from __future__ import annotations

import csv

import numpy as np
import pytest
import torch
from torch import nn

from netbuilder import cli
from netbuilder.engine.attributions import AttributionError, attribute, conv_layers
from netbuilder.engine.dataset import Split
from netbuilder.engine.embedding import embed, separation
from tests.test_predict_command import digits_dataset, trained_digit_reader

MEAN, STD = 0.1307, 0.3081


def left_half_model() -> nn.Module:
    """A linear classifier whose weights see only the left half of a 28x28 image."""
    torch.manual_seed(0)
    linear = nn.Linear(784, 10)
    with torch.no_grad():
        linear.weight.view(10, 28, 28)[:, :, 14:] = 0
    return nn.Sequential(nn.Flatten(), linear)


def random_digit(seed: int = 0) -> np.ndarray:
    return (np.random.default_rng(seed).random((1, 28, 28)) * 255).astype(np.uint8)


def test_integrated_gradients_sum_to_the_score_difference_from_a_black_image():
    model = trained_digit_reader().model.cpu()
    pixels = digits_dataset().test.features[0].numpy()
    result = attribute(model, pixels, MEAN, STD, method="integrated-gradients")
    x = (torch.as_tensor(pixels)[None].float() / 255 - MEAN) / STD
    black = (torch.zeros_like(x) - MEAN) / STD
    with torch.no_grad():
        difference = float(model(x[None])[0, result.target] - model(black[None])[0, result.target])
    assert result.values.shape == (28, 28)
    assert result.values.sum() == pytest.approx(difference, rel=0.05, abs=0.05)
    assert result.target == int(model(x[None]).argmax())


@pytest.mark.parametrize("method", ["integrated-gradients", "saliency"])
def test_a_network_that_looks_only_at_the_left_half_gets_attributions_only_there(method):
    result = attribute(left_half_model(), random_digit(), MEAN, STD, target=3, method=method)
    assert np.abs(result.values[:, 14:]).max() == 0
    assert np.abs(result.values[:, :14]).max() > 0
    assert result.target == 3


def test_gradcam_looks_at_a_convolution_and_refuses_networks_without_one():
    model = trained_digit_reader().model.cpu()
    assert conv_layers(model) == ["0", "3"]
    result = attribute(model, random_digit(), MEAN, STD, method="gradcam")
    assert result.layer == "3" and result.values.shape == (28, 28)
    assert (result.values >= 0).all(), "Grad-CAM keeps what pushed toward the class"
    with pytest.raises(AttributionError, match="needs a Conv2d"):
        attribute(left_half_model(), random_digit(), MEAN, STD, method="gradcam")
    with pytest.raises(AttributionError, match="not one of the model's"):
        attribute(model, random_digit(), MEAN, STD, target=12)


def test_the_map_of_a_trained_model_separates_classes_better_than_an_untrained_ones():
    trained = trained_digit_reader().model.cpu()
    test = digits_dataset().test
    untrained = type(trained)(*[type(m)(**_arguments(m)) for m in trained])
    learned = embed(trained, test, MEAN, STD, limit=600)
    random = embed(untrained, test, MEAN, STD, limit=600)
    assert learned.layer == "7" and learned.points.shape == (600, 2)
    assert np.array_equal(learned.labels, test.labels[torch.as_tensor(learned.indices)].numpy())
    assert (
        separation(learned.points, learned.labels) > separation(random.points, random.labels) + 0.1
    )


def _arguments(module: nn.Module) -> dict:
    if isinstance(module, nn.Conv2d):
        return {"in_channels": module.in_channels, "out_channels": module.out_channels,
                "kernel_size": module.kernel_size}  # fmt: skip
    if isinstance(module, nn.Linear):
        return {"in_features": module.in_features, "out_features": module.out_features}
    if isinstance(module, nn.MaxPool2d):
        return {"kernel_size": module.kernel_size}
    return {}


def test_too_few_samples_for_a_map_is_a_clear_error():
    few = Split(torch.zeros(3, 28, 28, dtype=torch.uint8), torch.zeros(3, dtype=torch.int64))
    with pytest.raises(ValueError, match="too few"):
        embed(left_half_model(), few, MEAN, STD)


@pytest.fixture(scope="module")
def saved_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "cnn.pt"
    trained_digit_reader().save(path)
    return path


def test_explain_writes_the_picture_and_the_two_arrays(tmp_path, saved_model, capsys):
    from PIL import Image

    picture = tmp_path / "digit.png"
    Image.fromarray(255 - digits_dataset().test.features[0].numpy()).save(picture)
    png, npy = tmp_path / "why.png", tmp_path / "why.npy"
    argv = ["explain", str(saved_model), str(picture), "--png", str(png), "--npy", str(npy)]
    assert cli.main([*argv, "--target", "3"]) == 0
    arrays = np.load(npy)
    assert arrays.shape == (2, 28, 28) and 0 <= arrays[0].min() and arrays[0].max() <= 1
    with Image.open(png) as shown:
        assert shown.size == (8 * 58, 8 * 28)
    assert "integrated-gradients for class 3" in capsys.readouterr().out
    assert cli.main([*argv, "--target", "cat"]) == 1
    assert "'cat' is not one of the model's classes" in capsys.readouterr().err


def test_embed_writes_the_map_as_csv_and_png(tmp_path, saved_model, capsys, monkeypatch):
    import netbuilder.engine.data as data

    monkeypatch.setattr(data, "load_dataset", lambda *a, **k: digits_dataset())
    table, png = tmp_path / "map.csv", tmp_path / "map.png"
    argv = ["embed", str(saved_model), "--points", "300", "--csv", str(table), "--png", str(png)]
    assert cli.main(argv) == 0
    with table.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 300 and set(rows[0]) == {"x", "y", "label", "prediction"}
    assert png.stat().st_size > 0
    assert "300 test samples at 7" in capsys.readouterr().out
