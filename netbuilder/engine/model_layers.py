"""The layers of a compiled model, named as the document names them.

A network with skip connections compiles to one `nn.Sequential` holding small `Residual` and
`Branches` modules (engine/containers.py). Every probe (gradient flow, one step, the doctor's
activity, activations) walks it with `model_layers`, which numbers each layer as
`analysis.LayerInfo.number` does ("4", "4.1", "3.2.1") and gives its `named_modules()` name as
`LayerInfo.path` does ("3.body.0", "2.branches.1.0"), so a label such as "4.1 Conv2d" leads back to
its block on the canvas.
"""

from __future__ import annotations

from dataclasses import dataclass

from torch import nn

from netbuilder.engine.containers import Branches, Residual

SHORTCUT = "shortcut"
"""The type name of a Residual's projection: shown as "6 shortcut", under its Residual's number."""


@dataclass(frozen=True, eq=False)
class ModelLayer:
    """One layer of a model: its number ("4.1"), its module name ("3.body.0"), its depth."""

    number: str
    path: str
    module: nn.Module
    depth: int
    type_name: str

    @property
    def label(self) -> str:
        """ "4.1 Conv2d": how gradient flow, one step and the doctor name the layer."""
        return f"{self.number} {self.type_name}"

    @property
    def is_container(self) -> bool:
        return self.type_name in ("Residual", "Branches", "Branch")

    @property
    def is_shortcut(self) -> bool:
        return self.type_name == SHORTCUT


def model_layers(model: nn.Module) -> list[ModelLayer]:
    """Every layer, depth first, each container before what it holds and a Residual's
    projection right after its blocks. A module without children is one layer, "1"."""
    children = list(model.named_children())
    if not children:
        return [ModelLayer("1", "", model, 0, type(model).__name__)]
    layers: list[ModelLayer] = []
    for index, (name, child) in enumerate(children):
        _visit(child, str(index + 1), name, 0, type(child).__name__, layers)
    return layers


def learnable_layers(model: nn.Module) -> list[ModelLayer]:
    """The layers that have trainable parameters of their own (containers hold layers, not
    weights; a projection counts as one layer), in walk order."""
    return [
        layer
        for layer in model_layers(model)
        if not layer.is_container and any(p.requires_grad for p in layer.module.parameters())
    ]


def _visit(
    module: nn.Module, number: str, path: str, depth: int, type_name: str, out: list[ModelLayer]
) -> None:
    out.append(ModelLayer(number, path, module, depth, type_name))
    if isinstance(module, Residual):
        _sequence(module.body, number, f"{path}.body", depth + 1, out)
        if not isinstance(module.shortcut, nn.Identity):
            shortcut = ModelLayer(number, f"{path}.shortcut", module.shortcut, depth + 1, SHORTCUT)
            out.append(shortcut)
    elif isinstance(module, Branches):
        for index, branch in enumerate(module.branches):
            inner = f"{number}.{index + 1}"
            _visit(branch, inner, f"{path}.branches.{index}", depth + 1, "Branch", out)
    elif type_name == "Branch":
        _sequence(module, number, path, depth + 1, out)


def _sequence(
    sequence: nn.Module, number: str, path: str, depth: int, out: list[ModelLayer]
) -> None:
    for index, (name, child) in enumerate(sequence.named_children()):
        inner = f"{number}.{index + 1}"
        _visit(child, inner, f"{path}.{name}", depth, type(child).__name__, out)
