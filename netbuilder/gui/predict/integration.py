"""Wiring the drawing pad and the evaluation panel into a main window: `attach_prediction(window)`.

Duck-typed on the window (a QMainWindow, or anything with `addDockWidget`); optional
`add_panel(title, widget, area, tabify_with=...)` and a `menuBar()` with a "File" or "Model" menu.
`FEATURE` declares it to the main window: the Predict, Evaluation and Activations docks, "the
current model" and "load a model file" as services; it uses training's models when training is
there.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QWidget

from netbuilder.document.datasets import dataset_title
from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.data import load_dataset
from netbuilder.engine.dataset import Dataset, DataUnavailableError, WrongDataFilesError
from netbuilder.engine.digit_image import model_device
from netbuilder.engine.errors import USER_ERRORS
from netbuilder.engine.evaluation import evaluate
from netbuilder.engine.experiment import TrainedModel, model_from_checkpoint
from netbuilder.gui import data_folders, language, messages
from netbuilder.gui.dataset_words import dataset_title_text
from netbuilder.gui.docks import add_dock
from netbuilder.gui.document import on_session_replaced
from netbuilder.gui.evaluation import EvaluationPanel
from netbuilder.gui.features import Feature
from netbuilder.gui.plain_text import warn
from netbuilder.gui.predict.embedding_view import EmbeddingView
from netbuilder.gui.predict.panel import PredictPanel
from netbuilder.gui.predict.why import explain

Area = Qt.DockWidgetArea
DOCKS = {  # the names saved layouts know them by
    "predict.pad": "predict_dock",
    "predict.evaluation": "evaluation_dock",
    "predict.activations": "activations_dock",
    "predict.map": "map_dock",
}
TITLES = {  # the docks' titles, translated where they are shown
    "predict.pad": QT_TRANSLATE_NOOP("Prediction", "Predict"),
    "predict.evaluation": QT_TRANSLATE_NOOP("Prediction", "Evaluation"),
    "predict.activations": QT_TRANSLATE_NOOP("Prediction", "Activations"),
    "predict.map": QT_TRANSLATE_NOOP("Prediction", "Map"),
}


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
        self.map_view = EmbeddingView()
        self.map_view.sample_clicked.connect(self.show_test_sample)
        self.load_action = QAction(self)
        self.load_action.triggered.connect(self.ask_load_model)
        self.evaluation_panel.evaluate_requested.connect(self.evaluate_on)
        self.docks: dict[str, QDockWidget] = {}  # by stable id ("predict.pad")
        self.origin: tuple[str, object] | None = None  # ("run", 3), ("file", "model.pt"), ...
        self._loaded_from: tuple[str, object] | None = None  # where the model comes from
        self.training_controller = None  # set by follow_training: shares loaded models
        self.retranslate()
        language.on_language_change(self.panel, self.retranslate)

    def retranslate(self) -> None:
        """The action, the docks' titles and the model's source in the language now chosen."""
        self.load_action.setText(QCoreApplication.translate("Prediction", "Load model…"))
        self.load_action.setToolTip(
            QCoreApplication.translate(
                "Prediction", "Open a trained model file to draw digits for it"
            )
        )
        for dock_id, dock in self.docks.items():
            dock.setWindowTitle(QCoreApplication.translate("Prediction", TITLES[dock_id]))
        self.refresh_source()

    # Where the model comes from ------------------------------------------------------------------

    def on_model_trained(self, trained: TrainedModel | None) -> None:
        """A model from the Training panel: its run is the project's latest, numbered as the
        Runs table numbers it (the project's session keeps that number)."""
        if trained is not None and trained.result is None:  # a model file, not a run
            self.origin = self._loaded_from or ("saved", None)
            self._loaded_from = None
        else:
            session = getattr(getattr(self.window, "document", None), "session", None)
            run = getattr(session, "latest_run", None)  # the Runs table's number
            self.origin = ("run", run) if run is not None else ("training", None)
        self.set_model(trained)

    def forget_project(self, *_session) -> None:
        """Another project opened: the last one's model and test data are not its own, and its
        tabs go until there is a model again (as when the window opens)."""
        self.origin, self._loaded_from = None, None
        self.test_data = None
        self.set_model(None)
        for dock in self.docks.values():
            dock.hide()

    def source_text(self) -> str:
        """Which network and run the model comes from, and whether the canvas changed since."""
        trained = self.trained
        if trained is None:
            return QCoreApplication.translate(
                "Prediction", "No model yet: train the network, or load a model file."
            )
        name = trained.project.name or QCoreApplication.translate("Prediction", "untitled network")
        if trained.dataset_title:
            text = QCoreApplication.translate(
                "Prediction", "Model: <b>{name}</b>, from {origin} on {data}."
            )
        else:
            text = QCoreApplication.translate("Prediction", "Model: <b>{name}</b>, from {origin}.")
        text = text.format(
            name=escape(name),
            origin=escape(origin_text(self.origin)),
            data=escape(dataset_title_text(trained.dataset_title or "")),
        )
        document = getattr(self.window, "document", None)
        if document is not None and not same_network(document.network, trained.project.network):
            changed = QCoreApplication.translate(
                "Prediction",
                "The canvas has changed since: this is the model as it was then. "
                "Train again to use the edits.",
            )
            text += f" <span style='color:#b35c00'>{escape(changed)}</span>"
        return text

    def refresh_source(self, *_args) -> None:
        """Say again where the model comes from (after an edit on the canvas, say)."""
        text = self.source_text()
        self.panel.set_source(text)
        self.evaluation_panel.set_source(text)

    def set_model(self, trained: TrainedModel | None) -> None:
        """Read drawings with this model and show how it does on the test set."""
        self.trained = trained
        if trained is None or trained.test_split is not None:
            self.test_data = None  # a new run brings its own test images
        reads_digits = trained is None or self.reads_images()
        if trained is not None and trained.task == "reconstruction":
            reads_digits = (
                False  # an autoencoder gives pictures, not classes: its own view shows it
            )
        self.panel.set_model(trained if reads_digits else None)  # 2-D points read no drawings
        digits = trained is None or tuple(trained.project.network.input_shape) == (1, 28, 28)
        dataset = trained.project.dataset if trained is not None else ""
        classifies = trained is not None and trained.task != "reconstruction"
        self.evaluation_panel.set_can_evaluate(classifies, dataset, digits)
        self.refresh_source()
        self._update_evaluation()
        self._update_map()

    def data_dir(self, name: str = ""):
        """The folder the Training panel keeps `name`'s files in."""
        return data_folders.folder_for(getattr(self.window, "settings", None), name)

    def evaluate_on(self, name: str) -> bool:
        """Score the current model on `name`'s test set (e.g. after File > Load model)."""
        if self.trained is None:
            return False
        if not name:  # its own test split: the one it was trained with
            self.set_test_data(None)
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dataset = load_dataset(name, self.data_dir(name), download=False, limit_train=1)
        except WrongDataFilesError as error:  # the files are another dataset's
            self.show_error(_not_available(), messages.error_text(error))
            return False
        except DataUnavailableError:
            text = QCoreApplication.translate(
                "Prediction",
                "The {dataset} test images are not on this computer. Train on "
                "it once to download it, or evaluate on the synthetic digits.",
            )
            self.show_error(_not_available(), text.format(dataset=dataset_title(name)))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.set_test_data(dataset)
        return True

    def set_test_data(self, dataset: Dataset | None) -> None:
        """The dataset whose test split the Evaluation panel uses (its images, for cell clicks)."""
        self.test_data = dataset
        self._update_evaluation()
        self._update_map()

    def show_activations_for(self, index: int) -> bool:
        """Show layer `index`'s activations; False when the model has none to show (it reads
        points or table rows, not pictures)."""
        if not self.reads_images():
            return False
        self.panel.show_activations_for(index)
        return True

    def show_activations_of(self, uid: str) -> bool:
        """Show the activations of the layer with this uid (a block clicked on the canvas, one
        inside a Residual or Branches too); False when there are none to show."""
        return self.reads_images() and self.panel.show_activations_of(uid)

    def reads_images(self) -> bool:
        """Whether the model reads pictures: only then can Predict's pad and the Activations
        view show its layers at work."""
        trained = self.trained
        return trained is not None and len(trained.project.network.input_shape) == 3

    def docks_with_content(self) -> list[QDockWidget]:
        """The docks that have something to show for the current model (Activations only for
        models that read pictures)."""
        return [
            dock
            for dock_id, dock in self.docks.items()
            if dock_id != "predict.activations" or self.reads_images()
        ]

    def _update_evaluation(self) -> None:
        trained = self.trained
        if trained is None or trained.task in ("regression", "reconstruction"):  # no classes to
            # confuse: the fit view, the autoencoder view and the run's metrics show it
            self.evaluation_panel.set_evaluation(None)
            self.evaluation_panel.set_explainer(None)
            return
        test = self._test_split()
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
        self.evaluation_panel.set_explainer(_explainer(trained) if images is not None else None)

    def _update_map(self) -> None:
        trained = self.trained
        classes = trained is not None and trained.task == "classification"
        self.map_view.set_source(
            trained if classes else None, self._test_split() if classes else None
        )

    def _test_split(self):
        """The test split of the model shown: the data chosen to test it on, else its run's own."""
        return self.test_data.test if self.test_data else self.trained.test_split

    def show_test_sample(self, index: int) -> None:
        """A point of the Map clicked: read that test image in Predict."""
        test = self.map_view.split
        if test is None or self.trained is None or not test.is_images:
            return
        name = QCoreApplication.translate("Prediction", "test image {number}")
        self.panel.show_image(test.features[index].numpy(), name.format(number=index + 1))
        dock = self.docks.get("predict.pad")
        if dock is not None:
            dock.show()
            dock.raise_()

    # Loading a model file -----------------------------------------------------------------------

    def load_model(self, path: str) -> TrainedModel:
        """Read a checkpoint and use it (raises CheckpointError and other user errors)."""
        trained = model_from_checkpoint(load_checkpoint(path))
        self._loaded_from = ("file", Path(path).name)
        if self.training_controller is not None:  # its model_trained calls set_model; its
            self.training_controller.set_trained_model(trained)  # panel can now re-export it
        else:
            self.origin, self._loaded_from = self._loaded_from, ""
            self.set_model(trained)
        self.model_loaded.emit()
        return trained

    def ask_load_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("Prediction", "Load a trained model"),
            "",
            QCoreApplication.translate("Prediction", "netbuilder models (*.pt);;All files (*)"),
        )
        if not path:
            return
        try:
            self.load_model(path)
        except USER_ERRORS as error:
            self.show_error(
                QCoreApplication.translate("Prediction", "Cannot load model"),
                messages.error_text(error),
            )

    def show_error(self, title: str, text: str) -> None:
        warn(self.window, title, text)


