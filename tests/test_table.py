"""CSV tables through the command line: classification with string labels, regression, errors."""

import json
from pathlib import Path

import numpy as np
import pytest

from netbuilder.cli.main import main
from netbuilder.engine.data import load_dataset
from netbuilder.engine.dataset import DataUnavailableError
from tests.paths import EXAMPLES


def mlp_project(path: Path, outputs: int, loss: str = "cross_entropy") -> Path:
    project = {
        "format": "netbuilder-project", "schema_version": 1, "name": "table mlp",
        "network": {"input_shape": [1, 28, 28], "layers": [
            {"type": "Linear", "params": {"out_features": 32}},
            {"type": "ReLU", "params": {}},
            {"type": "Linear", "params": {"out_features": outputs}},
        ]},
        "training": {"optimizer": "adam", "learning_rate": 0.01, "batch_size": 32, "epochs": 15,
                     "loss": loss, "validation_fraction": 0.0, "device": "cpu"},
    }  # fmt: skip
    path.write_text(json.dumps(project))
    return path


def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    path.write_text("\n".join(",".join(map(str, r)) for r in [header, *rows]) + "\n")
    return path


def blobs_csv(path: Path, rows: int = 200) -> Path:
    rng = np.random.default_rng(0)
    data = []
    for i in range(rows):
        kind = ("setosa", "virginica")[i % 2]
        centre = 1.5 if kind == "virginica" else -1.5
        a, b = rng.normal(centre, 1.0, 2)
        data.append([f"{a:.4f}", kind, f"{b * 100:.2f}"])  # label in the middle, scales differ
    return write_csv(path, ["width", "species", "length"], data)


def test_csv_classification_with_string_labels(tmp_path, capsys):
    table = blobs_csv(tmp_path / "flowers.csv")
    metrics, model = tmp_path / "m.json", tmp_path / "m.pt"
    argv = ["train", str(mlp_project(tmp_path / "p.json", 2)), "--dataset", str(table),
            "--target", "species", "--metrics-out", str(metrics), "--checkpoint", str(model)]  # fmt: skip
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "2 classes: setosa, virginica" in out and "2 features" in out
    result = json.loads(metrics.read_text())
    assert result["test_accuracy"] > 0.85
    assert set(result["per_class_accuracy"]) == {"setosa", "virginica"}
    probe = write_csv(tmp_path / "new.csv", ["width", "length"], [[2, 150], [-2, -150]])
    assert main(["predict", str(model), "--csv", str(probe)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("row 2: predicted virginica") and "setosa" in lines[1]


def test_csv_regression_reports_mae_rmse_r2(tmp_path, capsys):
    rng = np.random.default_rng(1)
    x = rng.uniform(-1, 1, (300, 2))
    y = 200 + 50 * x[:, 0] - 30 * x[:, 1] + rng.normal(0, 2, 300)
    rows = [[f"{a:.4f}", f"{b:.4f}", f"{t:.3f}"] for (a, b), t in zip(x, y, strict=True)]
    table = write_csv(tmp_path / "prices.csv", ["a", "b", "price"], rows)
    metrics, model = tmp_path / "m.json", tmp_path / "m.pt"
    argv = ["train", str(mlp_project(tmp_path / "p.json", 1)), "--dataset", str(table),
            "--metrics-out", str(metrics), "--checkpoint", str(model)]  # fmt: skip
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "regression" in out and "mse loss" in out and "r2:" in out
    result = json.loads(metrics.read_text())
    assert result["r2"] > 0.9 and result["rmse"] < 15 and result["mae"] < result["rmse"] * 1.01
    probe = write_csv(tmp_path / "new.csv", ["a", "b"], [[0, 0], [1, 0]])
    assert main(["predict", str(model), "--csv", str(probe)]) == 0
    first, second = (float(line.split(": ")[1]) for line in capsys.readouterr().out.splitlines())
    assert abs(first - 200) < 15 and abs(second - 250) < 20
    assert main(["predict", str(model), str(probe)]) == 1
    assert "use --csv FILE" in capsys.readouterr().err


@pytest.mark.parametrize(
    "cell, words", [("", "row 4, column 'b': a missing value"), ("abc", "row 4, column 'b': 'abc'")]
)
def test_a_bad_csv_names_the_row_and_the_column(tmp_path, cell, words):
    rows = [[1, 2, "x"], [3, 4, "y"], [5, cell, "x"], [7, 8, "y"]]
    table = write_csv(tmp_path / "bad.csv", ["a", "b", "label"], rows)
    with pytest.raises(DataUnavailableError, match=words):
        load_dataset(str(table))


def test_the_regression_example_fits_its_curve(tmp_path, capsys):
    metrics = tmp_path / "m.json"
    argv = ["train", str(EXAMPLES / "regression.json"), "--epochs", "15", "--device", "cpu",
            "--metrics-out", str(metrics)]  # fmt: skip
    assert main(argv) == 0
    assert json.loads(metrics.read_text())["r2"] > 0.8


def test_training_on_fewer_rows_keeps_the_tables_per_column_standardisation(tmp_path):
    path = write_csv(
        tmp_path / "wide.csv",
        ["small", "big", "label"],
        [[i * 0.001, 1000 + i * 10, i % 2] for i in range(100)],
    )
    full = load_dataset(str(path))
    limited = load_dataset(str(path), limit_train=40)
    assert isinstance(full.mean, tuple) and isinstance(limited.mean, tuple)
    assert len(limited.train) == 40
    assert limited.mean[1] > 100 and limited.std[1] > 10  # 'big' still scaled to unit spread
