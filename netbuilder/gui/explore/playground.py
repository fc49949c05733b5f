"""The optimizer playground: torch.optim optimizers race on a 2-D function, drawn as they go.

Click the map to set the start; tick the optimizers to race, each with its own learning rate.
The engine's `Descent` takes the real steps; this widget only draws the paths.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netbuilder.engine.optimize import (
    OPTIMIZER_CHOICES,
    SURFACES,
    Descent,
    grid_values,
    optimizer_settings,
)
from netbuilder.gui.language import on_language_change

GRID = 200
TICK_MS = 33
STEPS_PER_TICK = 5
DEFAULT_LR = {"sgd": 0.001, "momentum": 0.001, "nesterov": 0.001, "adagrad": 0.5,
              "rmsprop": 0.01, "adam": 0.05, "adamw": 0.05}  # fmt: skip
COLOURS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442")
SURFACE_WORDS = (
    QT_TRANSLATE_NOOP("OptimizerPlayground", "Saddle"),
    QT_TRANSLATE_NOOP("OptimizerPlayground", "Ill-conditioned bowl"),
)
"""The engine's surface titles that are words, not names (Himmelblau, Rosenbrock, Beale):
shown through `QCoreApplication.translate("OptimizerPlayground", surface.title)`."""
RACER_WORDS = {"momentum": QT_TRANSLATE_NOOP("OptimizerPlayground", "momentum")}
"""The racers' names that are words, not torch.optim's names (sgd, adam): shown in the language."""


def racer_name(name: str) -> str:
    if name in RACER_WORDS:
        return QCoreApplication.translate("OptimizerPlayground", RACER_WORDS[name])
    return name


class OptimizerPlayground(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = SURFACES["himmelblau"].start
        self.descents: dict[str, Descent] = {}
        self.paths: dict[str, list[np.ndarray]] = {}
        self.function = QComboBox()
        for key in SURFACES:
            self.function.addItem("", key)  # the title in the app's language (retranslate)
        self.function.currentIndexChanged.connect(self._function_changed)
        self.plot = pg.PlotWidget()
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.legend = self.plot.addLegend(
            offset=(10, 10), brush=pg.mkBrush(0, 0, 0, 160), labelTextColor="w"
        )  # dark under white words: readable on any part of the colour map
        self.start_marker = self.plot.plot(symbol="x", symbolSize=14, pen=None, symbolBrush="w")
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.racers: dict[str, tuple[QCheckBox, QDoubleSpinBox]] = {}
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.status = QLabel()
        self.run_button = QPushButton()
        self.run_button.setCheckable(True)
        self.run_button.toggled.connect(self._run_toggled)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.advance(STEPS_PER_TICK))
        self._make_racers()
        self._make_layout()
        self._function_changed()
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text in the app's language; the race, its settings and its paths stay."""
        self.setWindowTitle(
            QCoreApplication.translate("OptimizerPlayground", "Optimizer playground")
        )
        for index, surface in enumerate(SURFACES.values()):
            self.function.setItemText(
                index, QCoreApplication.translate("OptimizerPlayground", surface.title)
            )
        self.function_label.setText(QCoreApplication.translate("OptimizerPlayground", "Function"))
        self.reset_button.setText(QCoreApplication.translate("OptimizerPlayground", "Reset"))
        for name, (box, _lr) in self.racers.items():
            box.setText(racer_name(name))
        self._show_run_text()
        self._show_status()
        self._name_legend()

    def _make_racers(self) -> None:
        for index, name in enumerate(OPTIMIZER_CHOICES):
            box = QCheckBox(name)
            box.setChecked(name in ("sgd", "momentum", "adam"))
            lr = QDoubleSpinBox()
            lr.setDecimals(5)
            lr.setRange(1e-5, 10.0)
            lr.setSingleStep(0.001)
            lr.setValue(DEFAULT_LR[name])
            box.toggled.connect(self.reset)
            lr.valueChanged.connect(self.reset)
            self.racers[name] = (box, lr)
            pen = pg.mkPen(COLOURS[index % len(COLOURS)], width=2)
            self.curves[name] = self.plot.plot(pen=pen)

    def _make_layout(self) -> None:
        side = QGridLayout()
        self.function_label = QLabel()
        side.addWidget(self.function_label, 0, 0)
        side.addWidget(self.function, 0, 1)
        for row, (box, lr) in enumerate(self.racers.values(), start=1):
            side.addWidget(box, row, 0)
            side.addWidget(lr, row, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.reset_button)
        column = QVBoxLayout()
        column.addLayout(side)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.plot, 1)
        layout.addLayout(column)

    def surface(self):
        return SURFACES[str(self.function.currentData())]

    def _function_changed(self) -> None:
        surface = self.surface()
        (x0, x1), (y0, y1) = surface.x_range, surface.y_range
        values = grid_values(surface, np.linspace(x0, x1, GRID), np.linspace(y0, y1, GRID))
        shifted = values - values.min()
        self.image.setImage(np.log10(shifted + 1e-3), colorMap=pg.colormap.get("viridis"))
        self.image.setRect(x0, y0, x1 - x0, y1 - y0)
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.start = surface.start
        self.reset()

    def set_start(self, x: float, y: float) -> None:
        self.start = (float(x), float(y))
        self.reset()

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        self.set_start(point.x(), point.y())

    def reset(self) -> None:
        self.descents, self.paths = {}, {}
        for name, (box, lr) in self.racers.items():
            self.curves[name].setData([], [])
            if box.isChecked():
                settings = optimizer_settings(name, lr.value())
                self.descents[name] = Descent(self.surface(), settings, self.start)
                self.paths[name] = [np.array([[*self.start]])]
        self.start_marker.setData([self.start[0]], [self.start[1]])
        self._name_legend()
        self._show_status()

    def _name_legend(self) -> None:
        self.legend.clear()
        for name in self.descents:  # the racers, in their colours
            self.legend.addItem(self.curves[name], racer_name(name))

    def advance(self, steps: int) -> None:
        """Take `steps` steps with every racer and redraw their paths."""
        for name, descent in self.descents.items():
            rows = descent.step(steps)
            if len(rows):
                self.paths[name].append(rows[:, :2])
                path = np.concatenate(self.paths[name])
                self.curves[name].setData(path[:, 0], path[:, 1])
        self._show_status()

    def _show_status(self) -> None:
        lines = []
        for name, descent in self.descents.items():
            x, y = descent.position()
            line = QCoreApplication.translate(
                "OptimizerPlayground", "{name}: step {steps}, f({x}, {y}) = {value}"
            ).format(name=racer_name(name), steps=descent.steps, x=f"{x:.3f}", y=f"{y:.3f}",
                     value=f"{descent.value():.4g}")  # fmt: skip
            if descent.diverged:
                line += QCoreApplication.translate("OptimizerPlayground", " (diverged)")
            lines.append(line)
        self.status.setText(
            "\n".join(lines)
            or QCoreApplication.translate("OptimizerPlayground", "Tick an optimizer to race it.")
        )

    def _show_run_text(self) -> None:
        self.run_button.setText(
            QCoreApplication.translate("OptimizerPlayground", "Pause")
            if self.run_button.isChecked()
            else QCoreApplication.translate("OptimizerPlayground", "Run")
        )

    def _run_toggled(self, running: bool) -> None:
        self._show_run_text()
        if running:
            self.timer.start()
        else:
            self.timer.stop()


if __name__ == "__main__":
    from netbuilder.gui.standalone import application

    app = application()
    playground = OptimizerPlayground()
    playground.show()
    app.exec()
