"""The exported training script: safe to generate from any project, and it trains under torchrun."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from netbuilder import cli
from netbuilder.document.project import load_project
from netbuilder.document.script_export import training_script
from netbuilder.document.settings import SettingsError
from netbuilder.engine.checkpoint import load_checkpoint
from tests.idx_files import write_idx_folder
from tests.paths import EXAMPLES

HOSTILE_NAMES = [
    'x"""\nHACKED = True\n"""',
    "x'''\nHACKED = True\n'''",
    "back\\N{slash} and \\x4 and \\u12",
    "nul\x00byte",
    "new\nline\r\nand\u2028separator # HACKED = True",
    "}{$name ${dataset} %s {0}",
]


def _namespace(script: str) -> dict:
    """Run the script's top level as an imported module (defines everything, trains nothing)."""
    namespace = {"__name__": "exported_script"}
    exec(compile(script, "train.py", "exec"), namespace)
    return namespace


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_every_example_exports_a_script_that_compiles(example):
    compile(training_script(load_project(example)), f"train_{example.stem}.py", "exec")


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_hostile_project_name_stays_a_string(name):
    project = load_project(EXAMPLES / "lenet5.json")
    project.name = project.description = name
    namespace = _namespace(training_script(project))
    assert "HACKED" not in namespace
    assert namespace["PROJECT"]["name"] == name


def test_a_hostile_dataset_path_stays_a_string():
    project = load_project(EXAMPLES / "lenet5.json")
    project.dataset = '/data/x"""\nHACKED = True\n"""'
    namespace = _namespace(training_script(project))
    assert "HACKED" not in namespace and namespace["DATASET"] == project.dataset


@pytest.mark.parametrize("setting", ["learning_rate", "weight_decay", "l1", "gamma"])
def test_non_finite_settings_are_refused_not_written_as_nan(setting):
    project = load_project(EXAMPLES / "lenet5.json")
    setattr(project.training, setting, float("nan"))
    with pytest.raises(SettingsError, match=setting):
        training_script(project)


def test_the_script_carries_the_project_settings():
    project = load_project(EXAMPLES / "lenet5.json")
    project.training.optimizer, project.training.momentum = "sgd", 0.9
    project.training.schedule, project.training.init = "step", "kaiming"
    project.training.weight_decay, project.training.l1 = 1e-4, 1e-5
    namespace = _namespace(training_script(project))
    model = namespace["build_model"]()
    namespace["initialise"](model)
    optimizer = namespace["make_optimizer"](model)
    assert type(optimizer) is torch.optim.SGD
    assert optimizer.defaults["momentum"] == 0.9 and optimizer.defaults["weight_decay"] == 1e-4
    assert type(namespace["make_scheduler"](optimizer, 3)) is torch.optim.lr_scheduler.StepLR
    assert namespace["L1"] == 1e-5 and namespace["BATCH_SIZE"] == project.training.batch_size
    assert all(m.bias.abs().sum() == 0 for m in model if isinstance(m, torch.nn.Linear))


def test_synthetic_digits_say_they_need_an_idx_folder(tmp_path):
    project = load_project(EXAMPLES / "lenet5.json")
    project.dataset = "synthetic-digits"
    namespace = _namespace(training_script(project))
    with pytest.raises(SystemExit, match="generated digits.*--data FOLDER"):
        namespace["load_data"](tmp_path, None, False)


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
    result = subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.mark.slow
def test_lenet5_script_trains_under_torchrun_as_it_does_alone(tmp_path, capsys):
    """2 processes on gloo: one metrics file and checkpoint, the app opens it, resume goes on."""
    from tests.idx_files import digit_splits

    data = write_idx_folder(tmp_path / "digits", digit_splits(2000, 500))
    project = load_project(EXAMPLES / "lenet5.json")
    project.training.learning_rate, project.training.batch_size = 0.01, 32
    project.training.init = "xavier"  # sigmoids learn far sooner from it: a few seconds suffice
    script = tmp_path / "train_lenet5.py"
    script.write_text(training_script(project))
    base = [str(script), "--data", str(data), "--device", "cpu"]
    common = [*base, "--epochs", "2"]
    _run([*common, "--metrics-out", "alone.json"], tmp_path)
    (tmp_path / "ddp").mkdir()
    torchrun = ["-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2"]
    ddp = _run([*torchrun, *common, "--metrics-out", "m.json", "--checkpoint", "m.pt"],
               tmp_path / "ddp")  # fmt: skip
    assert "batch size 16 per process, 32 global" in ddp.stdout
    assert "weights identical on all 2 processes" in ddp.stdout
    assert ddp.stdout.count("epoch 2/2") == 1  # rank 0 alone logs
    assert sorted(p.name for p in (tmp_path / "ddp").iterdir()) == ["m.json", "m.pt"]
    one, two = (
        json.loads(p.read_text()) for p in (tmp_path / "alone.json", tmp_path / "ddp/m.json")
    )
    assert one.keys() == two.keys() >= {"test_accuracy", "test_loss", "epochs", "dataset"}
    assert two["epochs"] == 2 and two["test_accuracy"] > 0.3  # chance is 0.1
    assert abs(one["test_accuracy"] - two["test_accuracy"]) <= 0.02

    checkpoint = load_checkpoint(tmp_path / "ddp/m.pt")
    assert checkpoint.epoch == 2 and checkpoint.metrics["test_accuracy"] == two["test_accuracy"]
    _check_predict_opens(tmp_path / "ddp/m.pt", tmp_path, capsys)

    resumed = _run([*base, "--epochs", "3", "--resume", "ddp/m.pt", "--checkpoint", "r.pt"],
                   tmp_path)  # fmt: skip
    assert "resuming from ddp/m.pt after epoch 2" in resumed.stdout
    assert "epoch 3/3" in resumed.stdout and "epoch 1/3" not in resumed.stdout
    assert load_checkpoint(tmp_path / "r.pt").epoch == 3


