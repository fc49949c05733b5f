"""`netbuilder export MODEL.pt --onnx / --torchscript`: files that run without netbuilder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from netbuilder import cli
from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.dataset import normalise
from netbuilder.engine.experiment import model_from_checkpoint, run_experiment
from netbuilder.engine.model_export import load_torchscript
from netbuilder.engine.synthetic_digits import synthetic_digits
from tests.paths import EXAMPLES


@pytest.fixture(scope="module")
def saved_model(tmp_path_factory) -> Path:
    network = Network(
        [
            Layer("Conv2d", {"out_channels": 4, "kernel_size": 3}),
            Layer("BatchNorm2d"),
            Layer("ReLU"),
            Layer("MaxPool2d", {"kernel_size": 2}),
            Layer("Flatten"),
            Layer("Linear", {"out_features": 10}),
        ],
        (1, 28, 28),
    )
    settings = TrainingSettings(epochs=1, device="cpu", validation_fraction=0.0)
    trained = run_experiment(
        Project(network, settings, "synthetic-digits", "small"), synthetic_digits(300, 50, seed=4)
    )
    path = tmp_path_factory.mktemp("model") / "small.pt"
    trained.save(path)
    return path


def whole_pixels(count: int) -> torch.Tensor:
    """Pixels 0..1 on the 1/255 grid, so the checkpoint's uint8 path sees the same values."""
    x = torch.randint(0, 256, (count, 1, 28, 28), generator=torch.Generator().manual_seed(5))
    return x.float() / 255


def checkpoint_logits(path: Path, x: torch.Tensor) -> np.ndarray:
    trained = model_from_checkpoint(load_checkpoint(path))
    images = (x * 255).round().to(torch.uint8)
    with torch.no_grad():
        return trained.model.eval()(normalise(images, trained.mean, trained.std)).numpy()


def test_onnx_export_runs_in_onnxruntime_like_the_checkpoint(saved_model, tmp_path, capsys):
    import onnxruntime

    onnx_file = tmp_path / "small.onnx"
    assert cli.main(["export", str(saved_model), "--onnx", str(onnx_file)]) == 0
    assert "pixels 0..1 shaped (N, 1x28x28) in, logits out" in capsys.readouterr().out
    session = onnxruntime.InferenceSession(str(onnx_file), providers=["CPUExecutionProvider"])
    for count in (1, 7):  # the batch size is free
        x = whole_pixels(count)
        (logits,) = session.run(["logits"], {"pixels": x.numpy()})
        np.testing.assert_allclose(logits, checkpoint_logits(saved_model, x), atol=1e-4, rtol=0)


def test_torchscript_export_matches_the_checkpoint(saved_model, tmp_path, capsys):
    script_file = tmp_path / "small.torchscript.pt"
    assert cli.main(["export", str(saved_model), "--torchscript", str(script_file)]) == 0
    x = whole_pixels(5)
    with torch.no_grad():
        logits = load_torchscript(script_file)(x).numpy()
    np.testing.assert_allclose(logits, checkpoint_logits(saved_model, x), atol=1e-4, rtol=0)


def test_a_saved_model_exports_its_training_script(saved_model, tmp_path, capsys):
    script = tmp_path / "train_small.py"
    assert cli.main(["export", str(saved_model), "--python", str(script)]) == 0
    text = script.read_text()
    compile(text, str(script), "exec")
    assert "nn.BatchNorm2d(4)" in text


def test_a_project_cannot_be_exported_as_onnx(tmp_path, capsys):
    code = cli.main(["export", str(EXAMPLES / "lenet5.json"), "--onnx", str(tmp_path / "x.onnx")])
    err = capsys.readouterr().err
    assert code == 1 and "is a project, not a trained model" in err
    assert not (tmp_path / "x.onnx").exists()


def test_export_needs_something_to_write(capsys):
    assert cli.main(["export", str(EXAMPLES / "lenet5.json")]) == 2
    assert "--python FILE, --onnx FILE or --torchscript FILE" in capsys.readouterr().err
