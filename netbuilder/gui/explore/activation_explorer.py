"""The activation explorer: up to three catalog activations and their autograd derivatives.

Pick an activation in each slot, edit its parameters live, set the range; the derivative plot
shades where |f'(x)| < 0.01 (saturated: almost no gradient flows back). The Softmax tab shows
softmax probabilities and their Jacobian. The engine computes every number; this only draws.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netbuilder.document.catalog import CATALOG, Param
from netbuilder.engine.activation_curves import SATURATED_BELOW, activation_curve, activation_types
from netbuilder.gui.explore.softmax_tab import SoftmaxTab
from netbuilder.gui.language import on_language_change

SLOTS = 3
REGIONS_PER_SLOT = 3  # no catalog activation has more saturated stretches than this
POINTS = 401
COLOURS = ("#0072b2", "#e69f00", "#009e73")
DEFAULT_CHOICES = ("Sigmoid", "ReLU", None)


class Slot(QGroupBox):
    """One overlaid activation: its choice, its parameter editors, its curves and shaded regions."""

    def __init__(self, index: int, explorer: ActivationExplorer) -> None:
        super().__init__()
        self.index = index
        self.explorer = explorer
        self.type_id: str | None = None
        self.params: dict[str, Any] = {}
        colour = COLOURS[index]
        self.choice = QComboBox()
        self.choice.addItem("", None)  # "(none)", in the app's language (retranslate)
        for layer_type in activation_types():
            self.choice.addItem(layer_type.id, layer_type.id)
        self.form = QFormLayout(self)
        self.choice_label = QLabel()
        self.form.addRow(self.choice_label, self.choice)
        self.editors: list[QWidget] = []
        self.function_curve = explorer.function_plot.plot(pen=pg.mkPen(colour, width=2))
        self.derivative_curve = explorer.derivative_plot.plot(pen=pg.mkPen(colour, width=2))
        shade = pg.mkBrush(pg.mkColor(colour).red(), pg.mkColor(colour).green(),
                           pg.mkColor(colour).blue(), 45)  # fmt: skip
        self.regions = []
        for _ in range(REGIONS_PER_SLOT):
            region = pg.LinearRegionItem(movable=False, brush=shade, pen=pg.mkPen(None))
            region.setZValue(-10)
            region.hide()
            explorer.derivative_plot.addItem(region)
            self.regions.append(region)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(
            QCoreApplication.translate("ActivationExplorer", "Activation {number}").format(
                number=self.index + 1
            )
        )
        self.choice_label.setText(QCoreApplication.translate("ActivationExplorer", "Function"))
        self.choice.setItemText(0, QCoreApplication.translate("ActivationExplorer", "(none)"))
        for index in range(1, self.choice.count()):
            doc = CATALOG[self.choice.itemData(index)].doc
            self.choice.setItemData(index, _catalog_text(doc), Qt.ItemDataRole.ToolTipRole)
        params = CATALOG[self.type_id].params if self.type_id else ()
        for editor, param in zip(self.editors, params, strict=True):
            editor.setToolTip(_catalog_text(param.doc))

    def choose(self, type_id: str | None) -> None:
        self.choice.setCurrentIndex(max(0, self.choice.findData(type_id)))
        self._choice_changed()

    def _choice_changed(self) -> None:
        type_id = self.choice.currentData()
        if type_id == self.type_id:
            return
        self.type_id = type_id
        self.params = CATALOG[type_id].defaults() if type_id else {}
        for editor in self.editors:
            self.form.removeRow(editor)
        self.editors = []
        if type_id:
            for param in CATALOG[type_id].params:
                editor = self._editor(param)
                editor.setToolTip(_catalog_text(param.doc))
                self.form.addRow(param.name, editor)
                self.editors.append(editor)
        self.refresh()

    def _editor(self, param: Param) -> QWidget:
        if param.choices:
            box = QComboBox()
            box.addItems(param.choices)
            box.setCurrentText(str(self.params[param.name]))
            box.currentTextChanged.connect(lambda text, name=param.name: self.set_param(name, text))
            return box
        spin = QDoubleSpinBox()
        spin.setDecimals(3)
        spin.setRange(param.minimum if param.minimum is not None else -1e6,
                      param.maximum if param.maximum is not None else 1e6)  # fmt: skip
        spin.setSingleStep(0.01 if (param.maximum or 10) <= 1 else 0.1)
        spin.setValue(float(self.params[param.name]))
        spin.valueChanged.connect(lambda value, name=param.name: self.set_param(name, value))
        return spin

    def set_param(self, name: str, value: Any) -> None:
        self.params[name] = value
        self.refresh()

    def refresh(self) -> None:
        self._name_in_legends()
        if self.type_id is None:
            self.function_curve.setData([], [])
            self.derivative_curve.setData([], [])
            for region in self.regions:
                region.hide()
            return
        start, stop = self.explorer.range()
        curve = activation_curve(self.type_id, self.params, start, stop, POINTS)
        self.function_curve.setData(curve.x, curve.values)
        self.derivative_curve.setData(curve.x, curve.derivative)
        spans = (curve.saturated + [None] * REGIONS_PER_SLOT)[:REGIONS_PER_SLOT]
        for region, span in zip(self.regions, spans, strict=True):
            region.setVisible(span is not None)
            if span is not None:
                region.setRegion(span)

    def _name_in_legends(self) -> None:
        """Each plot's legend names this slot's curve as PyTorch would: LeakyReLU(negative_slope=0.2)."""
        for plot, curve in (
            (self.explorer.function_plot, self.function_curve),
            (self.explorer.derivative_plot, self.derivative_curve),
        ):
            legend = plot.getPlotItem().legend
            legend.removeItem(curve)
            if self.type_id is not None:
                legend.addItem(curve, curve_name(self.type_id, self.params))


def _catalog_text(text: str) -> str:
    """A layer type's or parameter's explanation in the app's language: the layer catalog marks
    them in its own context, "catalog" (document/catalog.py)."""
    return QCoreApplication.translate("catalog", text) if text else text


def curve_name(type_id: str, params: dict[str, Any]) -> str:
    values = ", ".join(
        f"{name}={value:g}" if isinstance(value, float) else f"{name}={value}"
        for name, value in params.items()
    )
    return f"{type_id}({values})" if values else type_id


class ActivationExplorer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.function_plot = pg.PlotWidget(title="f(x)")
        self.derivative_plot = pg.PlotWidget()
        for plot in (self.function_plot, self.derivative_plot):
            plot.showGrid(x=True, y=True, alpha=0.3)
            plot.addLegend(offset=(10, 10))  # top left: where activations are low and flat
        self.derivative_plot.setXLink(self.function_plot)
        self.start = self._range_spin(-5.0)
        self.stop = self._range_spin(5.0)
        self.slots = [Slot(i, self) for i in range(SLOTS)]
        self.softmax = SoftmaxTab()
        self._make_layout()
        for slot, type_id in zip(self.slots, DEFAULT_CHOICES, strict=True):
            slot.choose(type_id)
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text in the app's language; the slots' choices, parameters and range stay."""
        self.setWindowTitle(QCoreApplication.translate("ActivationExplorer", "Activation explorer"))
        self.derivative_plot.setTitle(
            QCoreApplication.translate(
                "ActivationExplorer",
                "f'(x) from autograd; shaded: saturated, |f'(x)| under {threshold}",
            ).format(threshold=SATURATED_BELOW)
        )
        self.from_label.setText(QCoreApplication.translate("ActivationExplorer", "x from"))
        self.to_label.setText(QCoreApplication.translate("ActivationExplorer", "to"))
        self.tabs.setTabText(0, QCoreApplication.translate("ActivationExplorer", "Curves"))
        self.tabs.setTabText(1, QCoreApplication.translate("ActivationExplorer", "Softmax"))
        self._show_range_message()
        for slot in self.slots:
            slot.retranslate()
        self.softmax.retranslate()

    def _range_spin(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-1000.0, 1000.0)
        spin.setValue(value)
        spin.valueChanged.connect(self._range_changed)
        return spin

    def _make_layout(self) -> None:
        row = QHBoxLayout()
        self.from_label, self.to_label = QLabel(), QLabel()
        row.addWidget(self.from_label)
        row.addWidget(self.start)
        row.addWidget(self.to_label)
        row.addWidget(self.stop)
        self.range_message = QLabel()
        row.addWidget(self.range_message, 1)
        side = QVBoxLayout()
        for slot in self.slots:
            side.addWidget(slot)
        side.addStretch(1)
        plots = QVBoxLayout()
        plots.addLayout(row)
        plots.addWidget(self.function_plot, 1)
        plots.addWidget(self.derivative_plot, 1)
        curves = QWidget()
        layout = QHBoxLayout(curves)
        layout.addLayout(plots, 1)
        layout.addLayout(side)
        self.tabs = QTabWidget()
        self.tabs.addTab(curves, "")
        self.tabs.addTab(self.softmax, "")
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)

    def range(self) -> tuple[float, float]:
        start, stop = self.start.value(), self.stop.value()
        return (start, stop) if stop > start else (stop, stop + 1.0)

    def _range_changed(self) -> None:
        self._show_range_message()
        for slot in self.slots:
            slot.refresh()

    def _show_range_message(self) -> None:
        ok = self.stop.value() > self.start.value()
        self.range_message.setText(
            ""
            if ok
            else QCoreApplication.translate(
                "ActivationExplorer", "The end must be larger than the start."
            )
        )


if __name__ == "__main__":
    from netbuilder.gui.standalone import application

    app = application()
    explorer = ActivationExplorer()
    explorer.show()
    app.exec()
