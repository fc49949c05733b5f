"""Reading an ONNX file safely: size-limited, parsed without running anything, weights inside.

The file is read as bytes and parsed as a protobuf message: ONNX files hold no code. A file that
keeps its weights in other files ("external data") is refused unread, because those files are
named by paths inside the model (a hostile file could name any file on the machine).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netbuilder.document.messages import Message, explained
from netbuilder.document.safe_io import FileRefusedError, os_reason, read_limited

if TYPE_CHECKING:
    import onnx

MAX_ONNX_BYTES = 2_000_000_000  # protobuf itself cannot parse more than 2 GiB


class OnnxImportError(Exception):
    """An ONNX model could not be imported; the message names the file and the reason
    (`.message`: the Message front ends translate)."""

    def __init__(self, reason: str | Message) -> None:
        self.message, text = explained(reason)
        super().__init__(text)


def read_model(path: str | os.PathLike[str]) -> onnx.ModelProto:
    """The checked ModelProto in `path`; every way the file can be bad is an OnnxImportError."""
    onnx = onnx_package()
    shown = str(path)
    data = _read_bytes(Path(path))
    model = onnx.ModelProto()
    try:
        model.ParseFromString(data)
    except Exception as error:  # protobuf's DecodeError, and whatever a damaged file makes
        raise OnnxImportError(_not_onnx(shown, error)) from None
    if not model.ir_version or not model.HasField("graph") or not len(model.graph.node):
        raise OnnxImportError(_not_onnx(shown, "no graph of operators in it"))
    outside = [
        t.name for t in stored_tensors(model) if t.data_location == onnx.TensorProto.EXTERNAL
    ]
    if outside:
        names = ", ".join(repr(name[:60]) for name in outside[:3])
        more = f" (+{len(outside) - 3})" if len(outside) > 3 else ""
        raise OnnxImportError(Message("onnx_external_data", {"path": shown, "names": names + more}))
    try:
        onnx.checker.check_model(model)
    except Exception as error:  # ValidationError, and the checker's own failures on odd files
        details = first_line(error)
        raise OnnxImportError(
            Message("onnx_invalid", {"path": shown, "details": details})
        ) from None
    return model


def onnx_package() -> Any:
    try:
        import onnx
    except ImportError:
        raise OnnxImportError(Message("onnx_no_engine")) from None
    return onnx


def stored_tensors(model: onnx.ModelProto) -> list[Any]:
    """The graph's initializers and its Constant nodes' tensors."""
    tensors = list(model.graph.initializer)
    for node in model.graph.node:
        tensors += [a.t for a in node.attribute if a.HasField("t")]
    return tensors


def _read_bytes(path: Path) -> bytes:
    try:
        return read_limited(path, MAX_ONNX_BYTES, "model file")
    except FileNotFoundError:
        raise OnnxImportError(Message("onnx_missing", {"path": str(path)})) from None
    except FileRefusedError as error:
        args = {"path": str(path), "reason": error.reason}
        raise OnnxImportError(Message("onnx_unreadable", args)) from None
    except OSError as error:
        args = {"path": str(path), "reason": os_reason(error)}
        raise OnnxImportError(Message("onnx_unreadable", args)) from None


def _not_onnx(path: str, error: BaseException | str) -> Message:
    details = error if isinstance(error, str) else first_line(error)
    return Message("onnx_not_onnx", {"path": path, "details": details})


def first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0][:200] if lines else type(error).__name__
