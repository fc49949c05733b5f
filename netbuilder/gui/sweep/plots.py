"""The sweep's two pictures: the complete trials in parallel coordinates (one line per trial
across the searched values and the score, the better the warmer), and Optuna's importances as
horizontal bars with the names on the left (readable however many there are, even at 1024x768,
where names under upright bars ran into each other)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from netbuilder.document.sweep_space import SearchParam
from netbuilder.gui import language


class TrialPlots(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = pg.PlotWidget()
        self.shares = pg.PlotWidget()
        for plot in (self.lines, self.shares):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
        self.lines.getPlotItem().hideAxis("left")
        self.lines.getAxis("bottom").setStyle(hideOverlappingLabels=400)  # the ends: margins
        self.lines.setYRange(0, 1)
        self.shares.setXRange(0, 1)
        self.shares.getAxis("bottom").setTicks([[(0, "0"), (0.5, "0.5"), (1, "1")]])  # shares
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lines, 2)
        layout.addWidget(self.shares, 1)
        self._names: list[str] = []
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """In the app's colours now (the theme may have changed since the dialog was made)."""
        palette = QApplication.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        for plot in (self.lines, self.shares):
            plot.setBackground(palette.color(QPalette.ColorRole.Base))
            for name in ("bottom", "left"):
                plot.getAxis(name).setPen(text)
                plot.getAxis(name).setTextPen(text)
        self._text_colour = text.name()
        self.retranslate()
        super().showEvent(event)

    def retranslate(self) -> None:
        colour = getattr(self, "_text_colour", None)
        self.lines.setTitle(QCoreApplication.translate("SweepDialog", "Trials"), color=colour)
        self.shares.setTitle(QCoreApplication.translate("SweepDialog", "Importance"), color=colour)
        self._axis_names(self._names)

    def _axis_names(self, names: list[str]) -> None:
        self._names = names
        score = QCoreApplication.translate("SweepDialog", "score")
        labels = [_short(name) for name in names] + [score]
        axis = self.lines.getAxis("bottom")
        staggered = len(labels) > 3  # every other name a line lower: neighbours never overlap
        if staggered:
            labels = [("\n" if index % 2 else "") + label for index, label in enumerate(labels)]
        metrics = QFontMetrics(QApplication.font())
        axis.setHeight(round(metrics.height() * 2.2 + 12) if staggered else None)
        axis.setTicks([list(enumerate(labels))])
        half = [metrics.horizontalAdvance(label.strip()) // 2 for label in (labels[0], labels[-1])]
        self.lines.getPlotItem().setContentsMargins(half[0], 4, half[1], 4)  # room for the ends

    def show_trials(self, trials: list[dict], params: list[SearchParam], maximize: bool) -> None:
        """One line per complete trial; each axis spans its search range, the last the scores."""
        self.lines.clear()
        self._axis_names([p.name for p in params])
        complete = [t for t in trials if t["state"] == "complete" and t["value"] is not None]
        if not complete or not params:
            return
        values = [t["value"] for t in complete]
        low, high = min(values), max(values)
        for trial in sorted(complete, key=lambda t: t["value"] if maximize else -t["value"]):
            quality = (trial["value"] - low) / (high - low) if high > low else 1.0
            quality = quality if maximize else 1 - quality
            ys = [_position(p, trial["params"].get(p.name)) for p in params]
            ys.append((trial["value"] - low) / (high - low) if high > low else 0.5)
            colour = QColor.fromHsvF(0.66 * (1 - quality), 0.85, 0.9)
            self.lines.plot(list(range(len(ys))), ys, pen=pg.mkPen(colour, width=2))
        self.lines.setXRange(-0.45, len(params) + 0.45)

    def show_importances(self, importances: dict[str, float]) -> None:
        """One bar per searched name, the most important on top, its name to its left."""
        self.shares.clear()
        names = list(importances)  # Optuna's order: the most important first
        ticks = [(len(names) - 1 - index, _short(name)) for index, name in enumerate(names)]
        rows = [row for row, _label in ticks]
        self.shares.getAxis("left").setTicks([ticks])
        if not names:
            return
        shares = [importances[name] for name in names]
        self.shares.addItem(pg.BarGraphItem(x0=0, y=rows, width=shares, height=0.6))
        self.shares.setYRange(-0.6, len(names) - 0.4)
        self.shares.setXRange(0, 1)


def _short(name: str, most: int = 16) -> str:
    """A long name kept to `most` characters, its start and its end ("3.2.out_ch…annels")."""
    if len(name) <= most:
        return name
    head = (most - 1) // 2
    return f"{name[:head]}…{name[len(name) - (most - 1 - head) :]}"


def _position(param: SearchParam, value) -> float:
    """Where `value` sits on its axis, 0 to 1 (a log range on a log scale)."""
    if value is None:
        return math.nan
    if param.scale == "choice":
        choices = list(param.choices)
        index = choices.index(value) if value in choices else 0
        return index / (len(choices) - 1) if len(choices) > 1 else 0.5
    low, high, value = float(param.low), float(param.high), float(value)
    if param.scale in ("log", "int-log"):
        low, high, value = math.log(low), math.log(high), math.log(max(value, 1e-300))
    return (value - low) / (high - low) if high > low else 0.5
