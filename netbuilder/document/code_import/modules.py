"""Module expressions: `nn.Sequential(...)`, `nn.Linear(...)`, the app's `Residual(...)` and
`Branches(...)`, and instances of the listing's own `nn.Module` classes, whose `__init__` is read
for `self.<name> = ...` and whose `forward` is read as a dataflow. Never run."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

from netbuilder.document.code_import.constants import Unreadable, constant
from netbuilder.document.code_import.context import DEEPEST_CLASSES, Reading
from netbuilder.document.code_import.flow import (
    Flow,
    LayerList,
    LayerModule,
    Module,
    Sequence,
    is_app_projection,
    is_projection,
)
from netbuilder.document.code_import.forward import Scope, dotted_name, run_method
from netbuilder.document.code_import.layers import SIGNATURES, make_layer
from netbuilder.document.messages import Message, shape_text
from netbuilder.document.network import Layer

TORCH_PREFIXES = ("nn", "torch.nn")
APP_CONTAINERS = ("Residual", "Branches")


@dataclass
class Program:
    """What the listing defines at its top level."""

    classes: dict[str, ast.ClassDef] = field(default_factory=dict)
    app_classes: set[str] = field(default_factory=lambda: set(APP_CONTAINERS))
    """Names that mean the app's own containers (exported code defines them; a class of the
    same name defined differently is read as any other class)."""
    used: set[str] = field(default_factory=set)
    """Classes and variables that another model is built from."""


def module_expression(
    node: ast.expr, names: dict[str, Any], program: Program, reading: Reading, depth: int = 0
) -> Module | None:
    """The module `node` builds, or None with a note saying why it was not read."""
    reading.tick()
    if isinstance(node, ast.Name) and isinstance(names.get(node.id), Module):
        program.used.add(node.id)
        return names[node.id]
    if not isinstance(node, ast.Call):
        reason = "reason_lambda" if isinstance(node, ast.Lambda) else "reason_not_module"
        reading.note("code_not_a_module", node, code=reading.shown(node), reason=Message(reason))
        return None
    dotted = dotted_name(node.func)
    prefix, _, name = dotted.rpartition(".")
    if not dotted or (prefix and prefix not in TORCH_PREFIXES):
        reading.note("code_not_run", node, code=reading.shown(node))
        return None
    if name == "Sequential":
        return _sequential(node, names, program, reading, depth)
    if not prefix and name in program.classes and name not in program.app_classes:
        program.used.add(name)
        return instantiate(program.classes[name], node, names, program, reading, depth + 1)
    if not prefix and name in program.app_classes:
        return _container(name, node, names, program, reading, depth)
    if name in SIGNATURES:
        layer = make_layer(name, node, names, reading)
        return None if layer is None else LayerModule(layer, node.lineno)
    if name == "Identity":
        return Sequence([], node.lineno)
    if name == "ModuleList" and len(node.args) == 1:
        return _module_list(node.args[0], names, program, reading)
    reading.note("code_unknown_layer", node, name=name)
    return None


def _sequential(
    node: ast.Call, names: dict[str, Any], program: Program, reading: Reading, depth: int
) -> Sequence:
    parts: list[Module] = []
    items = list(node.args)
    if len(items) == 1 and dotted_name(getattr(items[0], "func", ast.Pass())).endswith(
        "OrderedDict"
    ):
        items = _ordered_dict_items(items[0], reading)
    for item in items:
        listed = names.get(_name(item.value)) if isinstance(item, ast.Starred) else None
        if isinstance(listed, LayerList):  # nn.Sequential(*layers)
            program.used.add(_name(item.value))
            parts.extend(listed)
            continue
        if isinstance(item, ast.Starred):
            reading.note("code_not_a_module", item, code=reading.shown(item),
                         reason=Message("reason_not_module"))  # fmt: skip
            continue
        part = module_expression(item, names, program, reading, depth)
        if isinstance(part, LayerList):
            parts.extend(part)
        elif part is not None:
            parts.append(part)
    return Sequence(parts, node.lineno)


def _ordered_dict_items(node: ast.Call, reading: Reading) -> list[ast.expr]:
    """OrderedDict([("conv1", nn.Conv2d(...)), ...]): the modules, their names aside."""
    pairs = node.args[0] if node.args else None
    if not isinstance(pairs, (ast.List, ast.Tuple)):
        reading.note("code_skipped", node, code=reading.shown(node))
        return []
    found = []
    for pair in pairs.elts:
        if isinstance(pair, ast.Tuple) and len(pair.elts) == 2:
            found.append(pair.elts[1])
        else:
            reading.note("code_skipped", pair, code=reading.shown(pair))
    return found


def layer_list(
    node: ast.List | ast.Tuple, names: dict[str, Any], program: Program, reading: Reading
) -> LayerList:
    found = LayerList()
    for item in node.elts:
        module = module_expression(item, names, program, reading)
        if module is not None:
            found.append(module)
    return found


def _module_list(
    node: ast.expr, names: dict[str, Any], program: Program, reading: Reading
) -> LayerList | None:
    """nn.ModuleList([...]) of a list written out, or of a list of layers built before."""
    if isinstance(node, (ast.List, ast.Tuple)):
        return layer_list(node, names, program, reading)
    if isinstance(names.get(_name(node)), LayerList):
        return names[_name(node)]
    reading.note("code_skipped", node, code=reading.shown(node))
    return None


@dataclass
class ContainerModule(Module):
    """The app's Residual(body, shortcut=...) or Branches([...], merge=...)."""

    type_id: str
    parts: list[Module]
    param: str
    line: int = 0

    def apply(self, flow: Flow, reading: Reading) -> Flow:
        if self.type_id == "Residual":
            layer = Layer(
                "Residual", {"shortcut": self.param}, children=self.parts[0].layers(reading)
            )
        else:
            held = [reading.made(Layer("Branch", children=p.layers(reading))) for p in self.parts]
            layer = Layer("Branches", {"merge": self.param}, children=held)
        return flow.then(reading.made(layer))


