"""Presenter mode (View > Presenter Mode, F5; Esc leaves): for a class watching a projector.

Full screen, white on black, every text at least 1.6x (and 22 px), plots with bigger labels and
thicker lines, and only what a demo needs: the canvas, the training plots (or the decision regions
for 2-D data) and the run bar. Leaving puts the layout, theme, text size and canvas zoom back.
The canvas zoom never goes down on entering (and is at least 1): bigger text makes bigger blocks,
not smaller ones; a long network scrolls down, never sideways.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontInfo, QPalette, QPen
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from netbuilder.gui import theme
from netbuilder.gui.actions import make_action

SCALE = 1.6
"""Text, plot labels and line widths grow at least this much."""
MIN_PIXELS = 22
"""The app font's least pixel height in presenter mode (the smallest labels are 0.9x of it)."""
MIN_ZOOM = 1.0
"""The canvas zoom in presenter mode at least: block labels as large as the app's text."""


@dataclass
class _Before:
    """What presenter mode changed, to put back when it ends."""

    state: QByteArray
    geometry: QByteArray
    maximized: bool
    text_scale: float
    dark: bool
    zoom: float
    auto_fit: bool
    status_bar: bool
    pens: dict = field(default_factory=dict)


class Presenter(QObject):
    """Enters and leaves presenter mode for one main window; `action` is the View menu's toggle."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._before: _Before | None = None
        self.action = make_action(
            window,
            "&Presenter Mode",
            lambda checked: self.enter() if checked else self.leave(),
            ["F5"],
            "Full screen, large text, high contrast, only the canvas, plots and run bar (Esc leaves)",
            checkable=True,
        )
        self.leave_action = make_action(window, "Leave Presenter Mode", self.leave, ["Esc"])
        self.leave_action.setEnabled(False)
        window.addAction(self.action)
        window.addAction(self.leave_action)

    @property
    def active(self) -> bool:
        return self._before is not None

    def enter(self, full_screen: bool = True) -> None:
        if self.active:
            return
        window, canvas = self.window, self.window.canvas
        self._before = _Before(
            window.saveState(),
            window.saveGeometry(),
            window.isMaximized(),
            window.text_scale,
            window.dark_action.isChecked(),
            canvas.zoom(),
            getattr(canvas, "_auto_fit", True),
            window.statusBar().isVisible(),
        )
        self._show_only_demo_panels()
        if full_screen:
            window.showFullScreen()
        app = QApplication.instance()
        theme.apply_theme(app, dark=True, high_contrast=True)
        app.setFont(presenter_font(theme.base_font(), window.text_scale))
        window._restyle()  # noqa: SLF001 - the window's own repaint after a look change
        self._keep_zoom(max(self._before.zoom, MIN_ZOOM))
        self._style_plots()
        self._set_checked(True)

    def leave(self) -> None:
        before = self._before
        if before is None:
            return
        self._before = None
        window = self.window
        _restore_pens(before.pens)
        for dock in window.findChildren(QDockWidget):
            dock.setTitleBarWidget(None)
        if before.maximized:
            window.showMaximized()
        else:
            window.showNormal()
        window.restoreGeometry(before.geometry)
        window.restoreState(before.state)
        window.statusBar().setVisible(before.status_bar)
        window.set_text_scale(before.text_scale)
        window.set_dark(before.dark)
        self._restore_zoom(before)
        self._style_plots()
        self._set_checked(False)

    def restyle_plots(self) -> None:
        """Every plot in the window in the current palette (and, presenting, large)."""
        self._style_plots()

    def restyle_plots_later(self) -> None:
        """New curves (a new run) get presenter pens too, once they exist."""
        if self.active:
            QTimer.singleShot(0, self._style_plots)

    # Pieces ------------------------------------------------------------------------------------

    def _set_checked(self, active: bool) -> None:
        self.action.blockSignals(True)
        self.action.setChecked(active)
        self.action.blockSignals(False)
        self.leave_action.setEnabled(active)

    def _show_only_demo_panels(self) -> None:
        window = self.window
        wanted = demo_docks(window)
        for dock in window.findChildren(QDockWidget):
            if dock not in wanted:
                dock.hide()
        for dock in wanted:
            dock.setTitleBarWidget(QWidget())  # its small title says nothing a class needs
            dock.show()
            dock.raise_()
        toolbar = getattr(window, "toolbar", None)
        if toolbar is not None:
            toolbar.hide()
        window.statusBar().hide()
        if wanted:
            window.resizeDocks(
                wanted, [window.height() * 2 // 5] * len(wanted), Qt.Orientation.Vertical
            )

    def _keep_zoom(self, zoom: float) -> None:
        canvas = self.window.canvas
        if canvas.zoom() < zoom:
            canvas.zoom_by(zoom / canvas.zoom())
        canvas.verticalScrollBar().setValue(0)  # from the input

    def _restore_zoom(self, before: _Before) -> None:
        canvas = self.window.canvas
        if before.auto_fit:
            canvas.fit_to_view()
        else:
            canvas.zoom_by(before.zoom / canvas.zoom())

    def _style_plots(self) -> None:
        if "pyqtgraph" not in sys.modules:
            return  # no plot exists yet: pyqtgraph loads with the first one, after the first paint
        import pyqtgraph as pg

        pens = self._before.pens if self._before else None
        for widget in self.window.findChildren(pg.PlotWidget):
            style_plot(widget, pens)


def presenter_font(base: QFont, scale: float) -> QFont:
    """The app font at least SCALE times the user's size and MIN_PIXELS tall."""
    font = theme.scaled_font(base, max(scale, 1.0) * SCALE)
    while QFontInfo(font).pixelSize() < MIN_PIXELS:
        font.setPointSizeF(font.pointSizeF() + 1)
    return font