def origin_text(origin: tuple[str, object] | None) -> str:
    """Where a model comes from, as Predict says it: "run 3", "file model.pt", ..."""
    kind, value = origin or ("", None)
    if kind == "run":
        return QCoreApplication.translate("Prediction", "run {number}").format(number=value)
    if kind == "file":
        return QCoreApplication.translate("Prediction", "file {name}").format(name=value)
    if kind == "saved":
        return QCoreApplication.translate("Prediction", "a saved model file")
    if kind == "training":
        return QCoreApplication.translate("Prediction", "a training run")
    return QCoreApplication.translate("Prediction", "a run")


def _not_available() -> str:
    return QCoreApplication.translate("Prediction", "Test images not available")


def same_network(a, b) -> bool:
    """Whether two networks are the same layers with the same settings (uids aside)."""
    return a.structure() == b.structure()


def attach_prediction(window, training_controller=None, menu: bool = True) -> PredictionController:
    """Add "Predict" and "Evaluation" docks and a "Load model…" action to window (to its File or
    Model menu with `menu`; the main window places it where the declaration says)."""
    controller = PredictionController(window)
    controller.docks = {
        dock_id: _add(window, dock_id, widget)
        for dock_id, widget in (
            ("predict.pad", controller.panel),
            ("predict.evaluation", controller.evaluation_panel),
            ("predict.activations", controller.panel.activations),
            ("predict.map", controller.map_view),
        )
    }
    controller.retranslate()
    pad = controller.docks["predict.pad"]
    if hasattr(window, "tabifyDockWidget"):
        for dock_id in ("predict.evaluation", "predict.activations", "predict.map"):
            window.tabifyDockWidget(pad, controller.docks[dock_id])
        pad.raise_()
    if menu:
        _add_action(window, controller.load_action)
    if training_controller is not None:
        follow_training(controller, training_controller)
    on_session_replaced(window, controller.forget_project)
    document = getattr(window, "document", None)
    for name in ("analysis_changed", "network_reset"):
        signal = getattr(document, name, None)
        if signal is not None:  # an edit on the canvas: say the model is from before it
            signal.connect(controller.refresh_source)
    return controller


