"""Read a PyTorch listing into a network, with notes for what was skipped or guessed.

The listing is parsed with Python's `ast` and never run: imports, calls and lambdas in it are
read as text and named in a note. It may be a `nn.Sequential(...)`, a class derived from
nn.Module, the app's own Code view text or an exported training script.
"""

from __future__ import annotations

import ast
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from netbuilder.document.catalog import Shape
from netbuilder.document.code_import.constants import Unreadable, constant
from netbuilder.document.code_import.context import CodeImportError, Reading
from netbuilder.document.code_import.flow import Flow, LayerList, Module
from netbuilder.document.code_import.forward import dotted_name
from netbuilder.document.code_import.modules import (
    APP_CONTAINERS,
    Program,
    instantiate,
    layer_list,
    module_expression,
)
from netbuilder.document.code_import.shapes import input_shape
from netbuilder.document.messages import Message
from netbuilder.document.network import Network
from netbuilder.document.safe_io import read_text
from netbuilder.document.source import CONTAINER_CLASSES

MOST_CHARACTERS = 300_000
"""A listing longer than this is refused (an exported training script has about 40,000)."""
QUIET_IMPORTS = ("torch", "torchvision", "collections", "typing", "__future__", "math")
MODEL_NAMES = ("model", "net", "network")
DEEPEST_BLOCKS = 40
"""Blocks nested deeper are refused (the analysis says past 8 levels; this bounds recursion)."""
MOVES = ("to", "cuda", "cpu", "eval", "train", "float", "double", "half", "requires_grad_")
_APP_CLASSES = {
    node.name: ast.dump(node)
    for node in ast.parse(CONTAINER_CLASSES).body
    if isinstance(node, ast.ClassDef)
}
_INPUT_COMMENT = re.compile(r"^\s*# input: (\d+(?: x \d+)*) per sample\s*$", re.MULTILINE)


@dataclass
class CodeImport:
    """A read listing: the network, the notes on what was skipped or guessed, and whether the
    input's image size came from the listing (if not, ask, offering the one used)."""

    network: Network
    notes: list[Message]
    image_size_known: bool = True


@dataclass
class _Candidate:
    name: str
    module: Module | None
    node: ast.AST


def read_code(text: str, shape: Shape | None = None) -> CodeImport:
    """The network `text` describes; `shape` (C, H, W) or (F,) replaces its input shape.
    Raises CodeImportError (with the notes so far) when nothing can be read."""
    if len(text) > MOST_CHARACTERS:
        raise CodeImportError(
            Message("code_too_long", {"size": len(text), "most": MOST_CHARACTERS})
        )
    tree = _parsed(text)
    reading = Reading(text)
    try:
        layers = _read(tree, reading)
    except RecursionError:
        raise CodeImportError(Message("code_too_deep"), reading.notes) from None
    except CodeImportError as error:
        error.notes = error.notes or list(reading.notes)
        raise
    if _depth(layers) > DEEPEST_BLOCKS:
        raise CodeImportError(Message("code_too_deep"), reading.notes)
    found = input_shape(layers, reading, shape or _commented_shape(text))
    if reading.dropped_notes:
        reading.notes.append(Message("code_more_notes", {"count": reading.dropped_notes}))
    return CodeImport(Network(layers, found.shape), reading.notes, found.known)


def _depth(layers: list) -> int:
    """How deep blocks nest in `layers` (without recursing: a hostile forward nests thousands)."""
    deepest, stack = 0, [(layer, 1) for layer in layers]
    while stack:
        layer, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in layer.children)
    return deepest


def read_code_file(path: str | Path, shape: Shape | None = None) -> CodeImport:
    """read_code on a file's text; a file too big, not text or not there is an OSError (a
    FileRefusedError saying why)."""
    text = read_text(path, 4 * MOST_CHARACTERS, "Python file")  # UTF-8 takes up to 4 bytes
    return read_code(text, shape)


def _parsed(text: str) -> ast.Module:
    try:
        with warnings.catch_warnings():  # "invalid escape sequence" and kin: the listing's own
            warnings.simplefilter("ignore")
            return ast.parse(text)
    except SyntaxError as error:
        reason = " ".join(str(error.msg).split())[:120]
        raise CodeImportError(Message("code_not_python", {"line": error.lineno or 0,
                                      "reason": reason})) from None  # fmt: skip
    except (RecursionError, MemoryError, ValueError):  # nesting, or a NUL character
        raise CodeImportError(Message("code_too_deep")) from None


