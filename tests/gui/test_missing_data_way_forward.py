"""Missing MNIST in the real window: the way forward trains on synthetic digits, and nothing
from the failed attempt lingers in the run bar or the Runs table."""

from __future__ import annotations

import dataclasses

import pytest

from netbuilder.gui import commands
from netbuilder.gui.training.controller import State
from netbuilder.gui.training.panel import SYNTHETIC

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT_MS = 60_000


def test_training_on_synthetic_digits_after_missing_mnist_leaves_no_stale_failure(
    qtbot, window, tmp_path
):
    training = window.feature("training")
    training.threads = 1
    training.download_allowed = False  # as when offline
    project = window.document.project
    commands.change_training(
        window.document,
        dataclasses.replace(project.training, epochs=1, limit_train=300, device="cpu"),
    )
    window.document.project.dataset = "mnist"
    panel = training.panel
    panel.data.set_dataset("mnist")
    panel.data.folder.setText(str(tmp_path))

    def choose(title: str, text: str) -> str:
        qtbot.wait(1000)  # a modal dialog runs the event loop while the user reads it
        return SYNTHETIC

    panel.choose_way_forward = choose
    models, formats = [], []
    training.model_trained.connect(models.append)
    training.run_started.connect(lambda *_: formats.append(window.run_bar.progress.format()))
    assert panel.start()
    qtbot.waitUntil(lambda: bool(models), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: training.state == State.IDLE, timeout=WAIT_MS)
    assert window.document.project.dataset == "synthetic-digits"
    assert formats and "Data not available" not in formats, "the failed attempt's title lingered"
    assert window.run_bar.progress.format().startswith("Test accuracy")
    runs = training.runs.log.runs
    assert len(runs) == 1 and runs[0].test_accuracy is not None, "one run, with its result"
