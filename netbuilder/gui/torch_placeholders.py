"""What needs torch keeps its place from the first paint: the run bar and the training docks
stand there greyed while torch loads, so nothing pops in 15 s later and moves the layout.

Plain Qt only: building these must not import torch or pyqtgraph (the window paints first).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
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
CONTEXT = "TorchPlaceholders"
LOADING = QT_TRANSLATE_NOOP("TorchPlaceholders", "Loading PyTorch…")
RUN_ACTIONS = (
    QT_TRANSLATE_NOOP("TorchPlaceholders", "&Pause"),
    QT_TRANSLATE_NOOP("TorchPlaceholders", "S&tep one batch"),
    QT_TRANSLATE_NOOP("TorchPlaceholders", "&Undo step"),
    QT_TRANSLATE_NOOP("TorchPlaceholders", "&Stop"),
)
BAR_TEXTS = (
    QT_TRANSLATE_NOOP("TorchPlaceholders", "Pause"),
    QT_TRANSLATE_NOOP("TorchPlaceholders", "Step"),
    QT_TRANSLATE_NOOP("TorchPlaceholders", "Undo step"),
    QT_TRANSLATE_NOOP("TorchPlaceholders", "Stop"),
)
DOCKS = (  # title, objectName (as the training feature declares it), area, tabbed with, shown
    (
        QT_TRANSLATE_NOOP("TorchPlaceholders", "Training"),
        "training_dock",
        Area.RightDockWidgetArea,
        "builder.inspector",
        True,
    ),
    (
        QT_TRANSLATE_NOOP("TorchPlaceholders", "Training plots"),
        "training_plots_dock",
        Area.BottomDockWidgetArea,
        "builder.problems",
        False,
    ),
    (
        QT_TRANSLATE_NOOP("TorchPlaceholders", "Runs"),
        "runs_dock",
        Area.BottomDockWidgetArea,
        "builder.problems",
        True,
    ),
)
WAITING = "torch_placeholder"
"""The objectName of a stand-in's label: a dock still holding one is still a stand-in."""
PANEL_LETTERS = 62
"""The Training tab's stand-in is as wide as the panel that replaces it (about 62 average letters)."""


class TorchPlaceholders:
    """Greyed stand-ins for the run bar, its Run menu entries and the training docks."""

    def __init__(self, window) -> None:
        self.window = window
        self.actions = [self._action() for _ in RUN_ACTIONS]
        window.run_menu.addActions(self.actions)
        self.run_bar = self._run_bar(window)
        self.docks = []
        for title, name, area, beside, shown in DOCKS:
            # in the language from the start: a tab keeps the title its dock had when tabbed
            dock = window.add_panel(
                _tr(title), self._waiting(), area, window.dock(beside), name=name
            )
            dock.setVisible(shown)
            self.docks.append(dock)
        self.retranslate()
        inspector = window.dock("builder.inspector")
        inspector.raise_()
        window.dock("builder.problems").raise_()
        if window.settings.value("window/state") is None:  # and again once shown (X11 needs it)
            QTimer.singleShot(0, inspector.raise_)

    def _action(self) -> QAction:
        action = QAction(self.window)
        action.setEnabled(False)
        return action

    def retranslate(self) -> None:
        """The stand-ins' texts in the current language (the real ones replace them later)."""
        waiting = _tr(LOADING)
        once = _tr(QT_TRANSLATE_NOOP("TorchPlaceholders", "{action}: once PyTorch has loaded"))
        for action, text, short in zip(self.actions, RUN_ACTIONS, BAR_TEXTS, strict=True):
            if shiboken6.isValid(action):
                action.setText(_tr(text))
                action.setIconText(_tr(short))
                action.setToolTip(once.format(action=_tr(short)))
        if shiboken6.isValid(self.run_bar):
            self.run_bar.setWindowTitle(_tr(QT_TRANSLATE_NOOP("TorchPlaceholders", "Run")))
            self.progress.setFormat(waiting)
            self.rate_label.setText(_tr(QT_TRANSLATE_NOOP("TorchPlaceholders", "LR")))
        for dock, (title, *_rest) in zip(self.docks, DOCKS, strict=True):
            label = dock.widget() if shiboken6.isValid(dock) else None
            if isinstance(label, QLabel) and label.objectName() == WAITING:  # still a stand-in
                dock.setWindowTitle(_tr(title))
                label.setText(waiting)

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
        box, self.rate_label = _rate_box()
        bar.addWidget(box)
        bar.addSeparator()
        epoch = QLabel()
        epoch.setMinimumWidth(epoch.fontMetrics().horizontalAdvance("Epoch 888/888  "))
        bar.addWidget(epoch)
        progress = QProgressBar()
        progress.setMaximumWidth(260)
        progress.setValue(0)
        progress.setEnabled(False)
        bar.addWidget(progress)
        self.progress = progress
        window.addToolBarBreak()
        window.addToolBar(bar)
        return bar

    def _waiting(self) -> QLabel:
        label = QLabel()
        label.setObjectName(WAITING)
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


def _rate_box() -> tuple[QWidget, QLabel]:
    """The run bar's "LR [0.001]" box, greyed: as wide and tall as the real one."""
    box = QWidget()
    box.setEnabled(False)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(6, 0, 6, 0)
    label = QLabel()
    layout.addWidget(label)
    spin = QDoubleSpinBox()
    spin.setSpecialValueText(" ")
    layout.addWidget(spin)
    return box, label


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
