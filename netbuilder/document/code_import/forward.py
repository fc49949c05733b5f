"""A listing's `forward` read as a dataflow, statement by statement: which layers each variable's
tensor has gone through. Nothing is run; what is not understood is named in a note and passed
over, keeping the tensor as it was."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

from netbuilder.document.code_import.constants import Unreadable, constant
from netbuilder.document.code_import.context import DEEPEST_CLASSES, Reading
from netbuilder.document.code_import.flow import Flow, LayerList, Module, add, concatenate
from netbuilder.document.code_import.functional import FUNCTIONS, function_layer, function_name
from netbuilder.document.messages import Message, shape_text
from netbuilder.document.network import Layer

BATCH = object()
"""A variable holding the batch size (`n = x.size(0)`), as views use it."""
PASSING = ("contiguous", "clone", "float", "detach")
"""Tensor methods that leave the values' shape as it is."""
SIZES = ("size", "dim", "numel")
"""Tensor methods that give numbers, not a tensor (`n = x.size(0)`)."""
CAT = ("torch.cat", "torch.concat", "torch.concatenate")


@dataclass
class Scope:
    """What a method of a listing's class sees: constants, `self.<name>` and its other methods."""

    names: dict[str, Any]
    attributes: dict[str, Any] = field(default_factory=dict)
    methods: dict[str, ast.FunctionDef] = field(default_factory=dict)
    depth: int = 0


def run_method(method: ast.FunctionDef, flow: Flow, scope: Scope, reading: Reading) -> Flow:
    """The flow `method` (forward, or a helper it calls) returns for an input `flow`."""
    params = [a.arg for a in method.args.args]
    if len(params) < 2 or scope.depth > DEEPEST_CLASSES:
        reading.note("code_skipped", method, code=f"def {method.name}")
        return flow
    reader = _Method(scope, reading, {params[1]: flow})
    for statement in method.body:
        reading.tick()
        result = reader.statement(statement)
        if result is not None:
            return result
    reading.note("code_no_return", method, name=method.name)
    return (
        reader.variables[params[1]] if isinstance(reader.variables.get(params[1]), Flow) else flow
    )


