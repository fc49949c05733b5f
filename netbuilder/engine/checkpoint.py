"""Saving and loading trained weights with the project that made them.

The file is torch.save of plain containers, tensors and strings only, so it loads with
weights_only=True: opening a checkpoint never runs code from it. Writes go to a temporary file
that is renamed into place, so a crash never leaves half a checkpoint.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import torch
from torch import nn

from netbuilder.document.json_input import parse_json
from netbuilder.document.limits import MAX_CLASS_NAME, MAX_CLASSES
from netbuilder.document.messages import Message, explained
from netbuilder.document.safe_io import (
    FileRefusedError,
    open_regular,
    os_reason,
    write_atomically,
)

FORMAT = "netbuilder-checkpoint"
SCHEMA_VERSION = 1
_ZIP_MAGIC = b"PK\x03\x04"  # torch.save writes a zip archive
MAX_CHECKPOINT_BYTES = 50_000_000_000  # 500 million parameters with Adam's state are 6 GB


class CheckpointError(Exception):
    """A checkpoint could not be written or read; the message names the file and the reason
    (`.message`: the Message front ends translate, None for a plain text)."""

    def __init__(self, reason: str | Message) -> None:
        self.message, text = explained(reason)
        super().__init__(text)


@dataclass(eq=False)
class Checkpoint:
    project: dict[str, Any]
    state_dict: dict[str, torch.Tensor]
    optimizer_state: dict[str, Any] | None
    epoch: int
    metrics: dict[str, Any]
    mean: float | tuple[float, ...]  # per column for a table model
    std: float | tuple[float, ...]
    classes: tuple[str, ...]
    schema_version: int = SCHEMA_VERSION
    preprocessing: str = "digit"  # "digit": as MNIST (crop, centre); "resize": the whole picture
    task: str = "classification"  # or "regression"
    target: tuple[float, float] = (0.0, 1.0)  # a regression's target mean and std
    path: Path | None = field(default=None)


def save_checkpoint(
    path: str | os.PathLike[str],
    model: nn.Module,
    *,
    project: dict[str, Any],
    optimizer: torch.optim.Optimizer | None = None,
    epoch: int = 0,
    metrics: dict[str, Any] | None = None,
    mean: float | tuple[float, ...],
    std: float | tuple[float, ...],
    classes: tuple[str, ...],
    preprocessing: str = "digit",
    task: str = "classification",
    target: tuple[float, float] = (0.0, 1.0),
) -> None:
    """Write model's weights, the project document and the data normalisation to path."""
    path = Path(path)
    payload = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "project": _json(project, path, "project"),
        "state_dict": _to_cpu(model.state_dict()),
        "optimizer": _to_cpu(optimizer.state_dict()) if optimizer is not None else None,
        "epoch": int(epoch),
        "metrics": _json(metrics or {}, path, "metrics"),
        "normalisation": {"mean": _stat(mean), "std": _stat(std)},
        "classes": [str(name) for name in classes],
        "preprocessing": str(preprocessing),
        "task": str(task),
        "target": [float(target[0]), float(target[1])],
    }
    payload["checksum"] = tensor_checksum(payload["state_dict"])
    _write_atomically(path, payload)


def tensor_checksum(state_dict: Mapping[str, torch.Tensor]) -> str:
    """SHA-256 over every tensor's name, dtype, shape and bytes: a flipped bit changes it."""
    digest = hashlib.sha256()
    for name in sorted(state_dict):
        tensor = state_dict[name].detach().cpu().contiguous()
        digest.update(f"{name}|{tensor.dtype}|{tuple(tensor.shape)}|".encode())
        digest.update(
            tensor.reshape(-1).view(torch.uint8).numpy().tobytes() if tensor.numel() else b""
        )
    return digest.hexdigest()


def load_checkpoint(path: str | os.PathLike[str]) -> Checkpoint:
    """Read and check a checkpoint; the caller loads ckpt.state_dict into its own model."""
    path = Path(path)
    try:
        stream = open_regular(path, MAX_CHECKPOINT_BYTES, "checkpoint")
    except FileNotFoundError:
        raise CheckpointError(Message("checkpoint_missing", {"path": str(path)})) from None
    except OSError as error:
        raise CheckpointError(_unreadable(path, error)) from None
    with stream:
        payload = _load(stream, path)
    return _parse(payload, path)


