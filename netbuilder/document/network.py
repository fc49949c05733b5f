"""The network document: an input shape and an ordered list of layers.

The document is plain data. `Network` offers the small edits the canvas and its undo commands make;
the GUI wraps it to announce changes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from netbuilder.document.catalog import LayerType, Shape, layer_type

MNIST_INPUT: Shape = (1, 28, 28)


def new_uid() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class Layer:
    """One placed layer: its type id, its parameter values (missing ones take defaults) and, for a
    container (Residual, Branches, Branch), the layers it holds, in order."""

    type_id: str
    params: dict[str, Any] = field(default_factory=dict)
    uid: str = field(default_factory=new_uid)
    children: list[Layer] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.params = {**self.type.defaults(), **self.params}

    @property
    def type(self) -> LayerType:
        return layer_type(self.type_id)

    @property
    def is_container(self) -> bool:
        return self.type.container

    def duplicate(self) -> Layer:
        """A copy with fresh uids throughout, as pasting or Duplicate makes."""
        return Layer(
            self.type_id, dict(self.params), children=[c.duplicate() for c in self.children]
        )

    def copy(self) -> Layer:
        """An exact copy, uids kept: the document's own copies (undo, snapshots)."""
        children = [child.copy() for child in self.children]
        return Layer(self.type_id, dict(self.params), self.uid, children)

    def structure(self) -> tuple[Any, ...]:
        """What the layer is, uids aside: equal for two layers that build the same module."""
        children = tuple(child.structure() for child in self.children)
        return (self.type_id, tuple(sorted(self.params.items())), children)

    def summary(self) -> str:
        """Type and key parameters, as shown on a canvas block: 'Conv2d 6@5x5 pad 2'."""
        return describe(self.type_id, self.params)

    def detail(self) -> str:
        """The key parameters alone: '6@5x5 pad 2' ("" for a layer without any)."""
        return describe_params(self.type_id, self.params)


def describe(type_id: str, params: dict[str, Any]) -> str:
    return f"{type_id} {describe_params(type_id, params)}".strip()


def describe_params(type_id: str, params: dict[str, Any]) -> str:
    if type_id == "Linear":
        return f"{params['out_features']}"
    if type_id == "Conv2d":
        k = params["kernel_size"]
        text = f"{params['out_channels']}@{k}x{k}"
        if params["stride"] != 1:
            text += f" stride {params['stride']}"
        return text + (f" pad {params['padding']}" if params["padding"] else "")
    if type_id == "ConvTranspose2d":
        k, extra = params["kernel_size"], params["output_padding"]
        text = f"{params['out_channels']}@{k}x{k} stride {params['stride']}"
        text += f" pad {params['padding']}" if params["padding"] else ""
        return text + (f" out+{extra}" if extra else "")
    if type_id == "Unflatten":
        return f"{params['channels']}x{params['height']}x{params['width']}"
    if type_id == "Upsample":
        return f"x{params['scale_factor']} {params['mode']}"
    if type_id in ("MaxPool2d", "AvgPool2d"):
        k, s = params["kernel_size"], params["stride"]
        return f"{k}x{k}" + (f" stride {s}" if s != k else "")
    if type_id == "Branches":
        return params["merge"]
    if type_id == "Residual":
        return "+ projection" if params["shortcut"] == "projection" else ""
    keys = layer_type(type_id).key_params
    return " ".join(f"{k}={params[k]}" for k in keys if k in params)


@dataclass(frozen=True)
class Placed:
    """Where a layer sits in the tree: its parent container's uid (None: the top level), its
    index among its siblings, and its depth (0 at the top level)."""

    layer: Layer
    parent: str | None
    index: int
    depth: int


