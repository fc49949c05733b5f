"""The collector is kept off long-lived objects only while a run trains (training/collector.py):
what was alive when the window opened or a run started is collected once the run has ended and
nothing uses it. A process-wide gc.freeze kept it out of reach for good."""

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


def test_objects_alive_at_a_run_start_are_collected_after_the_run(qtbot):
    before_window = _Cycle()
    window, controller = open_host(small_project(epochs=1))
    qtbot.addWidget(window)
    controller.close_guard.ask_stop = lambda: "discard"
    controller.panel.show_error = lambda title, text: None
    assert gc.get_freeze_count() == 0, "opening a window freezes nothing"
    before_run = _Cycle()
    frozen_while_training = []
    controller.batch_reported.connect(
        lambda *_: frozen_while_training.append(gc.get_freeze_count())
    )
    with qtbot.waitSignal(
        controller.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s == State.IDLE.value
    ):
        assert controller.panel.start(dataset=synthetic_digits(200, 50, seed=1))
    assert frozen_while_training and min(frozen_while_training) > 0, (
        "while it trains, full collections skip what existed at its start"
    )
    assert gc.get_freeze_count() == 0, "nothing stays frozen once the run has ended"
    gone = [weakref.ref(before_window), weakref.ref(before_run)]
    del before_window, before_run
    gc.collect()
    assert [ref() for ref in gone] == [None, None]
