"""Presenter mode (View > Presenter Mode, F5; Esc leaves): for a class watching a projector.

Full screen, white on black, every text at least 1.6x (and 22 px), plots with bigger labels and
thicker lines, and only what a demo needs: the canvas, the training plots (or the decision regions
for 2-D data) and the run bar. The canvas shows compact two-line blocks at zoom 1 (so at the app's 22 px text), laid out to
fill the width, and gets the height its whole chain needs. Leaving puts the layout (panels, tabs,
sizes), theme, text size and canvas zoom back. `FEATURE` declares it to the main window; it
can use training (whose plots it shows), the decision regions and the regression fit.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontInfo, QPalette, QPen
from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea, QStyle, QToolBar, QWidget

from netbuilder.gui import language, theme
from netbuilder.gui.actions import make_action, set_texts
from netbuilder.gui.docks import readable_height
from netbuilder.gui.features import Feature, find_dock

SEPARATOR = QStyle.PixelMetric.PM_DockWidgetSeparatorExtent
SCALE = 1.6
"""Text, plot labels and line widths grow at least this much."""
MIN_PIXELS = 22
"""The app font's least pixel height in presenter mode (the smallest labels are 0.9x of it)."""


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
    sizes: dict = field(default_factory=dict)
    """Each shown dock's size: a layout saved in presenter mode's large text may be wider."""


