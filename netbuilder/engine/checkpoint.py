"""Saving and loading trained weights with the project that made them.

The file is torch.save of plain containers, tensors and strings only, so it loads with
weights_only=True: opening a checkpoint never runs code from it. Writes go to a temporary file
that is renamed into place, so a crash never leaves half a checkpoint.
"""

from __future__ import annotations

import json
import os
import pickle
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import nn

FORMAT = "netbuilder-checkpoint"
SCHEMA_VERSION = 1


class CheckpointError(Exception):
    """A checkpoint could not be written or read; the message names the file and the reason."""


@dataclass(eq=False)
class Checkpoint:
    project: dict[str, Any]
    state_dict: dict[str, torch.Tensor]
    optimizer_state: dict[str, Any] | None
    epoch: int
    metrics: dict[str, Any]
    mean: float
    std: float
    classes: tuple[str, ...]
    schema_version: int = SCHEMA_VERSION
    preprocessing: str = "digit"  # "digit": as MNIST (crop, centre); "resize": the whole picture
    path: Path | None = field(default=None)


def save_checkpoint(
    path: str | os.PathLike[str],
    model: nn.Module,
    *,
    project: dict[str, Any],
    optimizer: torch.optim.Optimizer | None = None,
    epoch: int = 0,
    metrics: dict[str, Any] | None = None,
    mean: float,
    std: float,
    classes: tuple[str, ...],
    preprocessing: str = "digit",
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
        "normalisation": {"mean": float(mean), "std": float(std)},
        "classes": [str(name) for name in classes],
        "preprocessing": str(preprocessing),
    }
    _write_atomically(path, payload)


def load_checkpoint(path: str | os.PathLike[str]) -> Checkpoint:
    """Read and check a checkpoint; the caller loads ckpt.state_dict into its own model."""
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(f"Cannot open checkpoint {path}: no such file.")
    try:
        payload = torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as error:  # weights_only met something other than tensors
        raise CheckpointError(
            f"Cannot open checkpoint {path}: it holds Python objects other than tensors and "
            f"plain values, which netbuilder refuses to load ({_first_line(error)})"
        ) from error
    except Exception as error:
        reason = f"{type(error).__name__}: {_first_line(error)}"
        raise CheckpointError(
            f"Cannot open checkpoint {path}: damaged or not a netbuilder checkpoint ({reason})"
        ) from error
    return _parse(payload, path)


def _parse(payload: Any, path: Path) -> Checkpoint:
    """Check every field before building anything, so a bad file is rejected whole."""
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise CheckpointError(f"Cannot open checkpoint {path}: it is not a netbuilder checkpoint.")
    version = payload.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise CheckpointError(f"Cannot open checkpoint {path}: bad schema_version {version!r}.")
    if version > SCHEMA_VERSION:
        raise CheckpointError(
            f"Cannot open checkpoint {path}: it was written by a newer netbuilder "
            f"(schema {version}; this one reads up to {SCHEMA_VERSION})."
        )
    try:
        return _record(payload, path, version)
    except (KeyError, TypeError, ValueError) as error:
        reason = f"a field is missing or bad ({type(error).__name__}: {error})"
        raise CheckpointError(f"Cannot open checkpoint {path}: {reason}.") from error


def _record(payload: dict[str, Any], path: Path, version: int) -> Checkpoint:
    project, metrics = json.loads(payload["project"]), json.loads(payload["metrics"])
    state_dict, optimizer = payload["state_dict"], payload["optimizer"]
    if not isinstance(project, dict) or not isinstance(metrics, dict):
        raise TypeError("project and metrics must be JSON objects")
    if not isinstance(state_dict, Mapping) or not all(
        isinstance(v, torch.Tensor) for v in state_dict.values()
    ):
        raise TypeError("state_dict must map names to tensors")
    if optimizer is not None and not isinstance(optimizer, dict):
        raise TypeError("optimizer must be a dict or None")
    normalisation = payload["normalisation"]
    return Checkpoint(
        project=project,
        state_dict=dict(state_dict),
        optimizer_state=optimizer,
        epoch=int(payload["epoch"]),
        metrics=metrics,
        mean=float(normalisation["mean"]),
        std=float(normalisation["std"]),
        classes=tuple(str(name) for name in payload["classes"]),
        schema_version=version,
        path=path,
        preprocessing=_preprocessing(payload.get("preprocessing", "digit")),
    )


def _preprocessing(value: Any) -> str:
    if value not in ("digit", "resize"):
        raise ValueError(f"unknown preprocessing {value!r}")
    return value


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0][:200] if lines else type(error).__name__


def _json(value: dict[str, Any], path: Path, what: str) -> str:
    try:
        return json.dumps(value)
    except (TypeError, ValueError) as error:
        reason = f"the {what} cannot be written as JSON ({error})"
        raise CheckpointError(f"Cannot save checkpoint {path}: {reason}.") from error


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
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle = tempfile.NamedTemporaryFile(
            dir=directory, prefix=f".{path.name}.", suffix=".tmp", delete=False
        )
    except OSError as error:
        raise _write_error(path, error) from error
    try:
        with handle:
            torch.save(payload, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException as error:
        Path(handle.name).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _write_error(path, error) from error
        raise


def _write_error(path: Path, error: OSError) -> CheckpointError:
    return CheckpointError(f"Cannot save checkpoint {path}: {error.strerror or error}.")
