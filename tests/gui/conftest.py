"""Fixtures shared by the window tests."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from netbuilder.gui.engine_loader import EngineLoader
from netbuilder.gui.main_window import MainWindow
from tests.paths import EXAMPLES


@pytest.fixture
def window(qtbot, tmp_path):
    """The main window on LeNet-5, shown, with its own settings; closing discards changes."""
    return shown_window(
        qtbot, MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    )


@pytest.fixture
def builder_window(qtbot, tmp_path, torch_stays_away):
    """`window` as it is before torch has loaded: enough for a test that builds or edits."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return shown_window(qtbot, MainWindow(settings, torch_in_background=True))


def shown_window(qtbot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.open_file(EXAMPLES / "lenet5.json")
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def training_window(qtbot, tmp_path):
    """The main window on LeNet-5 for training tests: one torch thread, its own data folder,
    and closing (even mid-run) discards without asking."""
    window = MainWindow(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), data_folder=tmp_path
    )
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.feature("training").threads = 1
    window.feature("training").close_guard.ask_stop = lambda: "discard"
    qtbot.addWidget(window)
    window.load_preset(EXAMPLES / "lenet5.json")
    return window


@pytest.fixture
def torch_stays_away(monkeypatch):
    """Windows made with `torch_in_background=True` never load torch on their own: the builder as
    a user has it before torch arrives, without the training and prediction panels (half a second
    less per window). A test that needs those panels calls `window.engine.load_now()`."""
    monkeypatch.setattr(EngineLoader, "load_in_background", lambda self: None)


@pytest.fixture(scope="module")
def trained():
    """A small digit reader (trained once per module): Predict's tests read with it."""
    from tests.test_predict_command import trained_digit_reader

    return trained_digit_reader()


@pytest.fixture
def panel(qtbot, trained):
    """Predict on its own, shown, with the digit reader loaded."""
    from netbuilder.gui.predict.panel import PredictPanel

    panel = PredictPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_model(trained)
    return panel
