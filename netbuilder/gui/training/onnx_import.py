"""File > Import ONNX model…: an ONNX file's layers become the network (one undoable edit) and
its weights the current trained model, as loading a saved model makes it (engine/onnx_import.py
reads the file; nothing in it runs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from netbuilder.document.datasets import DATASETS
from netbuilder.engine.errors import USER_ERRORS
from netbuilder.engine.experiment import TrainedModel
from netbuilder.engine.onnx_import import import_onnx
from netbuilder.gui import commands, messages
from netbuilder.gui.training import dialogs as dialogs
from netbuilder.gui.training.model_files import busy_cursor, onnx_filter


def import_onnx_model(controller, document, parent, path: str | None = None) -> bool:
    """Ask for a file (unless `path`), read it, and make it the project's network and model."""
    title = QCoreApplication.translate("OnnxImport", "Import ONNX model")
    if document.locked:
        busy = QCoreApplication.translate(
            "OnnxImport", "Stop training first: the network cannot change while it trains."
        )
        dialogs.show_error(parent, title, busy)
        return False
    files = controller.panel.model_files
    path = path or dialogs.ask_open_path(parent, title, files.folder, onnx_filter())
    if not path:
        return False
    try:
        with busy_cursor():
            trained = import_onnx(path)
    except USER_ERRORS as error:
        cannot = QCoreApplication.translate("OnnxImport", "Cannot import ONNX model")
        dialogs.show_error(parent, cannot, messages.error_text(error))
        return False
    files.folder = str(Path(path).parent)
    edit = QCoreApplication.translate("OnnxImport", "Import {name}").format(name=Path(path).name)
    if not commands.import_model(document, trained.project, edit):
        return False
    controller.set_trained_model(_as_the_project(trained, document.project))
    return True


def _as_the_project(trained: TrainedModel, project) -> TrainedModel:
    """The model belongs to the project as it now is (the user's dataset kept where it fits):
    a saved model records that project, and class names are the dataset's where they fit."""
    trained.project = project.copy()
    spec = DATASETS.get(project.dataset)
    if spec is not None and len(spec.classes) == len(trained.classes):
        trained.classes = spec.classes
    return trained
