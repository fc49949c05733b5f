"""Presenter mode (F5, Esc): large text, high contrast, only the demo panels, nothing scrolling
sideways at 1024x768; leaving puts everything back."""

from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontInfo, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDockWidget, QMessageBox, QWidget

from netbuilder.gui.main_window import MainWindow
from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, tmp_path):
    window = MainWindow(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), data_folder=tmp_path
    )
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.load_preset(EXAMPLES / "lenet5.json")
    window.resize(1024, 768)
    window.show()
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 768))
    yield window
    window.feature("presenter").leave()


def shown(widget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def enter(qtbot, window) -> None:
    window.feature("presenter").enter(full_screen=False)
    for _ in range(3):
        QApplication.processEvents()


def visible_docks(window) -> set[str]:
    """The docks in view: shown, and in front of their tab group (the others are not visible)."""
    return {dock.objectName() for dock in window.findChildren(QDockWidget) if dock.isVisible()}


def test_presenter_mode_is_large_high_contrast_and_never_scrolls_sideways(window, qtbot):
    zoom = window.canvas.zoom()
    normal_pixels = QFontInfo(QApplication.font()).pixelSize()
    enter(qtbot, window)
    sideways = [
        type(area).__name__
        for area in window.findChildren(QAbstractScrollArea)
        if shown(area) and area.horizontalScrollBar().isVisible()
    ]
    assert sideways == []
    smallest = min(
        QFontInfo(widget.font()).pixelSize()
        for widget in window.findChildren(QWidget)
        if shown(widget)
    )
    assert smallest >= 20
    assert QFontInfo(QApplication.font()).pixelSize() >= 1.6 * normal_pixels
    block_pixels = QFontInfo(QApplication.font()).pixelSize() * window.canvas.zoom()
    assert block_pixels >= 22 and block_pixels >= normal_pixels * zoom  # never smaller blocks
    assert visible_docks(window) == {window.dock("training.plots").objectName()}
    assert not window.toolbar.isVisible() and window.run_bar.isVisible()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    plot = window.feature("training").plots.loss_plot
    assert plot.backgroundBrush().color().name() == "#000000"


def test_escape_leaves_and_restores_the_layout_theme_and_text(window, qtbot):
    before_docks = visible_docks(window)
    before_font = QApplication.font().pointSizeF()
    before_window = QApplication.palette().color(QPalette.ColorRole.Window).name()
    window.feature("presenter").action.trigger()  # as View > Presenter Mode and F5 do
    assert window.feature("presenter").active
    window.feature("presenter").action.trigger()  # F5 again leaves
    assert not window.feature("presenter").active
    enter(qtbot, window)
    window.feature("presenter").leave_action.trigger()  # Esc
    QApplication.processEvents()
    assert (
        not window.feature("presenter").active
        and not window.feature("presenter").action.isChecked()
    )
    assert visible_docks(window) == before_docks
    assert window.toolbar.isVisible()
    assert QApplication.font().pointSizeF() == before_font
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == before_window
    assert window.feature("presenter").leave_action.shortcut().toString() == "Esc"
    assert window.feature("presenter").action.shortcut().toString() == "F5"


def test_presenter_thickens_curves_and_leaving_puts_them_back(window, qtbot):
    plot = pg.PlotWidget()
    window.feature("training").plots.layout().addWidget(plot)
    curve = plot.plot([0, 1], [1, 0], pen=pg.mkPen("w", width=2))
    enter(qtbot, window)
    assert curve.opts["pen"].widthF() >= 3.2
    window.feature("presenter").leave()
    assert curve.opts["pen"].widthF() == 2


def test_screenshot_in_presenter_mode(tmp_path):
    from netbuilder.cli.main import main

    target = tmp_path / "presenter.png"
    assert main(["--screenshot", str(target), "--presenter", "--size", "1024x768"]) == 0
    from PySide6.QtGui import QImage

    assert QImage(str(target)).size().toTuple() == (1024, 768)


def test_plots_follow_the_dark_theme(window):
    window.set_dark(True)
    dark = QApplication.palette().color(QPalette.ColorRole.Base).name()
    assert window.feature("training").plots.loss_plot.backgroundBrush().color().name() == dark
    window.set_dark(False)
    light = QApplication.palette().color(QPalette.ColorRole.Base).name()
    assert (
        window.feature("training").plots.loss_plot.backgroundBrush().color().name() == light != dark
    )


def test_ctrl_equals_zooms_the_whole_app_and_is_remembered(window, tmp_path):
    keys = {key.toString() for key in window.larger_text_action.shortcuts()}
    assert "Ctrl+=" in keys
    assert "Ctrl+0" in {key.toString() for key in window.normal_text_action.shortcuts()}
    assert "Ctrl+-" in {key.toString() for key in window.smaller_text_action.shortcuts()}
    font, zoom = QApplication.font().pointSizeF(), window.canvas.zoom()
    try:
        window.larger_text_action.trigger()
        assert QApplication.font().pointSizeF() > font
        assert window.canvas.zoom() >= zoom  # the blocks grow with the text, never shrink
        window.save_preferences()
        again = MainWindow(window.settings, data_folder=tmp_path)
        assert again.text_scale == window.text_scale > 1.0
        again.deleteLater()
    finally:
        window.normal_text_action.trigger()
    assert QApplication.font().pointSizeF() == font


def test_presenter_mode_shows_a_regressions_fit(window, qtbot):
    window.load_preset(EXAMPLES / "regression.json")
    assert window.dock("fit.view").isVisible()
    enter(qtbot, window)
    assert visible_docks(window) == {window.dock("fit.view").objectName()}


def test_the_screenshot_command_prints_no_qt_notices(tmp_path):
    """`--screenshot` renders offscreen, where Qt says it cannot size windows: not the user's news."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "netbuilder", "--screenshot", str(tmp_path / "p.png"),
         "--presenter", "--size", "1024x768", str(EXAMPLES / "lenet5.json")],
        cwd=root, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
