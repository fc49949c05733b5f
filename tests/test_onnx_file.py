"""`netbuilder export MODEL.pt --onnx FILE` writes one self-contained file, like any other output:
it runs once copied alone elsewhere, it has the user's normal permissions, nothing hides beside
it, and the command prints no library chatter."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from netbuilder.engine.model_export import onnx_problem
from tests.test_export_command import saved_model, whole_pixels  # noqa: F401 - a fixture

pytestmark = pytest.mark.skipif(onnx_problem() is not None, reason="onnx not installed")


def export(model: Path, target: Path) -> subprocess.CompletedProcess:
    """The command as a user runs it, in a fresh process, under umask 022."""
    command = [sys.executable, "-m", "netbuilder", "export", str(model), "--onnx", target.name]
    return subprocess.run(
        command,
        cwd=target.parent,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
        preexec_fn=lambda: os.umask(0o022),
    )


def test_the_onnx_file_is_whole_and_the_users(saved_model, tmp_path):  # noqa: F811
    import onnxruntime

    folder = tmp_path / "out"
    folder.mkdir()
    done = export(saved_model, folder / "lenet.onnx")
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", "no library warnings (e.g. 'triton not found')"
    assert sorted(p.name for p in folder.iterdir()) == ["lenet.onnx"], "no hidden weights file"
    assert stat.S_IMODE((folder / "lenet.onnx").stat().st_mode) == 0o644, "follows the umask"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    copy = Path(shutil.copy(folder / "lenet.onnx", elsewhere))
    session = onnxruntime.InferenceSession(str(copy), providers=["CPUExecutionProvider"])
    (logits,) = session.run(["logits"], {"pixels": whole_pixels(3).numpy()})
    assert logits.shape == (3, 10) and np.isfinite(logits).all()


def test_onnxruntime_agrees_with_torch_on_a_nested_network():
    """Residual blocks (one with its projection) and Branches export as ordinary ONNX operators."""
    import onnxruntime
    import torch

    from netbuilder.document.project import Project
    from netbuilder.document.settings import TrainingSettings
    from netbuilder.engine.experiment import run_experiment
    from netbuilder.engine.model_export import exportable_model, onnx_bytes
    from netbuilder.engine.synthetic_digits import synthetic_digits
    from tests.nested import inception_small, resnet_small

    data = synthetic_digits(64, 16, seed=0)
    settings = TrainingSettings(device="cpu", epochs=1, batch_size=32)
    for network in (resnet_small(), inception_small()):
        trained = run_experiment(Project(network, settings, "mnist", "nested"), data)
        session = onnxruntime.InferenceSession(
            onnx_bytes(trained), providers=["CPUExecutionProvider"]
        )
        pixels = whole_pixels(5)
        (logits,) = session.run(["logits"], {"pixels": pixels.numpy()})
        model, _ = exportable_model(trained)
        with torch.no_grad():
            expected = model(pixels).numpy()
        np.testing.assert_allclose(logits, expected, rtol=1e-4, atol=1e-4)
