"""`netbuilder train` and `netbuilder predict` for autoencoders (issue 23): the reconstruction
error in --metrics-out, the codes in --latent-csv, the reconstruction in --out."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from netbuilder import cli
from netbuilder.engine.checkpoint import load_checkpoint
from tests.idx_files import digit_splits, write_idx_folder
from tests.paths import EXAMPLES


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_train_reports_reconstruction_mse_and_writes_the_codes(tmp_path, capsys):
    folder = write_idx_folder(tmp_path / "digits", digit_splits(1200, 300))
    metrics, codes, model = tmp_path / "m.json", tmp_path / "codes.csv", tmp_path / "ae.pt"
    code, out, _err = run(
        capsys, "train", str(EXAMPLES / "autoencoder_mlp.json"), "--dataset", str(folder),
        "--epochs", "3", "--batch-size", "32", "--learning-rate", "0.003",
        "--metrics-out", str(metrics),
        "--latent-csv", str(codes), "--checkpoint", str(model),
    )  # fmt: skip
    assert code == 0
    values = json.loads(metrics.read_text())
    assert "test_accuracy" not in values and "accuracy" not in out
    mse = values["test_reconstruction_mse"]
    assert 0 < mse < values["mean_image_mse"]
    assert f"test reconstruction mse: {mse:.4f}" in out
    with codes.open() as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 300 and set(rows[0]) == {"x", "y", "label"}
    assert {int(r["label"]) for r in rows} <= set(range(10))
    assert np.isfinite([float(r["x"]) for r in rows]).all()
    # predict rebuilds a picture with the saved model
    picture = tmp_path / "seven.png"
    image = np.zeros((28, 28), np.uint8)
    image[6:22, 10:18] = 255
    Image.fromarray(image).save(picture)
    out_png = tmp_path / "recon.png"
    code, out, _err = run(capsys, "predict", str(model), str(picture), "--out", str(out_png))
    assert code == 0 and "reconstructed, pixel MSE" in out
    rebuilt = np.asarray(Image.open(out_png))
    assert rebuilt.shape == (28, 28) and rebuilt.max() > rebuilt.min()


def test_latent_csv_needs_a_two_value_code(tmp_path, capsys):
    code, _out, err = run(
        capsys, "train", str(EXAMPLES / "autoencoder_conv.json"), "--dataset", "synthetic-digits",
        "--latent-csv", str(tmp_path / "codes.csv"),
    )  # fmt: skip
    assert code != 0 and "no layer of exactly 2 outputs" in err
    assert not (tmp_path / "codes.csv").exists()


def test_the_exported_script_trains_the_autoencoder_to_rebuild_its_input(tmp_path, capsys):
    folder = write_idx_folder(tmp_path / "digits", digit_splits(600, 200))
    script, metrics, model = tmp_path / "ae.py", tmp_path / "m.json", tmp_path / "ae.pt"
    code, _out, _err = run(capsys, "export", str(EXAMPLES / "autoencoder_mlp.json"),
                           "--python", str(script))  # fmt: skip
    assert code == 0
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
    result = subprocess.run(
        [sys.executable, str(script), "--data", str(folder), "--epochs", "1",
         "--metrics-out", str(metrics), "--checkpoint", str(model)],
        env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    values = json.loads(metrics.read_text())
    mse = values["test_reconstruction_mse"]  # the loss is mse: the two agree
    assert "test_accuracy" not in values and 0 < mse == pytest.approx(values["test_loss"], rel=1e-4)
    assert "test reconstruction mse" in result.stdout + result.stderr
    checkpoint = load_checkpoint(model)
    assert checkpoint.task == "reconstruction" and (checkpoint.mean, checkpoint.std) == (0.0, 1.0)


def test_tensorboard_calls_an_autoencoder_s_score_reconstruction_mse(tmp_path, capsys):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    data = write_idx_folder(tmp_path / "digits", digit_splits(300, 100))
    logs = tmp_path / "runs"
    code, _out, _err = run(
        capsys, "train", str(EXAMPLES / "autoencoder_conv.json"), "--dataset", str(data),
        "--epochs", "1", "--tensorboard", str(logs),
    )  # fmt: skip
    assert code == 0
    scalars = set(EventAccumulator(str(logs)).Reload().Tags()["scalars"])
    assert {"train/reconstruction_mse", "hparam/test_reconstruction_mse"} <= scalars
    assert not any("accuracy" in tag for tag in scalars)