class _Method:
    def __init__(self, scope: Scope, reading: Reading, variables: dict[str, Any]) -> None:
        self.scope, self.reading, self.variables = scope, reading, variables

    def statement(self, node: ast.stmt) -> Flow | None:
        """Read one statement; a `return` of a tensor gives its flow."""
        if isinstance(node, ast.Return) and node.value is not None:
            value = self.expression(_first_of_tuple(node.value, self.reading))
            if isinstance(value, Flow):
                return value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            if self._assign(node.targets[0], node.value):
                return None
        elif isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
            if self._add_to(node):
                return None
        elif isinstance(node, ast.For) and self._loop(node):
            return None
        elif _is_docstring(node) or isinstance(node, ast.Pass):
            return None
        self.reading.note("code_skipped", node, code=self.reading.shown(node))
        return None

    def _loop(self, node: ast.For) -> bool:
        """`for layer in self.layers:` over an nn.ModuleList: its body once per layer."""
        iterated = node.iter
        held = None
        if isinstance(iterated, ast.Attribute) and _is_self(iterated.value):
            held = self.scope.attributes.get(iterated.attr)
        if not (isinstance(held, LayerList) and isinstance(node.target, ast.Name)) or node.orelse:
            return False
        for module in held:
            self.variables[node.target.id] = module
            for statement in node.body:
                self.reading.tick()
                if self.statement(statement) is not None:
                    self.reading.note("code_skipped", statement, code=self.reading.shown(statement))
        return True

    def _assign(self, target: ast.expr, value_node: ast.expr) -> bool:
        if not isinstance(target, ast.Name):
            return False
        value = self.expression(value_node)
        if value is None and self._is_batch(value_node):
            value = BATCH
        if value is None:
            try:
                value = constant(value_node, {**self.scope.names, **self.variables})
            except Unreadable:
                return False
        self.variables[target.id] = value
        return True

    def _add_to(self, node: ast.AugAssign) -> bool:
        if not isinstance(node.target, ast.Name):
            return False
        left, right = self.variables.get(node.target.id), self.expression(node.value)
        if not (isinstance(left, Flow) and isinstance(right, Flow)):
            return False
        self.variables[node.target.id] = add(left, right, node, self.reading)
        return True

    def expression(self, node: ast.expr) -> Flow | None:
        """The flow of the tensor `node` gives, or None when it is not a tensor read here."""
        self.reading.tick()
        if isinstance(node, ast.Name):
            value = self.variables.get(node.id)
            return value if isinstance(value, Flow) else None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.expression(node.left), self.expression(node.right)
            if isinstance(left, Flow) and isinstance(right, Flow):
                return add(left, right, node, self.reading)
            return None
        if isinstance(node, ast.Call):
            return self._call(node)
        return None

    def _call(self, node: ast.Call) -> Flow | None:
        func = node.func
        if isinstance(func, ast.Attribute) and _is_self(func.value):
            return self._self_call(func.attr, node)
        if isinstance(func, ast.Name) and isinstance(self.variables.get(func.id), Module):
            flow = self.expression(node.args[0]) if node.args else None
            return None if flow is None else self.variables[func.id].apply(flow, self.reading)
        dotted = dotted_name(func)
        name = function_name(dotted) if dotted else None
        if name is not None and node.args:
            return self._layer_after(node.args[0], name, node, node.args[1:])
        if dotted in CAT:
            return self._cat(node)
        if dotted == "torch.add" and len(node.args) == 2:
            added = ast.BinOp(left=node.args[0], op=ast.Add(), right=node.args[1])
            return self.expression(ast.copy_location(added, node))
        if isinstance(func, ast.Attribute) and func.attr not in SIZES:
            flow = self.expression(func.value)
            if flow is not None:
                return self._tensor_method(flow, func.attr, node)
        return self._passed_over(node)

    def _self_call(self, attr: str, node: ast.Call) -> Flow | None:
        flow = self.expression(node.args[0]) if node.args else None
        if flow is None:
            return None
        module = self.scope.attributes.get(attr)
        if isinstance(module, Module):
            return module.apply(flow, self.reading)
        method = self.scope.methods.get(attr)
        if method is not None:
            inner = Scope(self.scope.names, self.scope.attributes, self.scope.methods,
                          self.scope.depth + 1)  # fmt: skip
            return run_method(method, flow, inner, self.reading)
        return self._passed_over(node)

    def _layer_after(
        self, tensor: ast.expr, name: str, node: ast.Call, rest: list[ast.expr]
    ) -> Flow | None:
        flow = self.expression(tensor)
        if flow is None:
            return None
        layer = function_layer(name, node, rest, self.scope.names, self.reading)
        return flow if layer is None else flow.then(layer)

    def _tensor_method(self, flow: Flow, method: str, node: ast.Call) -> Flow:
        if method in ("view", "reshape"):
            return self._view(flow, node)
        if method in PASSING:
            return flow
        if method in FUNCTIONS and method not in ("max_pool2d", "avg_pool2d", "dropout"):
            layer = function_layer(method, node, list(node.args), self.scope.names, self.reading)
            return flow if layer is None else flow.then(layer)
        self.reading.note("code_skipped", node, code=self.reading.shown(node))
        return flow

    def _view(self, flow: Flow, node: ast.Call) -> Flow:
        """x.view(-1, n) or x.view(x.size(0), -1) is a Flatten; x.view(-1, 1, 28, 28) at the
        model's input states its shape."""
        sizes = list(node.args)
        if len(sizes) == 1 and isinstance(sizes[0], (ast.Tuple, ast.List)):
            sizes = list(sizes[0].elts)
        if len(sizes) == 2 and (self._is_batch(sizes[0]) or self._is_batch(sizes[1])):
            return flow.then(self.reading.made(Layer("Flatten")))
        if len(sizes) >= 2 and self._is_batch(sizes[0]) and flow.at_start:
            shape = self._shape(sizes[1:])
            if shape is not None:
                if self.reading.input_claim is None:
                    note = Message("code_input_from_view", {"line": node.lineno,
                                   "shape": shape_text(shape), "code": self.reading.shown(node)})  # fmt: skip
                    self.reading.input_claim = (shape, note)
                return flow
        self.reading.note("code_skipped", node, code=self.reading.shown(node))
        return flow

    def _shape(self, nodes: list[ast.expr]) -> tuple[int, ...] | None:
        try:
            shape = tuple(constant(n, self.scope.names) for n in nodes)
        except Unreadable:
            return None
        good = all(type(s) is int and 1 <= s <= 100_000 for s in shape)
        return shape if good and len(shape) in (1, 3) else None

    def _is_batch(self, node: ast.expr) -> bool:
        """-1, x.size(0), x.shape[0], or a variable that holds one of them."""
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return isinstance(node.operand, ast.Constant) and node.operand.value == 1
        if isinstance(node, ast.Name):
            return self.variables.get(node.id) is BATCH
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            zero = [a for a in node.args if isinstance(a, ast.Constant) and a.value == 0]
            return node.func.attr == "size" and len(node.args) == 1 and bool(zero)
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            inner = node.value
            is_shape = isinstance(inner, ast.Attribute) and inner.attr == "shape"
            return is_shape and node.slice.value == 0
        return False

    def _cat(self, node: ast.Call) -> Flow | None:
        parts = node.args[0] if node.args else None
        dims = [k.value for k in node.keywords if k.arg == "dim"] + node.args[1:2]
        if not isinstance(parts, (ast.List, ast.Tuple)) or len(parts.elts) < 2:
            return self._passed_over(node)
        flows = [self.expression(e) for e in parts.elts]
        dim = _value(dims[0]) if dims else 0
        if any(f is None for f in flows) or dim != 1:
            return self._passed_over(node)
        return concatenate([f for f in flows if f is not None], node, self.reading)

    def _passed_over(self, node: ast.Call) -> Flow | None:
        """A call this reader does not know: its first tensor argument goes on unchanged."""
        flow = self.expression(node.args[0]) if node.args else None
        if flow is not None:
            self.reading.note("code_skipped", node, code=self.reading.shown(node))
        return flow


def dotted_name(node: ast.expr) -> str:
    """'torch.nn.functional.relu' for that attribute chain, '' for anything else."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return ""
    return ".".join([node.id, *reversed(parts)])


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)


def _value(node: ast.expr) -> Any:
    try:
        return constant(node, {})
    except Unreadable:
        return None


def _first_of_tuple(node: ast.expr, reading: Reading) -> ast.expr:
    """`return x, features`: the model's output is the first."""
    if isinstance(node, ast.Tuple) and node.elts:
        reading.note("code_first_output", node, code=reading.shown(node))
        return node.elts[0]
    return node
