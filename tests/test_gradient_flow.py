"""Gradient flow: per-layer gradient norms and update ratios while training, and the deep pair."""

import dataclasses
import json

import pytest
import torch
from torch import nn

from netbuilder.cli.main import main
from netbuilder.document.project import load_project
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.gradient_flow import GradientProbe, GradientReport, learnable_layers
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.engine.training_events import EpochReport
from tests.idx_files import digit_splits, write_idx_folder
from tests.paths import EXAMPLES


@pytest.fixture(scope="module")
def digits():
    return synthetic_digits(1200, 200, seed=0)


def first_to_last(project_name: str, digits) -> float:
    project = load_project(EXAMPLES / f"{project_name}.json")
    project.training = dataclasses.replace(project.training, epochs=1, device="cpu")
    norms = run_experiment(project, digits).metrics()["gradient_norms"]
    assert list(norms) == [f"{n} Linear" for n in range(2, 15, 2)]
    return norms["2 Linear"][0] / norms["14 Linear"][0]


def test_deep_sigmoid_gradients_vanish_before_the_first_layer(digits):
    assert first_to_last("deep_sigmoid", digits) < 1e-3


def test_deep_relu_gradients_reach_the_first_layer(digits):
    assert first_to_last("deep_relu", digits) > 0.05


def test_probe_measures_the_real_gradient_and_the_optimizers_update():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    probe = GradientProbe(model)
    assert probe.labels == ("2 Linear", "4 Linear")
    model(torch.randn(5, 1, 4)).square().sum().backward()
    layer = model[3]
    gradient = torch.cat([layer.weight.grad.flatten(), layer.bias.grad])
    weights = torch.cat([layer.weight.detach().flatten(), layer.bias.detach()])
    assert probe.due(0)
    probe.before_step()
    optimizer.step()
    probe.after_step()
    report = probe.take(0.5)
    assert isinstance(report, GradientReport)
    assert report.gradient_norms[1] == pytest.approx(float(gradient.norm()), rel=1e-5)
    assert report.update_ratios[1] == pytest.approx(
        float(0.1 * gradient.norm() / weights.norm()), rel=1e-4
    )
    assert probe.take(0.6) is None  # nothing new since
    assert probe.take_epoch()["4 Linear"] == pytest.approx(float(gradient.norm()), rel=1e-5)


def test_layers_without_parameters_are_skipped():
    model = nn.Sequential(nn.Flatten(), nn.ReLU())
    assert learnable_layers(model) == []
    assert not GradientProbe(model).due(0)


def test_training_reports_gradients_and_epoch_means(digits):
    project = load_project(EXAMPLES / "logistic_regression.json")
    project.training = dataclasses.replace(project.training, epochs=2, device="cpu")
    events = []
    run_experiment(project, digits, callback=events.append)
    reports = [e for e in events if isinstance(e, GradientReport)]
    assert reports and all(r.labels == ("2 Linear",) for r in reports)
    assert all(r.gradient_norms[0] > 0 and 0 < r.update_ratios[0] < 1 for r in reports)
    epochs = [e for e in events if isinstance(e, EpochReport)]
    assert [set(e.gradient_norms) for e in epochs] == [{"2 Linear"}, {"2 Linear"}]


def test_metrics_out_has_per_epoch_gradient_norms(tmp_path, capsys):
    folder = write_idx_folder(tmp_path / "digits", digit_splits(600, 100))
    metrics = tmp_path / "metrics.json"
    code = main(
        ["train", str(EXAMPLES / "logistic_regression.json"), "--dataset", str(folder)]
        + ["--epochs", "2", "--metrics-out", str(metrics)]
    )
    capsys.readouterr()
    assert code == 0
    norms = json.loads(metrics.read_text())["gradient_norms"]
    assert list(norms) == ["2 Linear"] and len(norms["2 Linear"]) == 2
    assert all(value > 0 for value in norms["2 Linear"])
