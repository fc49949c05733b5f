"""The exported training script on generated 2-D points, the sine function and CSV tables: the same
data as the app (formulas, seeds, splits), and it trains (run as `python FILE`, one thread)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import torch

from netbuilder.document.project import load_project
from netbuilder.document.script_export import training_script
from netbuilder.document.two_d import TWO_D_NAMES
from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.table import load_csv, sine_dataset
from netbuilder.engine.two_d import generate
from tests.test_script_export import EXAMPLES, _namespace, _run


def _table(path: Path, regression: bool) -> Path:
    rng = random.Random(0)
    rows = ["a,b,c,kind"]
    for _ in range(300):
        a, b, c = (rng.uniform(-1, 1) for _ in range(3))
        kind = f"{3 * a - 2 * b + 5:.4f}" if regression else ("left" if a < b else "right")
        rows.append(f"{a:.4f},{b:.4f},{c:.4f},{kind}")
    path.write_text("\n".join(rows) + "\n")
    return path


def _table_project(path: Path, outputs: int, **params):
    project = load_project(EXAMPLES / "regression.json")
    project.network.input_shape = (3,)
    project.network.layers[-1].params["out_features"] = outputs
    project.dataset, project.dataset_params = str(path), params
    project.training.epochs, project.training.validation_fraction = 8, 0.0
    if outputs > 1:
        project.training.loss = "cross_entropy"
    return project


@pytest.mark.parametrize("name", TWO_D_NAMES)
def test_the_scripts_points_are_the_apps(name):
    project = load_project(EXAMPLES / "spiral_relu.json")
    project.dataset, project.dataset_params = name, {"points": 30, "noise": 0.2, "seed": 3}
    train, test, title, classes = _namespace(training_script(project))["load_data"]("x", None, 0)
    app = generate(name, project.dataset_params)
    assert torch.equal(train[0], app.train.features) and torch.equal(test[1], app.test.labels)
    assert classes == app.classes and "2-D points" in title


def test_the_scripts_sine_is_the_apps():
    project = load_project(EXAMPLES / "regression.json")
    project.training.seed = 5
    train, test, _title, classes = _namespace(training_script(project))["load_data"]("x", None, 0)
    app = sine_dataset(seed=5)
    assert torch.equal(train[0], app.train.features) and torch.equal(test[1], app.test.labels)
    assert classes == ("y",)


@pytest.mark.parametrize("regression", [False, True])
def test_the_scripts_table_is_the_apps(tmp_path, regression):
    path = _table(tmp_path / "t.csv", regression)
    project = _table_project(path, 1 if regression else 2, target="kind")
    train, test, title, classes = _namespace(training_script(project))["load_data"](path, None, 0)
    app = load_csv(path, "kind")
    assert app.task == ("regression" if regression else "classification")
    assert torch.equal(train[0], app.train.features) and torch.equal(test[1], app.test.labels)
    assert classes == app.classes and train[1].dtype == app.train.labels.dtype


def test_a_bad_table_is_a_clear_error_naming_row_and_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("a,label\n1,x\n,y\n")
    namespace = _namespace(training_script(_table_project(path, 2)))
    with pytest.raises(SystemExit, match="row 3, column 'a': a missing value"):
        namespace["load_data"](path, None, False)


def test_a_2d_script_trains_above_chance(tmp_path):
    project = load_project(EXAMPLES / "xor_relu.json")
    project.training.epochs = 10
    script = tmp_path / "xor.py"
    script.write_text(training_script(project))
    result = _run([str(script), "--device", "cpu", "--metrics-out", "m.json"], tmp_path)
    metrics = json.loads((tmp_path / "m.json").read_text())
    assert "test accuracy" in result.stdout and metrics["test_accuracy"] > 0.8, result.stdout


def test_csv_scripts_train_a_classification_and_a_regression(tmp_path, capsys):
    runs = {}
    for regression in (False, True):
        path = _table(tmp_path / f"t{regression}.csv", regression)
        project = _table_project(path, 1 if regression else 2, target="kind")
        script = tmp_path / f"t{regression}.py"
        script.write_text(training_script(project))
        out = f"m{regression}.json"
        args = [str(script), "--device", "cpu", "--metrics-out", out, "--checkpoint", f"{out}.pt"]
        runs[regression] = _run(args, tmp_path).stdout, json.loads((tmp_path / out).read_text())
    stdout, metrics = runs[False]
    assert "test accuracy" in stdout and metrics["test_accuracy"] > 0.8, stdout
    stdout, metrics = runs[True]
    assert "RMSE" in stdout and "R2" in stdout and metrics["r2"] > 0.8, stdout
    assert metrics["mae"] < 1.0 and "test_accuracy" not in metrics
    checkpoint = load_checkpoint(tmp_path / "mTrue.json.pt")
    assert checkpoint.task == "regression" and checkpoint.target[1] > 1.0, "netbuilder opens it"
