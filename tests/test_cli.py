"""The command line as a user meets it: help, version, summary, train, export, and clean errors."""

import json
import re
import subprocess
import sys

import pytest

from netbuilder.cli.main import main
from tests.idx_files import digit_splits, write_idx_folder
from tests.paths import EXAMPLES


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def absent_cuda_device() -> str:
    """A CUDA device this machine lacks: plain "cuda" without a GPU, one past the last with one
    (so the test fails the same way on a GPU machine instead of training)."""
    import torch

    return f"cuda:{torch.cuda.device_count()}" if torch.cuda.is_available() else "cuda"


def test_python_dash_m_and_version():
    result = subprocess.run(
        [sys.executable, "-m", "netbuilder", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().startswith("netbuilder 0.")


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("summary", "train", "export", "predict"):
        assert command in out


def test_summary_prints_shapes_and_total(capsys):
    code, out, _ = run(capsys, "summary", str(EXAMPLES / "lenet5.json"))
    assert code == 0
    assert "6 x 28 x 28" in out and "16 x 5 x 5" in out
    assert out.strip().splitlines()[-1] == "Total parameters: 61706"


def test_summary_of_an_invalid_network_names_the_layer_and_fails(tmp_path, capsys):
    project = json.loads((EXAMPLES / "lenet5.json").read_text())
    del project["network"]["layers"][6]  # the Flatten
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(project))
    code, out, _ = run(capsys, "summary", str(path))
    assert code == 1
    assert "Layer 7 (Linear): Linear expects a flat input" in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["train", "missing.json"], "does not exist"),
        (["train", "{examples}/lenet5.json", "--dataset", "mnist", "--data-dir", "{tmp}", "--no-download"], "MNIST"),
        (["train", "{examples}/lenet5.json", "--device", "{absent_cuda}", "--dataset", "synthetic-digits",
          "--limit-train", "100", "--data-dir", "{tmp}"], "cpu"),
        (["train", "{examples}/lenet5.json", "--folds", "1"], "at least 2 folds"),
        (["summary", "{tmp}"], "Cannot open"),
    ],
)  # fmt: skip
def test_errors_exit_nonzero_with_a_message_not_a_traceback(tmp_path, capsys, argv, words):
    fill = {"examples": EXAMPLES, "tmp": tmp_path, "absent_cuda": absent_cuda_device()}
    argv = [a.format(**fill) for a in argv]
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert err.startswith("netbuilder: error:") and words in err
    assert "Traceback" not in err


def test_a_setting_out_of_range_is_a_usage_error_naming_the_option(capsys):
    """The parser refuses it (exit 2, as for any bad option) before a project is even read."""
    with pytest.raises(SystemExit) as exit_:
        main(["train", "missing.json", "--epochs", "0"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert "argument --epochs: epochs is 0; it must be at least 1 and at most 10000" in err
    assert "Traceback" not in err


def test_missing_data_error_says_where_to_put_the_files(tmp_path, capsys):
    _, _, err = run(
        capsys,
        "train",
        str(EXAMPLES / "logistic_regression.json"),
        "--data-dir",
        str(tmp_path),
        "--no-download",
    )
    assert str(tmp_path) in err and "train-images-idx3-ubyte" in err


def test_train_on_idx_folder_writes_metrics_and_checkpoint(tmp_path, capsys):
    folder = write_idx_folder(tmp_path / "digits", digit_splits(1000, 300))
    metrics, checkpoint = tmp_path / "metrics.json", tmp_path / "model.pt"
    code, out, _ = run(
        capsys, "train", str(EXAMPLES / "logistic_regression.json"), "--dataset", str(folder),
        "--epochs", "2", "--metrics-out", str(metrics), "--checkpoint", str(checkpoint),
    )  # fmt: skip
    assert code == 0
    assert "epoch 2/2" in out and "test accuracy:" in out
    values = json.loads(metrics.read_text())
    assert {"test_accuracy", "test_loss", "epochs", "train_seconds", "samples_per_second"} <= set(
        values
    )
    assert values["epochs"] == 2 and values["test_accuracy"] > 0.3  # chance is 0.1
    assert f"test accuracy: {values['test_accuracy']:.2%}" in out
    assert checkpoint.stat().st_size > 0


def test_export_writes_a_script_that_trains_with_plain_torchvision(tmp_path, capsys):
    write_idx_folder(tmp_path / "data" / "MNIST" / "raw", digit_splits(300, 100))
    script = tmp_path / "train_mlp.py"
    code, out, _ = run(
        capsys, "export", str(EXAMPLES / "mlp_784_200_200_10.json"), "--python", str(script)
    )
    assert code == 0 and script.exists() and "torchrun --nproc-per-node N" in out
    text = script.read_text()
    assert not re.search(r"^\s*(import|from) netbuilder", text, re.MULTILINE)
    result = subprocess.run(
        [sys.executable, str(script), "--data", str(tmp_path / "data"), "--epochs", "1",
         "--no-download"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "epoch 1/1: train loss" in result.stdout and "test accuracy" in result.stdout


def test_checkpoint_resumes_weights_and_optimizer(tmp_path, capsys):
    folder = write_idx_folder(tmp_path / "digits", digit_splits(600, 200))
    first, second = tmp_path / "first.pt", tmp_path / "second.pt"
    project = str(EXAMPLES / "mlp_784_200_200_10.json")
    common = ["--dataset", str(folder), "--epochs", "1"]
    code, first_out, _ = run(capsys, "train", project, *common, "--checkpoint", str(first))
    assert code == 0
    code, out, _ = run(
        capsys, "train", project, *common, "--resume", str(first), "--checkpoint", str(second)
    )
    assert code == 0

    from netbuilder.engine.checkpoint import load_checkpoint

    before, after = load_checkpoint(first), load_checkpoint(second)
    assert before.optimizer_state is not None and after.optimizer_state is not None

    # Resumed, not restarted: the second run's first-epoch loss is below the first run's.
    def train_loss(text):
        [line] = [line for line in text.splitlines() if "train loss" in line]
        return float(line.split("train loss ")[1].split()[0])

    assert train_loss(out) < train_loss(first_out)
    wrong = run(capsys, "train", str(EXAMPLES / "lenet5.json"), *common, "--resume", str(first))
    assert wrong[0] == 1 and "do not fit this network" in wrong[2]