def _explainer(trained: TrainedModel):
    """Why a test image got its class, for the Evaluation tiles (integrated gradients)."""

    def explain_tile(pixels, target: int):
        return explain(trained, pixels, "integrated-gradients", target)

    return explain_tile


def follow_training(controller: PredictionController, training) -> None:
    """Show training's models, and hand it the model files opened here (to re-export them)."""
    training.model_trained.connect(controller.on_model_trained)
    controller.training_controller = training


def _add(window, dock_id: str, widget: QWidget) -> QDockWidget:
    title = QCoreApplication.translate("Prediction", TITLES[dock_id])
    return add_dock(window, title, widget, Area.BottomDockWidgetArea, name=DOCKS[dock_id])


def _on_available(controller: PredictionController, name: str, other) -> None:
    if name == "training":
        follow_training(controller, other)


FEATURE = Feature(
    name="predict",
    attach=lambda window, _features: attach_prediction(window, menu=False),
    docks=DOCKS,
    provides=(
        "trained",
        "model_loaded",
        "load_action",
        "show_activations_for",
        "show_activations_of",
        "docks_with_content",
        "panel",
        "evaluation_panel",
    ),
    menu_entries={"run": ("load_action",)},
    optional=("training",),
    needs_torch=True,
    on_available=_on_available,
)


def _add_action(window, action: QAction) -> None:
    menu_bar = window.menuBar() if hasattr(window, "menuBar") else None
    if menu_bar is None:
        window.addAction(action)
        return
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is not None and menu.objectName() in ("model_menu", "file_menu"):  # not titles
            menu.addAction(action)
            return
    menu = menu_bar.addMenu("")
    menu.setObjectName("model_menu")
    menu.addAction(action)

    def retranslate() -> None:
        menu.setTitle(QCoreApplication.translate("Prediction", "&Model"))

    retranslate()
    language.on_language_change(menu, retranslate)
