"""The hostile-input corpus: each case runs through the CLI and must fail the same polite way."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from netbuilder.cli.main import main

SECONDS = 10  # "within seconds": a case that takes longer is hanging or reading too much
HANG_SECONDS = 60  # a case still running then (blocked on a FIFO, say) fails instead of hanging


def _within(seconds: int, function, *args, error: type[Exception] = TimeoutError):
    """function(*args), interrupted with `error` after `seconds` (even inside a blocking open).
    TimeoutError is an OSError, which os.walk and `except OSError` swallow: walks pass another."""

    def hung(_signum, _frame):
        raise error(f"still running after {seconds} s: it hangs")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        return function(*args)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


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
    import netbuilder.cli.predict  # noqa: F401 - first imports (torch) are not the command's time
    import netbuilder.cli.train  # noqa: F401

    def check(argv: list[str], *names: str, exit_code: int = 1) -> Outcome:
        before = listing(tmp_path)
        started = time.monotonic()
        code = _within(HANG_SECONDS, main, [str(a) for a in argv])
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


@pytest.fixture(scope="session")
def idx_folder(tmp_path_factory) -> Path:
    """A small random IDX dataset: 256 training and 64 test images of 10 classes."""
    import numpy as np

    from tests.idx_files import write_idx_folder

    rng = np.random.default_rng(0)

    def split(count: int):
        return rng.integers(0, 256, (count, 28, 28), dtype=np.uint8), rng.integers(0, 10, count)

    folder = tmp_path_factory.mktemp("idx") / "digits"
    return write_idx_folder(folder, {"train": split(256), "test": split(64)})


@pytest.fixture
def project_file(tmp_path) -> Path:
    from netbuilder.document.project import save_project

    path = tmp_path / "tiny.json"
    save_project(small_project(), path)
    return path
