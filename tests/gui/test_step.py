"""Step one batch while paused, see it in the One step dock, and undo it: in the real window."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea
from torch import nn

from netbuilder.engine.recipe import first_learnable_layer
from netbuilder.engine.single_step import take_step
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.engine.training_events import BatchReport
from netbuilder.gui import commands
from netbuilder.gui.step import StepView
from netbuilder.gui.training.history import RunRecord
from tests.gui.settle import flush_posted_events

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT_MS = 30_000


@pytest.fixture(scope="module")
def digits():
    return synthetic_digits(600, 200, seed=2)


@pytest.fixture
def window(qtbot, training_window):
    training_window.resize(1366, 768)
    training_window.show()
    qtbot.waitExposed(training_window)
    return training_window


def start(qtbot, window, digits) -> None:
    project = window.document.project
    commands.change_training(
        window.document,
        dataclasses.replace(project.training, epochs=50, batch_size=32, device="cpu"),
    )
    with qtbot.waitSignal(window.feature("training").batch_reported, timeout=WAIT_MS):
        assert window.feature("training").panel.start(dataset=digits)


def undoable_step(qtbot, training, press):
    """Step (pressing as `press` does) until a step can be undone: the run may have been paused
    at its epoch's last batch, and a step that ends an epoch cannot be undone."""
    for _ in range(2):
        with qtbot.waitSignal(training.step_taken, timeout=WAIT_MS) as taken:
            press()
        if taken.args[0].undo_depth:
            return taken.args[0]
    raise AssertionError("two steps in a row could not be undone")


def first_weights(snapshot) -> torch.Tensor:
    """The first layer's weights as the One step maps lay them out: a row per output unit."""
    weights = torch.from_numpy(np.asarray(snapshot.weights))
    return weights.reshape(weights.shape[0], -1)


def test_step_shows_one_batch_and_undo_restores_the_weights(window, qtbot, digits):
    run, training, view = (
        window.feature("training").run_actions,
        window.feature("training"),
        window.feature("step"),
    )
    assert not run.step.isEnabled() and not run.undo_step.isEnabled(), "idle: nothing to step"
    assert "pause training first" in run.step.toolTip()
    start(qtbot, window, digits)
    assert not run.step.isEnabled(), "running: Step waits for a pause"
    run.pause.trigger()
    assert run.step.isEnabled() and not run.undo_step.isEnabled()
    assert "F10" in run.step.toolTip() and "pause training first" not in run.step.toolTip()
    snapshots = []
    training.weights_updated.connect(snapshots.append)
    batches = []
    training.batch_reported.connect(batches.append)

    record = undoable_step(qtbot, training, lambda: qtbot.keyClick(window, Qt.Key.Key_F10))
    assert view.dock.isVisible() and view.record is record
    assert view.batch.shown == 16 and view.batch.grid.count() == 16, "a grid of the batch's images"
    assert f"{record.loss_before:.4g} → {record.loss_after:.4g}" in view.summary.text()
    labels = [view.layers.item(row, 0).text() for row in range(view.layers.rowCount())]
    assert labels == ["1 Conv2d", "4 Conv2d", "8 Linear", "10 Linear", "12 Linear"]
    assert "exp_avg" in view.maps.images and "exp_avg_sq" in view.maps.images, "Adam's m and v"
    assert "step = " in view.maps.state.text()
    assert run.undo_step.isEnabled() and training.state.value == "paused"
    qtbot.waitUntil(lambda: bool(snapshots) and len(batches) >= 1, timeout=WAIT_MS)
    before = torch.from_numpy(record.layers[0].parameter("weight").before)
    after = torch.from_numpy(record.layers[0].parameter("weight").after)
    assert torch.equal(first_weights(snapshots[-1]), after) and not torch.equal(after, before)
    assert batches[-1].batch == record.batch, "the plots get the step as a batch"
    assert batches[-1].loss == pytest.approx(record.loss_before), "a point of its own"

    with qtbot.waitSignal(training.step_undone, timeout=WAIT_MS):
        run.undo_step.trigger()
    qtbot.waitUntil(lambda: torch.equal(first_weights(snapshots[-1]), before), timeout=WAIT_MS)
    assert not run.undo_step.isEnabled() and "Step undone" in view.summary.text()

    with qtbot.waitSignal(training.step_taken, timeout=WAIT_MS) as again:
        window.run_bar.widgetForAction(run.step).click()
    assert again.args[0].batch == record.batch, "the undone batch is trained again"
    assert again.args[0].loss_before == record.loss_before
    with qtbot.waitSignal(training.step_undone, timeout=WAIT_MS):
        run.undo_step.trigger()
    run.pause.trigger()  # resume
    assert not run.step.isEnabled() and not run.undo_step.isEnabled()
    run.pause.trigger()
    run.stop.trigger()
    qtbot.waitUntil(lambda: not training.busy, timeout=WAIT_MS)
    assert not run.step.isEnabled()


