"""After a run the panel shows the run's own totals, and the metrics CSV names each column once."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.engine.training_events import BatchReport, EpochReport
from netbuilder.gui.training.history import TrainingHistory
from netbuilder.gui.training.integration import open_host

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def tiny_project(epochs: int = 3) -> Project:
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 10})], (1, 28, 28))
    settings = TrainingSettings(batch_size=50, epochs=epochs, device="cpu", validation_fraction=0)
    return Project(network, settings, "synthetic-digits", "tiny")


@pytest.fixture(scope="module")
def stopped_in_epoch_3():
    """A real trained model whose run says: stopped by the user during epoch 3 of 3."""
    trained = run_experiment(tiny_project(epochs=1), synthetic_digits(300, 100, seed=2))
    trained.project.training.epochs = 3
    finished = dataclasses.replace(
        trained.result.finished, reason="stopped", epochs_run=2, seconds=12.4,
        samples_per_second=1234.0,
    )  # fmt: skip
    result = dataclasses.replace(trained.result, finished=finished)
    return dataclasses.replace(trained, result=result)


def live_report(**changes) -> BatchReport:
    values = dict(
        epoch=3, epochs=3, batch=4, batches_per_epoch=6, samples_seen=800, loss=0.5,
        accuracy=0.8, samples_per_second=99_999.0, progress=0.75, learning_rate=0.01,
        elapsed_seconds=10.0,
    )  # fmt: skip
    return BatchReport(**{**values, **changes})


def test_final_statistics_are_the_runs_own(qtbot, stopped_in_epoch_3):
    window, controller = open_host(tiny_project())
    qtbot.addWidget(window)
    panel = controller.panel
    panel._on_batch(live_report())  # the last live report, as during the run
    assert panel.stats["eta"].text() != "–"
    controller.set_trained_model(stopped_in_epoch_3)
    stats = {name: label.text() for name, label in panel.stats.items()}
    assert stats == {
        "epoch": "3 / 3",  # the epoch it stopped in, as the run bar says (issue 19)
        "speed": "1,234 samples/s (mean)",
        "elapsed": "0:12",
        "eta": "–",
    }
    assert panel.progress.format() == "Stopped by you"
    text = panel.result.text()
    assert "after 2 epochs and part of epoch 3, 0:12 (stopped by you)" in text
    assert "epoch(s)" not in text


def test_a_loaded_model_clears_the_previous_runs_numbers(qtbot, stopped_in_epoch_3):
    window, controller = open_host(tiny_project())
    qtbot.addWidget(window)
    panel = controller.panel
    panel._on_batch(live_report())
    loaded = dataclasses.replace(stopped_in_epoch_3, result=None, evaluation=None)
    controller.set_trained_model(loaded)
    assert {label.text() for label in panel.stats.values()} == {"–"}


def test_metrics_csv_has_no_duplicated_column_names():
    history = TrainingHistory()
    run = history.new_run("a run")
    run.add_batch(live_report(epoch=1))
    run.add_epoch(EpochReport(1, 3, 0.4, 0.9, None, None, 0.01, 2.0))
    rows = list(csv.reader(io.StringIO(history.to_csv())))
    header = rows[0]
    assert len(header) == len(set(header)), header
    assert {"learning_rate", "epoch_learning_rate"} <= set(header)
    epoch_row = dict(zip(header, rows[2], strict=True))
    assert epoch_row["kind"] == "epoch" and epoch_row["epoch_learning_rate"] == "0.01"


def test_a_stopped_run_says_stopped_by_you_not_stopping(qtbot, training_window):
    """The model of a stopped run arrives while the controller still says "stopping": the panel
    refreshed its buttons through the state handler, which put "Stopping…" back for good."""
    from netbuilder.engine.synthetic_digits import synthetic_digits
    from netbuilder.gui.training.controller import State

    controller = training_window.feature("training")
    with qtbot.waitSignal(controller.batch_reported, timeout=60_000):
        assert controller.panel.start(dataset=synthetic_digits(2000, 200, seed=1))
    controller.stop()
    qtbot.waitUntil(lambda: controller.state == State.IDLE, timeout=60_000)
    assert controller.panel.progress.format() == "Stopped by you"
    assert controller.panel.save_model_button.isEnabled()
