"""Functional calls in a forward (`F.relu(x)`, `torch.sigmoid(x)`, `F.max_pool2d(x, 2)`,
`x.softmax(dim=1)`): each is the layer that does the same, read as its constructor would be."""

from __future__ import annotations

import ast
from collections.abc import Mapping
from typing import Any

from netbuilder.document.code_import.context import Reading
from netbuilder.document.code_import.layers import make_layer
from netbuilder.document.network import Layer

FUNCTIONS = {
    "relu": "ReLU",
    "relu_": "ReLU",
    "sigmoid": "Sigmoid",
    "tanh": "Tanh",
    "leaky_relu": "LeakyReLU",
    "elu": "ELU",
    "selu": "SELU",
    "gelu": "GELU",
    "softplus": "Softplus",
    "softmax": "Softmax",
    "log_softmax": "LogSoftmax",
    "max_pool2d": "MaxPool2d",
    "avg_pool2d": "AvgPool2d",
    "adaptive_avg_pool2d": "AdaptiveAvgPool2d",
    "dropout": "Dropout",
    "dropout2d": "Dropout2d",
    "local_response_norm": "LocalResponseNorm",
    "flatten": "Flatten",
}
"""torch.nn.functional's (and torch's, and a tensor's) name -> the catalog layer."""
PREFIXES = ("F", "nn.functional", "torch.nn.functional", "functional", "torch")


def function_name(dotted: str) -> str | None:
    """'F.relu' -> 'relu' when it is a function this reader knows, else None."""
    prefix, _, name = dotted.rpartition(".")
    return name if prefix in PREFIXES and name in FUNCTIONS else None


def function_layer(
    name: str, call: ast.Call, rest: list[ast.expr], names: Mapping[str, Any], reading: Reading
) -> Layer | None:
    """The layer for `name(input, *rest, **call.keywords)`; `rest` excludes the input."""
    type_id = FUNCTIONS[name]
    keywords = list(call.keywords)
    if type_id in ("Dropout", "Dropout2d"):
        rest, keywords = _without_training(rest, keywords, call, reading)
    if type_id == "Flatten":  # torch.flatten(x, 1): start_dim as nn.Flatten takes it; but
        told = rest or any(k.arg == "start_dim" for k in keywords)  # torch.flatten's is 0
        rest = rest[:1] if told else [ast.copy_location(ast.Constant(0), call)]
    built = ast.Call(func=call.func, args=rest, keywords=keywords)
    return make_layer(type_id, ast.copy_location(built, call), names, reading)


def _without_training(
    rest: list[ast.expr], keywords: list[ast.keyword], call: ast.Call, reading: Reading
) -> tuple[list[ast.expr], list[ast.keyword]]:
    """F.dropout(x, p, training, inplace): the training flag is Dropout's own (on while training,
    off at evaluation); F.dropout without it drops values at evaluation too."""
    told = len(rest) > 1 or any(k.arg == "training" for k in keywords)
    if not told:
        reading.note("code_functional_dropout", call, code=reading.shown(call.func))
    rest = rest[:1] + rest[2:]
    return rest, [k for k in keywords if k.arg != "training"]
