"""An ONNX graph -> the tree of blocks netbuilder's document holds, with every block's weights.

The graph is walked from its input to its output. A value used by one node continues the chain;
a value used by two nodes whose paths meet again in an Add is a Residual block (the path that is
the input itself or a projection is the shortcut, the other the body). Anything else (a node
with no block, a join blocks cannot hold, a node off the path) stops the import: nothing is made
of a half-read graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from netbuilder.document.catalog import DoesNotFitError, Shape
from netbuilder.document.messages import Message
from netbuilder.document.network import Layer
from netbuilder.engine.onnx_file import OnnxImportError
from netbuilder.engine.onnx_ops import CONVERTERS, NodeProblem, Piece, short_float
from netbuilder.engine.onnx_rewrite import simplified

JOINS = ("Add",)
NORMALISATION = ("Sub", "Div")
KNOWN = frozenset((*CONVERTERS, *JOINS, *NORMALISATION))
BN_EPS = 1e-5  # the projection's BatchNorm2d keeps torch's default


@dataclass
class Read:
    """What the walk found: the top-level layers, each layer's weights by uid, and the input's
    normalisation (x - mean) / std when the graph starts with one."""

    layers: list[Layer]
    weights: dict[str, dict[str, np.ndarray]]
    input_shape: Shape
    output_shape: Shape
    mean: float = 0.0
    std: float = 1.0


def node_name(node: Any, index: int) -> str:
    name = node.name or (node.output[0] if node.output else "") or f"#{index}"
    return repr(name if len(name) <= 60 else name[:57] + "...")


def operator_name(node: Any) -> str:
    return node.op_type if node.domain in ("", "ai.onnx") else f"{node.domain}.{node.op_type}"


class Graph:
    """The graph's nodes, stored tensors, and who uses each value."""

    def __init__(self, model: Any, path: str, input_shape: Shape) -> None:
        from onnx import numpy_helper

        graph = model.graph
        self.path = path
        self.opset = next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), 1)
        self.constants: dict[str, np.ndarray] = {
            t.name: numpy_helper.to_array(t) for t in graph.initializer
        }
        self.nodes = simplified(list(graph.node), self.constants)
        self.users: dict[str, list[int]] = {}
        self.producer: dict[str, int] = {}
        for index, node in enumerate(self.nodes):
            for name in dict.fromkeys(n for n in node.input if n and n not in self.constants):
                self.users.setdefault(name, []).append(index)
            for name in node.output:
                self.producer[name] = index
        self.input = next(i.name for i in graph.input if i.name not in self.constants)
        self.output = graph.output[0].name
        self.input_shape = input_shape
        self.visited: set[int] = set()
        self.weights: dict[str, dict[str, np.ndarray]] = {}
        self._reach: dict[int, set[int]] = {}

    # --- the walk ---------------------------------------------------------------------------

    def read(self) -> Read:
        self._refuse_unknown()
        value, mean, std = self._normalisation(self.input)
        layers, shape = self.chain(value, self.output, self.input_shape)
        left = [i for i in range(len(self.nodes)) if i not in self.visited]
        if left:
            nodes = ", ".join(
                f"{operator_name(self.nodes[i])} {node_name(self.nodes[i], i)}" for i in left[:8]
            )
            raise OnnxImportError(Message("onnx_unused_nodes", {"path": self.path, "nodes": nodes}))
        return Read(layers, self.weights, self.input_shape, shape, mean, std)

    def _refuse_unknown(self) -> None:
        unknown = [
            f"{operator_name(node)} {node_name(node, i)}"
            for i, node in enumerate(self.nodes)
            if node.domain not in ("", "ai.onnx") or node.op_type not in KNOWN
        ]
        if unknown:
            shown = ", ".join(unknown[:20]) + (
                f" (+{len(unknown) - 20})" if len(unknown) > 20 else ""
            )
            raise OnnxImportError(
                Message("onnx_unsupported", {"path": self.path, "operators": shown})
            )

    def chain(self, value: str, end: str, shape: Shape) -> tuple[list[Layer], Shape]:
        """The layers from `value` up to `end` (a value the chain must reach)."""
        layers: list[Layer] = []
        while value != end:
            users = self.users.get(value, [])
            if len(users) == 1:
                value, shape = self.step(users[0], shape, layers)
            elif len(users) == 2:
                value, shape = self._residual(value, users, shape, layers)
            else:
                where = users[0] if users else self.producer.get(value, 0)
                raise self._problem(where, Message("onnx_reason_join"))
        return layers, shape

    def step(self, index: int, shape: Shape, layers: list[Layer]) -> tuple[str, Shape]:
        """Convert node `index` (which reads the chain's current value) into layers."""
        node = self.nodes[index]
        if node.op_type in NORMALISATION:
            raise self._problem(index, Message("onnx_reason_normalisation"))
        if node.op_type in JOINS:
            raise self._problem(index, Message("onnx_reason_join"))
        try:
            step = CONVERTERS[node.op_type](self, node, shape)
            for piece in step.pieces:
                shape = self._place(piece, shape, layers)
        except NodeProblem as problem:
            raise self._problem(index, problem.reason) from None
        self.visited.update((index, *step.absorbed))
        return step.output, shape

    def _place(self, piece: Piece, shape: Shape, layers: list[Layer]) -> Shape:
        layer = Layer(piece.type_id, piece.params)
        kind = layer.type
        for param in kind.params:
            problem = param.check(layer.params[param.name])
            if problem is not None:
                raise NodeProblem(
                    Message("onnx_reason_param", {"block": kind.id, "problem": problem})
                )
        try:
            shape = kind.output_shape(layer.params, shape)
        except (DoesNotFitError, IndexError, ZeroDivisionError) as error:
            raise NodeProblem(
                Message("onnx_reason_shape", {"shape": shape, "details": str(error)})
            ) from None
        if piece.weights:
            self.weights[layer.uid] = {k: np.asarray(v) for k, v in piece.weights.items()}
        layers.append(layer)
        return shape

    def _problem(self, index: int, reason: Message) -> OnnxImportError:
        node = self.nodes[index]
        args = {"path": self.path, "op": operator_name(node), "node": node_name(node, index)}
        return OnnxImportError(Message("onnx_node_unsupported", {**args, "reason": reason}))

    # --- the input's normalisation ------------------------------------------------------------

    def _normalisation(self, value: str) -> tuple[str, float, float]:
        """(value after it, mean, std) for a graph that starts (x - mean) / std, as netbuilder's
        own exports do; (value, 0, 1) for one that takes its input as it is."""
        mean, std = 0.0, 1.0
        for op in NORMALISATION:
            users = self.users.get(value, [])
            node = self.nodes[users[0]] if len(users) == 1 else None
            if node is None or node.op_type != op or node.input[0] != value:
                continue
            number = self.constants.get(node.input[1])
            if number is None or number.size != 1:
                raise self._problem(users[0], Message("onnx_reason_normalisation"))
            if op == "Sub":
                mean = short_float(number.reshape(-1)[0])
            else:
                std = short_float(number.reshape(-1)[0])
            self.visited.add(users[0])
            value = node.output[0]
        if not (-1000.0 <= mean <= 1000.0 and 1e-12 <= std <= 1000.0):
            raise self._problem(self.users[self.input][0], Message("onnx_reason_normalisation"))
        return value, mean, std

    # --- residual blocks ------------------------------------------------------------------------

    def _residual(
        self, value: str, users: list[int], shape: Shape, layers: list[Layer]
    ) -> tuple[str, Shape]:
        join = self._join(users)
        add = self.nodes[join]
        if add.op_type not in JOINS or len(add.input) != 2 or set(add.input) & set(self.constants):
            raise self._problem(join, Message("onnx_reason_join"))
        paths = []
        for end in add.input:
            if end == value:
                paths.append(([], shape))
                continue
            first = [u for u in users if u != join and self.producer.get(end) in self._reachable(u)]
            if len(first) != 1:
                raise self._problem(join, Message("onnx_reason_join"))
            path: list[Layer] = []
            out = self.step(first[0], shape, path)
            rest, out_shape = self.chain(out[0], end, out[1])
            paths.append((path + rest, out_shape))
        self.visited.add(join)
        layers.append(self._block(paths, shape, join))
        return add.output[0], paths[0][1]

    def _join(self, users: list[int]) -> int:
        """The first node every path from `users` reaches: where they meet again."""
        common = set.intersection(*(self._reachable(u) for u in users))
        if not common:
            raise self._problem(users[0], Message("onnx_reason_join"))
        return min(common)  # ONNX lists nodes in an order where each comes after its inputs

    def _reachable(self, index: int) -> set[int]:
        if index not in self._reach:
            seen, todo = set(), [index]
            while todo:
                at = todo.pop()
                if at in seen:
                    continue
                seen.add(at)
                for name in self.nodes[at].output:
                    todo += self.users.get(name, [])
            self._reach[index] = seen
        return self._reach[index]

    def _block(self, paths: list[tuple[list[Layer], Shape]], shape: Shape, join: int) -> Layer:
        """The Residual block: the shortcut is an empty path (the input itself) or a projection."""
        (first, first_shape), (second, second_shape) = paths
        if first_shape != second_shape:
            raise self._problem(join, Message("onnx_reason_join"))
        if not first or not second:
            body = first or second
            return Layer("Residual", {"shortcut": "identity"}, children=body)
        for body, shortcut in ((first, second), (second, first)):
            weights = self._projection(shortcut, shape, first_shape)
            if weights is not None:
                block = Layer("Residual", {"shortcut": "projection"}, children=body)
                self.weights[block.uid] = weights
                for layer in shortcut:  # the projection's weights are the block's now
                    self.weights.pop(layer.uid, None)
                return block
        raise self._problem(join, Message("onnx_reason_shortcut"))

    def _projection(
        self, path: list[Layer], shape: Shape, output: Shape
    ) -> dict[str, np.ndarray] | None:
        """The shortcut's weights as netbuilder's projection names them, or None if `path` is
        not one: Linear on flat inputs; a 1x1 Conv2d (+ BatchNorm2d) with the blocks' stride."""
        kinds = [layer.type_id for layer in path]
        if kinds == ["Linear"] and len(shape) == 1:
            found = self.weights.get(path[0].uid, {})
            bias = found.get("bias", np.zeros(output[0], np.float32))
            return {"shortcut.weight": found["weight"], "shortcut.bias": bias}
        if kinds not in (["Conv2d"], ["Conv2d", "BatchNorm2d"]) or len(shape) != 3:
            return None
        conv = path[0].params
        if conv["kernel_size"] != 1 or conv["padding"] or conv["stride"] != _stride(shape, output):
            return None
        found = self.weights[path[0].uid]
        norm = self.weights.get(path[1].uid) if len(path) == 2 else None
        eps = path[1].params["eps"] if len(path) == 2 else BN_EPS
        return _projection_weights(found, norm, eps, output[0])


