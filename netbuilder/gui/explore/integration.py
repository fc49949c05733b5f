"""An Explore menu; each explorer's window is built the first time it is opened (it needs torch)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from netbuilder.gui.features import Feature


class Explorers(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.playground = None
        menu = window.menuBar().addMenu("E&xplore")
        self.playground_action = menu.addAction("&Optimizer playground…")
        self.playground_action.setToolTip("Race SGD, momentum, Adam and others on a 2-D function")
        self.playground_action.triggered.connect(self.show_playground)
        self.activations = None
        self.activations_action = menu.addAction("&Activation explorer…")
        self.activations_action.setToolTip(
            "Activations, their derivatives and softmax, from autograd"
        )
        self.activations_action.triggered.connect(self.show_activations)

    def open(self, name: str) -> None:
        """Open an explorer by the name lessons use: "activations" or "optimizers"."""
        {"activations": self.show_activations, "optimizers": self.show_playground}[name]()

    def show_playground(self) -> None:
        if self.playground is None:
            from netbuilder.gui.explore.playground import OptimizerPlayground

            self.playground = OptimizerPlayground()
            self._own(self.playground)
        self.playground.show()
        self.playground.raise_()

    def show_activations(self) -> None:
        if self.activations is None:
            from netbuilder.gui.explore.activation_explorer import ActivationExplorer

            self.activations = ActivationExplorer()
            self._own(self.activations)
        self.activations.show()
        self.activations.raise_()

    def _own(self, explorer: QWidget) -> None:
        """A window of the main window's: closing the main window quits, even with it open."""
        explorer.setParent(self.window, explorer.windowFlags())
        explorer.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)


def attach_explorers(window: QMainWindow) -> Explorers:
    return Explorers(window)


FEATURE = Feature(
    name="explore",
    attach=lambda window, _features: attach_explorers(window),
    provides=("open", "show_playground", "show_activations"),
)
