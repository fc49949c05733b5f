"""The hostile-input corpus: each case runs through the CLI and must fail the same polite way."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from netbuilder.cli.main import main

SECONDS = 10  # "within seconds": a case that takes longer is hanging or reading too much


class Outcome:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err


def listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def refuse(capsys, tmp_path, monkeypatch):
    """refuse(argv, *names): the command exits 1 with one paragraph naming every one of names.

    It runs in tmp_path as the working folder and must leave that folder as it found it.
    """
    monkeypatch.chdir(tmp_path)

    def check(argv: list[str], *names: str, exit_code: int = 1) -> Outcome:
        before = listing(tmp_path)
        started = time.monotonic()
        code = main([str(a) for a in argv])
        seconds = time.monotonic() - started
        captured = capsys.readouterr()
        outcome = Outcome(code, captured.out, captured.err)
        assert code == exit_code, captured
        assert seconds < SECONDS, f"took {seconds:.1f} s"
        message = captured.err.strip()
        assert message.startswith("netbuilder: error:"), captured
        assert "Traceback" not in message and "\n\n" not in message, message
        assert "\x1b" not in captured.err + captured.out, "raw escape sequence printed"
        for name in names:
            assert str(name) in message, f"{name!r} not named in: {message}"
        assert listing(tmp_path) == before, "files were written or left behind"
        return outcome

    return check


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def small_project():
    from netbuilder.document.network import Layer, Network
    from netbuilder.document.project import Project
    from netbuilder.document.settings import TrainingSettings

    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 10})], (1, 28, 28))
    settings = TrainingSettings(epochs=1, batch_size=32, validation_fraction=0.0, device="cpu")
    return Project(network, settings, "synthetic-digits", "tiny")


@pytest.fixture(scope="session")
def model_file(tmp_path_factory) -> Path:
    """An untrained 784-10 checkpoint: predict needs a model, not a good one."""
    from netbuilder.document.project import project_to_dict
    from netbuilder.engine.checkpoint import save_checkpoint
    from netbuilder.engine.experiment import build_model

    project = small_project()
    path = tmp_path_factory.mktemp("model") / "tiny.pt"
    classes = tuple(str(d) for d in range(10))
    model = build_model(project, 10)
    save_checkpoint(
        path, model, project=project_to_dict(project), mean=0.13, std=0.31, classes=classes
    )
    return path