def _stride(shape: Shape, output: Shape) -> int:
    """The stride analysis gives a projection: the smallest that makes the blocks' size."""
    for stride in range(1, max(shape[1], shape[2]) + 1):
        if ((shape[1] - 1) // stride + 1, (shape[2] - 1) // stride + 1) == output[1:]:
            return stride
    return 0


def _projection_weights(
    conv: dict[str, np.ndarray], norm: dict[str, np.ndarray] | None, eps: float, channels: int
) -> dict[str, np.ndarray]:
    """Conv2d without bias + BatchNorm2d(eps 1e-5) computing the same as the file's shortcut:
    a conv bias moves into the running mean, another eps into the running variance."""
    ones, zeros = np.ones(channels, np.float32), np.zeros(channels, np.float32)
    if norm is None:
        norm = {"weight": ones, "bias": zeros, "running_mean": zeros, "running_var": ones - eps}
    mean = norm["running_mean"] - conv.get("bias", zeros)
    var = norm["running_var"] + eps - BN_EPS
    low = var < 0  # a smaller eps than torch's on a tiny variance: fold the rest into the scale
    scale = np.where(
        low, norm["weight"] * np.sqrt(BN_EPS / (norm["running_var"] + eps)), norm["weight"]
    )
    var = np.where(low, 0.0, var).astype(np.float32)
    named = {"weight": scale, "bias": norm["bias"], "running_mean": mean, "running_var": var}
    return {"shortcut.0.weight": conv["weight"], **{f"shortcut.1.{k}": v for k, v in named.items()}}