def _container(
    name: str, node: ast.Call, names: dict[str, Any], program: Program, reading: Reading, depth: int
) -> Module | None:
    arguments = {k.arg: k.value for k in node.keywords if k.arg}
    first = (
        node.args[0] if node.args else arguments.get("body" if name == "Residual" else "branches")
    )
    second = (
        node.args[1]
        if len(node.args) > 1
        else arguments.get("shortcut" if name == "Residual" else "merge")
    )
    if first is None:
        reading.note("code_missing_argument", node, layer=name, name="body")
        return None
    if name == "Residual":
        body = module_expression(first, names, program, reading, depth) or Sequence()
        shortcut = _shortcut(second, names, program, reading, depth)
        return ContainerModule(name, [body], shortcut, node.lineno)
    paths = first.elts if isinstance(first, (ast.List, ast.Tuple)) else [first]
    parts = [module_expression(p, names, program, reading, depth) or Sequence() for p in paths]
    merge = _constant_or(second, "concat", names, reading)
    if merge not in ("concat", "add"):
        reading.note("code_argument_replaced", node, layer=name,
                     problem=Message("param_not_a_choice", {"name": "merge", "value": repr(merge),
                                     "choices": "concat, add"}), value="'concat'")  # fmt: skip
        merge = "concat"
    return ContainerModule(name, parts, merge, node.lineno)


def _shortcut(
    node: ast.expr | None, names: dict[str, Any], program: Program, reading: Reading, depth: int
) -> str:
    if node is None or (isinstance(node, ast.Constant) and node.value is None):
        return "identity"
    module = module_expression(node, names, program, reading, depth)
    if module is None:
        return "identity"
    layers = module.layers(reading)
    if not layers:
        return "identity"
    if not (is_projection(layers) and is_app_projection(layers)):
        reading.note("code_projection", node, code=reading.shown(node))
    return "projection"


def _constant_or(
    node: ast.expr | None, default: Any, names: dict[str, Any], reading: Reading
) -> Any:
    if node is None:
        return default
    try:
        return constant(node, names)
    except Unreadable as unreadable:
        reading.note("code_not_a_module", node, code=reading.shown(node),
                     reason=Message(unreadable.reason))  # fmt: skip
        return default


@dataclass
class ClassModule(Module):
    """An instance of one of the listing's own nn.Module classes."""

    name: str
    forward: ast.FunctionDef
    scope: Scope
    line: int = 0

    def apply(self, flow: Flow, reading: Reading) -> Flow:
        claim = reading.input_claim
        result = run_method(self.forward, flow, self.scope, reading)
        if reading.input_claim is not claim and result.layers == flow.layers:
            shape, _ = reading.input_claim  # a Reshape module of its own at the input
            note = Message("code_input_from_module", {"line": self.line, "name": self.name,
                           "shape": shape_text(shape)})  # fmt: skip
            reading.input_claim = (shape, note)
        return result