def _check_predict_opens(model: Path, tmp_path: Path, capsys) -> None:
    from PIL import Image

    image = tmp_path / "digit.png"
    Image.new("L", (28, 28), 0).save(image)
    Image.new("L", (4, 20), 255).save(tmp_path / "stroke.png")
    canvas = Image.new("L", (28, 28), 0)
    canvas.paste(Image.open(tmp_path / "stroke.png"), (12, 4))
    canvas.save(image)
    assert cli.main(["predict", str(model), str(image)]) == 0
    assert "predicted" in capsys.readouterr().out


def test_an_image_folder_project_reads_its_folder_like_the_app(tmp_path):
    from PIL import Image

    for index, name in enumerate(("cats", "dogs")):
        (tmp_path / "pets" / name).mkdir(parents=True)
        for i in range(10):
            colour = (200 * index, 40 + 10 * i, 90)
            Image.new("RGB", (12, 10), colour).save(tmp_path / "pets" / name / f"{i}.png")
    project = load_project(EXAMPLES / "logistic_regression.json")
    project.network.input_shape = (3, 8, 8)
    project.dataset = str(tmp_path / "pets")
    namespace = _namespace(training_script(project))
    assert f"default={str(tmp_path / 'pets')!r}" in training_script(project)  # --data's default
    train, test, title, classes = namespace["load_data"](tmp_path / "pets", None, False)
    assert classes == ("cats", "dogs") and title == "images in pets (3x8x8)"
    assert train[0].shape == (16, 3, 8, 8) and test[0].shape == (4, 3, 8, 8)
    assert train[0].dtype == torch.uint8 and sorted(test[1].tolist()) == [0, 0, 1, 1]


def test_a_k_fold_project_exports_a_script_that_says_it_trains_once():
    project = load_project(EXAMPLES / "mlp_784_200_200_10.json")
    assert "cross-validation" not in training_script(project)
    project.training.folds = 5
    script = training_script(project)
    compile(script, "train.py", "exec")
    assert "5-fold cross-validation; this script trains once" in script
    assert "--folds 5" in script


@pytest.mark.slow
def test_a_nested_network_script_trains_under_torchrun(tmp_path, capsys):
    """Residual blocks (one with its projection, BatchNorm inside) on 2 gloo processes: the
    script's own container classes train, and the app opens the checkpoint they write."""
    from netbuilder.document.project import Project
    from netbuilder.document.settings import TrainingSettings
    from netbuilder.engine.experiment import model_from_checkpoint
    from tests.idx_files import digit_splits
    from tests.nested import resnet_small

    data = write_idx_folder(tmp_path / "digits", digit_splits(400, 100))
    settings = TrainingSettings(batch_size=32, learning_rate=0.01, optimizer="adam")
    script = tmp_path / "train_resnet.py"
    script.write_text(training_script(Project(resnet_small(), settings, "mnist", "resnet")))
    torchrun = ["-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2"]
    ddp = _run([*torchrun, str(script), "--data", str(data), "--device", "cpu", "--epochs", "1",
                "--checkpoint", "m.pt"], tmp_path)  # fmt: skip
    assert "weights identical on all 2 processes" in ddp.stdout
    checkpoint = load_checkpoint(tmp_path / "m.pt")
    assert "5.shortcut.0.weight" in checkpoint.state_dict and checkpoint.epoch == 1
    trained = model_from_checkpoint(checkpoint)
    assert trained.project.network.structure() == resnet_small().structure()
    _check_predict_opens(tmp_path / "m.pt", tmp_path, capsys)