def demo_docks(window) -> list[QDockWidget]:
    """The docks a demo needs: the decision regions for 2-D data, a regression's fit, else the
    training plots."""
    for feature in ("regions", "fit"):
        dock = getattr(getattr(window, feature, None), "dock", None)
        if dock is not None and not dock.isHidden():
            return [dock]
    training = getattr(window, "training", None)
    docks = getattr(training, "docks", None)
    return [docks[1]] if docks else []


def style_plot(widget, pens: dict | None) -> None:
    """Colours from the app palette; with `pens` (presenter mode) bigger labels and thicker lines,
    remembering each curve's own pen in `pens` so leaving can put it back."""
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    widget.setBackground(palette.color(QPalette.ColorRole.Base))
    plot = widget.getPlotItem()
    size = f"{QApplication.font().pointSizeF():.0f}pt"
    for name in ("bottom", "left"):
        axis = plot.getAxis(name)
        axis.setPen(text)
        axis.setTextPen(text)
        if axis.labelText:
            axis.setLabel(axis.labelText, color=text.name(), **{"font-size": size})
    if plot.titleLabel.text:
        title = f"{QApplication.font().pointSizeF() * 1.25:.0f}pt"
        plot.setTitle(plot.titleLabel.text, color=text.name(), size=title)
    if plot.legend is not None:
        plot.legend.setLabelTextColor(text)
        plot.legend.setLabelTextSize(size)
    if pens is not None:
        for item in plot.listDataItems():
            _thicken(item, pens)


def _thicken(item, pens: dict) -> None:
    if item in pens or not hasattr(item, "setPen"):
        return
    import pyqtgraph as pg

    pen = QPen(pg.mkPen(item.opts.get("pen")))
    pens[item] = QPen(pen)
    pen.setWidthF(max(pen.widthF(), 1.0) * SCALE)
    item.setPen(pen)


def _restore_pens(pens: dict) -> None:
    for item, pen in pens.items():
        try:
            item.setPen(pen)
        except RuntimeError:  # the curve was cleared (Clear runs) while presenting
            continue


def attach_presenter(window) -> Presenter:
    """Add View > Presenter Mode to window (a MainWindow); its docks are looked up on entering."""
    presenter = Presenter(window)
    menu = getattr(window, "view_menu", None)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(presenter.action)
    return presenter
