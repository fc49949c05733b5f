"""A torch layer's constructor call, such as `nn.Conv2d(1, 6, kernel_size=5, padding=2)`, read
as a catalog layer: its arguments bound as torch binds them, with torch's defaults for the rest.
Arguments torch has and the catalog does not (inplace, dilation, ...) are named in a note unless
they are torch's default, so nothing is dropped silently."""

from __future__ import annotations

import ast
from collections.abc import Mapping
from typing import Any

from netbuilder.document.catalog import CATALOG, Param
from netbuilder.document.code_import.constants import Unreadable, constant
from netbuilder.document.code_import.context import Reading
from netbuilder.document.messages import Message
from netbuilder.document.network import Layer

REQUIRED = object()
SIZE = "<size>"
"""The input size a listing gives (in_features, in_channels, num_features): inferred, not kept."""
DIM = "<dim>"
"""Softmax's (and Unflatten's) dim: netbuilder's is always 1."""
UNFLATTENED = "<unflattened>"
"""Unflatten's (C, H, W): the catalog's channels, height and width."""
_DEVICE = (("device", None, None), ("dtype", None, None))
_INPLACE = (("inplace", False, None),)
_POOL = (("kernel_size", REQUIRED, "kernel_size"), ("stride", None, "stride"),
         ("padding", 0, "padding"))  # fmt: skip
_BATCHNORM = (("num_features", REQUIRED, SIZE), ("eps", 1e-5, "eps"), ("momentum", 0.1, "momentum"),
              ("affine", True, "affine"), ("track_running_stats", True, None), *_DEVICE)  # fmt: skip

SIGNATURES: dict[str, tuple[tuple[str, Any, str | None], ...]] = {
    "Linear": (("in_features", REQUIRED, SIZE), ("out_features", REQUIRED, "out_features"),
               ("bias", True, "bias"), *_DEVICE),
    "Conv2d": (("in_channels", REQUIRED, SIZE), ("out_channels", REQUIRED, "out_channels"),
               ("kernel_size", REQUIRED, "kernel_size"), ("stride", 1, "stride"),
               ("padding", 0, "padding"), ("dilation", 1, None), ("groups", 1, None),
               ("bias", True, "bias"), ("padding_mode", "zeros", None), *_DEVICE),
    "MaxPool2d": (*_POOL, ("dilation", 1, None), ("return_indices", False, None),
                  ("ceil_mode", False, None)),
    "AvgPool2d": (*_POOL, ("ceil_mode", False, None), ("count_include_pad", True, None),
                  ("divisor_override", None, None)),
    "AdaptiveAvgPool2d": (("output_size", REQUIRED, "output_size"),),
    "Flatten": (("start_dim", 1, None), ("end_dim", -1, None)),
    "Dropout": (("p", 0.5, "p"), *_INPLACE),
    "Dropout2d": (("p", 0.5, "p"), *_INPLACE),
    "BatchNorm1d": _BATCHNORM,
    "BatchNorm2d": _BATCHNORM,
    "LocalResponseNorm": (("size", REQUIRED, "size"), ("alpha", 1e-4, "alpha"),
                          ("beta", 0.75, "beta"), ("k", 1.0, "k")),
    "ReLU": _INPLACE,
    "LeakyReLU": (("negative_slope", 0.01, "negative_slope"), *_INPLACE),
    "Sigmoid": (),
    "Tanh": (),
    "ELU": (("alpha", 1.0, "alpha"), *_INPLACE),
    "SELU": _INPLACE,
    "GELU": (("approximate", "none", "approximate"),),
    "Softplus": (("beta", 1.0, "beta"), ("threshold", 20.0, "threshold")),
    "Softmax": (("dim", None, DIM),),
    "LogSoftmax": (("dim", None, DIM),),
    "ConvTranspose2d": (("in_channels", REQUIRED, SIZE), ("out_channels", REQUIRED, "out_channels"),
                        ("kernel_size", REQUIRED, "kernel_size"), ("stride", 1, "stride"),
                        ("padding", 0, "padding"), ("output_padding", 0, "output_padding"),
                        ("groups", 1, None), ("bias", True, "bias"), ("dilation", 1, None),
                        ("padding_mode", "zeros", None), *_DEVICE),
    "Upsample": (("size", None, None), ("scale_factor", None, "scale_factor"),
                 ("mode", "nearest", "mode"), ("align_corners", None, None),
                 ("recompute_scale_factor", None, None)),
    "Unflatten": (("dim", REQUIRED, DIM), ("unflattened_size", REQUIRED, UNFLATTENED)),
}  # fmt: skip
"""torch's constructor arguments, in order: (name, torch's default, the catalog parameter it is,
SIZE, DIM, or None for one the catalog does not have)."""


LAZY = {"LazyLinear": "Linear", "LazyConv2d": "Conv2d", "LazyBatchNorm1d": "BatchNorm1d",
        "LazyBatchNorm2d": "BatchNorm2d"}  # fmt: skip
"""torch's lazy layers work out their input size as netbuilder does (d2l writes its models so)."""
for _lazy, _type in LAZY.items():
    SIGNATURES[_lazy] = tuple(entry for entry in SIGNATURES[_type] if entry[2] != SIZE)


