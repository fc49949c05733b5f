"""The optimizer playground: racers walk the real torch.optim paths; the menu opens it lazily."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from netbuilder.gui.explore.playground import OptimizerPlayground
from netbuilder.gui.main_window import MainWindow

# Qt's offscreen platform cannot size or raise windows; it says so
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def test_adam_races_to_a_himmelblau_minimum_and_its_path_is_drawn(qtbot):
    playground = OptimizerPlayground()
    qtbot.addWidget(playground)
    playground.set_start(0, 0)
    playground.advance(400)
    x, y = playground.curves["adam"].getData()
    assert len(x) == 401 and (x[0], y[0]) == (0, 0)
    assert np.hypot(x[-1] - 3, y[-1] - 2) < 0.05
    assert "adam: step 400" in playground.status.text()
    assert playground.curves["rmsprop"].getData()[0] is None or not len(
        playground.curves["rmsprop"].getData()[0]
    ), "an unticked optimizer does not race"


def test_own_learning_rates_and_a_new_function_restart_the_race(qtbot):
    playground = OptimizerPlayground()
    qtbot.addWidget(playground)
    playground.advance(10)
    box, lr = playground.racers["sgd"]
    lr.setValue(0.0001)
    assert playground.descents["sgd"].steps == 0
    assert playground.descents["sgd"].optimizer.param_groups[0]["lr"] == pytest.approx(0.0001)
    playground.function.setCurrentIndex(1)
    assert playground.surface().key == "rosenbrock"
    assert playground.start == playground.surface().start
    assert np.isfinite(playground.image.image).all()


def test_the_explore_menu_builds_the_playground_on_first_use(qtbot, tmp_path):
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    assert window.feature("explore").playground is None
    window.feature("explore").playground_action.trigger()
    assert window.feature("explore").playground.isVisible()