class Presenter(QObject):
    """Enters and leaves presenter mode for one main window; `action` is the View menu's toggle."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._before: _Before | None = None
        self._watched: set[QDockWidget] = set()
        self._suspended = False
        self._fitted: tuple[QWidget, int] | None = None  # the panel in front, its least height
        self._refit_pending = False
        self.training = None  # the training feature's face, once it is there
        self.action = make_action(
            window,
            "",
            lambda checked: self.enter() if checked else self.leave(),
            ["F5"],
            checkable=True,
        )
        self.leave_action = make_action(window, "", self.leave, ["Esc"])
        self.retranslate()
        language.on_language_change(window, self.retranslate)
        self.leave_action.setEnabled(False)
        window.addAction(self.action)
        window.addAction(self.leave_action)
        requested = getattr(window, "train_requested", None)
        if requested is not None:  # connected before training's own slot, so it runs first
            requested.connect(self._before_training)
        window.document.network_reset.connect(self._after_project_change)
        window.style_changed.connect(self.restyle_plots)  # plots follow the theme too
        window.features_arriving.connect(self.suspend)
        window.features_arrived.connect(self.resume)

    def follow_training(self, training) -> None:
        """A run's new curves get presenter pens too; a model done (Predict and the like come up
        as tabs) keeps the demo's view."""
        self.training = training
        training.run_started.connect(lambda *_: self.restyle_plots_later())
        training.model_trained.connect(lambda *_: self.restyle_plots_later())

    def retranslate(self) -> None:
        set_texts(
            self.action,
            QCoreApplication.translate("Presenter", "&Presenter Mode"),
            QCoreApplication.translate(
                "Presenter",
                "Full screen, large text, high contrast, only the canvas, plots and run bar "
                "(Esc leaves)",
            ),
        )
        set_texts(
            self.leave_action, QCoreApplication.translate("Presenter", "Leave Presenter Mode")
        )

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
            canvas.auto_fit,
            window.statusBar().isVisible(),
            sizes={d: d.size() for d in window.findChildren(QDockWidget) if d.isVisible()},
        )
        if full_screen:
            window.showFullScreen()
        app = QApplication.instance()
        theme.apply_theme(app, dark=True, high_contrast=True)
        app.setFont(presenter_font(theme.base_font(), window.text_scale))
        window.restyle()
        canvas.set_compact(True)
        self._set_checked(True)
        self._show_only_demo_panels()

    def leave(self) -> None:
        before = self._before
        if before is None:
            return
        self._before = None
        self._fitted = None
        window = self.window
        _restore_pens(before.pens)
        self._present_plots(False)
        for dock in window.findChildren(QDockWidget):
            dock.setTitleBarWidget(None)
        if before.maximized:
            window.showMaximized()
        else:
            window.showNormal()
        window.restoreGeometry(before.geometry)
        window.restoreState(before.state)
        window.after_layout_restored()  # panels that follow the project's data
        window.statusBar().setVisible(before.status_bar)
        window.set_text_scale(before.text_scale)
        window.set_dark(before.dark)
        self._restore_zoom(before)
        self._style_plots()
        self._set_checked(False)
        _restore_sizes(window, before.sizes)
        QTimer.singleShot(0, lambda: _restore_sizes(window, before.sizes))

    def restyle_plots(self) -> None:
        """Every plot in the window in the current palette (and, presenting, large)."""
        self._style_plots()

    def restyle_plots_later(self) -> None:
        """A run started: its new curves get presenter pens too, once they exist, and the panels
        it brought forward (at the size the window gives them) make way for the demo's again."""
        if self.active:
            QTimer.singleShot(0, lambda: self.active and self._show_only_demo_panels())

    # Pieces ------------------------------------------------------------------------------------

    def _set_checked(self, active: bool) -> None:
        self.action.blockSignals(True)
        self.action.setChecked(active)
        self.action.blockSignals(False)
        self.leave_action.setEnabled(active)

    def _show_only_demo_panels(self) -> None:
        """Hide every panel but the demo's; the decision regions, square, go right of the canvas."""
        window = self.window
        wanted = demo_docks(window)
        for dock in window.findChildren(QDockWidget):
            if dock not in wanted:
                dock.hide()
        for dock in wanted:
            dock.setTitleBarWidget(QWidget())  # its small title says nothing a class needs
            dock.show()
            dock.raise_()
        for bar in window.findChildren(QToolBar):
            if bar is not getattr(window, "run_bar", None):
                bar.hide()
        window.statusBar().hide()
        for dock in window.findChildren(QDockWidget):
            if dock not in self._watched:  # a panel opened while presenting gets its room
                self._watched.add(dock)
                dock.visibilityChanged.connect(self._on_dock_shown)
        self._present_plots(True)
        self.window.canvas.verticalScrollBar().setValue(0)  # from the input
        self._share_space()
        self._style_plots()
        QTimer.singleShot(0, self._share_space)  # again once the new font has laid out

    def _share_space(self) -> None:
        """The canvas gets the height its whole chain needs (up to about 3/5 of the window), the
        plots below it the rest; 2-D data's decision regions take a square beside it."""
        window, canvas = self.window, self.window.canvas
        wanted = demo_docks(window)
        if not self.active or not wanted:
            return
        top = window.menuBar().sizeHint().height() + sum(  # the new font's, laid out or not
            bar.sizeHint().height() for bar in window.findChildren(QToolBar) if bar.isVisible()
        )
        if wanted[0] is find_dock(window, "regions.view"):
            if window.dockWidgetArea(wanted[0]) != Qt.DockWidgetArea.RightDockWidgetArea:
                window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, wanted[0])
            side = min(window.height() - top, window.width() * 3 // 5)
            window.resizeDocks(wanted, [side], Qt.Orientation.Horizontal)
            return
        shared = window.height() - top - window.style().pixelMetric(SEPARATOR)
        front = [d for d in _bottom_docks(window) if _in_front(window, d) and d not in wanted]
        if front:  # e.g. Predict, opened from View > Panels
            em = canvas.fontMetrics().height()
            least = _least_height(front[0])
            self._follow_least_height(front[0], least)
            height = min(least, shared - 3 * em)
            window.resizeDocks(front[:1], [height], Qt.Orientation.Vertical)
            return
        self._fitted = None
        room = shared - window.height() // 3 - 2 * canvas.frameWidth() - 4
        canvas.collapse_to_fit(canvas.width(), room)  # containers as blocks where frames overflow
        needed = canvas.compact_height(canvas.width()) + 2 * canvas.frameWidth() + 4
        height = max(window.height() // 3, min(shared - needed, window.height() * 3 // 5))
        window.resizeDocks(wanted, [height] * len(wanted), Qt.Orientation.Vertical)

    def _follow_least_height(self, dock: QDockWidget, least: int) -> None:
        """Fit the panel in front again whenever its least height changes (an opened picture's
        caption and source line, say): the fit is remembered, so a refit that changes nothing
        asks for none (no layout that lays itself out forever)."""
        inner = _inner(dock)
        if self._fitted is None or self._fitted[0] is not inner:
            inner.installEventFilter(self)  # Qt installs a filter only once per object
        self._fitted = (inner, least)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        fitted = self._fitted
        if (
            event.type() == QEvent.Type.LayoutRequest
            and fitted is not None
            and watched is fitted[0]
            and not self._refit_pending
        ):
            self._refit_pending = True
            QTimer.singleShot(0, self._refit)  # once the panel's layout has its new minimum
        return super().eventFilter(watched, event)

    def _refit(self) -> None:
        self._refit_pending = False
        fitted = self._fitted
        if not self.active or fitted is None:
            return
        dock = fitted[0].parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None and _in_front(self.window, dock) and _least_height(dock) != fitted[1]:
            self._share_space()

    def _on_dock_shown(self, visible: bool) -> None:
        dock = self.sender()
        if not (self.active and visible and isinstance(dock, QDockWidget)):
            return
        if dock.titleBarWidget() is None:
            dock.setTitleBarWidget(QWidget())  # its tab says what it is
        QTimer.singleShot(0, lambda: self._tab_beside_demo(dock))

    def _tab_beside_demo(self, dock: QDockWidget) -> None:
        """A panel opened while presenting (Predict, say) becomes a tab beside the plots, in front."""
        wanted, window = demo_docks(self.window), self.window
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        if not self.active or not dock.isVisible() or not wanted or dock in wanted:
            return
        if window.dockWidgetArea(dock) == window.dockWidgetArea(wanted[0]) == bottom:
            if dock not in window.tabifiedDockWidgets(wanted[0]):
                window.tabifyDockWidget(wanted[0], dock)
            dock.raise_()
        QTimer.singleShot(0, self._share_space)

    def suspend(self) -> None:
        """Put the window's own layout back for a moment: the window attaches the panels that
        come with torch (placed beside panels presenter mode hides) between suspend and resume."""
        if self.active and not self._suspended:
            self._suspended = True
            for dock in self.window.findChildren(QDockWidget):
                dock.setTitleBarWidget(None)
            self.window.restoreState(self._before.state)

    def resume(self) -> None:
        """Back to the demo's panels, once the window has shown its new ones; leaving will put
        back the layout as it is now, new panels included."""
        if self._suspended:
            QTimer.singleShot(0, self._resume_now)

    def _resume_now(self) -> None:
        self._suspended = False
        if self.active:
            self._before.state = self.window.saveState()
            self._show_only_demo_panels()

    def _before_training(self) -> None:
        """Train while presenting: the Training panel and the like that it brings up go again."""
        if self.active:
            shown = {dock for dock in self.window.findChildren(QDockWidget) if dock.isVisible()}
            QTimer.singleShot(0, lambda: self._hide_new_panels(shown))

    def _hide_new_panels(self, shown: set) -> None:
        if not self.active:
            return
        wanted = demo_docks(self.window)
        for dock in self.window.findChildren(QDockWidget):
            if dock.isVisible() and dock not in shown and dock not in wanted:
                dock.hide()
        self._show_only_demo_panels()

    def _after_project_change(self) -> None:
        """Another project (a lesson's next step) while presenting: its demo panels."""
        if self.active:
            QTimer.singleShot(0, lambda: self.active and self._show_only_demo_panels())

    def _present_plots(self, on: bool) -> None:
        if self.training is not None:
            self.training.plots.set_presenting(on)
            runs = getattr(self.training, "runs", None)
            if runs is not None:
                runs.set_presenting(on)

    def _restore_zoom(self, before: _Before) -> None:
        canvas = self.window.canvas
        canvas.set_compact(False)
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


def _restore_sizes(window, sizes: dict) -> None:
    """The docks' widths (left and right) and heights (top and bottom) as they were."""
    sideways = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
    shown = [d for d in sizes if d.isVisible() and not d.isFloating()]
    across = [d for d in shown if window.dockWidgetArea(d) in sideways]
    down = [d for d in shown if d not in across]
    window.resizeDocks(across, [sizes[d].width() for d in across], Qt.Orientation.Horizontal)
    window.resizeDocks(down, [sizes[d].height() for d in down], Qt.Orientation.Vertical)


def _bottom_docks(window) -> list[QDockWidget]:
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    return [d for d in window.findChildren(QDockWidget) if window.dockWidgetArea(d) == bottom]


def _in_front(window, dock: QDockWidget) -> bool:
    """Shown and in front of its tab group: a tab behind counts as visible to Qt, moved out of
    the window (sizing the Runs tab behind Predict left Predict 170 px tall)."""
    return dock.isVisible() and window.rect().intersects(dock.geometry())


def _inner(dock: QDockWidget) -> QWidget:
    """A dock's panel, inside its scroll area or not."""
    widget = dock.widget()
    return widget.widget() if isinstance(widget, QScrollArea) else widget


def _least_height(dock: QDockWidget) -> int:
    """The height at which a dock's panel shows whole (a plot readable), scroll area or not."""
    return readable_height(_inner(dock)) + 40  # margins, as the window allows for Predict


def presenter_font(base: QFont, scale: float) -> QFont:
    """The app font at least SCALE times the user's size and MIN_PIXELS tall."""
    font = theme.scaled_font(base, max(scale, 1.0) * SCALE)
    while QFontInfo(font).pixelSize() < MIN_PIXELS:
        font.setPointSizeF(font.pointSizeF() + 1)
    return font


def demo_docks(window) -> list[QDockWidget]:
    """The docks a demo needs: the decision regions for 2-D data, a regression's fit, else the
    training plots."""
    for dock_id in ("regions.view", "fit.view"):
        dock = find_dock(window, dock_id)
        if dock is not None and not dock.isHidden():
            return [dock]
    plots = find_dock(window, "training.plots")
    return [plots] if plots is not None else []


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
    """Presenter mode for window (a MainWindow), whose View menu takes its toggle (as FEATURE
    declares); its docks are looked up on entering."""
    return Presenter(window)


def _on_available(presenter: Presenter, name: str, other) -> None:
    if name == "training":
        presenter.follow_training(other)


FEATURE = Feature(
    name="presenter",
    attach=lambda window, _features: attach_presenter(window),
    provides=("enter", "leave", "active", "action"),
    menu_entries={"view": ("-", "action")},
    optional=("training",),
    on_available=_on_available,
)