def test_undo_in_the_window_puts_the_trained_model_back_bit_exactly(window, qtbot, digits):
    run, training = window.feature("training").run_actions, window.feature("training")
    start(qtbot, window, digits)
    run.pause.trigger()
    records = []
    while len(records) < 2:  # two steps in one epoch: a step that ends an epoch is final
        with qtbot.waitSignal(training.step_taken, timeout=WAIT_MS) as taken:
            run.step.trigger()
        depth = taken.args[0].undo_depth
        records = [*records, taken.args[0]][-depth:] if depth else []
        assert len(records) <= 2
    assert [r.undo_depth for r in records] == [1, 2]
    assert len(window.feature("step").records) == 2
    for _ in range(2):
        with qtbot.waitSignal(training.step_undone, timeout=WAIT_MS):
            run.undo_step.trigger()
    with qtbot.waitSignal(training.model_trained, timeout=WAIT_MS) as trained:
        run.stop.trigger()
    _, layer = first_learnable_layer(trained.args[0].model)
    weights = layer.weight.detach().reshape(layer.weight.shape[0], -1)
    assert torch.equal(weights, torch.from_numpy(records[0].layers[0].parameter().before))


def test_the_one_step_dock_is_readable_at_1366x768(window, qtbot, digits, tmp_path):
    start(qtbot, window, digits)
    window.feature("training").run_actions.pause.trigger()
    with qtbot.waitSignal(window.feature("training").step_taken, timeout=WAIT_MS):
        window.feature("training").run_actions.step.trigger()
    view = window.feature("step")
    qtbot.waitUntil(lambda: view.maps.canvas.isVisible())
    assert view.height() >= 300, view.height()
    maps = view.maps.canvas
    assert maps.width() >= 400 and maps.height() >= 150, maps.size()
    sideways = [
        type(area).__name__
        for area in view.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]
    assert sideways == []
    table = view.layers
    columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert columns <= table.viewport().width(), "every column of the layer table in view"
    window.grab().save(str(tmp_path / "window.png"))
    window.feature("training").stop()
    qtbot.waitUntil(lambda: not window.feature("training").busy, timeout=WAIT_MS)


def points_record(regression: bool = False):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1 if regression else 3))
    x = torch.randn(20, 2)
    if regression:
        y = torch.randn(20)
        loss = lambda out, target: F.mse_loss(out.reshape(target.shape), target)  # noqa: E731
    else:
        y, loss = torch.randint(0, 3, (20,)), F.cross_entropy
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    record, _, _ = take_step(model, optimizer, loss, x, y)
    return dataclasses.replace(record, epoch=1, batch=1, undo_depth=1, classes=("a", "b", "c"))


@pytest.mark.parametrize("regression", [False, True])
def test_points_and_regression_show_as_a_table_not_images(qtbot, regression):
    view = StepView()
    qtbot.addWidget(view)
    record = points_record(regression)
    view.show_step(record)
    assert view.batch.stack.currentWidget() is view.batch.table
    table = view.batch.table
    assert table.rowCount() == 16 and table.horizontalHeaderItem(0).text() == "x1"
    assert table.item(0, 2).text() == (
        f"{record.labels[0]:.3g}" if regression else "abc"[record.labels[0]]
    )
    assert "momentum_buffer" in view.maps.images, "SGD momentum's state, as torch names it"
    view.maps.parameter.setCurrentText("bias")
    assert view.maps.chosen().name == "bias" and "bias" in view.maps.title.text()


@pytest.mark.parametrize("width", [900, 1366])
def test_no_heat_map_is_cut_off_in_a_narrow_panel(qtbot, width):
    view = StepView()
    qtbot.addWidget(view)
    view.resize(width, 360)
    view.show()
    qtbot.waitExposed(view)
    view.show_step(points_record())
    canvas = view.maps.canvas
    qtbot.waitUntil(lambda: view.maps.per_row == view.maps.columns())
    flush_posted_events()  # the plots are placed for the new row length
    plots = [item for item in canvas.ci.items]
    assert len(plots) == 5  # before, gradient, update, after, momentum_buffer
    for plot in plots:
        assert plot.geometry().right() <= canvas.viewport().width() + 1, plot.titleLabel.text


def test_a_step_taken_again_after_undo_replaces_its_point_on_the_plots():
    def report(batch: int, loss: float) -> BatchReport:
        return BatchReport(1, 5, batch, 10, 16 * batch, loss, 0.5, 100.0, batch / 50, 0.01, 1.0)

    run = RunRecord(1, "run")
    for batch, loss in ((1, 2.0), (2, 1.8), (3, 1.6)):
        run.add_batch(report(batch, loss))
    run.add_batch(report(2, 1.7))  # steps 2 and 3 undone, step 2 taken again (a new rate)
    assert run.batches["loss"].tolist() == [2.0, 1.7]
    assert run.batches["epoch_position"].tolist() == [0.1, 0.2]
    assert run.smoothed == pytest.approx(0.1 * 1.7 + 0.9 * 2.0)
    run.add_batch(report(3, 1.5))
    assert run.batches["samples_seen"].tolist() == [16, 32, 48]
