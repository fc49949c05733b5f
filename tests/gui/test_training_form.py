"""The settings form, the device choice, the filter grid, the report throttle and the CSV."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest

from netbuilder.document.settings import TrainingSettings
from netbuilder.engine import devices
from netbuilder.engine.training_events import BatchReport, EpochReport
from netbuilder.gui.training.filters import tile_grid, weight_tiles
from netbuilder.gui.training.history import TrainingHistory
from netbuilder.gui.training.settings_form import (
    TrainingSettingsForm,
    device_choice,
    next_nice_value,
)


def report(samples_seen: int, loss: float, accuracy: float = 0.5, batch: int = 1) -> BatchReport:
    return BatchReport(
        epoch=1,
        epochs=2,
        batch=batch,
        batches_per_epoch=10,
        samples_seen=samples_seen,
        loss=loss,
        accuracy=accuracy,
        samples_per_second=100.0,
        progress=0.05,
        learning_rate=0.01,
        elapsed_seconds=1.0,
    )


def test_form_edits_emit_checked_settings(qtbot):
    form = TrainingSettingsForm()
    qtbot.addWidget(form)
    form.set_settings(TrainingSettings(optimizer="sgd", momentum=0.9, device="cpu"))
    with qtbot.waitSignal(form.settings_changed) as changed:
        form.batch_size.setValue(128)
    assert changed.args[0].batch_size == 128 and changed.args[0].momentum == pytest.approx(0.9)
    with qtbot.waitSignal(form.settings_changed) as changed:
        form.nesterov.setChecked(True)
    assert changed.args[0].nesterov
    with qtbot.waitSignal(form.settings_changed) as changed:
        form.optimizer.setCurrentIndex(form.optimizer.findData("adam"))
    assert changed.args[0].optimizer == "adam" and not changed.args[0].nesterov
    assert not form.momentum.isEnabled() and not form.nesterov.isEnabled()


def test_form_reports_settings_that_do_not_fit_together(qtbot):
    form = TrainingSettingsForm()
    qtbot.addWidget(form)
    form.set_settings(TrainingSettings(early_stopping_patience=2, device="cpu"))
    with qtbot.assertNotEmitted(form.settings_changed):
        form.validation.setValue(0)
    assert "early stopping" in form.problem.text() and not form.problem.isHidden()


def test_setting_values_does_not_emit(qtbot):
    form = TrainingSettingsForm()
    qtbot.addWidget(form)
    with qtbot.assertNotEmitted(form.settings_changed):
        form.set_settings(TrainingSettings(optimizer="rmsprop", learning_rate=3e-4, epochs=7))
    assert form.read().learning_rate == pytest.approx(3e-4)


def test_absent_device_falls_back_to_cpu_with_a_note(qtbot, monkeypatch):
    monkeypatch.setattr(devices, "_cuda_count", lambda: 0)
    monkeypatch.setattr(devices, "_mps_available", lambda: False)
    used, note = device_choice("cuda:0")
    assert used == "cpu" and "cuda:0" in note and "CPU" in note
    assert device_choice("auto") == ("auto", None)
    form = TrainingSettingsForm()
    qtbot.addWidget(form)
    form.set_settings(TrainingSettings(device="cuda:0"))
    assert not form.device_note.isHidden() and "CPU" in form.device_note.text()
    ids = [form.device.itemData(i) for i in range(form.device.count())]
    assert ids[:2] == ["auto", "cpu"], "fastest first; this machine has only the CPU"


def test_learning_rate_steps_one_two_five():
    assert next_nice_value(0.001, 1, 1e-7) == pytest.approx(0.002)
    assert next_nice_value(0.002, 1, 1e-7) == pytest.approx(0.005)
    assert next_nice_value(0.005, 1, 1e-7) == pytest.approx(0.01)
    assert next_nice_value(0.01, -1, 1e-7) == pytest.approx(0.005)
    assert next_nice_value(0.0, 1, 0.0) == pytest.approx(1e-5)


def test_conv_and_linear_weights_become_one_grid():
    tiles, text = weight_tiles(np.random.randn(6, 1, 5, 5).astype(np.float32))
    assert tiles.shape == (6, 5, 5) and "6 kernels 5×5" in text
    image, limit = tile_grid(tiles)
    assert image.shape == (2 * 6 + 1, 3 * 6 + 1, 3) and image.dtype == np.uint8
    tiles, text = weight_tiles(np.random.randn(200, 784).astype(np.float32))
    assert tiles.shape == (64, 28, 28) and "first 64 of 200" in text
    zero, _ = tile_grid(np.zeros((1, 2, 2), np.float32))
    assert len({tuple(p) for p in zero[1:3, 1:3].reshape(-1, 3)}) == 1


def test_history_exports_every_run_to_csv(tmp_path):
    history = TrainingHistory()
    for number in (1, 2):
        run = history.new_run(f"run {number}")
        run.add_batch(report(64, 2.0))
        run.add_epoch(EpochReport(1, 2, 1.5, 0.6, 1.4, 0.62, 0.01, 3.0))
    path = tmp_path / "metrics.csv"
    history.save_csv(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text())))
    assert [(r["run"], r["kind"]) for r in rows] == [
        ("1", "batch"),
        ("1", "epoch"),
        ("2", "batch"),
        ("2", "epoch"),
    ]
    assert rows[1]["val_accuracy"] == "0.62" and rows[0]["loss"] == "2"
