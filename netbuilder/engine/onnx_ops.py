"""One ONNX operator node -> netbuilder blocks with their weights (used by engine/onnx_graph.py).

Each converter reads a node's attributes and stored weights and returns the catalog blocks that
compute the same thing in eval mode, weights named as the block's torch module names them. An
attribute netbuilder's block cannot express is a NodeProblem that says which and why.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from netbuilder.document.catalog import CATALOG, Shape, layer_type
from netbuilder.document.messages import Message

SELU_ALPHA, SELU_GAMMA = 1.6732632423543772, 1.0507009873554805


class NodeProblem(Exception):
    """The node cannot become a block; `reason` says why."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.code)
        self.reason = reason


@dataclass
class Piece:
    """One block: catalog id, parameters, and weights by the torch module's own names."""

    type_id: str
    params: dict[str, Any] = field(default_factory=dict)
    weights: dict[str, np.ndarray] = field(default_factory=dict)


@dataclass
class Step:
    """What a node (with any node it absorbed) became, and the value the chain goes on from."""

    pieces: list[Piece]
    output: str
    absorbed: tuple[int, ...] = ()


class GraphView(Protocol):
    constants: dict[str, np.ndarray]
    nodes: list[Any]
    users: dict[str, list[int]]
    opset: int


Converter = Callable[[GraphView, Any, Shape], Step]


