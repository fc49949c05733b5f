"""What needs torch keeps its place from the first paint: the run bar and the training docks
stand there greyed while torch loads, so nothing pops in 15 s later and moves the layout.

Plain Qt only: building these must not import torch or pyqtgraph (the window paints first).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QToolBar,
    QWidget,
)

Area = Qt.DockWidgetArea
LOADING = "Loading PyTorch…"
RUN_ACTIONS = ("&Pause", "S&tep one batch", "&Undo step", "&Stop")
BAR_TEXTS = ("Pause", "Step", "Undo step", "Stop")
DOCKS = (  # title, objectName (as the training feature declares it), area, tabbed with, shown
    ("Training", "training_dock", Area.RightDockWidgetArea, "builder.inspector", True),
    ("Training plots", "training_plots_dock", Area.BottomDockWidgetArea, "builder.problems", False),
    ("Runs", "runs_dock", Area.BottomDockWidgetArea, "builder.problems", True),
)
PANEL_LETTERS = 62
"""The Training tab's stand-in is as wide as the panel that replaces it (about 62 average letters)."""


class TorchPlaceholders:
    """Greyed stand-ins for the run bar, its Run menu entries and the training docks."""

    def __init__(self, window) -> None:
        self.window = window
        self.actions = [
            self._action(text, short) for text, short in zip(RUN_ACTIONS, BAR_TEXTS, strict=True)
        ]
        window.run_menu.addActions(self.actions)
        self.run_bar = self._run_bar(window)
        for title, name, area, beside, shown in DOCKS:
            dock = window.add_panel(title, self._waiting(), area, window.dock(beside), name=name)
            dock.setVisible(shown)
        inspector = window.dock("builder.inspector")
        inspector.raise_()
        window.dock("builder.problems").raise_()
        if window.settings.value("window/state") is None:  # and again once shown (X11 needs it)
            QTimer.singleShot(0, inspector.raise_)

    def _action(self, text: str, short: str) -> QAction:
        action = QAction(text, self.window)
        action.setIconText(short)
        action.setEnabled(False)
        action.setToolTip(f"{short}: once PyTorch has loaded")
        return action

    def _run_bar(self, window) -> QToolBar:
        """Laid out as the real run bar: Train, the run's actions, then the progress."""
        bar = QToolBar("Run", window)
        bar.setObjectName("run_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([window.train_action, *self.actions])
        pause = bar.widgetForAction(self.actions[0])  # as wide as the run bar's Pause / Resume
        metrics = pause.fontMetrics()
        pause.setMinimumWidth(
            metrics.horizontalAdvance("Resume") + 2 * metrics.horizontalAdvance("M")
        )
        bar.addWidget(_rate_box())
        bar.addSeparator()
        epoch = QLabel()
        epoch.setMinimumWidth(epoch.fontMetrics().horizontalAdvance("Epoch 888/888  "))
        bar.addWidget(epoch)
        progress = QProgressBar()
        progress.setMaximumWidth(260)
        progress.setValue(0)
        progress.setFormat(LOADING)
        progress.setEnabled(False)
        bar.addWidget(progress)
        window.addToolBarBreak()
        window.addToolBar(bar)
        return bar

    def _waiting(self) -> QLabel:
        label = QLabel(LOADING)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * PANEL_LETTERS)
        return label

    def replace_run_bar(self, run_bar: QToolBar) -> None:
        """The real run bar takes the stand-in's place; the Run menu gets the real actions."""
        window = self.window
        for action in self.actions:
            window.run_menu.removeAction(action)
            action.deleteLater()
        window.insertToolBar(self.run_bar, run_bar)
        window.removeToolBar(self.run_bar)
        self.run_bar.deleteLater()
        if not window.toolBarBreak(run_bar):
            window.insertToolBarBreak(run_bar)


def _rate_box() -> QWidget:
    """The run bar's "LR [0.001]" box, greyed: as wide and tall as the real one."""
    box = QWidget()
    box.setEnabled(False)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(6, 0, 6, 0)
    layout.addWidget(QLabel("LR"))
    spin = QDoubleSpinBox()
    spin.setSpecialValueText(" ")
    layout.addWidget(spin)
    return box
