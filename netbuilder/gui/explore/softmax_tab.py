"""Softmax: logits on sliders -> probability bars and the Jacobian dp_i/da_j, with a temperature."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from netbuilder.engine.activation_curves import SoftmaxView, softmax_view

LOGITS = (2.0, 1.0, 0.1)  # the curriculum's example
SCALE = 100  # slider ticks per unit
LOGIT_RANGE = 5.0
TEMPERATURE_RANGE = (0.1, 5.0)


def _slider(low: float, high: float, value: float) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(round(low * SCALE), round(high * SCALE))
    slider.setValue(round(value * SCALE))
    return slider


class SoftmaxTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logit_sliders = [_slider(-LOGIT_RANGE, LOGIT_RANGE, a) for a in LOGITS]
        self.logit_labels = [QLabel() for _ in LOGITS]
        self.temperature_slider = _slider(*TEMPERATURE_RANGE, 1.0)
        self.temperature_label = QLabel()
        count = len(LOGITS)
        self.bar_plot = pg.PlotWidget()
        self.bar_plot.setYRange(0, 1)
        self.bars = pg.BarGraphItem(x=np.arange(count), height=np.zeros(count), width=0.6,
                                    brush="#0072b2")  # fmt: skip
        self.bar_plot.addItem(self.bars)
        self.bar_plot.getAxis("bottom").setTicks([[(i, f"p{i + 1}") for i in range(count)]])
        self.jacobian_plot = pg.PlotWidget()
        self.jacobian_plot.invertY(True)
        self.jacobian_image = pg.ImageItem(axisOrder="row-major")
        self.jacobian_plot.addItem(self.jacobian_image)
        self.jacobian_plot.setAspectLocked(True)
        self.jacobian_plot.getAxis("left").setTicks(
            [[(i + 0.5, f"p{i + 1}") for i in range(count)]]
        )
        self.jacobian_plot.getAxis("bottom").setTicks(
            [[(j + 0.5, f"a{j + 1}") for j in range(count)]]
        )
        self.colour_bar = pg.ColorBarItem(values=(-0.25, 0.25), colorMap=pg.colormap.get("CET-D1"),
                                          interactive=False)  # fmt: skip
        self.colour_bar.setImageItem(
            self.jacobian_image, insert_in=self.jacobian_plot.getPlotItem()
        )
        self.readout = QLabel()
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setStyleSheet("font-family: monospace")
        self.view: SoftmaxView | None = None
        for slider in (*self.logit_sliders, self.temperature_slider):
            slider.valueChanged.connect(self.refresh)
        self._make_layout()
        self.retranslate()

    def retranslate(self) -> None:
        """The plots' titles and the readout in the app's language (its ActivationExplorer calls
        this on a language change); the logits and the temperature stay."""
        self.bar_plot.setTitle(
            QCoreApplication.translate("SoftmaxTab", "probabilities p = softmax(a / T)")
        )
        self.jacobian_plot.setTitle(
            QCoreApplication.translate("SoftmaxTab", "Jacobian dp_i / da_j (row i, column j)")
        )
        self.refresh()

    def _make_layout(self) -> None:
        controls = QGridLayout()
        for row, (slider, label) in enumerate(
            zip(self.logit_sliders, self.logit_labels, strict=True)
        ):
            controls.addWidget(QLabel(f"a{row + 1}"), row, 0)
            controls.addWidget(slider, row, 1)
            controls.addWidget(label, row, 2)
        row = len(self.logit_sliders)
        controls.addWidget(QLabel("T"), row, 0)
        controls.addWidget(self.temperature_slider, row, 1)
        controls.addWidget(self.temperature_label, row, 2)
        plots = QHBoxLayout()
        plots.addWidget(self.bar_plot, 1)
        plots.addWidget(self.jacobian_plot, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(plots, 1)
        layout.addWidget(self.readout)

    def logits(self) -> list[float]:
        return [slider.value() / SCALE for slider in self.logit_sliders]

    def temperature(self) -> float:
        return self.temperature_slider.value() / SCALE

    def set_logits(self, values) -> None:
        for slider, value in zip(self.logit_sliders, values, strict=True):
            slider.setValue(round(value * SCALE))

    def refresh(self) -> None:
        view = softmax_view(self.logits(), self.temperature())
        self.view = view
        for label, a in zip(self.logit_labels, view.logits, strict=True):
            label.setText(f"{a:+.2f}")
        self.temperature_label.setText(f"{view.temperature:.2f}")
        self.bars.setOpts(height=view.probabilities)
        limit = max(float(np.abs(view.jacobian).max()), 1e-6)
        self.jacobian_image.setImage(view.jacobian, autoLevels=False)
        self.colour_bar.setLevels((-limit, limit))
        self.readout.setText(_readout(view))


def _readout(view: SoftmaxView) -> str:
    probabilities = ", ".join(f"{p:.3f}" for p in view.probabilities)
    logs = ", ".join(f"{v:.3f}" for v in view.log_probabilities)
    lines = [f"p = [{probabilities}]   log p (LogSoftmax) = [{logs}]"]
    for i in range(len(view.probabilities)):
        row = ", ".join(f"{g:+.4f}" for g in view.gradient_of(i))
        line = QCoreApplication.translate("SoftmaxTab", "grad of p{i} = dp{i}/da = [{row}]")
        lines.append(line.format(i=i + 1, row=row))
    return "\n".join(lines)
