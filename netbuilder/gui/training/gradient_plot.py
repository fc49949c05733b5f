"""The gradient-flow plot: each learnable layer's gradient norm (or update / weight), log scale.

One curve per layer, created when the first report names the layers, then fed with `setData`
from `refresh` (called by the plots' timer), so drawing stays rate-limited.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from netbuilder.engine.gradient_flow import GradientReport
from netbuilder.gui import language

MEASURES = {  # (the choice, the axis label), English: shown through the "GradientFlowPlot" context
    "gradient_norms": (
        QT_TRANSLATE_NOOP("GradientFlowPlot", "Gradient norm"),
        QT_TRANSLATE_NOOP("GradientFlowPlot", "gradient norm"),
    ),
    "update_ratios": (
        QT_TRANSLATE_NOOP("GradientFlowPlot", "Update ÷ weight"),
        QT_TRANSLATE_NOOP("GradientFlowPlot", "update / weight"),
    ),
}
# Okabe-Ito, then darker variants: apart for colour-blind viewers; first layer first
COLOURS = (
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442",
    "#000000", "#004f7a", "#9a6a00", "#006b4e", "#8a5170",
)  # fmt: skip


class GradientFlowPlot(QWidget):
    """A log-scale plot of the newest run's per-layer gradient flow; `add` feeds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: tuple[str, ...] = ()
        self.positions: list[float] = []
        self.values: dict[str, list[np.ndarray]] = {name: [] for name in MEASURES}
        self.curves: list[pg.PlotDataItem] = []
        self._dirty = False
        self.measure = QComboBox()
        for key, (title, _) in MEASURES.items():
            self.measure.addItem(title, key)
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.plot = self._make_plot()
        self.hint = QLabel()
        self.show_label = QLabel()
        self._make_layout()
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The words again in the language now chosen; the curves and the choice stay."""
        for index in range(self.measure.count()):
            title = MEASURES[self.measure.itemData(index)][0]
            self.measure.setItemText(index, QCoreApplication.translate("GradientFlowPlot", title))
        self.measure.setToolTip(
            QCoreApplication.translate(
                "GradientFlowPlot",
                "Gradient norm: how strongly each layer is pushed. Update ÷ weight: how much of "
                "each layer's weights one step changes (around 0.001 is healthy).",
            )
        )
        self.show_label.setText(QCoreApplication.translate("GradientFlowPlot", "Show:"))
        if not self.curves:
            self.hint.setText(
                QCoreApplication.translate(
                    "GradientFlowPlot", "Per-layer gradients appear here while training."
                )
            )
        plot = self.plot.getPlotItem()
        style = plot.titleLabel.opts
        plot.setTitle(
            QCoreApplication.translate("GradientFlowPlot", "Gradient flow"),
            color=style.get("color"),
        )
        plot.getAxis("bottom").setLabel(QCoreApplication.translate("GradientFlowPlot", "epoch"))
        self._label_axis()
        legend = plot.legend
        for sample, label in legend.items if legend is not None else ():
            if sample.item in self.curves:
                name = layer_name(self.labels[self.curves.index(sample.item)])
                sample.item.opts["name"] = name
                label.setText(name)

    def _make_plot(self) -> pg.PlotWidget:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        widget = pg.PlotWidget(background=palette.color(QPalette.ColorRole.Base))
        plot = widget.getPlotItem()
        plot.setTitle("Gradient flow", color=text)
        plot.setLogMode(y=True)
        for name, label in (("bottom", "epoch"), ("left", MEASURES["gradient_norms"][1])):
            axis = plot.getAxis(name)
            axis.setLabel(label, color=text)
            axis.setTextPen(text)
            axis.setPen(text)
        fill = QColor(palette.color(QPalette.ColorRole.Base))
        fill.setAlpha(200)
        plot.addLegend(offset=(-10, 10), labelTextColor=text, brush=pg.mkBrush(fill))
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        widget.setMinimumSize(260, 220)
        return widget

    def _make_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.show_label)
        bar.addWidget(self.measure)
        bar.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.plot, 1)

    def clear(self) -> None:
        """Forget the curves: a new run starts."""
        plot = self.plot.getPlotItem()
        for curve in self.curves:
            plot.removeItem(curve)
        self.curves = []
        self.labels, self.positions = (), []
        self.values = {name: [] for name in MEASURES}
        self._dirty = False
        self.hint.setText(
            QCoreApplication.translate(
                "GradientFlowPlot", "Per-layer gradients appear here while training."
            )
        )

    def add(self, report: GradientReport) -> None:
        if report.labels != self.labels:
            self.clear()
            self._make_curves(report.labels)
        self.positions.append(report.position)
        self.values["gradient_norms"].append(report.gradient_norms)
        self.values["update_ratios"].append(report.update_ratios)
        self._dirty = True

    def _make_curves(self, labels: tuple[str, ...]) -> None:
        self.labels = labels
        plot = self.plot.getPlotItem()
        for index, label in enumerate(labels):
            pen = pg.mkPen(COLOURS[index % len(COLOURS)], width=2)
            self.curves.append(plot.plot(pen=pen, name=layer_name(label)))
        self.hint.setText("")
        legend = plot.legend
        if legend is not None:
            legend.setColumnCount(max(1, (len(labels) + 2) // 3))

    def current_key(self) -> str:
        return str(self.measure.currentData())

    def series(self, key: str | None = None) -> np.ndarray:
        """The shown values: one row per report, one column per layer (empty before any)."""
        rows = self.values[key or self.current_key()]
        return np.vstack(rows) if rows else np.empty((0, len(self.labels)))

    def refresh(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        x = np.asarray(self.positions)
        values = self.series()
        # a zero cannot go on a log axis; the gap it leaves is what a vanished gradient looks like
        values = np.where(values > 0, values, np.nan)
        for column, curve in enumerate(self.curves):
            curve.setData(x, values[:, column], connect="finite")

    def _measure_changed(self) -> None:
        self._label_axis()
        self._dirty = True
        self.refresh()

    def _label_axis(self) -> None:
        axis = self.plot.getPlotItem().getAxis("left")
        axis.setLabel(
            QCoreApplication.translate("GradientFlowPlot", MEASURES[self.current_key()][1])
        )


def layer_name(label: str) -> str:
    """A curve's legend entry: "layer 2 Linear"."""
    return QCoreApplication.translate("GradientFlowPlot", "layer {label}").format(label=label)