@dataclass
class Network:
    """The document: what the user built, a tree addressed by uid. `layers` is the top level; a
    container layer holds its own sequence in `children`. Validation lives in
    `netbuilder.document.analysis`."""

    layers: list[Layer] = field(default_factory=list)
    input_shape: Shape = MNIST_INPUT

    def __len__(self) -> int:
        return len(self.layers)

    def walk(self) -> list[Placed]:
        """Every layer, depth first, each container before what it holds (the order of
        `nn.Module.modules()` and of the layer table)."""
        placed: list[Placed] = []

        def visit(layers: list[Layer], parent: str | None, depth: int) -> None:
            for index, layer in enumerate(layers):
                placed.append(Placed(layer, parent, index, depth))
                visit(layer.children, layer.uid, depth + 1)

        visit(self.layers, None, 0)
        return placed

    def all_layers(self) -> list[Layer]:
        return [each.layer for each in self.walk()]

    def place(self, uid: str) -> Placed:
        for each in self.walk():
            if each.layer.uid == uid:
                return each
        raise KeyError(f"no layer with uid {uid!r}")

    def layer(self, uid: str) -> Layer:
        return self.place(uid).layer

    def contains(self, uid: str) -> bool:
        return any(each.layer.uid == uid for each in self.walk())

    def siblings(self, parent: str | None) -> list[Layer]:
        """The sequence a parent holds: the top level for None, else the container's children."""
        return self.layers if parent is None else self.layer(parent).children

    def index_of(self, uid: str) -> int:
        """The layer's index among its siblings."""
        return self.place(uid).index

    def insert(self, index: int, layer: Layer, parent: str | None = None) -> None:
        self.siblings(parent).insert(index, layer)

    def remove(self, uid: str) -> Placed:
        """Take the layer (and all it holds) out; returns where it was."""
        placed = self.place(uid)
        self.siblings(placed.parent).pop(placed.index)
        return placed

    def move(self, uid: str, parent: str | None, index: int) -> Placed:
        """Move the layer so that it ends up at `index` in `parent`'s sequence; returns where it
        was."""
        placed = self.remove(uid)
        self.insert(index, placed.layer, parent)
        return placed

    def ancestors(self, uid: str) -> list[str]:
        """The uids of the containers around a layer, innermost first."""
        chain, parent = [], self.place(uid).parent
        while parent is not None:
            chain.append(parent)
            parent = self.place(parent).parent
        return chain

    def set_param(self, uid: str, name: str, value: Any) -> Any:
        """Set one parameter and return its previous value."""
        layer = self.layer(uid)
        spec = layer.type.param(name)
        previous = layer.params[name]
        layer.params[name] = spec.coerce(value)
        return previous

    def structure(self) -> tuple[Any, ...]:
        """What the network is, uids aside (see Layer.structure)."""
        return (tuple(self.input_shape), tuple(layer.structure() for layer in self.layers))

    def copy(self) -> Network:
        return Network([layer.copy() for layer in self.layers], tuple(self.input_shape))

    @classmethod
    def of(
        cls, *layers: tuple[str, dict[str, Any]] | str | Layer, input_shape: Shape = MNIST_INPUT
    ) -> Network:
        """Shorthand for scripts and tests: Network.of("Flatten", ("Linear", {"out_features": 10}))."""
        return cls([as_layer(x) for x in layers], input_shape)


def as_layer(spec: tuple[str, dict[str, Any]] | str | Layer) -> Layer:
    if isinstance(spec, Layer):
        return spec
    return Layer(spec) if isinstance(spec, str) else Layer(spec[0], dict(spec[1]))


def residual(*body: tuple[str, dict[str, Any]] | str | Layer, shortcut: str = "identity") -> Layer:
    """Shorthand: a Residual block around `body`."""
    return Layer("Residual", {"shortcut": shortcut}, children=[as_layer(x) for x in body])


def branches(
    *paths: list[tuple[str, dict[str, Any]] | str | Layer], merge: str = "concat"
) -> Layer:
    """Shorthand: parallel Branches, one list of layers per branch."""
    held = [Layer("Branch", children=[as_layer(x) for x in path]) for path in paths]
    return Layer("Branches", {"merge": merge}, children=held)
