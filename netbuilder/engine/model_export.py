"""Trained models as TorchScript or ONNX files that work without netbuilder.

Exported models take float pixels in 0..1 shaped (N, *input_shape) and return class scores
(logits): the dataset's normalisation is built in, and the batch size is free.
"""

from __future__ import annotations

import copy
import tempfile
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import torch
from torch import nn

from netbuilder.document.messages import Message, explained
from netbuilder.document.safe_io import (
    FileRefusedError,
    check_writable,
    os_reason,
    write_atomically,
)
from netbuilder.engine.experiment import TrainedModel

MAX_EXPORT_BATCH = 65536


class ExportError(RuntimeError):
    """An export could not be written; the message says why (`.message`: the Message front ends
    translate, None for a plain text)."""

    def __init__(self, reason: str | Message) -> None:
        self.message, text = explained(reason)
        super().__init__(text)


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
    _check_target(path)  # a bad target fails before the export's work
    model, example = exportable_model(trained)
    with _torchscript_quietly(), torch.no_grad():
        traced = torch.jit.trace(model, example)
        _write(path, lambda stream: torch.jit.save(traced, stream))


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
    """Export with torch.onnx (the torch.export-based exporter); the batch size stays free.

    The weights go inside the one file (no `.onnx.data` beside it, which a copy of the file alone
    would lose), and the file gets the user's normal permissions like any other output.
    """
    _check_target(path)  # a bad target fails before the export's work
    contents = onnx_bytes(trained)
    _write(path, lambda stream: stream.write(contents))


def onnx_bytes(trained: TrainedModel) -> bytes:
    """The whole ONNX model, weights included, as the bytes of one self-contained file."""
    problem = onnx_problem()
    if problem:
        raise ExportError(problem)
    model, example = exportable_model(trained)
    batch = torch.export.Dim("batch", min=1, max=MAX_EXPORT_BATCH)
    with tempfile.TemporaryDirectory(prefix="netbuilder-onnx-") as folder:
        private = Path(folder) / "model.onnx"  # the exporter writes files: into a folder of ours
        try:
            torch.onnx.export(
                model,
                (example,),
                str(private),
                input_names=["pixels"],
                output_names=["logits"],
                dynamic_shapes=({0: batch},),
                external_data=False,  # one file: the written model must work once copied
                verbose=False,
            )
        except Exception as error:  # the exporter raises many types; the user needs the reason
            details = f"{type(error).__name__}: {error}"
            raise ExportError(Message("onnx_failed", {"details": details})) from error
        if len(list(Path(folder).iterdir())) != 1:
            raise ExportError(Message("onnx_weights_apart"))
        return private.read_bytes()


@contextmanager
def _torchscript_quietly() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=FutureWarning, message=r".*torch\.jit")
        warnings.filterwarnings("ignore", category=DeprecationWarning, message=r".*torch\.jit")
        yield


def _check_target(path: str | Path) -> None:
    with _write_errors(path):
        check_writable(path)


def _write(path: str | Path, write: Callable[[BinaryIO], None]) -> None:
    """The one safe way (safe_io.write_atomically: a device or pipe is never replaced, links and
    modes are kept, read-only is refused); nothing is left beside `path` if it fails."""
    with _write_errors(path):
        write_atomically(path, write)


@contextmanager
def _write_errors(path: str | Path) -> Iterator[None]:
    """A file that cannot be written is an ExportError that says why."""
    try:
        yield
    except FileRefusedError as error:
        raise ExportError(str(error)) from None
    except OSError as error:
        args = {"path": str(path), "reason": os_reason(error)}
        raise ExportError(Message("cannot_write", args)) from None
