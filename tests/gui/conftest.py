"""Fixtures shared by the window tests."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from netbuilder.gui.main_window import MainWindow

EXAMPLES = Path(__file__).parent.parent.parent / "examples"


@pytest.fixture
def window(qtbot, tmp_path):
    """The main window on LeNet-5, shown, with its own settings; closing discards changes."""
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.open_file(EXAMPLES / "lenet5.json")
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.show()
    qtbot.waitExposed(window)
    return window
