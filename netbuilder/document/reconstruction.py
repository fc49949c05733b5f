"""The "reconstruct the input" task (an autoencoder): what its network must give, and its code.

The target of a reconstruction is the input image itself, so the last layer must give the input's
shape (C, H, W); binary cross-entropy compares pixels in 0..1, so it needs a Sigmoid at the end.
The code is the output of the narrowest layer; a code of exactly 2 values can be drawn as a plane
(the latent explorer). Pure Python: `analysis` turns these messages into problems on layers.
"""

from __future__ import annotations

import math

from netbuilder.document.catalog import Shape
from netbuilder.document.messages import Message
from netbuilder.document.network import Layer

RECONSTRUCT = "reconstruct"
_SHAPE_ONLY = ("Unflatten", "Flatten", "Dropout", "Dropout2d")
"""Layers that move pixels about without changing their values' range."""
AFTER_OUTPUT_LINTS = ("dropout_after_output", "clips_logits", "squashes_logits", "softmax_last")
"""Lints about logits, which a reconstruction does not have."""


def output_problem(input_shape: Shape, output: Shape | None) -> Message | None:
    """Why the network's output cannot be compared with its input, with the fix; None if it can."""
    if output is None or tuple(output) == tuple(input_shape):
        return None
    args = {"output": tuple(output), "input": tuple(input_shape),
            "fix": output_fix(input_shape, output)}  # fmt: skip
    return Message("output_not_input", args)


def output_fix(input_shape: Shape, output: Shape) -> Message:
    features = math.prod(input_shape)
    if len(input_shape) != 3:
        return Message("fix_linear_features", {"features": features})
    channels, height, width = input_shape
    where = {"channels": channels, "height": height, "width": width}
    if len(output) == 1 and output[0] == features:
        return Message("fix_unflatten", where)
    if len(output) == 1:
        return Message("fix_linear_unflatten", {"features": features, **where})
    return Message("fix_out_channels", where)


def bce_problem(layers: list[Layer], loss: str) -> Message | None:
    """Binary cross-entropy (the cross_entropy loss of a reconstruction) needs outputs in 0..1."""
    if loss != "cross_entropy":
        return None
    last = next((x for x in reversed(layers) if x.type_id not in _SHAPE_ONLY), None)
    return None if last is not None and last.type_id == "Sigmoid" else Message("bce_needs_sigmoid")


def is_bottleneck(layers: list[Layer], index: int, shapes: list[Shape | None]) -> bool:
    """The Linear at `index` is narrower than what comes in and what the next Linear gives."""
    layer = layers[index]
    if layer.type_id != "Linear" or shapes[index] is None:
        return False
    narrow = layer.params["out_features"]
    following = next((x for x in layers[index + 1 :] if x.type_id == "Linear"), None)
    wider_after = following is None or following.params["out_features"] > narrow
    return math.prod(shapes[index] or (0,)) > narrow and wider_after


def code_layer(output_shapes: list[Shape | None]) -> int | None:
    """The index of the first layer that gives exactly 2 values (the plane of the latent explorer),
    not the last layer; None when there is none."""
    for index, shape in enumerate(output_shapes[:-1]):
        if shape is not None and math.prod(shape) == 2 and len(shape) == 1:
            return index
    return None
