"""Saving, loading and exporting trained models: thin GUI actions over engine.model_export."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.errors import USER_ERRORS
from netbuilder.engine.experiment import TrainedModel, model_from_checkpoint
from netbuilder.engine.model_export import (
    ExportError,
    export_onnx,
    export_torchscript,
    onnx_problem,
)
from netbuilder.gui import messages
from netbuilder.gui.training import dialogs as dialogs


def checkpoint_filter() -> str:
    return QCoreApplication.translate("ModelFiles", "netbuilder model (*.pt);;All files (*)")


def torchscript_filter() -> str:
    return QCoreApplication.translate(
        "ModelFiles", "TorchScript model (*.torchscript.pt *.pt);;All files (*)"
    )


def onnx_filter() -> str:
    return QCoreApplication.translate("ModelFiles", "ONNX model (*.onnx);;All files (*)")


# --- GUI actions ------------------------------------------------------------------------------


class ModelFiles(QObject):
    """Save / Load / Export buttons' work, around the controller's current trained model.

    `controller` needs `trained_model` and `set_trained_model(model)`.
    """

    def __init__(self, controller, parent_widget: QWidget | None = None) -> None:
        super().__init__(controller)
        self.controller = controller
        self.parent_widget = parent_widget
        self.folder = str(Path.home())

    def save_model(self, path: str | None = None) -> bool:
        return self._write(
            QCoreApplication.translate("ModelFiles", "Save trained model"),
            ".pt",
            checkpoint_filter(),
            path,
            lambda trained, target: trained.save(target),
        )

    def export_torchscript(self, path: str | None = None) -> bool:
        return self._write(
            QCoreApplication.translate("ModelFiles", "Export to TorchScript"),
            ".torchscript.pt",
            torchscript_filter(),
            path,
            export_torchscript,
        )

    def export_onnx(self, path: str | None = None) -> bool:
        problem = onnx_problem()
        if problem:
            title = QCoreApplication.translate("ModelFiles", "ONNX export unavailable")
            dialogs.show_error(self.parent_widget, title, problem)
            return False
        title = QCoreApplication.translate("ModelFiles", "Export to ONNX")
        return self._write(title, ".onnx", onnx_filter(), path, export_onnx)

    def load_model(self, path: str | None = None) -> TrainedModel | None:
        path = path or dialogs.ask_open_path(
            self.parent_widget,
            QCoreApplication.translate("ModelFiles", "Load trained model"),
            self.folder,
            checkpoint_filter(),
        )
        if not path:
            return None
        try:
            trained = model_from_checkpoint(load_checkpoint(path))
        except USER_ERRORS as error:
            title = QCoreApplication.translate("ModelFiles", "Cannot load model")
            dialogs.show_error(self.parent_widget, title, messages.error_text(error))
            return None
        self.folder = str(Path(path).parent)
        trained.dataset_title = trained.dataset_title or Path(path).name
        self.controller.set_trained_model(trained)
        return trained

    def _write(
        self,
        title: str,
        suffix: str,
        filters: str,
        path: str | None,
        write: Callable[[TrainedModel, str], None],
    ) -> bool:
        trained = self.controller.trained_model
        if trained is None:
            first = QCoreApplication.translate("ModelFiles", "Train a model (or load one) first.")
            dialogs.show_error(self.parent_widget, title, first)
            return False
        name = (trained.project.name or "model").replace(" ", "_").replace("/", "-")
        path = path or dialogs.ask_save_path(
            self.parent_widget, title, str(Path(self.folder) / f"{name}{suffix}"), filters
        )
        if not path:
            return False
        try:
            with busy_cursor():
                write(trained, path)
        except (*USER_ERRORS, ExportError) as error:
            dialogs.show_error(self.parent_widget, title, messages.error_text(error))
            return False
        self.folder = str(Path(path).parent)
        return True


@contextmanager
def busy_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
