"""Training leaves Python's garbage collector alone: what was alive when a window opened or a run
started is still collected once nothing uses it (no process-wide gc.freeze)."""

from __future__ import annotations

import gc
import weakref

import pytest

from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.gui.training.controller import State
from netbuilder.gui.training.integration import open_host
from tests.gui.test_training_panel import WAIT_MS, small_project

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class _Cycle:
    """Garbage only the cyclic collector can free: it refers to itself."""

    def __init__(self) -> None:
        self.me = self


def test_objects_alive_at_a_run_start_are_still_collected(qtbot):
    before_window = _Cycle()
    window, controller = open_host(small_project(epochs=1))
    qtbot.addWidget(window)
    controller.close_guard.ask_stop = lambda: "discard"
    controller.panel.show_error = lambda title, text: None
    before_run = _Cycle()
    with qtbot.waitSignal(controller.weights_updated, timeout=WAIT_MS):
        assert controller.panel.start(dataset=synthetic_digits(200, 50, seed=1))
    assert gc.get_freeze_count() == 0, "nothing is frozen out of the collector's reach"
    gone = [weakref.ref(before_window), weakref.ref(before_run)]
    del before_window, before_run
    gc.collect()
    assert [ref() for ref in gone] == [None, None]
    if controller.busy:
        with qtbot.waitSignal(
            controller.state_changed,
            timeout=WAIT_MS,
            check_params_cb=lambda s: s == State.IDLE.value,
        ):
            pass
