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
    """One placed layer: its type id and its parameter values (missing ones take defaults)."""

    type_id: str
    params: dict[str, Any] = field(default_factory=dict)
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        self.params = {**self.type.defaults(), **self.params}

    @property
    def type(self) -> LayerType:
        return layer_type(self.type_id)

    def duplicate(self) -> Layer:
        return Layer(self.type_id, dict(self.params))

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
    keys = layer_type(type_id).key_params
    return " ".join(f"{k}={params[k]}" for k in keys if k in params)


@dataclass
class Network:
    """The document: what the user built. Validation lives in `netbuilder.document.analysis`."""

    layers: list[Layer] = field(default_factory=list)
    input_shape: Shape = MNIST_INPUT

    def __len__(self) -> int:
        return len(self.layers)

    def index_of(self, uid: str) -> int:
        for index, layer in enumerate(self.layers):
            if layer.uid == uid:
                return index
        raise KeyError(f"no layer with uid {uid!r}")

    def insert(self, index: int, layer: Layer) -> None:
        self.layers.insert(index, layer)

    def remove(self, index: int) -> Layer:
        return self.layers.pop(index)

    def move(self, source: int, target: int) -> None:
        """Move the layer at `source` so that it ends up at index `target`."""
        self.layers.insert(target, self.layers.pop(source))

    def set_param(self, index: int, name: str, value: Any) -> Any:
        """Set one parameter and return its previous value."""
        layer = self.layers[index]
        spec = layer.type.param(name)
        previous = layer.params[name]
        layer.params[name] = spec.coerce(value)
        return previous

    def copy(self) -> Network:
        layers = [Layer(layer.type_id, dict(layer.params), layer.uid) for layer in self.layers]
        return Network(layers, tuple(self.input_shape))

    @classmethod
    def of(
        cls, *layers: tuple[str, dict[str, Any]] | str, input_shape: Shape = MNIST_INPUT
    ) -> Network:
        """Shorthand for scripts and tests: Network.of("Flatten", ("Linear", {"out_features": 10}))."""
        built = [Layer(x) if isinstance(x, str) else Layer(x[0], dict(x[1])) for x in layers]
        return cls(built, input_shape)
