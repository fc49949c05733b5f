"""Small rewrites of an ONNX graph before it is walked into blocks (engine/onnx_graph.py).

Exporters write some one-block things as several nodes: stored weights passed through Constant and
Identity nodes, the batch size computed from the input's shape for a Reshape to flat
(`x.view(x.size(0), -1)`), Softplus's threshold as a Where. These become constants or one node
again, so the walk sees the chain a person wrote.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from netbuilder.engine.onnx_ops import attributes

ONNX = ("", "ai.onnx")


def simplified(nodes: list[Any], constants: dict[str, np.ndarray]) -> list[Any]:
    """The nodes left once constants are folded into `constants` and patterns made one node."""
    left = []
    for node in nodes:
        if node.op_type == "Constant" and node.domain in ONNX:
            constants[node.output[0]] = _constant(node)
        elif node.op_type == "Identity" and node.input[0] in constants:
            constants[node.output[0]] = constants[node.input[0]]  # torch's copies of weights
        else:
            left.append(node)
    left = _fold_batch_size(left, constants)
    return _fold_lrn(_fold_softplus(left, constants), constants)


def _fold_batch_size(nodes: list[Any], constants: dict[str, np.ndarray]) -> list[Any]:
    """Shape(x)[0] (the batch size, which Reshape spells 0: "as the input"), Unsqueeze, Concat
    and Cast of constants: constants. A Shape node goes only if nothing else reads it."""
    shapes: dict[str, int] = {}
    folded: set[int] = set()
    for index, node in enumerate(nodes):
        if node.domain not in ONNX:
            continue
        value = _shape_value(node, shapes, constants)
        if node.op_type == "Shape" and not attributes(node):
            shapes[node.output[0]] = index
        elif value is not None:
            constants[node.output[0]] = value
            folded.add(index)
    for name, index in shapes.items():
        readers = [i for i, n in enumerate(nodes) if name in n.input]
        if readers and all(i in folded for i in readers):
            folded.add(index)
    return [node for index, node in enumerate(nodes) if index not in folded]


def _shape_value(
    node: Any, shapes: dict[str, int], constants: dict[str, np.ndarray]
) -> np.ndarray | None:
    a, inputs = attributes(node), [name for name in node.input if name]
    if node.op_type == "Gather" and inputs and inputs[0] in shapes and a.get("axis", 0) == 0:
        index = constants.get(inputs[1]) if len(inputs) == 2 else None
        if index is not None and index.size == 1 and int(index.reshape(-1)[0]) == 0:
            return np.zeros(index.shape, np.int64)  # the batch size: Reshape's 0
        return None
    if not inputs or not all(name in constants for name in inputs):
        return None
    values = [np.asarray(constants[name]) for name in inputs]
    if node.op_type == "Unsqueeze":
        axes = a.get("axes", values[1].tolist() if len(values) > 1 else [0])
        return np.expand_dims(values[0], tuple(int(x) for x in axes))
    if node.op_type == "Concat":
        return np.concatenate([v.reshape(-1) for v in values], axis=0)
    if node.op_type == "Cast":
        return values[0].astype(np.int64) if values[0].dtype.kind in "iu" else None
    return None


def _fold_softplus(nodes: list[Any], constants: dict[str, np.ndarray]) -> list[Any]:
    """torch.export writes Softplus(threshold t) as Where(x > t, x, Softplus(x)): one Softplus
    node again, carrying t (an attribute of ours, read by onnx_ops)."""
    from onnx import helper

    made = {n.output[0]: i for i, n in enumerate(nodes)}
    folded, drop = {}, set()
    for index, node in enumerate(nodes):
        if node.op_type != "Where" or len(node.input) != 3:
            continue
        condition, x, other = node.input
        greater, soft = nodes[made.get(condition, index)], nodes[made.get(other, index)]
        if (
            greater.op_type == "Greater" and soft.op_type == "Softplus"
            and list(greater.input[:1]) == [x] == list(soft.input)
            and greater.input[1] in constants and constants[greater.input[1]].size == 1
        ):  # fmt: skip
            threshold = float(constants[greater.input[1]].reshape(-1)[0])
            folded[index] = helper.make_node(
                "Softplus", [x], list(node.output), name=soft.name, threshold=threshold
            )
            drop.update((made[condition], made[other]))
    return [folded.get(i, n) for i, n in enumerate(nodes) if i not in drop]


_LRN_CHAIN = ("Pow", "Add", "Mul", "Squeeze", "AveragePool", "Pad", "Reshape", "Mul")
"""torch.export's LocalResponseNorm, read back from its Div: x / (k + alpha * avg(x*x))^beta,
the average over `size` channels as a 3-D pool of the squares reshaped to (N, 1, C, H, W)."""


def _fold_lrn(nodes: list[Any], constants: dict[str, np.ndarray]) -> list[Any]:
    from onnx import helper

    made = {name: i for i, n in enumerate(nodes) for name in n.output}
    reads: dict[str, int] = {}
    for node in nodes:
        for name in set(node.input):
            reads[name] = reads.get(name, 0) + 1
    folded, drop = {}, set()
    for index, node in enumerate(nodes):
        if node.op_type != "Div" or len(node.input) != 2:
            continue
        chain = _chain_back(nodes, made, reads, node.input[1])
        if chain is None or list(nodes[chain[-1]].input) != [node.input[0]] * 2:
            continue
        numbers = [_number(nodes[chain[i]], constants) for i in (0, 1, 2)]
        kernel = attributes(nodes[chain[4]]).get("kernel_shape", [])
        if None in numbers or len(kernel) != 3 or list(kernel[1:]) != [1, 1]:
            continue
        beta, k, alpha = numbers
        size = int(kernel[0])
        folded[index] = helper.make_node(
            "LRN", [node.input[0]], list(node.output), name=node.name,
            size=size, alpha=alpha, beta=beta, bias=k,
        )  # fmt: skip
        drop.update(chain)
    return [folded.get(i, n) for i, n in enumerate(nodes) if i not in drop]


def _chain_back(
    nodes: list[Any], made: dict[str, int], reads: dict[str, int], value: str
) -> list[int] | None:
    """The nodes of _LRN_CHAIN that make `value`, each read only by the next; else None."""
    chain = []
    for op in _LRN_CHAIN:
        index = made.get(value)
        if index is None or nodes[index].op_type != op or reads.get(value, 0) != 1:
            return None
        chain.append(index)
        inputs = [name for name in nodes[index].input if name]
        value = inputs[0] if op != "Add" or inputs[0] in made else inputs[-1]
    return chain


def _number(node: Any, constants: dict[str, np.ndarray]) -> float | None:
    """The one stored number a Pow, Add or Mul node takes besides its data."""
    numbers = [constants[name] for name in node.input if name in constants]
    return float(numbers[0].reshape(-1)[0]) if len(numbers) == 1 and numbers[0].size == 1 else None


def _constant(node: Any) -> np.ndarray:
    a = attributes(node)
    if "value" in a:
        from onnx import numpy_helper

        return (
            numpy_helper.to_array(a["value"])
            if not isinstance(a["value"], np.ndarray)
            else a["value"]
        )
    for key in ("value_float", "value_floats", "value_int", "value_ints"):
        if key in a:
            return np.asarray(a[key])
    return np.zeros(0, np.float32)  # a sparse or string constant: no block reads it
