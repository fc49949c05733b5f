"""Training runs in its own process: a crash there (SIGKILL, SIGSEGV, out of memory) fails the run
and nothing else; Stop ends a run at once even in the middle of a long batch."""

from __future__ import annotations

import os
import signal
import time

import pytest

from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.gui.training.controller import STOP_SECONDS, State

WAIT_MS = 60_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def digits():
    return synthetic_digits(2000, 500, seed=1)


@pytest.fixture
def window(training_window):
    training_window.show()
    errors: list[tuple[str, str]] = []
    training_window.feature("training").panel.show_error = lambda title, text: errors.append(
        (title, text)
    )
    training_window.errors = errors
    return training_window


def long_run(window, epochs: int = 200) -> None:
    """Make the window's project train for long."""
    window.document.project.training.epochs = epochs


def start(qtbot, controller, digits) -> None:
    with qtbot.waitSignal(controller.batch_reported, timeout=WAIT_MS):
        assert controller.panel.start(dataset=digits)


def idle(qtbot, controller) -> None:
    qtbot.waitUntil(lambda: controller.state == State.IDLE, timeout=WAIT_MS)


def test_killing_the_training_process_fails_the_run_and_nothing_else(qtbot, window, digits):
    controller = window.feature("training")
    long_run(window)
    layers = [layer.type_id for layer in window.document.project.network.layers]
    edits = window.document.undo_stack.count()
    start(qtbot, controller, digits)
    pid = controller.process_id
    with qtbot.waitSignal(controller.training_failed, timeout=WAIT_MS) as failed:
        os.kill(pid, signal.SIGKILL)
    idle(qtbot, controller)
    code, message = failed.args
    assert code == "failed_training" and "killed (SIGKILL)" in message
    assert window.errors == [("Training failed", message)]
    assert window.isVisible()
    assert [layer.type_id for layer in window.document.project.network.layers] == layers
    assert window.document.undo_stack.count() == edits and not window.document.locked
    (run,) = controller.runs.log.runs
    assert run.outcome == "failed: killed (SIGKILL)"
    assert "failed: killed (SIGKILL)" in controller.runs.table.item(0, 10).text()
    # a fresh process is ready, and the next run trains in it
    assert controller.process_id not in (None, pid)
    with qtbot.waitSignal(controller.model_trained, timeout=WAIT_MS):
        window.document.project.training.epochs = 1
        assert controller.panel.start(dataset=digits)
    idle(qtbot, controller)
    assert [run.outcome for run in controller.runs.log.runs] == ["failed: killed (SIGKILL)", ""]


def test_a_crash_keeps_the_model_of_the_last_checkpoint(qtbot, window, digits):
    controller = window.feature("training")
    long_run(window)
    start(qtbot, controller, digits)
    with qtbot.waitSignal(controller.epoch_finished, timeout=WAIT_MS):
        pass
    kept = []
    controller.model_trained.connect(kept.append)
    with qtbot.waitSignal(controller.training_failed, timeout=WAIT_MS) as failed:
        controller.inject_fault("segv")
    idle(qtbot, controller)
    assert "killed (SIGSEGV)" in failed.args[1]
    assert "The model from epoch 1 is kept" in failed.args[1]
    assert len(kept) == 1 and controller.trained_model is kept[0]
    assert kept[0].project.network.layers[0].type_id == "Conv2d"
    assert controller.runs.log.runs[0].outcome == "failed: killed (SIGSEGV)"
    assert controller.runs.log.runs[0].parameters  # the kept model's
    assert controller.panel.model_files.save_model  # Save model is there to keep it


def test_running_out_of_memory_in_training_fails_only_the_run(qtbot, window, digits):
    controller = window.feature("training")
    long_run(window)
    start(qtbot, controller, digits)
    pid = controller.process_id
    with qtbot.waitSignal(controller.training_failed, timeout=WAIT_MS) as failed:
        controller.inject_fault("memory")
    idle(qtbot, controller)
    assert failed.args[0] == "failed_out_of_memory"
    assert "smaller batch size" in failed.args[1]
    assert controller.process_id == pid  # the process caught it and lives on


def test_stop_ends_a_run_within_a_second_even_mid_batch(qtbot, window, digits):
    controller = window.feature("training")
    long_run(window)
    start(qtbot, controller, digits)
    pid = controller.process_id
    with qtbot.waitSignal(controller.data_progressed, timeout=WAIT_MS):
        controller.inject_fault("slow")  # the next batch takes a minute (and says it began)
    asked = time.monotonic()
    with qtbot.waitSignal(controller.run_stopped_abruptly, timeout=WAIT_MS) as stopped:
        controller.stop()
    ended = time.monotonic()  # the run is over; a fresh process is started after, unhurried
    idle(qtbot, controller)
    assert ended - asked < STOP_SECONDS + 0.5
    assert controller.process_id not in (None, pid)
    assert window.isVisible() and not window.document.locked
    assert window.errors == [], "the user asked to stop: no error box"
    panel = controller.panel
    assert "stopped mid-batch" in stopped.args[0] and panel.progress.format() == stopped.args[0]
    assert controller.runs.log.runs[0].outcome == "stopped in the middle of a batch"


def test_a_process_that_dies_before_it_is_ready_is_not_restarted_in_a_loop(qtbot):
    from netbuilder.gui.training.controller import TrainingController

    controller = TrainingController()
    controller.warm_up()
    pid = controller.process_id
    with qtbot.waitSignal(controller._process.ended, timeout=WAIT_MS):  # noqa: SLF001
        os.kill(pid, signal.SIGKILL)  # long before it has imported torch
    assert controller.process_id is None  # the next Train starts one


def test_every_event_a_run_sends_has_its_handler():
    import typing

    from netbuilder.engine.remote.events import RunEvent
    from netbuilder.gui.training.controller import TrainingController

    handled = set(TrainingController()._handlers)  # noqa: SLF001
    assert set(typing.get_args(RunEvent)) == handled


def test_where_no_process_can_start_training_runs_on_a_thread(qtbot, window, digits, monkeypatch):
    monkeypatch.setenv("NETBUILDER_TRAIN_IN_THREAD", "1")  # as on Windows
    controller = window.feature("training")
    window.document.project.training.epochs = 1
    with qtbot.waitSignal(controller.model_trained, timeout=WAIT_MS):
        assert controller.panel.start(dataset=digits)
    idle(qtbot, controller)
    assert controller.process_id == os.getpid()
    assert controller.runs.log.runs[0].test_accuracy is not None
