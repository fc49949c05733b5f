"""An Explore menu; each explorer's window is built the first time it is opened (it needs torch)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from netbuilder.gui import garbage
from netbuilder.gui.features import Feature
from netbuilder.gui.language import on_language_change


class Explorers(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.playground = None
        self.menu = window.menuBar().addMenu("")
        self.playground_action = self.menu.addAction("")
        self.playground_action.triggered.connect(self.show_playground)
        self.activations = None
        self.activations_action = self.menu.addAction("")
        self.activations_action.triggered.connect(self.show_activations)
        self.retranslate()
        on_language_change(self.menu, self.retranslate)

    def retranslate(self) -> None:
        """The menu's texts in the app's language (each explorer window retranslates itself)."""
        self.menu.setTitle(QCoreApplication.translate("ExploreMenu", "E&xplore"))
        self.playground_action.setText(
            QCoreApplication.translate("ExploreMenu", "&Optimizer playground…")
        )
        self.playground_action.setToolTip(
            QCoreApplication.translate(
                "ExploreMenu", "Race SGD, momentum, Adam and others on a 2-D function"
            )
        )
        self.activations_action.setText(
            QCoreApplication.translate("ExploreMenu", "&Activation explorer…")
        )
        self.activations_action.setToolTip(
            QCoreApplication.translate(
                "ExploreMenu", "Activations, their derivatives and softmax, from autograd"
            )
        )

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
        garbage.collect_between_events()  # its plots: collected between events only
        explorer.setParent(self.window, explorer.windowFlags())
        explorer.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)


def attach_explorers(window: QMainWindow) -> Explorers:
    return Explorers(window)


FEATURE = Feature(
    name="explore",
    attach=lambda window, _features: attach_explorers(window),
    provides=("open", "show_playground", "show_activations"),
)
