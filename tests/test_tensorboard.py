"""`--tensorboard DIR`: event files TensorBoard's own reader finds everything in."""

from __future__ import annotations

import subprocess
import sys

from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

from netbuilder.cli.main import main
from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project, save_project
from netbuilder.document.settings import TrainingSettings
from tests.idx_files import digit_splits, write_idx_folder

SIZES = {"scalars": 0, "histograms": 0, "images": 0, "tensors": 0, "graph": 0}


def small_cnn_project() -> Project:
    network = Network(
        [
            Layer("Conv2d", {"out_channels": 4, "kernel_size": 5}),
            Layer("ReLU"),
            Layer("MaxPool2d", {"kernel_size": 2}),
            Layer("Flatten"),
            Layer("Linear", {"out_features": 10}),
        ],
        (1, 28, 28),
    )
    settings = TrainingSettings(optimizer="adam", learning_rate=0.003, epochs=2, device="cpu")
    return Project(network, settings, "mnist", "small cnn")


def test_train_writes_tensorboard_events(tmp_path, capsys):
    project_file = tmp_path / "cnn.json"
    save_project(small_cnn_project(), project_file)
    data = write_idx_folder(tmp_path / "digits", digit_splits(400, 100))
    logs = tmp_path / "runs"
    code = main(["train", str(project_file), "--dataset", str(data), "--tensorboard", str(logs)])
    assert code == 0 and f"tensorboard --logdir {logs}" in capsys.readouterr().out
    events = EventAccumulator(str(logs), size_guidance=SIZES).Reload()
    tags = events.Tags()
    assert {"train/loss", "train/accuracy", "validation/loss", "validation/accuracy",
            "learning_rate", "batch/loss"} <= set(tags["scalars"])  # fmt: skip
    assert [e.step for e in events.Scalars("train/loss")] == [1, 2]
    assert {"gradient_norm/0.weight", "gradient_norm/4.bias"} <= set(tags["scalars"])
    assert all(e.value > 0 for e in events.Scalars("gradient_norm/0.weight"))
    assert {"weights/0.weight", "weights/4.weight"} <= set(tags["histograms"])
    assert len(events.Histograms("weights/0.weight")) == 2
    (filters,) = events.Images("filters/first_layer")[-1:]
    assert filters.width > 4 * 25 and filters.height > 25  # 4 filters, enlarged
    assert tags["graph"]
    accuracy = events.Scalars("hparam/test_accuracy")[0].value
    assert 0.0 <= accuracy <= 1.0
    plugins = events.PluginTagToContent("hparams")
    assert "_hparams_/experiment" in plugins and "_hparams_/session_start_info" in plugins
    assert b"learning_rate" in plugins["_hparams_/session_start_info"]


def test_tensorboard_imports_without_warnings():
    code = "from torch.utils.tensorboard import SummaryWriter; import tensorboard.backend.event_processing.event_accumulator"
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