def _commented_shape(text: str) -> Shape | None:
    """The input shape the app's own code states: `# input: 1 x 28 x 28 per sample`."""
    match = _INPUT_COMMENT.search(text)
    if match is None:
        return None
    shape = tuple(int(s) for s in match.group(1).split(" x "))
    return shape if len(shape) in (1, 3) and all(0 < s <= 100_000 for s in shape) else None


def _read(tree: ast.Module, reading: Reading) -> list:
    program, names = Program(), {}
    candidates: list[_Candidate] = []
    imports: list[tuple[int, str]] = []
    for node in _top_level(tree.body):
        reading.tick()
        _statement(node, program, names, candidates, imports, reading)
    if imports:
        reading.notes.insert(0, _imports_note(imports))
    chosen = _chosen(candidates, program, names, reading)
    if chosen.module is None:
        raise CodeImportError(Message("code_no_model"))
    layers = list(chosen.module.apply(Flow(), reading).layers)
    if not layers:
        line = getattr(chosen.node, "lineno", 0)
        raise CodeImportError(Message("code_no_layers", {"line": line, "name": chosen.name}))
    return layers


def _imports_note(imports: list[tuple[int, str]]) -> Message:
    """One note for every import the listing makes (none of them is run)."""
    more = "" if len(imports) <= 10 else ", ..."
    names = ", ".join(name for _, name in imports[:10]) + more
    lines = sorted({line for line, _ in imports})
    if len(lines) == 1:
        return Message("code_import", {"line": lines[0], "names": names})
    shown = ", ".join(str(line) for line in lines[:10]) + ("" if len(lines) <= 10 else ", ...")
    return Message("code_imports", {"lines": shown, "names": names})


def _top_level(body: list[ast.stmt]) -> list[ast.stmt]:
    """The module's statements, with those under `if __name__ == "__main__":` in place."""
    found = []
    for node in body:
        if isinstance(node, ast.If) and "__name__" in ast.dump(node.test)[:200]:
            found.extend(node.body)
        else:
            found.append(node)
    return found


def _statement(
    node: ast.stmt,
    program: Program,
    names: dict,
    candidates: list[_Candidate],
    imports: list[tuple[int, str]],
    reading: Reading,
) -> None:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        for alias in node.names:
            module = node.module if isinstance(node, ast.ImportFrom) else alias.name
            if (module or "").split(".")[0] not in QUIET_IMPORTS:
                imports.append((node.lineno, module or alias.name))
    elif isinstance(node, ast.ClassDef):
        _decorators(node, reading)
        _class(node, program)
    elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
        _assignment(node, program, names, candidates, reading)
    elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        if _adds_to_list(node.value, names, program, reading):
            return
        if _builds_model(node.value, program):
            module = module_expression(node.value, names, program, reading)
            candidates.append(_Candidate("", module, node))
        else:
            reading.note("code_not_run", node, code=reading.shown(node.value))
    elif isinstance(node, ast.FunctionDef):
        _decorators(node, reading)
        _function(node, program, names, candidates, reading)
    elif not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
        if not isinstance(node, (ast.Pass, ast.AsyncFunctionDef)):
            reading.note("code_skipped", node, code=reading.shown(node))


def _decorators(node: ast.ClassDef | ast.FunctionDef, reading: Reading) -> None:
    for decorator in node.decorator_list:
        reading.note("code_not_run", decorator, code="@" + reading.shown(decorator))


def _class(node: ast.ClassDef, program: Program) -> None:
    if node.name in APP_CONTAINERS:
        if _APP_CLASSES.get(node.name) == ast.dump(node):
            return  # the app's own Residual / Branches, as exported code defines them
        program.app_classes.discard(node.name)
    if node.bases:  # nn.Module, or a course's own base class (d2l.Classifier)
        program.classes[node.name] = node