def instantiate(
    cls: ast.ClassDef,
    call: ast.Call | None,
    names: dict[str, Any],
    program: Program,
    reading: Reading,
    depth: int,
) -> Module | None:
    """Read `cls(...)`: its __init__ with the call's arguments bound, then its forward."""
    line = call.lineno if call is not None else cls.lineno
    if depth > DEEPEST_CLASSES:
        reading.note("code_too_deep_classes", call or cls, name=cls.name)
        return None
    methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
    env = {**names, **_class_constants(cls, names)}
    attributes: dict[str, Any] = {}
    init = methods.get("__init__")
    if init is not None:
        env.update(_bound(init, call, names, program, reading, depth))
        for statement in init.body:
            reading.tick()
            _init_statement(statement, env, attributes, program, reading, depth)
    forward = methods.get("forward")
    if forward is None:
        modules = [m for m in attributes.values() if isinstance(m, Module)]
        reading.note("code_no_forward", cls, name=cls.name)
        return Sequence(modules, line)
    return ClassModule(cls.name, forward, Scope(env, attributes, methods, depth), line)


def _bound(
    init: ast.FunctionDef,
    call: ast.Call | None,
    names: dict[str, Any],
    program: Program,
    reading: Reading,
    depth: int,
) -> dict[str, Any]:
    """__init__'s parameters: the call's arguments (read in the caller's names), else defaults."""
    params = [a.arg for a in init.args.args[1:]]
    defaults = dict(zip(reversed(params), reversed(init.args.defaults), strict=False))
    given: dict[str, ast.expr] = dict(zip(params, call.args if call else [], strict=False))
    given.update({k.arg: k.value for k in (call.keywords if call else []) if k.arg})
    for kw, default in zip(init.args.kwonlyargs, init.args.kw_defaults, strict=True):
        params.append(kw.arg)
        if default is not None:
            defaults[kw.arg] = default
    bound: dict[str, Any] = {}
    for param in params:
        node, scope = (given[param], names) if param in given else (defaults.get(param), names)
        if node is None:
            reading.note("code_missing_argument", call or init, layer=init.name, name=param)
            continue
        bound[param] = _value_or_module(node, scope, program, reading, depth)
    return bound


def _value_or_module(
    node: ast.expr, names: dict[str, Any], program: Program, reading: Reading, depth: int
) -> Any:
    """A constant (`hidden=256`), else the module it builds (`nn.Linear(...)`, a variable)."""
    try:
        return constant(node, names)
    except Unreadable as unreadable:
        if isinstance(node, ast.Call) or isinstance(names.get(_name(node)), Module):
            return module_expression(node, names, program, reading, depth)
        reading.note("code_not_a_module", node, code=reading.shown(node),
                     reason=Message(unreadable.reason))  # fmt: skip
        return None


def _name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else ""


def _init_statement(
    node: ast.stmt,
    env: dict[str, Any],
    attributes: dict[str, Any],
    program: Program,
    reading: Reading,
    depth: int,
) -> None:
    if _is_super_init(node) or isinstance(node, ast.Pass) or _is_docstring(node):
        return
    if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if len(targets) == 1:
            target = targets[0]
            if isinstance(target, ast.Attribute) and _name(target.value) == "self":
                value = _value_or_module(node.value, env, program, reading, depth)
                attributes[target.attr] = value
                env[f"self.{target.attr}"] = value  # self.hidden = 128, read later in __init__
                return
            if isinstance(target, ast.Name):
                env[target.id] = _value_or_module(node.value, env, program, reading, depth)
                return
    if isinstance(node, ast.If) and _branch(node, env) is not None:
        for statement in _branch(node, env) or []:
            reading.tick()
            _init_statement(statement, env, attributes, program, reading, depth)
        return
    reading.note("code_skipped", node, code=reading.shown(node))


def _branch(node: ast.If, env: dict[str, Any]) -> list[ast.stmt] | None:
    """The statements an `if` on constants runs (`if stride != 1:`), None when it is not one."""
    try:
        return node.body if constant(node.test, env) else node.orelse
    except Unreadable:
        return None


def _class_constants(cls: ast.ClassDef, names: dict[str, Any]) -> dict[str, Any]:
    """Constants in the class body (`expansion = 1`), as `self.expansion` reads them."""
    found: dict[str, Any] = {}
    for node in cls.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            try:
                if isinstance(target, ast.Name):
                    found[f"self.{target.id}"] = constant(node.value, names)
            except Unreadable:
                pass
    return found


def _is_super_init(node: ast.stmt) -> bool:
    if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
        return False
    func = node.value.func
    return isinstance(func, ast.Attribute) and func.attr == "__init__"


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
