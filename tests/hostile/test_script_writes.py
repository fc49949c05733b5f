"""The exported script's own outputs (--metrics-out, --checkpoint) follow the app's rules: streams
are written, links and modes kept, read-only refused, inputs never overwritten, failures a message."""

from __future__ import annotations

import argparse
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from netbuilder.document.project import load_project
from netbuilder.document.script_export import training_script
from tests.paths import EXAMPLES


@pytest.fixture(scope="module")
def script() -> dict:
    """The script's functions, defined but not run (its top level trains nothing)."""
    namespace = {"__name__": "exported_script"}
    code = training_script(load_project(EXAMPLES / "xor_relu.json"))
    exec(compile(code, "train.py", "exec"), namespace)
    return namespace


def _args(**given) -> argparse.Namespace:
    values = {"metrics_out": None, "checkpoint": None, "resume": None, "data": "data"}
    return argparse.Namespace(**{**values, **given})


def test_metrics_through_a_symlink_keep_the_link_and_the_mode(script, tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    real.chmod(0o640)
    (tmp_path / "link.json").symlink_to(real)
    os.link(real, tmp_path / "hard.json")
    script["write_atomically"](str(tmp_path / "link.json"), b"{}\n")
    assert (tmp_path / "link.json").is_symlink() and real.read_text() == "{}\n"
    assert (tmp_path / "hard.json").read_text() == "{}\n"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hard.json", "link.json", "real.json"]


def test_streams_are_written_and_dead_ends_are_messages(script, tmp_path):
    full, fifo = tmp_path / "full", tmp_path / "fifo"
    full.symlink_to("/dev/full")
    os.mkfifo(fifo)
    read_end, write_end = os.pipe()
    try:
        script["write_atomically"](f"/proc/self/fd/{write_end}", b"metrics")
        assert os.read(read_end, 100) == b"metrics"
    finally:
        os.close(read_end)
        os.close(write_end)
    for target, reason in ((full, "No space"), (fifo, "nothing is reading"), (tmp_path, "folder")):
        with pytest.raises(SystemExit, match=reason):
            script["write_atomically"](str(target), b"x")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode) and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_read_only_outputs_and_outputs_that_are_inputs_are_refused_before_training(
    script, tmp_path
):
    check = script["check_outputs"]
    read_only = tmp_path / "m.json"
    read_only.write_text("keep")
    read_only.chmod(0o444)
    data = tmp_path / "data.csv"
    data.write_text("x,label\n1,a\n")
    model = str(tmp_path / "m.pt")
    Path(model).write_bytes(b"a checkpoint")
    cases = [
        (_args(metrics_out=str(read_only)), "read-only"),
        (_args(checkpoint=str(data), data=str(data)), "the dataset"),
        (_args(metrics_out=model, checkpoint=model), "name the same file"),
        (_args(metrics_out=model, resume=model), "resumes from"),
    ]
    for args, reason in cases:
        with pytest.raises(SystemExit, match=reason):
            check(args)
    check(_args(checkpoint=model, resume=model))  # continuing into the same checkpoint is fine
    check(_args(checkpoint="/dev/null", metrics_out="/dev/null"))
    assert read_only.read_text() == "keep" and data.read_text() == "x,label\n1,a\n"
    assert Path(model).read_bytes() == b"a checkpoint"


def test_metrics_to_a_full_disk_end_the_script_with_a_message(tmp_path):
    script = tmp_path / "xor.py"
    project = load_project(EXAMPLES / "xor_relu.json")
    project.training.epochs = 1
    script.write_text(training_script(project))
    (tmp_path / "full").symlink_to("/dev/full")
    result = subprocess.run(
        [sys.executable, str(script), "--device", "cpu", "--metrics-out", "full"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip
    assert result.returncode == 1 and "cannot write full" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
