"""The run bar's learning-rate box: the lesson's "change the learning rate" without the Training
panel (presenter mode shows only the canvas, the plots and the run bar).

It changes the rate exactly as the panel does, through the panel: an undoable edit of the training
settings while idle, the live rate while a run goes; and it shows the rate in effect.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from netbuilder.gui import language
from netbuilder.gui.training.settings_form import learning_rate_box


class RateBox(QWidget):
    """ "LR [0.01]": a compact learning-rate control for the run bar."""

    def __init__(self, panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.box = learning_rate_box()
        self.label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.box)
        self.box.valueChanged.connect(panel.choose_learning_rate)
        panel.learning_rate_shown.connect(self.show_rate)
        self.show_rate(panel.learning_rate())
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        # "LR" is the tutorials' short name: Chinese says 学习率 in three characters
        self.label.setText(QCoreApplication.translate("RateBox", "LR"))
        tip = QCoreApplication.translate(
            "RateBox",
            "Learning rate: changes the training settings (undoable), or the running training's rate",
        )
        for widget in (self, self.label, self.box):
            widget.setToolTip(tip)

    def show_rate(self, value: float) -> None:
        """Show `value` without sending it back."""
        self.box.blockSignals(True)
        self.box.setValue(value)
        self.box.blockSignals(False)
