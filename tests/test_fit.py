"""The regression fit: curves over 1-D data, heat maps over 2-D, predicted against true beyond."""

import numpy as np
import pytest
import torch
from PIL import Image
from torch import nn

from netbuilder.cli.main import main
from netbuilder.document.project import load_project
from netbuilder.engine.dataset import Dataset, Split
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.fit import CURVE, MAP, SCATTER, FitProbe, fit_frame, has_fit, render_fit
from netbuilder.engine.table import sine_dataset
from netbuilder.engine.two_d import generate
from tests.paths import EXAMPLES


def _table(features: int) -> Dataset:
    g = torch.Generator().manual_seed(0)
    x = torch.randn(200, features, generator=g)
    y = x.sum(1) * 3 + 10
    return Dataset.from_splits(
        name="table", title="t", train=Split(x[:160], y[:160]), test=Split(x[160:], y[160:]),
        classes=("y",), synthetic=False, source="t", task="regression", standardise=True,
    )  # fmt: skip


def test_after_training_on_sine_the_curve_is_close_to_sine():
    project = load_project(EXAMPLES / "regression.json")
    project.training.epochs = 10
    dataset = sine_dataset()
    trained = run_experiment(project, dataset)
    frame = fit_frame(trained.model, dataset)
    assert frame.kind == CURVE and len(frame.x) == 200
    inside = np.abs(frame.x) <= 1.9
    error = np.abs(frame.y[inside] - (np.sin(3 * frame.x[inside]) + frame.x[inside] / 2))
    assert error.mean() < 0.15 and error.max() < 0.6, f"mean {error.mean():.3f}"
    picture = render_fit(frame)
    assert picture.shape == (480, 480, 3) and (picture == (214, 39, 40)).all(-1).sum() > 300


def test_the_fit_is_in_the_targets_units():
    """An untrained model whose output is 0 predicts the targets' mean, the same for every x."""
    dataset = _table(1)
    model = nn.Linear(1, 1)
    nn.init.zeros_(model.weight), nn.init.zeros_(model.bias)
    frame = fit_frame(model, dataset)
    assert np.allclose(frame.y, dataset.target_mean, atol=1e-4)
    assert frame.points.extent[0] < float(dataset.train.features.min())


def test_two_features_give_a_map_and_more_a_scatter():
    two, five = _table(2), _table(5)
    frame = fit_frame(nn.Linear(2, 1), two)
    assert frame.kind == MAP and frame.y.shape == (120, 120)
    assert render_fit(frame).shape == (480, 480, 3)
    frame = fit_frame(nn.Linear(5, 1), five)
    assert frame.kind == SCATTER and np.array_equal(frame.x, five.test.labels.numpy())
    assert len(frame.y) == len(five.test) and render_fit(frame, 200).shape == (200, 200, 3)


def test_only_regressions_on_numbers_have_a_fit():
    assert has_fit(sine_dataset()) and not has_fit(generate("moons"))


def test_the_probe_is_throttled_and_keeps_the_mode():
    probe = FitProbe(sine_dataset(), interval=60)
    assert probe.frame() is None, "no model yet"
    model = nn.Linear(1, 1)
    probe.attach(model)
    assert probe.frame() is not None and probe.frame() is None
    assert probe.frame(force=True).kind == CURVE and model.training


def test_train_writes_the_fit_png(tmp_path, capsys):
    picture = tmp_path / "fit.png"
    code = main(["train", str(EXAMPLES / "regression.json"), "--epochs", "2",
                 "--fit-png", str(picture)])  # fmt: skip
    assert code == 0 and "saved the fit" in capsys.readouterr().out
    with Image.open(picture) as image:
        assert image.size == (480, 480)


@pytest.mark.parametrize("example", ["xor_relu.json", "lenet5.json"])
def test_fit_png_on_classes_is_a_clear_error(tmp_path, capsys, example):
    if example == "lenet5.json":
        args = ["--dataset", "synthetic-digits", "--limit-train", "100"]
    else:
        args = []
    code = main(["train", str(EXAMPLES / example), *args, "--fit-png", str(tmp_path / "x.png")])
    assert code != 0 and "--fit-png needs a regression" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