def _load(stream: BinaryIO, path: Path) -> Any:
    """torch.load of the open file (the one opened and checked: never the path again)."""
    try:
        start = stream.read(len(_ZIP_MAGIC))
        stream.seek(0)
    except OSError as error:
        raise CheckpointError(_unreadable(path, error)) from None
    if start != _ZIP_MAGIC:
        code = "checkpoint_is_json" if start[:1] in b"{[" else "checkpoint_not_torch"
        raise CheckpointError(Message(code, {"path": str(path)}))
    try:
        return torch.load(stream, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as error:  # weights_only met something other than tensors
        args = {"path": str(path), "details": _first_line(error)}
        raise CheckpointError(Message("checkpoint_unsafe", args)) from error
    except Exception as error:
        args = {"path": str(path), "details": f"{type(error).__name__}: {_first_line(error)}"}
        raise CheckpointError(Message("checkpoint_damaged", args)) from error


def _unreadable(path: Path, error: OSError) -> Message:
    return Message("checkpoint_unreadable", {"path": str(path), "reason": os_reason(error)})


def _parse(payload: Any, path: Path) -> Checkpoint:
    """Check every field before building anything, so a bad file is rejected whole."""
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise CheckpointError(Message("checkpoint_not_netbuilder", {"path": str(path)}))
    version = payload.get("schema_version")
    if not isinstance(version, int) or version < 1:
        args = {"path": str(path), "version": repr(version)}
        raise CheckpointError(Message("checkpoint_bad_schema", args))
    if version > SCHEMA_VERSION:
        args = {"path": str(path), "version": version, "newest": SCHEMA_VERSION}
        raise CheckpointError(Message("checkpoint_too_new", args))
    try:
        return _record(payload, path, version)
    except (KeyError, TypeError, ValueError, OverflowError) as error:
        problem = f"field {error} is missing" if isinstance(error, KeyError) else str(error)
        args = {"path": str(path), "problem": problem}
        raise CheckpointError(Message("checkpoint_bad_field", args)) from error


def _record(payload: dict[str, Any], path: Path, version: int) -> Checkpoint:
    project, metrics = _parse_json(payload["project"]), _parse_json(payload["metrics"])
    state_dict, optimizer = payload["state_dict"], payload["optimizer"]
    if not isinstance(project, dict) or not isinstance(metrics, dict):
        raise TypeError("project and metrics must be JSON objects")
    if not isinstance(state_dict, Mapping) or not all(
        isinstance(v, torch.Tensor) for v in state_dict.values()
    ):
        raise TypeError("state_dict must map names to tensors")
    if optimizer is not None and not isinstance(optimizer, dict):
        raise TypeError("optimizer must be a dict or None")
    _check_layouts({"weights": state_dict, "optimizer": optimizer})
    _check_tensors(state_dict, payload.get("checksum"))
    normalisation = payload["normalisation"]
    mean = _read_stat("normalisation mean", normalisation["mean"], -1000.0, 1000.0)
    std = _read_stat("normalisation std", normalisation["std"], 1e-12, 1000.0)
    _check_stat_lengths(mean, std, project)
    return Checkpoint(
        project=project,
        state_dict=dict(state_dict),
        optimizer_state=optimizer,
        epoch=_number("epoch", payload["epoch"], 0, 10**7, integer=True),
        metrics=metrics,
        mean=mean,
        std=std,
        classes=_classes(payload["classes"]),
        schema_version=version,
        path=path,
        preprocessing=_preprocessing(payload.get("preprocessing", _guessed(project))),
        task=_task(payload.get("task", "classification")),
        target=_target(payload.get("target", [0.0, 1.0])),
    )


def _parse_json(text: Any) -> Any:
    if not isinstance(text, str):
        raise TypeError("project and metrics must be JSON text")
    return parse_json(text)


def _number(name: str, value: Any, low: float, high: float, integer: bool = False) -> Any:
    """value as an int or float within [low, high]; ValueError naming the field otherwise."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} must be a number, not {type(value).__name__}")
    if not (math.isfinite(value) and low <= value <= high):
        raise ValueError(f"{name} is {value:.6g}; it must be between {low:g} and {high:g}")
    if integer and value != int(value):
        raise ValueError(f"{name} must be a whole number, not {value}")
    return int(value) if integer else float(value)


def _classes(names: Any) -> tuple[str, ...]:
    if not isinstance(names, list) or len(names) > MAX_CLASSES:
        raise ValueError(
            f"classes must be a list of at most {MAX_CLASSES:,} names (one, y, for a regression)"
        )
    if not all(isinstance(name, str) and len(name) <= MAX_CLASS_NAME for name in names):
        raise ValueError(f"every class name must be text of at most {MAX_CLASS_NAME} characters")
    return tuple(names)


def _check_tensors(state_dict: Mapping[str, torch.Tensor], checksum: Any) -> None:
    """The weights are the ones saved (when a checksum was stored) and all finite."""
    if checksum is not None and checksum != tensor_checksum(state_dict):
        raise ValueError("the weights do not match their checksum: the file is damaged")
    for name, tensor in state_dict.items():
        if tensor.is_floating_point() and not bool(torch.isfinite(tensor).all()):
            raise ValueError(f"the weights {name} hold NaN or infinite values")


def _check_layouts(value: Any) -> None:
    """Only ordinary dense tensors: a sparse or quantised one breaks the checksum and the model."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, torch.Tensor) and (
            item.layout != torch.strided or item.is_quantized or item.is_meta
        ):
            raise ValueError(f"it holds a {item.layout} tensor; netbuilder saves only dense ones")
        if isinstance(item, Mapping):
            stack += list(item.values())
        elif isinstance(item, (list, tuple)):
            stack += list(item)


