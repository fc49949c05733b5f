"""One layer's parameter in one step as heat maps: weights before, gradient, update, weights after,
and the optimizer's state for it, each under the name torch gives it.

Blue < 0 < red, white 0, each map with a symmetric range of its own (before and after share one,
so the change shows). Rows are output units, columns their inputs (a conv kernel laid flat).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from netbuilder.engine.single_step import LayerStep, ParameterStep
from netbuilder.gui import language

_COLOURS = pg.colormap.get("CET-D1")
_LUT = _COLOURS.getLookupTable(0.0, 1.0, 256, alpha=False)
STATE_HINTS = {  # translated where they are shown
    "momentum_buffer": QT_TRANSLATE_NOOP("LayerMaps", "the velocity: a running sum of gradients"),
    "exp_avg": QT_TRANSLATE_NOOP("LayerMaps", "Adam's m, the mean gradient"),
    "exp_avg_sq": QT_TRANSLATE_NOOP("LayerMaps", "Adam's v, the mean squared gradient"),
    "max_exp_avg_sq": QT_TRANSLATE_NOOP("LayerMaps", "AMSGrad's largest v"),
    "sum": QT_TRANSLATE_NOOP("LayerMaps", "Adagrad's sum of squared gradients"),
    "square_avg": QT_TRANSLATE_NOOP("LayerMaps", "RMSprop's mean squared gradient"),
    "grad_avg": QT_TRANSLATE_NOOP("LayerMaps", "centred RMSprop's mean gradient"),
}
MAX_PER_ROW, MAP_WIDTH = 4, 120  # maps side by side: as many as fit, at least 2


def symmetric_limit(*arrays: np.ndarray) -> float:
    """The largest |value| of the arrays (1 when all are 0 or not finite): the colour range."""
    values = [float(np.nanmax(np.abs(a))) for a in arrays if a.size]
    limit = max((v for v in values if math.isfinite(v)), default=0.0)
    return limit if limit > 0 else 1.0


def maps_of(parameter: ParameterStep) -> list[tuple[str, np.ndarray, float]]:
    """(title, 2-D array, colour limit) for each heat map of a parameter, state maps last.
    The titles are English (torch's names for the state), translated where they are shown."""
    p = parameter
    shared = symmetric_limit(p.before, p.after)
    maps = [
        (QT_TRANSLATE_NOOP("LayerMaps", "before"), p.before, shared),
        (QT_TRANSLATE_NOOP("LayerMaps", "gradient"), p.gradient, symmetric_limit(p.gradient)),
        (QT_TRANSLATE_NOOP("LayerMaps", "update"), p.update, symmetric_limit(p.update)),
        (QT_TRANSLATE_NOOP("LayerMaps", "after"), p.after, shared),
    ]
    for name, value in p.state.items():
        if isinstance(value, np.ndarray):
            maps.append((name, value, symmetric_limit(value)))
    return maps


def state_text(parameter: ParameterStep) -> str:
    """What the maps are and the optimizer's scalar state (Adam's step...), as torch names it."""
    p = parameter
    parts = [
        QCoreApplication.translate("LayerMaps", "gradient = {name}.grad").format(name=p.name),
        QCoreApplication.translate("LayerMaps", "update = {name} after − before").format(
            name=p.name
        ),
    ]
    for name, value in p.state.items():
        if isinstance(value, np.ndarray):
            hint = STATE_HINTS.get(name)
            parts.append(f"{name}: {_in_language(hint)}" if hint else name)
        else:
            parts.append(f"{name} = {value:g}")
    if not p.state:
        parts.append(
            QCoreApplication.translate(
                "LayerMaps", "the optimizer keeps no state for this parameter"
            )
        )
    return " · ".join(parts)


def _in_language(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("LayerMaps", ...), in the language now chosen."""
    return QCoreApplication.translate("LayerMaps", text)


def _no_layer() -> str:
    return QCoreApplication.translate(
        "LayerMaps", "Select a layer to see its weights, gradient and update."
    )


class LayerMaps(QWidget):
    """The selected layer's heat maps, with a choice of its parameters (weight, bias)."""

    parameter_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.parameter = QComboBox()
        self.parameter.currentTextChanged.connect(self._on_parameter)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground(None)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.parameter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.state)
        self.layer: LayerStep | None = None
        self.images: dict[str, pg.ImageItem] = {}
        self.per_row = 0  # maps in a row as last drawn
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The texts in the language now chosen: the maps drawn again for the same parameter."""
        self.parameter.setToolTip(
            QCoreApplication.translate("LayerMaps", "Which of the layer's parameters the maps show")
        )
        self._draw()

    def columns(self) -> int:
        """How many maps fit side by side in the canvas now."""
        return max(2, min(MAX_PER_ROW, self.canvas.width() // MAP_WIDTH))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.images and self.columns() != self.per_row:
            self._draw()  # a narrower panel: fewer maps a row, so none is cut off

    def show_layer(self, layer: LayerStep | None) -> None:
        self.layer = layer
        names = [p.name for p in layer.parameters] if layer is not None else []
        current = self.parameter.currentText()
        self.parameter.blockSignals(True)
        self.parameter.clear()
        self.parameter.addItems(names)
        self.parameter.setCurrentText(current if current in names else "weight")
        self.parameter.blockSignals(False)
        self.parameter.setVisible(len(names) > 1)
        self._draw()

    def _on_parameter(self, name: str) -> None:
        self._draw()
        self.parameter_chosen.emit(name)

    def chosen(self) -> ParameterStep | None:
        if self.layer is None:
            return None
        return self.layer.parameter(self.parameter.currentText() or "weight")

    def _draw(self) -> None:
        self.canvas.clear()
        self.images = {}
        parameter = self.chosen()
        if parameter is None:
            self.title.setText(_no_layer())
            self.state.clear()
            return
        shape = " × ".join(str(s) for s in parameter.shape) or "1"
        if parameter.truncated:
            title = QCoreApplication.translate(
                "LayerMaps",
                "<b>Layer {layer}</b> · {parameter} {shape} (the first rows and columns)",
            )
        else:
            title = QCoreApplication.translate(
                "LayerMaps", "<b>Layer {layer}</b> · {parameter} {shape}"
            )
        self.title.setText(
            title.format(layer=self.layer.label, parameter=parameter.name, shape=shape)
        )
        self.per_row = self.columns()
        for index, (title, values, limit) in enumerate(maps_of(parameter)):
            row, column = divmod(index, self.per_row)
            self.images[title] = self._add_map(row, column, title, values, limit)
        legend = QCoreApplication.translate(
            "LayerMaps",
            "<span style='color:#3a5fcd'>■ negative</span> white 0 "
            "<span style='color:#c8281e'>■ positive</span>",
        )
        self.state.setText(f"{state_text(parameter)}  ·  {legend}")

    def _add_map(self, row: int, column: int, title: str, values: np.ndarray, limit: float):
        plot = self.canvas.addPlot(row=row, col=column)
        name = _in_language(title)  # before, gradient, ...; torch's state names stay
        plot.setTitle(f"{name}<br><span style='font-size:small'>±{limit:.2g}</span>", size="9pt")
        for axis in ("left", "bottom"):
            plot.hideAxis(axis)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.getViewBox().invertY(True)
        image = pg.ImageItem(axisOrder="row-major")
        image.setLookupTable(_LUT)
        image.setImage(np.nan_to_num(np.asarray(values, np.float32)), levels=(-limit, limit))
        plot.addItem(image)
        plot.autoRange(padding=0)
        return image
