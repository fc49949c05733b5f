"""Baselines on every run: the majority class / the mean and a linear model, on data whose answer
is known; in --metrics-out and in the doctor's words when the network is worse."""

import json

import numpy as np
import pytest
import torch

from netbuilder.cli.main import main
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.baseline import baseline
from netbuilder.engine.dataset import Dataset, Split, split_validation
from netbuilder.engine.doctor import Doctor
from netbuilder.engine.two_d import generate
from tests.test_table import mlp_project, write_csv


def points(labels: list[int], test_labels: list[int], classes: int = 2) -> Dataset:
    g = torch.Generator().manual_seed(0)

    def split(values: list[int]) -> Split:
        y = torch.tensor(values)
        return Split(torch.randn(len(y), 2, generator=g), y)

    return Dataset.from_splits(
        name="points", title="points", train=split(labels), test=split(test_labels),
        classes=tuple(str(c) for c in range(classes)), synthetic=True, source="test",
    )  # fmt: skip


NO_VALIDATION = TrainingSettings(validation_fraction=0.0)


def test_majority_accuracy_on_a_balanced_and_an_imbalanced_set():
    balanced = baseline(points([0, 1] * 50, [0, 1] * 20), NO_VALIDATION)
    assert balanced.constant == pytest.approx(0.5)
    imbalanced = baseline(points([0] * 90 + [1] * 10, [0] * 36 + [1] * 4), NO_VALIDATION)
    assert imbalanced.constant == pytest.approx(0.9)  # always "0": right on 36 of 40
    assert imbalanced.metrics()["baseline_majority_accuracy"] == pytest.approx(0.9)


def test_the_majority_is_taken_from_the_training_part_the_network_trains_on():
    # 50 of each class in the training split: the majority is the class the validation part
    # (held out as the trainer holds it out) leaves more of; the test set is 3:1
    data = points([0, 1] * 50, [0] * 30 + [1] * 10)
    for seed in range(20):
        train, _ = split_validation(data.train, 0.3, seed)
        if int(torch.bincount(train.labels).argmax()) == 1:
            break
    found = baseline(data, TrainingSettings(validation_fraction=0.3, seed=seed))
    assert found.constant == pytest.approx(0.25)  # "1" is right on 10 of 40


def test_logistic_regression_separates_blobs_but_not_xor():
    blobs = baseline(generate("blobs", {"classes": 3}), TrainingSettings())
    assert blobs.linear is not None and blobs.linear > 0.9
    xor = baseline(generate("xor"), TrainingSettings())
    assert xor.linear is not None and xor.linear < 0.7  # no straight line splits XOR


def test_least_squares_on_a_linear_table_has_r2_near_one(tmp_path):
    rng = np.random.default_rng(1)
    x = rng.uniform(-1, 1, (300, 3))
    y = 7 + 4 * x[:, 0] - 3 * x[:, 1] + 0.5 * x[:, 2] + rng.normal(0, 0.05, 300)
    rows = [[*(f"{v:.5f}" for v in a), f"{t:.5f}"] for a, t in zip(x, y, strict=True)]
    table = write_csv(tmp_path / "linear.csv", ["a", "b", "c", "y"], rows)
    metrics = tmp_path / "m.json"
    argv = ["train", str(mlp_project(tmp_path / "p.json", 1)), "--dataset", str(table),
            "--epochs", "2", "--metrics-out", str(metrics)]  # fmt: skip
    assert main(argv) == 0
    result = json.loads(metrics.read_text())
    assert result["baseline_linear_r2"] > 0.995
    assert result["baseline_linear_rmse"] < 0.1
    assert abs(result["baseline_mean_r2"]) < 0.05  # the mean explains nothing
    assert result["baseline_mean_rmse"] > 2
    # two epochs of a small MLP do not reach a straight line here: the doctor says so
    if result["r2"] < result["baseline_linear_r2"] - 0.01:
        codes = {d["code"] for d in result["diagnoses"]}
        assert "worse_than_linear_r2" in codes


def test_the_doctor_says_when_the_network_is_worse_than_a_linear_model(tmp_path, capsys):
    # a network that only sees a constant can do no better than the majority class
    project = {
        "format": "netbuilder-project", "schema_version": 1, "name": "blind",
        "network": {"input_shape": [2], "layers": [
            {"type": "Linear", "params": {"out_features": 3}},
        ]},
        "training": {"optimizer": "sgd", "learning_rate": 1e-7, "batch_size": 32, "epochs": 1,
                     "device": "cpu"},
        "dataset": {"name": "blobs", "params": {"classes": 3}},
    }  # fmt: skip
    path = tmp_path / "blind.json"
    path.write_text(json.dumps(project))
    metrics = tmp_path / "m.json"
    assert main(["train", str(path), "--metrics-out", str(metrics)]) == 0
    out = capsys.readouterr().out
    assert "baseline on the same split" in out
    result = json.loads(metrics.read_text())
    assert result["baseline_linear_accuracy"] > 0.9
    found = [d for d in result["diagnoses"] if d["code"] == "worse_than_linear_accuracy"]
    assert found, result["diagnoses"]
    assert found[0]["message"].startswith("Your network is worse than a linear model")
    assert f"{result['baseline_linear_accuracy']:.1%}" in found[0]["message"]


def test_no_finding_when_the_network_beats_the_line():
    from netbuilder.engine.baseline import Baseline

    doctor = Doctor(TrainingSettings())
    doctor.compare(Baseline("classification", 0.5, 0.7, network=0.95))
    assert doctor.diagnoses() == []
    doctor.compare(Baseline("classification", 0.5, 0.97, network=0.95))
    assert [d.code for d in doctor.diagnoses()] == ["worse_than_linear_accuracy"]
