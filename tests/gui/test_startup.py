"""The window paints first, with the project's blocks, shapes and counts; torch loads afterwards."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from netbuilder.gui.engine_loader import EngineLoader
from netbuilder.gui.main_window import MainWindow
from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
ROOT = Path(__file__).parent.parent.parent


def test_the_first_painted_window_shows_the_project_without_torch():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "netbuilder",
            "--report-startup",
            "paint",
            str(EXAMPLES / "lenet5.json"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "torch loaded: False" in result.stdout
    assert "pyqtgraph loaded: False" in result.stdout  # it comes with the plots, afterwards
    assert "61.7k params in total" in result.stdout  # the counts are on the canvas already


def test_training_arrives_after_the_window_opens(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, torch_in_background=True)
    qtbot.addWidget(window)
    window.open_file(EXAMPLES / "lenet5.json")
    assert "training" not in window.features and window.canvas.blocks  # builder first
    with qtbot.waitSignal(window.engine.loaded, timeout=120_000):
        window.show()
    assert "training" in window.features and "predict" in window.features
    training_tab = window.dock("training.panel")  # the Training tab beside the Inspector, as ever
    qtbot.waitUntil(
        lambda: training_tab in window.tabifiedDockWidgets(window.dock("builder.inspector"))
    )


def test_an_action_before_torch_is_ready_waits_with_a_busy_cursor(qtbot):
    loader = EngineLoader(modules=("json",))
    ran = []
    loader.when_loaded(lambda: ran.append(QApplication.overrideCursor() is None))
    loader.when_loaded(lambda: ran.append("second"))
    assert QApplication.overrideCursor() is not None and not ran
    with qtbot.waitSignal(loader.loaded, timeout=10_000):
        pass
    assert ran == [True, "second"] and QApplication.overrideCursor() is None
    loader.when_loaded(lambda: ran.append("now"))
    assert ran[-1] == "now"


def test_a_failed_load_is_reported_and_the_cursor_restored(qtbot):
    loader = EngineLoader(modules=("netbuilder_no_such_module",))
    loader.when_loaded(lambda: pytest.fail("must not run"))
    with qtbot.waitSignal(loader.failed, timeout=10_000) as blocker:
        pass
    assert (
        "training is unavailable" in blocker.args[0]
        and "netbuilder_no_such_module" in blocker.args[0]
    )
    assert QApplication.overrideCursor() is None and not loader.is_loaded
