"""Live training plots: loss, accuracy, learning rate, samples/s, first-layer filters, gradients.

Reports land in a `TrainingHistory`; a QTimer pulls the newest values and calls `setData` on
curves created once per run, so redraws are rate-limited whatever the report rate. Each run keeps
its curves; earlier runs are drawn faded until Clear runs.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netbuilder.document.safe_io import os_reason
from netbuilder.engine.gradient_flow import GradientReport
from netbuilder.engine.training_events import BatchReport, EpochReport, WeightsSnapshot
from netbuilder.gui import language
from netbuilder.gui.pictures import save_png
from netbuilder.gui.training import dialogs as dialogs
from netbuilder.gui.training.filters import FilterView
from netbuilder.gui.training.gradient_plot import GradientFlowPlot
from netbuilder.gui.training.history import RunRecord, TrainingHistory

REFRESH_MS = 66  # at most 15 redraws a second: smooth to the eye, cheap for the GUI thread
FADED_ALPHA = 70
PLOT_MIN_HEIGHT = 200
# (colour, width, style): chosen to stay apart for colour-blind viewers and on projectors
STYLES = {
    "loss": ("#9bbbe0", 1, Qt.PenStyle.SolidLine),
    "smoothed_loss": ("#1f5fbf", 3, Qt.PenStyle.SolidLine),
    "val_loss": ("#e0680f", 3, Qt.PenStyle.SolidLine),
    "accuracy": ("#9ccf9c", 1, Qt.PenStyle.SolidLine),
    "train_accuracy": ("#237a23", 3, Qt.PenStyle.SolidLine),
    "val_accuracy": ("#e0680f", 3, Qt.PenStyle.SolidLine),
    "learning_rate": ("#7b3fbf", 3, Qt.PenStyle.SolidLine),
    "samples_per_second": ("#128a80", 2, Qt.PenStyle.SolidLine),
}
LABELS = {  # the legend's words (English; shown through the "TrainingPlots" context)
    "loss": QT_TRANSLATE_NOOP("TrainingPlots", "train (each report)"),
    "smoothed_loss": QT_TRANSLATE_NOOP("TrainingPlots", "train (smoothed)"),
    "val_loss": QT_TRANSLATE_NOOP("TrainingPlots", "validation (per epoch)"),
    "accuracy": QT_TRANSLATE_NOOP("TrainingPlots", "train (running)"),
    "train_accuracy": QT_TRANSLATE_NOOP("TrainingPlots", "train (per epoch)"),
    "val_accuracy": QT_TRANSLATE_NOOP("TrainingPlots", "validation (per epoch)"),
}
SYMBOL_CURVES = ("val_loss", "train_accuracy", "val_accuracy")
TRAIN = QT_TRANSLATE_NOOP("TrainingPlots", "train")
VALIDATION = QT_TRANSLATE_NOOP("TrainingPlots", "validation")
KEYS = {  # presenter mode: the legend as words in the title's line, in the curves' colours
    "loss": (("━", "smoothed_loss", TRAIN), ("●", "val_loss", VALIDATION)),
    "accuracy": (("━", "train_accuracy", TRAIN), ("●", "val_accuracy", VALIDATION)),
}
TITLES = {  # each plot's title and its axes' labels: (title, x, y)
    "loss": (
        QT_TRANSLATE_NOOP("TrainingPlots", "Loss"),
        QT_TRANSLATE_NOOP("TrainingPlots", "epoch"),
        QT_TRANSLATE_NOOP("TrainingPlots", "loss"),
    ),
    "accuracy": (
        QT_TRANSLATE_NOOP("TrainingPlots", "Accuracy"),
        QT_TRANSLATE_NOOP("TrainingPlots", "epoch"),
        QT_TRANSLATE_NOOP("TrainingPlots", "accuracy (%)"),
    ),
    "regression": (
        QT_TRANSLATE_NOOP("TrainingPlots", "R² (fit)"),
        QT_TRANSLATE_NOOP("TrainingPlots", "epoch"),
        QT_TRANSLATE_NOOP("TrainingPlots", "R² × 100"),
    ),
    "reconstruction": (
        QT_TRANSLATE_NOOP("TrainingPlots", "Reconstruction error"),
        QT_TRANSLATE_NOOP("TrainingPlots", "epoch"),
        QT_TRANSLATE_NOOP("TrainingPlots", "pixel MSE × 100"),
    ),
    "learning_rate": (
        QT_TRANSLATE_NOOP("TrainingPlots", "Learning rate"),
        QT_TRANSLATE_NOOP("TrainingPlots", "seconds"),
        QT_TRANSLATE_NOOP("TrainingPlots", "learning rate"),
    ),
    "speed": (
        QT_TRANSLATE_NOOP("TrainingPlots", "Speed"),
        QT_TRANSLATE_NOOP("TrainingPlots", "seconds"),
        QT_TRANSLATE_NOOP("TrainingPlots", "samples / s"),
    ),
}


def _tr(text: str) -> str:
    """A text marked above, in the user's language."""
    return QCoreApplication.translate("TrainingPlots", text)


