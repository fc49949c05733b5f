"""Wiring the drawing pad and the evaluation panel into a main window: `attach_prediction(window)`.

Duck-typed on the window (a QMainWindow, or anything with `addDockWidget`); optional
`add_panel(title, widget, area, tabify_with=...)` and a `menuBar()` with a "File" or "Model" menu.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMessageBox, QWidget

from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.digit_image import model_device
from netbuilder.engine.errors import USER_ERRORS
from netbuilder.engine.evaluation import evaluate
from netbuilder.engine.experiment import TrainedModel, model_from_checkpoint
from netbuilder.gui.evaluation import EvaluationPanel
from netbuilder.gui.predict.panel import PredictPanel

Area = Qt.DockWidgetArea
MODEL_FILTER = "netbuilder models (*.pt);;All files (*)"


class PredictionController(QObject):
    model_loaded = Signal()  # a model file was opened: the window shows the Predict dock
    """Owns the Predict and Evaluation panels and the model they show."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.trained: TrainedModel | None = None
        self.test_data: Dataset | None = None
        self.panel = PredictPanel()
        self.evaluation_panel = EvaluationPanel()
        self.load_action = QAction("Load model…", self)
        self.load_action.setToolTip("Open a trained model file to draw digits for it")
        self.load_action.triggered.connect(self.ask_load_model)
        self.docks: list[QDockWidget] = []
        self.training_controller = None  # set by attach_prediction: shares loaded models

    def set_model(self, trained: TrainedModel | None) -> None:
        """Read drawings with this model and show how it does on the test set."""
        self.trained = trained
        reads_digits = trained is None or len(trained.project.network.input_shape) == 3
        self.panel.set_model(trained if reads_digits else None)  # 2-D points read no drawings
        self._update_evaluation()

    def set_test_data(self, dataset: Dataset | None) -> None:
        """The dataset whose test split the Evaluation panel uses (its images, for cell clicks)."""
        self.test_data = dataset
        self._update_evaluation()

    def show_activations_for(self, index: int) -> None:
        self.panel.show_activations_for(index)

    def _update_evaluation(self) -> None:
        trained = self.trained
        if trained is None:
            self.evaluation_panel.set_evaluation(None)
            return
        test = self.test_data.test if self.test_data else trained.test_split
        evaluation = trained.evaluation
        fits = test is not None and evaluation is not None and len(test) == len(evaluation.labels)
        if test is not None and not fits:  # a loaded model, or other data: evaluate here
            # ~1 s for 10,000 images on a CPU: short enough for the GUI thread with a busy cursor
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                evaluation = evaluate(
                    trained.model,
                    test,
                    trained.mean,
                    trained.std,
                    model_device(trained.model),
                    loss=trained.project.training.loss,
                )
            finally:
                QApplication.restoreOverrideCursor()
        images = test.images if test is not None and test.is_images else None
        self.evaluation_panel.set_evaluation(evaluation, images, trained.classes)

    # Loading a model file -----------------------------------------------------------------------

    def load_model(self, path: str) -> TrainedModel:
        """Read a checkpoint and use it (raises CheckpointError and other user errors)."""
        trained = model_from_checkpoint(load_checkpoint(path))
        if self.training_controller is not None:  # its model_trained calls set_model; its
            self.training_controller.set_trained_model(trained)  # panel can now re-export it
        else:
            self.set_model(trained)
        self.model_loaded.emit()
        return trained

    def ask_load_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Load a trained model", "", MODEL_FILTER)
        if not path:
            return
        try:
            self.load_model(path)
        except USER_ERRORS as error:
            self.show_error("Cannot load model", str(error))

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)


def attach_prediction(window, training_controller=None) -> PredictionController:
    """Add "Predict" and "Evaluation" docks and a "Load model…" action to window."""
    controller = PredictionController(window)
    controller.docks = [
        _add(window, "Predict", controller.panel),
        _add(window, "Evaluation", controller.evaluation_panel),
    ]
    if hasattr(window, "tabifyDockWidget"):
        window.tabifyDockWidget(*controller.docks)
        controller.docks[0].raise_()
    _add_action(window, controller.load_action)
    if training_controller is not None:
        training_controller.model_trained.connect(controller.set_model)
        controller.training_controller = training_controller
    window.prediction = controller
    return controller


def _add(window, title: str, widget: QWidget) -> QDockWidget:
    add_panel = getattr(window, "add_panel", None)
    if add_panel is not None:
        return add_panel(title, widget, Area.BottomDockWidgetArea)
    dock = QDockWidget(title, window)
    dock.setObjectName(f"{title.lower()}_dock")
    dock.setWidget(widget)
    window.addDockWidget(Area.BottomDockWidgetArea, dock)
    return dock


def _add_action(window, action: QAction) -> None:
    menu_bar = window.menuBar() if hasattr(window, "menuBar") else None
    if menu_bar is None:
        window.addAction(action)
        return
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is not None and menu_action.text().replace("&", "") in ("Model", "File"):
            menu.addAction(action)
            return
    menu_bar.addMenu("&Model").addAction(action)
