"""What a tensor has gone through in a listing's forward: the layers from the model's input to it.
Two flows that share a start and then differ meet again at `a + b` (a Residual, or Branches that
add) or at `torch.cat` (Branches that concatenate)."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from netbuilder.document.code_import.context import Reading
from netbuilder.document.network import Layer


@dataclass(frozen=True)
class Flow:
    layers: tuple[Layer, ...] = ()
    from_input: bool = True
    """It starts at the model's input (a view there states the input shape); a container's body
    starts at the container's input instead."""

    def then(self, *layers: Layer) -> Flow:
        return Flow(self.layers + layers, self.from_input)

    @property
    def at_start(self) -> bool:
        return self.from_input and not self.layers


class Module:
    """Something a listing calls on a tensor: a layer, a sequence, a class of its own."""

    line: int = 0

    def apply(self, flow: Flow, reading: Reading) -> Flow:
        raise NotImplementedError

    def layers(self, reading: Reading) -> list[Layer]:
        """What it holds, as a container's children."""
        return list(self.apply(Flow(from_input=False), reading).layers)


@dataclass
class LayerModule(Module):
    template: Layer
    line: int = 0

    def apply(self, flow: Flow, reading: Reading) -> Flow:
        reading.tick()
        return flow.then(reading.copy_of(self.template))


@dataclass
class Sequence(Module):
    """nn.Sequential: its parts in order (an empty one passes its input on)."""

    parts: list[Module] = field(default_factory=list)
    line: int = 0

    def apply(self, flow: Flow, reading: Reading) -> Flow:
        for part in self.parts:
            flow = part.apply(flow, reading)
        return flow


class LayerList(list):
    """A list of modules a listing builds (`layers = [nn.Linear(...), ...]` and its appends, or
    an nn.ModuleList), for `nn.Sequential(*layers)` and `for layer in self.layers:`."""


def common_start(flows: list[Flow]) -> int:
    """How many layers every flow shares from its start (the same layers, not equal ones)."""
    count = 0
    shortest = min(len(f.layers) for f in flows)
    while count < shortest and all(f.layers[count] is flows[0].layers[count] for f in flows):
        count += 1
    return count


def add(left: Flow, right: Flow, node: ast.AST, reading: Reading) -> Flow:
    """`left + right`: a Residual when one side is the shared input (or a projection of it),
    else Branches that add."""
    start = common_start([left, right])
    first, second = list(left.layers[start:]), list(right.layers[start:])
    if not first and not second:
        reading.note("code_skipped", node, code=reading.shown(node))
        return left
    if not first or (second and is_projection(first) and not is_projection(second)):
        first, second = second, first
    flow = Flow(left.layers[:start], left.from_input)
    if not second:
        return flow.then(reading.made(Layer("Residual", {"shortcut": "identity"}, children=first)))
    if is_projection(second):
        if not is_app_projection(second):
            reading.note("code_projection", node, code=reading.shown(node))
        residual = Layer("Residual", {"shortcut": "projection"}, children=first)
        return flow.then(reading.made(residual))
    return flow.then(branches([first, second], "add", reading))


def concatenate(flows: list[Flow], node: ast.AST, reading: Reading) -> Flow:
    """`torch.cat([a, b, ...], 1)`: Branches that concatenate."""
    start = common_start(flows)
    paths = [list(f.layers[start:]) for f in flows]
    return Flow(flows[0].layers[:start], flows[0].from_input).then(
        branches(paths, "concat", reading)
    )


def branches(paths: list[list[Layer]], merge: str, reading: Reading) -> Layer:
    held = [reading.made(Layer("Branch", children=path)) for path in paths]
    return reading.made(Layer("Branches", {"merge": merge}, children=held))


def is_projection(layers: list[Layer]) -> bool:
    """A shortcut that reshapes the input: one Linear, or a 1x1 Conv2d (with a BatchNorm2d)."""
    kinds = [layer.type_id for layer in layers]
    if kinds == ["Linear"]:
        return True
    if kinds in (["Conv2d"], ["Conv2d", "BatchNorm2d"]):
        return layers[0].params["kernel_size"] == 1 and layers[0].params["padding"] == 0
    return False


def is_app_projection(layers: list[Layer]) -> bool:
    """The projection netbuilder builds: Linear, or a 1x1 Conv2d without bias + BatchNorm2d."""
    if [layer.type_id for layer in layers] == ["Linear"]:
        return bool(layers[0].params["bias"])
    if [layer.type_id for layer in layers] != ["Conv2d", "BatchNorm2d"]:
        return False
    norm = layers[1].params
    plain = norm["eps"] == 1e-5 and norm["momentum"] == 0.1 and norm["affine"]
    return not layers[0].params["bias"] and plain
