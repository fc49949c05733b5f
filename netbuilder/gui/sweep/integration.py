"""Wiring the Sweep dialog into a main window: Run > Sweep… opens it for the document's project;
its trials become rows of the training feature's Runs table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from netbuilder.gui import language
from netbuilder.gui.features import Feature


class SweepFeature:
    """The feature's face: its action, and the dialog once it was opened."""

    def __init__(self, window, training) -> None:
        self.window, self.training = window, training
        self.dialog = None
        self.open_action = QAction(window)
        self.open_action.triggered.connect(self.open)
        self.retranslate()
        language.on_language_change(window, self.retranslate)
        reset = getattr(window.document, "network_reset", None)
        if reset is not None:
            reset.connect(self._forget)

    def retranslate(self) -> None:
        self.open_action.setText(QCoreApplication.translate("SweepDialog", "S&weep…"))
        self.open_action.setStatusTip(
            QCoreApplication.translate(
                "SweepDialog",
                "Search the learning rate, batch size and layer widths over many runs (Optuna)",
            )
        )

    def open(self):
        from netbuilder.gui.sweep.dialog import SweepDialog

        if self.dialog is None:
            self.dialog = SweepDialog(self.window.document, self.training.runs, self.window)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _forget(self) -> None:
        """Another project: the next opening offers its own layers (a running sweep ends)."""
        if self.dialog is not None and not self.dialog.running:
            self.dialog.deleteLater()
            self.dialog = None


FEATURE = Feature(
    name="sweep",
    attach=lambda window, features: SweepFeature(window, features["training"]),
    provides=("open", "open_action"),
    menu_entries={"run": ("-", "open_action")},
    requires=("training",),
    needs_torch=True,
)
