"""Saving, loading and exporting trained models: thin GUI actions over the core and torch.

The pure-torch helpers at the top (`exportable_model`, `export_torchscript`, `export_onnx`,
`load_torchscript`) import no Qt; they belong in core (e.g. `netbuilder/core/export.py`) and live
here only until the core owner moves them.

Exported models take float pixels in 0..1 shaped (N, *input_shape) and return class scores
(logits): the dataset's normalisation is built in, so they work without netbuilder.
"""

from __future__ import annotations

import copy
import os
import tempfile
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import torch
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from torch import nn

from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.errors import USER_ERRORS
from netbuilder.engine.experiment import TrainedModel, model_from_checkpoint
from netbuilder.gui.training import dialogs as dialogs

CHECKPOINT_FILTER = "netbuilder model (*.pt);;All files (*)"
TORCHSCRIPT_FILTER = "TorchScript model (*.torchscript.pt *.pt);;All files (*)"
ONNX_FILTER = "ONNX model (*.onnx);;All files (*)"
MAX_EXPORT_BATCH = 65536


class ExportError(RuntimeError):
    """An export could not be written; the message says why."""


# --- pure torch: to move to core ----------------------------------------------------------------


class Normalised(nn.Module):
    """`model` behind the dataset normalisation: takes pixels in 0..1, returns the model's output."""

    def __init__(self, model: nn.Module, mean: float, std: float) -> None:
        super().__init__()
        self.model = model
        self.mean = float(mean)
        self.std = float(std)

    def forward(self, pixels: torch.Tensor) -> torch.Tensor:
        return self.model((pixels - self.mean) / self.std)


def exportable_model(trained: TrainedModel) -> tuple[nn.Module, torch.Tensor]:
    """A CPU copy of the model in eval mode with normalisation built in, and an example input."""
    model = copy.deepcopy(trained.model).to("cpu").eval()
    shape = tuple(trained.project.network.input_shape)
    return Normalised(model, trained.mean, trained.std).eval(), torch.rand(2, *shape)


def export_torchscript(trained: TrainedModel, path: str | Path) -> None:
    """Trace the model to TorchScript. PyTorch deprecates TorchScript; its warnings are silenced."""
    model, example = exportable_model(trained)
    with _torchscript_quietly(), torch.no_grad():
        traced = torch.jit.trace(model, example)
        with _atomic(path) as temporary:
            torch.jit.save(traced, str(temporary))


def load_torchscript(path: str | Path) -> torch.jit.ScriptModule:
    with _torchscript_quietly():
        return torch.jit.load(str(path), map_location="cpu")


def onnx_problem() -> str | None:
    """Why ONNX export cannot work here (a missing package), or None when it can."""
    for package in ("onnx", "onnxscript"):
        try:
            __import__(package)
        except ImportError:
            return f"ONNX export needs the '{package}' package: pip install onnx onnxscript"
    return None


def export_onnx(trained: TrainedModel, path: str | Path) -> None:
    """Export with torch.onnx (the torch.export-based exporter); the batch size stays free."""
    problem = onnx_problem()
    if problem:
        raise ExportError(problem)
    model, example = exportable_model(trained)
    batch = torch.export.Dim("batch", min=1, max=MAX_EXPORT_BATCH)
    with _atomic(path) as temporary:
        try:
            torch.onnx.export(
                model,
                (example,),
                str(temporary),
                input_names=["pixels"],
                output_names=["logits"],
                dynamic_shapes=({0: batch},),
                verbose=False,
            )
        except Exception as error:  # the exporter raises many types; the user needs the reason
            raise ExportError(f"ONNX export failed: {type(error).__name__}: {error}") from error


@contextmanager
def _torchscript_quietly() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=FutureWarning, message=r".*torch\.jit")
        warnings.filterwarnings("ignore", category=DeprecationWarning, message=r".*torch\.jit")
        yield


@contextmanager
def _atomic(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it into place only if the block succeeds."""
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


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
            "Save trained model",
            ".pt",
            CHECKPOINT_FILTER,
            path,
            lambda trained, target: trained.save(target),
        )

    def export_torchscript(self, path: str | None = None) -> bool:
        return self._write(
            "Export to TorchScript", ".torchscript.pt", TORCHSCRIPT_FILTER, path, export_torchscript
        )

    def export_onnx(self, path: str | None = None) -> bool:
        problem = onnx_problem()
        if problem:
            dialogs.show_error(self.parent_widget, "ONNX export unavailable", problem)
            return False
        return self._write("Export to ONNX", ".onnx", ONNX_FILTER, path, export_onnx)

    def load_model(self, path: str | None = None) -> TrainedModel | None:
        path = path or dialogs.ask_open_path(
            self.parent_widget, "Load trained model", self.folder, CHECKPOINT_FILTER
        )
        if not path:
            return None
        try:
            trained = model_from_checkpoint(load_checkpoint(path))
        except USER_ERRORS as error:
            dialogs.show_error(self.parent_widget, "Cannot load model", str(error))
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
            dialogs.show_error(self.parent_widget, title, "Train a model (or load one) first.")
            return False
        name = (trained.project.name or "model").replace(" ", "_").replace("/", "-")
        path = path or dialogs.ask_save_path(
            self.parent_widget, title, str(Path(self.folder) / f"{name}{suffix}"), filters
        )
        if not path:
            return False
        try:
            with _busy_cursor():
                write(trained, path)
        except (*USER_ERRORS, ExportError) as error:
            dialogs.show_error(self.parent_widget, title, str(error))
            return False
        self.folder = str(Path(path).parent)
        return True


@contextmanager
def _busy_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