def _check_stat_lengths(mean: Any, std: Any, project: dict[str, Any]) -> None:
    """One mean and std for all the input, or one per channel (images) or column (a table)."""
    network = project.get("network")
    shape = network.get("input_shape") if isinstance(network, dict) else None
    first = shape[0] if isinstance(shape, list) and shape else None
    for name, value in (("mean", mean), ("std", std)):
        if isinstance(value, tuple) and len(value) not in (1, first):
            raise ValueError(
                f"normalisation {name} has {len(value)} values, but the input has {first} "
                "channels or columns"
            )


def _guessed(project: dict[str, Any]) -> str:
    """For a checkpoint without the record (older exported scripts): digits are 1x28x28 images;
    any other image input was an image folder's, whose pictures are resized whole."""
    network = project.get("network")
    shape = network.get("input_shape") if isinstance(network, dict) else None
    return (
        "resize"
        if isinstance(shape, list) and len(shape) == 3 and shape != [1, 28, 28]
        else "digit"
    )


def _preprocessing(value: Any) -> str:
    if value not in ("digit", "resize"):
        raise ValueError(f"unknown preprocessing {str(value)[:40]!r}")
    return value


def _stat(value: float | tuple[float, ...]) -> float | list[float]:
    return float(value) if isinstance(value, (int, float)) else [float(v) for v in value]


def _read_stat(name: str, value: Any, low: float, high: float) -> float | tuple[float, ...]:
    """One statistic, or one per channel or column, each a finite number within [low, high]."""
    if isinstance(value, (list, tuple)):
        if not 1 <= len(value) <= 100_000:
            raise ValueError(f"{name} must have 1 to 100,000 values")
        return tuple(_number(name, v, low, high) for v in value)
    return _number(name, value, low, high)


def _task(value: Any) -> str:
    if value not in ("classification", "regression", "reconstruction"):
        raise ValueError(f"unknown task {value!r}")
    return value


def _target(value: Any) -> tuple[float, float]:
    mean, std = (float(v) for v in value)
    return mean, std


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0][:200] if lines else type(error).__name__


def _json(value: dict[str, Any], path: Path, what: str) -> str:
    try:  # NaN (a diverged loss) is written as null: what it writes, load_checkpoint reads
        return json.dumps(_finite(value), allow_nan=False)
    except (TypeError, ValueError) as error:
        reason = f"the {what} cannot be written as JSON ({error})"
        raise CheckpointError(f"Cannot save checkpoint {path}: {reason}.") from error


def _finite(value: Any) -> Any:
    """value with every NaN or infinite float (at any depth) replaced by None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value


def _to_cpu(value: Any) -> Any:
    """A copy of a state dict with every tensor on the CPU, so any machine can load it."""
    if isinstance(value, torch.Tensor):
        return value.detach().cpu()
    if isinstance(value, dict):
        return {key: _to_cpu(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_to_cpu(item) for item in value)
    return value


def _write_atomically(path: Path, payload: dict[str, Any]) -> None:
    """torch.save through safe_io.write_atomically; every failure becomes a CheckpointError.

    torch reports a full disk (and a stream it cannot write) as RuntimeError, not OSError.
    """
    try:
        write_atomically(path, lambda stream: torch.save(payload, stream))
    except FileRefusedError as error:
        args = {"path": str(path), "reason": error.reason}
        raise CheckpointError(Message("checkpoint_cannot_save", args)) from None
    except OSError as error:
        args = {"path": str(path), "reason": os_reason(error)}
        raise CheckpointError(Message("checkpoint_cannot_save", args)) from None
    except RuntimeError as error:
        args = {"path": str(path), "details": _first_line(error)}
        raise CheckpointError(Message("checkpoint_disk_full", args)) from None