def _assignment(
    node: ast.Assign | ast.AnnAssign,
    program: Program,
    names: dict,
    candidates: list[_Candidate],
    reading: Reading,
) -> None:
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    target, value = targets[-1], node.value
    if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
        pairs = list(zip(target.elts, value.elts, strict=False))  # a, b = 784, 256
    else:
        pairs = [(target, value)]
    for name_node, value_node in pairs:
        if not isinstance(name_node, ast.Name):
            reading.note("code_skipped", node, code=reading.shown(node))
            continue
        try:
            names[name_node.id] = constant(value_node, names)
            continue
        except Unreadable as unreadable:
            names.pop(name_node.id, None)
            reason = unreadable.reason
        value_node = _without_moves(value_node)
        if isinstance(value_node, (ast.List, ast.Tuple)) and _all_calls(value_node):
            names[name_node.id] = layer_list(value_node, names, program, reading)
        elif isinstance(value_node, ast.Call) and _builds_model(value_node, program):
            module = module_expression(value_node, names, program, reading)
            if module is not None:
                names[name_node.id] = module
            candidates.append(_Candidate(name_node.id, module, node))
        elif isinstance(value_node, ast.Call):
            reading.note("code_not_run", value_node, code=reading.shown(value_node))
        elif reason in ("reason_lambda", "reason_too_large", "reason_too_deep"):
            reading.note("code_not_a_module", value_node, code=reading.shown(value_node),
                         reason=Message(reason))  # fmt: skip


def _all_calls(node: ast.List | ast.Tuple) -> bool:
    return all(isinstance(item, ast.Call) for item in node.elts)


def _adds_to_list(call: ast.Call, names: dict, program: Program, reading: Reading) -> bool:
    """`layers.append(nn.ReLU())` or `layers.extend([...])` on a list of layers."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)):
        return False
    listed = names.get(func.value.id)
    if not isinstance(listed, LayerList) or len(call.args) != 1 or call.keywords:
        return False
    if func.attr == "append":
        module = module_expression(call.args[0], names, program, reading)
        listed.extend([module] if module is not None else [])
        return True
    if func.attr == "extend" and isinstance(call.args[0], (ast.List, ast.Tuple)):
        listed.extend(layer_list(call.args[0], names, program, reading))
        return True
    return False


def _without_moves(node: ast.expr) -> ast.expr:
    """`Net().to(device)`, `.cuda()`, `.eval()`: the model itself (where it runs is no layer)."""
    while (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in MOVES
        and isinstance(node.func.value, ast.Call)
    ):
        node = node.func.value
    return node


def _function(
    node: ast.FunctionDef,
    program: Program,
    names: dict,
    candidates: list[_Candidate],
    reading: Reading,
) -> None:
    """A function that builds the model (`def build_model(): model = nn.Sequential(...)`)."""
    local = dict(names)
    for statement in node.body:
        value = getattr(statement, "value", None)
        if isinstance(value, ast.Call) and _builds_model(value, program):
            module = module_expression(value, local, program, reading)
            candidates.append(_Candidate(node.name, module, statement))


def _builds_model(call: ast.Call, program: Program) -> bool:
    prefix, _, name = dotted_name(call.func).rpartition(".")
    if name == "Sequential" and prefix in ("", "nn", "torch.nn"):
        return True
    return not prefix and (name in program.classes or name in program.app_classes)


def _chosen(
    candidates: list[_Candidate], program: Program, names: dict, reading: Reading
) -> _Candidate:
    """The model: one named model/net/network, else the last one built, else the last class
    nothing else uses (read with its default arguments)."""
    built = [c for c in candidates if not (c.name and c.name in program.used)]
    named = [c for c in built if c.name.lower() in MODEL_NAMES]
    if named or built:
        chosen = (named or built)[-1]
        others = {c.name for c in built if c.name and c.name != chosen.name}
    else:
        unused = [c for name, c in program.classes.items() if name not in program.used]
        modules = [c for c in unused if any(dotted_name(b).endswith("Module") for b in c.bases)]
        unused = [c for c in unused if c not in modules] + modules  # an nn.Module last: chosen
        if not unused:
            return _Candidate("", None, ast.Pass())
        cls = unused[-1]
        program.used.add(cls.name)
        chosen = _Candidate(cls.name, instantiate(cls, None, names, program, reading, 1), cls)
        others = {c.name for c in unused if c.name not in program.used}
    if others:
        reading.note("code_other_models", chosen.node, name=chosen.name or "nn.Sequential",
                     others=", ".join(sorted(others)[:5]))  # fmt: skip
    return chosen
