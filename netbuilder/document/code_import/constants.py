"""Values a listing spells out: literals, names bound to them, and small arithmetic, computed
without running anything and within bounds, so `10**10**10` is refused at once, not computed."""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable, Mapping
from typing import Any

LARGEST = 2**53
"""No size or setting of a layer comes near this; anything larger is refused, not computed."""
LONGEST_TUPLE = 16
DEEPEST = 40
"""How deep an expression may nest; deeper ones are refused (a hostile listing nests thousands)."""


class Unreadable(ValueError):
    """An expression that is not a constant netbuilder can read; `reason` is a messages code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _power(base: Any, exponent: Any) -> Any:
    if isinstance(exponent, (int, float)) and abs(exponent) > 64 and abs(base) > 1:
        raise Unreadable("reason_too_large")
    return base**exponent


_OPERATORS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: _power,
}
_COMPARE: dict[type, Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Is: operator.is_,
    ast.IsNot: operator.is_not,
}
_UNARY: dict[type, Callable[[Any], Any]] = {
    ast.USub: operator.neg,
    ast.UAdd: operator.pos,
    ast.Not: operator.not_,
}


def constant(node: ast.AST, names: Mapping[str, Any], depth: int = 0) -> Any:
    """The value of `node`: a number, bool, short text, None or a tuple of them. Raises
    Unreadable for anything else (calls, lambdas, attributes, comprehensions) without running it."""
    if depth > DEEPEST:
        raise Unreadable("reason_too_deep")
    if isinstance(node, ast.Constant):
        return _checked(node.value)
    if isinstance(node, ast.Name):
        if node.id in names and _is_value(names[node.id]):
            return names[node.id]
        if node.id in ("True", "False", "None"):
            return {"True": True, "False": False, "None": None}[node.id]
        raise Unreadable("reason_unknown_name")
    if isinstance(node, (ast.Tuple, ast.List)):
        if len(node.elts) > LONGEST_TUPLE:
            raise Unreadable("reason_too_large")
        values = tuple(constant(e, names, depth + 1) for e in node.elts)
        if any(isinstance(v, tuple) for v in values):  # sizes are flat: (5, 5), (1, 28, 28)
            raise Unreadable("reason_not_constant")
        return values
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _checked(_compute(_UNARY[type(node.op)], constant(node.operand, names, depth + 1)))
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        dotted = f"{node.value.id}.{node.attr}"  # self.expansion, bound by a class reader
        if dotted in names and _is_value(names[dotted]):
            return names[dotted]
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _COMPARE:
        left = constant(node.left, names, depth + 1)
        right = constant(node.comparators[0], names, depth + 1)
        return _compare(_COMPARE[type(node.ops[0])], left, right)
    if isinstance(node, ast.BoolOp):
        values = [bool(constant(v, names, depth + 1)) for v in node.values[:LONGEST_TUPLE]]
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.IfExp):
        chosen = node.body if constant(node.test, names, depth + 1) else node.orelse
        return constant(chosen, names, depth + 1)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        left = constant(node.left, names, depth + 1)
        right = constant(node.right, names, depth + 1)
        return _checked(_compute(_OPERATORS[type(node.op)], left, right))
    raise Unreadable(_reason(node))


def _compare(function: Callable[[Any, Any], bool], left: Any, right: Any) -> bool:
    try:
        return bool(function(left, right))
    except TypeError:  # 1 < "a"
        raise Unreadable("reason_not_constant") from None


def _compute(function: Callable[..., Any], *values: Any) -> Any:
    if not all(_is_number(v) for v in values):
        raise Unreadable("reason_not_constant")  # no text or tuple arithmetic: "a" * 10**9
    try:
        return function(*values)
    except (ArithmeticError, ValueError, TypeError):
        raise Unreadable("reason_not_constant") from None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float))


def _is_value(value: Any) -> bool:
    if isinstance(value, tuple):
        return all(_is_value(v) for v in value)
    return value is None or isinstance(value, (bool, int, float, str))


def _checked(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        if abs(value) > LARGEST:
            raise Unreadable("reason_too_large")
        return value
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) > LARGEST:
            raise Unreadable("reason_too_large")
        return value
    if isinstance(value, str) and len(value) <= 200:
        return value
    raise Unreadable("reason_not_constant")


def _reason(node: ast.AST) -> str:
    if isinstance(node, ast.Lambda):
        return "reason_lambda"
    if isinstance(node, ast.Call):
        return "reason_call"
    if isinstance(node, (ast.Attribute, ast.Subscript)):
        return "reason_attribute"
    return "reason_not_constant"