class TrainingPlots(QWidget):
    """The plots panel. Feed it with start_run / add_batch / add_epoch / show_weights."""

    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = TrainingHistory()
        self.curves: dict[int, dict[str, pg.PlotDataItem]] = {}
        self._drawn: dict[int, int] = {}
        self.refreshes = 0
        self._live = False
        self.gap: pg.FillBetweenItem | None = None  # train/validation accuracy gap, current run
        self.titles = {"loss": "Loss", "accuracy": "Accuracy"}  # English: _show_titles says them
        self.score_kind = "accuracy"  # or "regression" (R²), "reconstruction" (pixel MSE)
        QT_TRANSLATE_NOOP("TrainingPlots", "Reconstruction loss")  # a title set_task chooses
        self.presenting = False
        self._filters_wanted = True
        self._make_plots()
        self._make_layout()
        self.retranslate()
        language.on_language_change(self, self.retranslate)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    # --- building ------------------------------------------------------------------------------

    def _make_plots(self) -> None:
        # Legends sit where the curves rarely go: low loss early, low accuracy late
        self.loss_plot = self._plot("loss", legend=(10, -10))
        self.accuracy_plot = self._plot("accuracy", legend=(-10, -10))
        self.accuracy_plot.setYRange(0, 100)
        chance = pg.InfiniteLine(
            10,
            angle=0,
            pen=pg.mkPen("#888888", width=1, style=Qt.PenStyle.DashLine),
            label="chance",
            labelOpts={"position": 0.05, "color": "#777777"},
        )
        self.accuracy_plot.addItem(chance)
        self.chance = chance
        self.lr_plot = self._plot("learning_rate")
        self.lr_plot.enableAutoRange(y=False)
        self.speed_plot = self._plot("speed")
        self.filters = FilterView()
        self.gradients = GradientFlowPlot()
        self.log_scale = QCheckBox()
        self.log_scale.toggled.connect(lambda on: self.loss_plot.setLogMode(y=on))
        self.runs_label = QLabel()
        self.clear_button = self._button(self.clear_runs)
        self.png_button = self._button(self.export_png)
        self.csv_button = self._button(self.export_csv)

    def retranslate(self) -> None:
        """Titles, axes, legends and buttons again in the language now chosen; every run's
        curves stay."""
        self.chance.label.setFormat(_tr(QT_TRANSLATE_NOOP("TrainingPlots", "chance")))
        self.log_scale.setText(_tr(QT_TRANSLATE_NOOP("TrainingPlots", "Log scale")))
        self.log_scale.setToolTip(
            _tr(QT_TRANSLATE_NOOP("TrainingPlots", "Show the loss on a logarithmic axis"))
        )
        for button, text, tip in (
            (
                self.clear_button,
                QT_TRANSLATE_NOOP("TrainingPlots", "Clear runs"),
                QT_TRANSLATE_NOOP("TrainingPlots", "Forget earlier runs' curves"),
            ),
            (
                self.png_button,
                QT_TRANSLATE_NOOP("TrainingPlots", "Export PNG…"),
                QT_TRANSLATE_NOOP("TrainingPlots", "Save these plots as a picture"),
            ),
            (
                self.csv_button,
                QT_TRANSLATE_NOOP("TrainingPlots", "Export CSV…"),
                QT_TRANSLATE_NOOP("TrainingPlots", "Save every run's metrics as a table"),
            ),
        ):
            button.setText(_tr(text))
            button.setToolTip(_tr(tip))
        axes = {
            self.loss_plot: TITLES["loss"],
            self.accuracy_plot: TITLES[self.score_kind],
            self.lr_plot: TITLES["learning_rate"],
            self.speed_plot: TITLES["speed"],
        }
        for plot, (title, x, y) in axes.items():
            item = plot.getPlotItem()
            item.getAxis("bottom").setLabel(_tr(x))
            item.getAxis("left").setLabel(_tr(y))
            if plot in (self.lr_plot, self.speed_plot):
                item.setTitle(_tr(title), **_title_style(item))
        self._show_titles()
        self._name_legends()
        if self.gap is not None:
            self.gap.setToolTip(_gap_tip())
        self._show_run_count()

    def _name_legends(self) -> None:
        """The legends' words: each entry names its curve (only the current run's are listed)."""
        current = self.history.current
        curves = self.curves.get(current.number, {}) if current is not None else {}
        names = {id(curve): key for key, curve in curves.items()}
        for plot in (self.loss_plot, self.accuracy_plot):
            legend = plot.getPlotItem().legend
            for sample, label in legend.items if legend is not None else ():
                key = names.get(id(sample.item))
                if key in LABELS:
                    sample.item.opts["name"] = _tr(LABELS[key])
                    label.setText(_tr(LABELS[key]))

    def _plot(self, kind: str, legend: tuple[int, int] | None = None) -> pg.PlotWidget:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        widget = pg.PlotWidget(background=palette.color(QPalette.ColorRole.Base))
        plot = widget.getPlotItem()
        size = f"{max(self.font().pointSizeF(), 10.0):.0f}pt"
        title, x, y = TITLES[kind]
        plot.setTitle(title, size=f"{max(self.font().pointSizeF() * 1.25, 12):.0f}pt", color=text)
        # No grid and no tickFont: either makes each axis repaint 5-10x slower (QPicture replay),
        # which holds the GIL and starves the training thread. Ticks use the app's (scaled) font.
        for name, label in (("bottom", x), ("left", y)):
            axis = plot.getAxis(name)
            axis.setLabel(label, color=text, **{"font-size": size})
            axis.setTextPen(text)
            axis.setPen(text)
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        if legend:
            fill = QColor(palette.color(QPalette.ColorRole.Base))
            fill.setAlpha(200)
            plot.addLegend(
                offset=legend, labelTextColor=text, labelTextSize=size, brush=pg.mkBrush(fill)
            )
        widget.setMinimumSize(260, PLOT_MIN_HEIGHT)
        return widget

    def _button(self, slot) -> QPushButton:
        """A button whose text and tooltip `retranslate` sets."""
        button = QPushButton()
        button.clicked.connect(slot)
        return button

    def _make_layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.log_scale, self.runs_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.clear_button, self.png_button, self.csv_button):
            bar.addWidget(widget)
        self.grid = QWidget()
        grid = QGridLayout(self.grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.loss_plot, 0, 0, 1, 2)
        grid.addWidget(self.accuracy_plot, 0, 2, 1, 2)
        grid.addWidget(self.filters, 1, 0, 1, 2)
        grid.addWidget(self.lr_plot, 1, 2)
        grid.addWidget(self.speed_plot, 1, 3)
        grid.addWidget(self.gradients, 2, 0, 1, 4)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 2)
        for column in range(4):  # loss and accuracy share the width equally, whatever row 1 holds
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """In a scrolling dock, loss and accuracy fill the first screen; the rest scroll below."""
        super().showEvent(event)
        view = self.parentWidget()  # a scroll area's viewport, when the dock scrolls
        if view is not None and isinstance(view.parentWidget(), QScrollArea):
            view.removeEventFilter(self)
            view.installEventFilter(self)
            self._fill_first_screen(view.height())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self._fill_first_screen(watched.height())
        return super().eventFilter(watched, event)

    def _fill_first_screen(self, height: int) -> None:
        layout = self.layout()
        margins = layout.contentsMargins()
        bar = layout.itemAt(0).sizeHint().height() + layout.spacing()
        spare = height - bar - margins.top() - margins.bottom()
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setMinimumHeight(max(PLOT_MIN_HEIGHT, spare))

    # --- feeding -------------------------------------------------------------------------------

    def set_task(self, task: str) -> None:
        """A regression has no accuracy: its plot shows R² (x 100), the share of variance fitted;
        a reconstruction's shows its mean squared pixel error (x 100)."""
        kind = task if task in ("regression", "reconstruction") else "accuracy"
        self.score_kind = kind
        plot = self.accuracy_plot.getPlotItem()
        self.titles["accuracy"] = TITLES[kind][0]
        self.titles["loss"] = "Reconstruction loss" if kind == "reconstruction" else "Loss"
        self._show_titles()
        plot.getAxis("left").setLabel(_tr(TITLES[kind][2]))
        self.chance.setVisible(kind == "accuracy")

    def set_classes(self, count: int | None) -> None:
        """Chance is one class in `count` (10% for digits, 33% for three spiral arms)."""
        if count and count >= 2:
            self.chance.setValue(100 / count)

    def show_filters(self, wanted: bool) -> None:
        """The filters row for image data (2-D points have no pictures to show)."""
        self._filters_wanted = wanted
        self.filters.setVisible(wanted and not self.presenting)

    def set_presenting(self, on: bool) -> None:
        """Presenter mode: only loss and accuracy, keys in the title line instead of a legend over
        the curves, and no "(x0.001)" on an axis label, which large text cuts off."""
        self.presenting = on
        extras = (self.lr_plot, self.speed_plot, self.gradients, self.log_scale, self.runs_label)
        for widget in (*extras, self.clear_button, self.png_button, self.csv_button):
            widget.setVisible(not on)
        self.show_filters(self._filters_wanted)
        self.chance.label.setPosition(0.15 if on else 0.05)  # large text: not cut at the axis
        grid = self.grid.layout()
        for row, stretch in ((1, 2), (2, 2)):  # hidden rows would still take their share
            grid.setRowStretch(row, 0 if on else stretch)
        for plot in (self.loss_plot, self.accuracy_plot):
            item = plot.getPlotItem()
            if item.legend is not None:
                item.legend.setVisible(not on)
            for side in ("left", "bottom"):  # no "(x0.001)" to read or to cut
                axis = item.getAxis(side)
                # No range where a prefix applies: enableAutoSIPrefix(False) alone freezes the
                # scale of that moment (0.5 epochs then read "500" for the rest of the run).
                axis.setSIPrefixEnableRanges(() if on else None)
                axis.enableAutoSIPrefix(not on)
        self._show_titles()

    def _show_titles(self) -> None:
        for name, plot in (("loss", self.loss_plot), ("accuracy", self.accuracy_plot)):
            item = plot.getPlotItem()
            title = _tr(self.titles[name])
            if self.presenting:
                keys = "".join(
                    f"&nbsp;&nbsp;<span style='color:{STYLES[curve][0]}'>"
                    f"{mark}&nbsp;{_tr(word)}</span>"
                    for mark, curve, word in KEYS[name]
                )
                title = f"{title}{keys}"
            item.setTitle(title, **_title_style(item))

    def start_run(self, title: str) -> RunRecord:
        """A new run: fade the earlier runs and give this one fresh curves."""
        for curves in self.curves.values():
            for name, curve in curves.items():
                self._fade(curve, name)
        run = self.history.new_run(title)
        self.curves[run.number] = self._make_curves(run)
        self._shade_gap(self.curves[run.number])
        self._drawn[run.number] = -1
        self._show_run_count()
        self.filters.clear()
        self.gradients.clear()
        return run

    def add_batch(self, report: BatchReport) -> None:
        run = self.history.current or self.start_run("Run")
        run.add_batch(report)

    def add_epoch(self, report: EpochReport) -> None:
        run = self.history.current or self.start_run("Run")
        run.add_epoch(report)

    def add_gradients(self, report: GradientReport) -> None:
        self.gradients.add(report)

    def show_weights(self, snapshot: WeightsSnapshot) -> None:
        self.filters.show_weights(snapshot.weights)

    def clear_runs(self) -> None:
        """Remove every run's curves except the current run's while it is being drawn."""
        keep = self.history.current if self.history.current and self._is_live() else None
        for number in list(self.curves):
            if keep is None or number != keep.number:
                for curve in self.curves.pop(number).values():
                    self._owner(curve).removeItem(curve)
                self._drawn.pop(number, None)
        self.history.clear(keep_current=keep is not None)
        if keep is None:
            self.filters.clear()
            self.gradients.clear()
            self._shade_gap(None)
            self._reset_ranges()
        self._show_run_count()

    def _reset_ranges(self) -> None:
        """Empty plots show no earlier project's axes (loss 1.6 to 2.2 over 5 epochs stayed on
        after File > New); the next run's curves size them again."""
        for plot in (self.loss_plot, self.accuracy_plot, self.lr_plot, self.speed_plot):
            plot.setXRange(0, 1, padding=0)
            plot.enableAutoRange(x=True)
        for plot in (self.loss_plot, self.speed_plot):
            plot.setYRange(0, 1, padding=0)
            plot.enableAutoRange(y=True)

    def drop_run(self, number: int | None) -> None:
        """Forget one run's curves: a start that failed before its first batch was no run."""
        for curve in self.curves.pop(number, {}).values():
            self._owner(curve).removeItem(curve)
        self._drawn.pop(number, None)
        was_current = self.history.current is not None and self.history.current.number == number
        self.history.runs = [run for run in self.history.runs if run.number != number]
        if was_current:
            self._shade_gap(None)
        self._show_run_count()

    def set_run_visible(self, number: int, visible: bool) -> None:
        """Show or hide one run's curves (the Runs table's tick boxes); unknown runs: nothing."""
        curves = self.curves.get(number, {})
        for curve in curves.values():
            curve.setVisible(visible)
        current = self.history.current
        if self.gap is not None and current is not None and current.number == number:
            self.gap.setVisible(visible)

    def set_live(self, live: bool) -> None:
        """While a run is live, Clear runs keeps its curves."""
        self._live = live

    def _is_live(self) -> bool:
        return self._live

    # --- drawing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw the current run if it changed since the last redraw (the QTimer calls this)."""
        self.gradients.refresh()
        run = self.history.current
        if run is None or self._drawn.get(run.number) == run.version:
            return
        self._drawn[run.number] = run.version
        curves = self.curves[run.number]
        b, e = run.batches, run.epochs
        position, elapsed = b["epoch_position"], b["elapsed_seconds"]
        curves["loss"].setData(position, b["loss"])
        curves["smoothed_loss"].setData(position, b["smoothed_loss"])
        curves["accuracy"].setData(position, b["accuracy"] * 100)
        curves["learning_rate"].setData(elapsed, b["learning_rate"])
        if b.size:  # the axis starts at 0 so a constant rate reads as constant, not as noise
            self.lr_plot.setYRange(0, float(np.nanmax(b["learning_rate"])) * 1.2, padding=0)
        curves["samples_per_second"].setData(elapsed, b["samples_per_second"])
        epochs = e["epoch"]
        curves["val_loss"].setData(*_finite(epochs, e["val_loss"]))
        curves["train_accuracy"].setData(epochs, e["train_accuracy"] * 100)
        curves["val_accuracy"].setData(*_finite(epochs, e["val_accuracy"] * 100))
        self.refreshes += 1
        self.refreshed.emit()

    def _make_curves(self, run: RunRecord) -> dict[str, pg.PlotDataItem]:
        self._drop_legends()
        owners = {
            "loss": self.loss_plot,
            "smoothed_loss": self.loss_plot,
            "val_loss": self.loss_plot,
            "accuracy": self.accuracy_plot,
            "train_accuracy": self.accuracy_plot,
            "val_accuracy": self.accuracy_plot,
            "learning_rate": self.lr_plot,
            "samples_per_second": self.speed_plot,
        }
        curves = {}
        for name, plot in owners.items():
            colour, width, style = STYLES[name]
            symbol = (
                {"symbol": "o", "symbolSize": 9, "symbolBrush": colour, "symbolPen": colour}
                if name in SYMBOL_CURVES
                else {}
            )
            label = _tr(LABELS[name]) if name in LABELS else None
            curves[name] = plot.plot(
                pen=pg.mkPen(colour, width=width, style=style), name=label, **symbol
            )
        return curves

    def _shade_gap(self, curves: dict[str, pg.PlotDataItem] | None) -> None:
        """Shade between training and validation accuracy: the gap that shows overfitting."""
        if self.gap is not None:
            self.accuracy_plot.removeItem(self.gap)
            self.gap = None
        if curves is not None:
            brush = pg.mkBrush(214, 39, 40, 45)
            self.gap = pg.FillBetweenItem(curves["train_accuracy"], curves["val_accuracy"], brush)
            self.gap.setToolTip(_gap_tip())
            self.gap.setZValue(-2)
            self.accuracy_plot.addItem(self.gap)

    def _drop_legends(self) -> None:
        """Only the current run is listed in the legends; faded runs are explained above."""
        for plot in (self.loss_plot, self.accuracy_plot):
            legend = plot.getPlotItem().legend
            if legend is not None:
                legend.clear()

    def _fade(self, curve: pg.PlotDataItem, name: str) -> None:
        colour = QColor(STYLES[name][0])
        colour.setAlpha(FADED_ALPHA)
        curve.setPen(pg.mkPen(colour, width=max(1, STYLES[name][1] - 1)))
        if name in SYMBOL_CURVES:
            curve.setSymbolBrush(colour)
            curve.setSymbolPen(colour)
        curve.setZValue(-1)

    def _owner(self, curve: pg.PlotDataItem) -> pg.PlotItem:
        for plot in (self.loss_plot, self.accuracy_plot, self.lr_plot, self.speed_plot):
            if curve in plot.getPlotItem().items:
                return plot.getPlotItem()
        raise LookupError("curve not in any plot")

    def _show_run_count(self) -> None:
        earlier = len(self.history.runs) - 1
        text = QCoreApplication.translate("TrainingPlots", "Earlier runs, faded: {count}")
        self.runs_label.setText(text.format(count=earlier) if earlier > 0 else "")

    # --- export --------------------------------------------------------------------------------

    def export_png(self, path: str | None = None) -> bool:
        path = path or dialogs.ask_save_path(
            self,
            QCoreApplication.translate("TrainingPlots", "Export plots"),
            "training-plots.png",
            QCoreApplication.translate("TrainingPlots", "PNG image (*.png)"),
        )
        if not path:
            return False
        try:
            save_png(self.grid.grab(), path)
        except OSError as error:
            dialogs.show_error(
                self,
                QCoreApplication.translate("TrainingPlots", "Cannot export plots"),
                _cannot_write(path, error),
            )
            return False
        return True

    def export_csv(self, path: str | None = None) -> bool:
        path = path or dialogs.ask_save_path(
            self,
            QCoreApplication.translate("TrainingPlots", "Export metrics"),
            "training-metrics.csv",
            QCoreApplication.translate("TrainingPlots", "CSV table (*.csv)"),
        )
        if not path:
            return False
        try:
            self.history.save_csv(Path(path))
        except OSError as error:
            dialogs.show_error(
                self,
                QCoreApplication.translate("TrainingPlots", "Cannot export metrics"),
                _cannot_write(path, error),
            )
            return False
        return True


def _finite(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    keep = np.isfinite(y)
    return x[keep], y[keep]


def _title_style(item: pg.PlotItem) -> dict:
    """The size and colour a plot's title was given (a new text keeps them)."""
    style = item.titleLabel.opts
    return {"size": style.get("size"), "color": style.get("color")}


def _gap_tip() -> str:
    return QCoreApplication.translate(
        "TrainingPlots", "The gap between training and validation accuracy"
    )


def _cannot_write(path: str, error: OSError) -> str:
    return QCoreApplication.translate("TrainingPlots", "Cannot write {path}: {reason}").format(
        path=path, reason=os_reason(error)
    )