def attributes(node: Any) -> dict[str, Any]:
    """The node's attributes: text decoded, and each float as the shortest decimal of its
    float32 (0.1, not 0.10000000149011612), as a person would have typed it."""
    from onnx import helper

    values = {a.name: helper.get_attribute_value(a) for a in node.attribute}
    return {k: _plain(v) for k, v in values.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.decode(errors="replace")
    return short_float(value) if isinstance(value, float) else value


def short_float(value: float) -> float:
    return float(str(np.float32(value)))


def _stored(g: GraphView, node: Any, index: int, what: str) -> np.ndarray | None:
    """The node's input `index` as stored weights; None when the input is left out."""
    if index >= len(node.input) or not node.input[index]:
        return None
    name = node.input[index]
    if name not in g.constants:
        raise NodeProblem(Message("onnx_reason_computed", {"what": what}))
    return np.asarray(g.constants[name])


def _attribute(name: str, value: Any, block: str) -> NodeProblem:
    shown = str(list(value) if isinstance(value, (list, tuple)) else value)[:60]
    return NodeProblem(
        Message("onnx_reason_attribute", {"name": name, "value": shown, "block": block})
    )


def _square(values: Sequence[int] | None, name: str, block: str, default: int) -> int:
    """One number for both sides of a 2-D window (kernel, stride, dilation)."""
    values = list(values) if values is not None else [default, default]
    if len(values) != 2 or values[0] != values[1]:
        raise _attribute(name, values, block)
    return int(values[0])


def _pads(a: dict[str, Any], block: str) -> int:
    if a.get("auto_pad", "NOTSET") not in ("NOTSET", "VALID"):
        raise _attribute("auto_pad", a["auto_pad"], block)
    pads = list(a.get("pads", [0, 0, 0, 0]))
    if len(pads) != 4 or len(set(pads)) != 1:
        raise _attribute("pads", pads, block)
    return int(pads[0])


def _window(a: dict[str, Any], block: str, kernel: Sequence[int]) -> dict[str, int]:
    if _square(a.get("dilations"), "dilations", block, 1) != 1:
        raise _attribute("dilations", a["dilations"], block)
    return {
        "kernel_size": _square(kernel, "kernel_shape", block, 1),
        "stride": _square(a.get("strides"), "strides", block, 1),
        "padding": _pads(a, block),
    }


def _needs(shape: Shape, rank: int, block: str) -> None:
    if len(shape) != rank:
        raise NodeProblem(Message("onnx_reason_shape", {"shape": shape, "details": block}))


def _only_output(node: Any, block: str) -> None:
    """Extra outputs (a pool's indices, dropout's mask) are not blocks' and must be unused."""
    if len([name for name in node.output if name]) > 1:
        raise _attribute("outputs", len(node.output), block)


def _one(type_id: str, **params: Any) -> Converter:
    return lambda g, node, shape: Step([Piece(type_id, params)], node.output[0])


def _gemm(g: GraphView, node: Any, shape: Shape) -> Step:
    a = attributes(node)
    if a.get("transA", 0):
        raise _attribute("transA", a["transA"], "Linear")
    weight = _stored(g, node, 1, "weight")
    assert weight is not None
    weight = weight if a.get("transB", 0) else weight.T
    weight = weight * a.get("alpha", 1.0)
    bias = _stored(g, node, 2, "bias")
    return _linear(weight, None if bias is None else bias * a.get("beta", 1.0), shape, node)


def _matmul(g: GraphView, node: Any, shape: Shape) -> Step:
    """MatMul by stored weights, and the Add of a stored bias right after it when there is one."""
    weight = _stored(g, node, 1, "weight")
    assert weight is not None
    if weight.ndim != 2:
        raise _attribute("weight shape", weight.shape, "Linear")
    users = g.users.get(node.output[0], [])
    after = g.nodes[users[0]] if len(users) == 1 else None
    if after is not None and after.op_type == "Add" and len(after.input) == 2:
        other = [name for name in after.input if name != node.output[0]]
        if len(other) == 1 and other[0] in g.constants:
            step = _linear(weight.T, np.asarray(g.constants[other[0]]), shape, node)
            return Step(step.pieces, after.output[0], (users[0],))
    return _linear(weight.T, None, shape, node)


def _linear(weight: np.ndarray, bias: np.ndarray | None, shape: Shape, node: Any) -> Step:
    _needs(shape, 1, "Linear")
    if weight.ndim != 2 or weight.shape[1] != shape[0]:
        raise NodeProblem(Message("onnx_reason_sizes", {"shape": weight.shape, "input": shape}))
    out = weight.shape[0]
    weights = {"weight": weight}
    if bias is not None:
        if bias.size not in (1, out):
            raise NodeProblem(Message("onnx_reason_sizes", {"shape": bias.shape, "input": shape}))
        weights["bias"] = np.broadcast_to(bias.reshape(-1), (out,)).copy()
    params = {"out_features": int(out), "bias": bias is not None}
    return Step([Piece("Linear", params, weights)], node.output[0])


def _conv(g: GraphView, node: Any, shape: Shape) -> Step:
    a = attributes(node)
    _needs(shape, 3, "Conv2d")
    weight = _stored(g, node, 1, "weight")
    assert weight is not None
    if a.get("group", 1) != 1:
        raise _attribute("group", a["group"], "Conv2d")
    if weight.ndim != 4 or weight.shape[1] != shape[0]:
        raise NodeProblem(Message("onnx_reason_sizes", {"shape": weight.shape, "input": shape}))
    window = _window(a, "Conv2d", a.get("kernel_shape", weight.shape[2:]))
    bias = _stored(g, node, 2, "bias")
    weights = {"weight": weight} if bias is None else {"weight": weight, "bias": bias}
    params = {"out_channels": int(weight.shape[0]), **window, "bias": bias is not None}
    return Step([Piece("Conv2d", params, weights)], node.output[0])


def _conv_transpose(g: GraphView, node: Any, shape: Shape) -> Step:
    """ConvTranspose, for a catalog with ConvTranspose2d (its parameters named as torch's)."""
    a = attributes(node)
    _needs(shape, 3, "ConvTranspose2d")
    weight = _stored(g, node, 1, "weight")
    assert weight is not None
    if a.get("group", 1) != 1:
        raise _attribute("group", a["group"], "ConvTranspose2d")
    if "output_shape" in a:
        raise _attribute("output_shape", a["output_shape"], "ConvTranspose2d")
    if weight.ndim != 4 or weight.shape[0] != shape[0]:
        raise NodeProblem(Message("onnx_reason_sizes", {"shape": weight.shape, "input": shape}))
    window = _window(a, "ConvTranspose2d", a.get("kernel_shape", weight.shape[2:]))
    extra = _square(a.get("output_padding"), "output_padding", "ConvTranspose2d", 0)
    bias = _stored(g, node, 2, "bias")
    params = {"out_channels": int(weight.shape[1]), **window, "bias": bias is not None}
    known = {param.name for param in layer_type("ConvTranspose2d").params}
    if extra or "output_padding" in known:
        params["output_padding"] = extra
    if "bias" not in known and bias is not None:
        del params["bias"]  # the block always has one
    for name in set(params) - known:  # a setting the catalog's block does not have
        raise _attribute(name, params[name], "ConvTranspose2d")
    weights = {"weight": weight} if bias is None else {"weight": weight, "bias": bias}
    return Step([Piece("ConvTranspose2d", params, weights)], node.output[0])


def _pool(type_id: str) -> Converter:
    def convert(g: GraphView, node: Any, shape: Shape) -> Step:
        a = attributes(node)
        _needs(shape, 3, type_id)
        _only_output(node, type_id)
        if a.get("ceil_mode", 0):
            raise _attribute("ceil_mode", a["ceil_mode"], type_id)
        if a.get("storage_order", 0):
            raise _attribute("storage_order", a["storage_order"], type_id)
        window = _window(a, type_id, a.get("kernel_shape", ()))
        if type_id == "AvgPool2d" and window["padding"] and not a.get("count_include_pad", 0):
            raise _attribute("count_include_pad", 0, type_id)  # torch's default counts the pads
        return Step([Piece(type_id, window)], node.output[0])

    return convert


def _global_average(g: GraphView, node: Any, shape: Shape) -> Step:
    _needs(shape, 3, "AdaptiveAvgPool2d")
    return Step([Piece("AdaptiveAvgPool2d", {"output_size": 1})], node.output[0])


def _reduce_mean(g: GraphView, node: Any, shape: Shape) -> Step:
    """The mean over height and width (how torch.export writes AdaptiveAvgPool2d(1))."""
    a = attributes(node)
    axes = a.get("axes")
    if axes is None and len(node.input) > 1:
        axes = _stored(g, node, 1, "axes")
    axes = sorted(int(x) % 4 for x in (axes if axes is not None else []))
    if len(shape) != 3 or axes != [2, 3]:
        raise _attribute("axes", axes, "AdaptiveAvgPool2d")
    pieces = [Piece("AdaptiveAvgPool2d", {"output_size": 1})]
    if not a.get("keepdims", 1):
        pieces.append(Piece("Flatten"))
    return Step(pieces, node.output[0])


def _flatten(g: GraphView, node: Any, shape: Shape) -> Step:
    axis = attributes(node).get("axis", 1)
    if axis not in (1, -len(shape)):
        raise _attribute("axis", axis, "Flatten")
    return Step([Piece("Flatten")], node.output[0])


def _reshape(g: GraphView, node: Any, shape: Shape) -> Step:
    """A Reshape to (batch, features): a Flatten; any other reshape has no block."""
    target = _stored(g, node, 1, "shape")
    assert target is not None
    target = [int(x) for x in target.reshape(-1)]
    if attributes(node).get("allowzero", 0) and 0 in target:
        raise _attribute("shape", target, "Flatten")  # a real 0: no batch at all
    features = math.prod(shape)
    flat = len(target) == 2 and (
        target[1] == features or (target[1] == -1 and target[0] not in (-1,))
    )
    if not flat:
        raise _attribute("shape", target, "Flatten")
    return Step([Piece("Flatten")], node.output[0])


def _batchnorm(g: GraphView, node: Any, shape: Shape) -> Step:
    a = attributes(node)
    type_id = "BatchNorm2d" if len(shape) == 3 else "BatchNorm1d"
    _only_output(node, type_id)
    if a.get("training_mode", 0):
        raise _attribute("training_mode", 1, type_id)
    names = ("weight", "bias", "running_mean", "running_var")
    weights = {name: _stored(g, node, i + 1, name) for i, name in enumerate(names)}
    if any(w is None or w.reshape(-1).shape != (shape[0],) for w in weights.values()):
        sizes = [None if w is None else w.shape for w in weights.values()]
        raise NodeProblem(Message("onnx_reason_sizes", {"shape": sizes, "input": shape}))
    momentum = min(max(1.0 - float(a.get("momentum", 0.9)), 0.0), 1.0)
    params = {"eps": float(a.get("epsilon", 1e-5)), "momentum": momentum, "affine": True}
    return Step([Piece(type_id, params, weights)], node.output[0])  # type: ignore[arg-type]


def _dropout(g: GraphView, node: Any, shape: Shape) -> Step:
    a = attributes(node)
    _only_output(node, "Dropout")
    ratio = _stored(g, node, 1, "ratio")
    training = _stored(g, node, 2, "training_mode")
    if training is not None and bool(training.reshape(-1)[0]):
        raise _attribute("training_mode", 1, "Dropout")
    p = short_float(ratio.reshape(-1)[0]) if ratio is not None else float(a.get("ratio", 0.5))
    return Step([Piece("Dropout", {"p": p})], node.output[0])


def _lrn(g: GraphView, node: Any, shape: Shape) -> Step:
    a = attributes(node)
    size = int(a.get("size", 1))
    if size % 2 == 0:  # ONNX centres an even window one channel later than torch
        raise _attribute("size", size, "LocalResponseNorm")
    params = {
        "size": size,
        "alpha": float(a.get("alpha", 1e-4)),
        "beta": float(a.get("beta", 0.75)),
        "k": float(a.get("bias", 1.0)),
    }
    return Step([Piece("LocalResponseNorm", params)], node.output[0])


def _with(type_id: str, **renamed: tuple[str, float]) -> Converter:
    """An activation whose ONNX attributes map onto its parameters: name -> (onnx name, default)."""

    def convert(g: GraphView, node: Any, shape: Shape) -> Step:
        a = attributes(node)
        params = {name: float(a.get(key, default)) for name, (key, default) in renamed.items()}
        return Step([Piece(type_id, params)], node.output[0])

    return convert


def _selu(g: GraphView, node: Any, shape: Shape) -> Step:
    a = attributes(node)
    for name, value in (("alpha", SELU_ALPHA), ("gamma", SELU_GAMMA)):
        if abs(float(a.get(name, value)) - value) > 1e-6:
            raise _attribute(name, a[name], "SELU")
    return Step([Piece("SELU")], node.output[0])


def _gelu(g: GraphView, node: Any, shape: Shape) -> Step:
    approximate = attributes(node).get("approximate", "none")
    if approximate not in ("none", "tanh"):
        raise _attribute("approximate", approximate, "GELU")
    return Step([Piece("GELU", {"approximate": approximate})], node.output[0])


def _softmax(type_id: str) -> Converter:
    def convert(g: GraphView, node: Any, shape: Shape) -> Step:
        axis = attributes(node).get("axis", -1 if g.opset >= 13 else 1)
        rank = len(shape) + 1
        # before opset 13 a Softmax of maps ran over C*H*W at once, torch's dim=1 over C alone
        if axis % rank != 1 or (rank > 2 and g.opset < 13):
            raise _attribute("axis", axis, type_id)
        return Step([Piece(type_id)], node.output[0])

    return convert


def _identity(g: GraphView, node: Any, shape: Shape) -> Step:
    return Step([], node.output[0])


CONVERTERS: dict[str, Converter] = {
    "Gemm": _gemm,
    "MatMul": _matmul,
    "Conv": _conv,
    "Relu": _one("ReLU"),
    "Sigmoid": _one("Sigmoid"),
    "Tanh": _one("Tanh"),
    "LeakyRelu": _with("LeakyReLU", negative_slope=("alpha", 0.01)),
    "Elu": _with("ELU", alpha=("alpha", 1.0)),
    "Selu": _selu,
    "Gelu": _gelu,
    "Softplus": _with("Softplus", threshold=("threshold", 20.0)),
    "Softmax": _softmax("Softmax"),
    "LogSoftmax": _softmax("LogSoftmax"),
    "MaxPool": _pool("MaxPool2d"),
    "AveragePool": _pool("AvgPool2d"),
    "GlobalAveragePool": _global_average,
    "ReduceMean": _reduce_mean,
    "Flatten": _flatten,
    "Reshape": _reshape,
    "BatchNormalization": _batchnorm,
    "Dropout": _dropout,
    "LRN": _lrn,
    "Identity": _identity,
}
if "ConvTranspose2d" in CATALOG:  # a block another part of issue 24 adds to the catalog
    CONVERTERS["ConvTranspose"] = _conv_transpose
"""Every operator that becomes blocks. Add (a residual's join) and a leading Sub/Div (the input's
normalisation) are read by the graph walk itself."""
