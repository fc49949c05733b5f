"""Saving, loading and exporting trained models from the training panel."""

from __future__ import annotations

import dataclasses

import pytest
import torch

from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.dataset import normalise
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.model_export import (
    export_onnx,
    export_torchscript,
    load_torchscript,
    onnx_problem,
)
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.gui.training.controller import TrainingController
from netbuilder.gui.training.model_files import ModelFiles


@pytest.fixture(scope="module")
def trained():
    network = Network(
        [
            Layer("Conv2d", {"out_channels": 3, "kernel_size": 3}),
            Layer("ReLU"),
            Layer("Flatten"),
            Layer("Linear", {"out_features": 10}),
        ],
        (1, 28, 28),
    )
    settings = TrainingSettings(epochs=1, batch_size=64, device="cpu", validation_fraction=0.0)
    return run_experiment(
        Project(network, settings, "synthetic-digits", "tiny"), synthetic_digits(300, 100, seed=2)
    )


def pixels(count: int = 4) -> torch.Tensor:
    return torch.rand(count, 1, 28, 28, generator=torch.Generator().manual_seed(0))


def expected(trained, x: torch.Tensor) -> torch.Tensor:
    images = (x * 255).round().to(torch.uint8).squeeze(1)
    with torch.no_grad():
        return trained.model.eval()(normalise(images, trained.mean, trained.std))


def test_save_and_load_round_trip(qtbot, trained, tmp_path):
    controller = TrainingController()
    files = ModelFiles(controller)
    controller.set_trained_model(trained)
    path = tmp_path / "tiny.pt"
    assert files.save_model(str(path))
    with qtbot.waitSignal(controller.model_trained) as loaded:
        assert files.load_model(str(path)) is not None
    again = loaded.args[0]
    assert controller.trained_model is again
    assert again.project.network.layers[0].params == trained.project.network.layers[0].params
    x = normalise(synthetic_digits(10, 1).train.images, trained.mean, trained.std)
    with torch.no_grad():
        torch.testing.assert_close(again.model(x), trained.model.eval()(x))


def test_loading_a_bad_file_shows_a_message(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "netbuilder.gui.training.dialogs.show_error", lambda *args: shown.append(args)
    )
    controller = TrainingController()
    bad = tmp_path / "bad.pt"
    bad.write_bytes(b"not a checkpoint")
    assert ModelFiles(controller).load_model(str(bad)) is None
    assert shown and "bad.pt" in shown[0][2] and controller.trained_model is None


def test_torchscript_export_gives_the_same_outputs(trained, tmp_path):
    path = tmp_path / "tiny.torchscript.pt"
    export_torchscript(trained, path)
    x = (pixels() * 255).round() / 255  # whole pixel values, as the check below quantises
    loaded = load_torchscript(path)
    torch.testing.assert_close(loaded(x), expected(trained, x), rtol=1e-4, atol=1e-5)
    assert loaded(torch.rand(7, 1, 28, 28)).shape == (7, 10)


@pytest.mark.skipif(onnx_problem() is not None, reason="onnx / onnxscript not installed")
def test_onnx_export_writes_a_valid_model(trained, tmp_path):
    import onnx

    path = tmp_path / "tiny.onnx"
    export_onnx(trained, path)
    model = onnx.load(str(path))
    onnx.checker.check_model(model)
    assert [i.name for i in model.graph.input] == ["pixels"]
    assert model.graph.input[0].type.tensor_type.shape.dim[0].dim_param, "the batch size is free"


def test_exports_need_a_trained_model(qtbot, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(
        "netbuilder.gui.training.dialogs.show_error", lambda *args: shown.append(args)
    )
    assert not ModelFiles(TrainingController()).export_torchscript(str(tmp_path / "x.pt"))
    assert "Train a model" in shown[0][2]
    assert not (tmp_path / "x.pt").exists()


def test_failed_export_leaves_no_file(trained, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(torch.jit, "save", broken)
    with pytest.raises(RuntimeError):
        export_torchscript(dataclasses.replace(trained), tmp_path / "x.pt")
    assert list(tmp_path.iterdir()) == []
