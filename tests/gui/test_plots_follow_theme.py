"""Plots made after the first paint (they come with torch) take the theme like the rest."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from netbuilder.gui.main_window import MainWindow


@pytest.mark.parametrize("dark", [False, True])
def test_every_plot_that_comes_with_torch_follows_the_theme(qtbot, tmp_path, dark):
    import pyqtgraph as pg

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/dark", dark)
    window = MainWindow(settings, data_folder=tmp_path, torch_in_background=True)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.engine.loaded, timeout=120_000):
        window.engine.load_in_background()
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    plots = window.findChildren(pg.PlotWidget)
    assert len(plots) >= 5, "training, regions, fit and predict plots exist"
    for plot in plots:
        assert plot.backgroundBrush().color() == base, plot.objectName() or type(plot.parent())
    window.set_dark(False)
