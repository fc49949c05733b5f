"""The input shape of a read listing: stated (a comment of the app's code, a view or Reshape
module at the input, the user's answer), or worked out from the first layer's input size and,
for images, from the first Linear's in_features after the Flatten; 28x28 when nothing says."""

from __future__ import annotations

from dataclasses import dataclass

from netbuilder.document.analysis import analyse
from netbuilder.document.catalog import Shape
from netbuilder.document.code_import.context import Reading
from netbuilder.document.messages import Message, shape_text
from netbuilder.document.network import Layer, Network

DEFAULT_SIDE = 28
FLAT_IMAGES = {784: (1, 28, 28), 3072: (3, 32, 32)}
"""Flat sizes that are a known dataset's images (MNIST and its kin, CIFAR-10)."""
SIDES = (28, 32, *range(1, 257))
"""The image sides tried, in order, to match a Linear's in_features."""


MOST_TRIED_LAYERS = 300
"""Beyond this many layers the image size is not worked out (each side tried is an analysis)."""


@dataclass(frozen=True)
class Found:
    shape: Shape
    known: bool
    """False: the image size is the default, and the user should be asked."""


def input_shape(layers: list[Layer], reading: Reading, given: Shape | None) -> Found:
    if given is not None:
        found = Found(tuple(given), True)
    elif reading.input_claim is not None:
        shape, note = reading.input_claim
        reading.notes.append(note)
        found = Found(shape, True)
    else:
        found = _from_sizes(layers, reading)
    _check_sizes(Network(layers, found.shape), reading)
    return found


def _leaves(layers: list[Layer]) -> list[Layer]:
    return [each.layer for each in Network(layers).walk()]


def _from_sizes(layers: list[Layer], reading: Reading) -> Found:
    every = _leaves(layers)
    first = next((x for x in every if x.type_id in ("Linear", "Conv2d", "BatchNorm1d",
                                                        "BatchNorm2d", "LocalResponseNorm",
                                                        "ConvTranspose2d")), None)  # fmt: skip
    stated = reading.sizes.get(first.uid) if first is not None else None
    if first is None or stated is None:
        reading.notes.append(Message("code_input_unknown", {"shape": shape_text((1, 28, 28))}))
        return Found((1, DEFAULT_SIDE, DEFAULT_SIDE), False)
    size, line = stated
    if first.type_id in ("Linear", "BatchNorm1d"):
        flattened = any(x.type_id == "Flatten" for x in every[: every.index(first)])
        if flattened and size in FLAT_IMAGES:
            shape = FLAT_IMAGES[size]
            reading.notes.append(Message("code_input_images", {"line": line, "size": size,
                                         "shape": shape_text(shape)}))  # fmt: skip
            return Found(shape, True)
        return Found((size,), True)
    return _image_side(layers, size, reading)


def _image_side(layers: list[Layer], channels: int, reading: Reading) -> Found:
    """Images of `channels` channels: the side for which the first Linear after a Flatten gets
    the in_features the listing gives it (LeNet's 16 * 5 * 5 means 28x28 or 32x32 images)."""
    every = _leaves(layers)
    flatten = next((i for i, x in enumerate(every) if x.type_id == "Flatten"), None)
    linear = next((x for x in every[(flatten or 0) :] if x.type_id == "Linear"), None)
    stated = reading.sizes.get(linear.uid) if flatten is not None and linear is not None else None
    if stated is not None and len(every) <= MOST_TRIED_LAYERS:
        for side in dict.fromkeys(SIDES):
            if _gets(layers, (channels, side, side), linear, stated[0], reading):
                if _gets(
                    layers, (channels, 2 * side + 8, 2 * side + 8), linear, stated[0], reading
                ):
                    break  # any size will do (an adaptive pooling): the listing does not say
                shape = (channels, side, side)
                reading.notes.append(Message("code_input_from_linear", {"line": stated[1],
                                             "features": stated[0], "shape": shape_text(shape)}))  # fmt: skip
                return Found(shape, True)
    shape = (channels, DEFAULT_SIDE, DEFAULT_SIDE)
    reading.notes.append(Message("code_input_unknown", {"shape": shape_text(shape)}))
    return Found(shape, False)


def _gets(layers: list[Layer], shape: Shape, linear: Layer, size: int, reading: Reading) -> bool:
    reading.tick()
    info = analyse(Network(layers, shape), num_classes=None).info(linear.uid)
    return info is not None and info.input_shape == (size,)


def _check_sizes(network: Network, reading: Reading) -> None:
    """A layer the listing gives a different input size than it gets here: said, since the
    listing's model would not run as written (or the input shape is another)."""
    analysis = analyse(network, num_classes=None)
    for info in analysis.all_layers:
        stated = reading.sizes.get(info.uid)
        if stated is None or info.input_shape is None or not info.input_shape:
            continue
        if info.input_shape[0] != stated[0]:
            reading.notes.append(Message("code_size_differs", {"line": stated[1],
                                 "layer": info.type_id, "stated": stated[0],
                                 "actual": info.input_shape[0]}))  # fmt: skip