def make_layer(
    name: str, call: ast.Call, names: Mapping[str, Any], reading: Reading
) -> Layer | None:
    """The catalog layer `call` (to torch's `name`) builds, or None (with a note) when a needed
    argument is missing or unreadable."""
    type_id = LAZY.get(name, name)
    given = _bind(name, call, names, reading)
    if given is None:
        return None
    params: dict[str, Any] = {}
    size = None
    for arg, default, role in SIGNATURES[name]:
        value = given.get(arg, default)
        if value is REQUIRED:
            reading.note("code_missing_argument", call, layer=type_id, name=arg)
            return None
        if role == SIZE:
            size = value if isinstance(value, int) and not isinstance(value, bool) else None
        elif role == DIM:
            if value not in (1, None):
                reading.note("code_softmax_dim", call, layer=type_id, value=repr(value))
        elif role == UNFLATTENED:
            sizes = value if isinstance(value, tuple | list) else ()
            if len(sizes) != 3 or not all(type(x) is int for x in sizes):
                reading.note("code_missing_argument", call, layer=type_id, name=arg)
                return None
            params.update(zip(("channels", "height", "width"), sizes, strict=True))
        elif role is None:
            if arg in given and value != default:
                reading.note("code_argument_left_out", call, layer=type_id, name=arg,
                             value=_short(value))  # fmt: skip
        else:
            params[role] = value
    if type_id == "Upsample" and params.get("scale_factor") is None:
        reading.note("code_missing_argument", call, layer=type_id, name="scale_factor")
        return None
    if type_id in ("MaxPool2d", "AvgPool2d") and params["stride"] is None:
        params["stride"] = params["kernel_size"]  # torch: the stride is the window's size
    stated = (size, call.lineno) if size is not None else None
    return reading.made(Layer(type_id, _checked(type_id, params, call, reading)), stated)


def _bind(
    type_id: str, call: ast.Call, names: Mapping[str, Any], reading: Reading
) -> dict[str, Any] | None:
    """Arguments by torch's names; unreadable ones are noted (and a needed one skips the layer)."""
    signature = SIGNATURES[type_id]
    order = [name for name, _, _ in signature]
    pairs: list[tuple[str, ast.AST]] = []
    for index, node in enumerate(call.args):
        if isinstance(node, ast.Starred) or index >= len(order):
            reading.note("code_argument_extra", node, layer=type_id, code=reading.shown(node))
            continue
        pairs.append((order[index], node))
    for keyword in call.keywords:
        if keyword.arg is None or keyword.arg not in order:
            shown = reading.shown(keyword)
            reading.note("code_argument_extra", keyword, layer=type_id, code=shown)
            continue
        pairs.append((keyword.arg, keyword.value))
    given: dict[str, Any] = {}
    for name, node in pairs:
        try:
            given[name] = constant(node, names)
        except Unreadable as unreadable:
            default = next(d for n, d, _ in signature if n == name)
            reason = Message(unreadable.reason)
            code = reading.shown(node)
            if default is REQUIRED and dict((n, r) for n, _, r in signature)[name] != SIZE:
                reading.note("code_layer_unreadable", node, layer=type_id, name=name, code=code,
                             reason=reason)  # fmt: skip
                return None
            reading.note("code_argument_unreadable", node, layer=type_id, name=name, code=code,
                         reason=reason)  # fmt: skip
    return given


def _checked(type_id: str, params: dict[str, Any], call: ast.AST, reading: Reading) -> dict:
    """Each value as the catalog keeps it: (5, 5) as 5, 'same' padding as a number, and a value
    out of the catalog's range replaced by the nearest it allows (with a note)."""
    entry = CATALOG[type_id]
    for name, value in list(params.items()):
        spec = entry.param(name)
        value = _square(value, name, type_id, call, reading)
        if name == "padding" and isinstance(value, str):
            value = _padding_word(value, params, type_id, call, reading)
        problem = spec.check(value)
        if problem is not None:
            value = _nearest(spec, value)
            reading.note("code_argument_replaced", call, layer=type_id, problem=problem,
                         value=_short(value))  # fmt: skip
        params[name] = spec.coerce(value)
    return params


def _square(value: Any, name: str, type_id: str, call: ast.AST, reading: Reading) -> Any:
    if not (isinstance(value, tuple) and value and all(type(v) is int for v in value)):
        return value
    if len(set(value)) != 1:
        reading.note("code_not_square", call, layer=type_id, name=name, value=_short(value),
                     used=value[0])  # fmt: skip
    return value[0]


def _padding_word(
    word: str, params: dict[str, Any], type_id: str, call: ast.AST, reading: Reading
) -> Any:
    kernel = params.get("kernel_size")
    if word == "valid":
        return 0
    if word == "same" and isinstance(kernel, int) and params.get("stride") == 1:
        if kernel % 2 == 0:
            reading.note("code_same_padding", call, layer=type_id, used=kernel // 2)
        return kernel // 2
    return word


def _nearest(spec: Param, value: Any) -> Any:
    if (
        spec.kind in (int, float)
        and isinstance(value, (int, float))
        and not isinstance(value, bool)
    ):
        low = spec.minimum if spec.minimum is not None else value
        high = spec.maximum if spec.maximum is not None else value
        if value == value:  # not NaN
            return spec.kind(min(max(value, low), high))
    return spec.default


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
