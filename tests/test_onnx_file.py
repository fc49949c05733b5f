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
