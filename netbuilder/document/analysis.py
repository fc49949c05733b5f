"""Validation and shape inference for a network document.

Shapes, parameter counts and multiply-adds come from each catalog entry's own rules, in plain
Python, so a network can be edited and checked without loading torch; the tests hold the rules
against torch itself. This module adds the plain-words explanation when a layer does not fit, and
the warnings that teach.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from netbuilder.document.catalog import FLAT, IMAGE, DoesNotFitError, Shape
from netbuilder.document.network import Layer, Network

ERROR = "error"
WARNING = "warning"

MAX_PARAMETERS = 500_000_000
"""Above this a network cannot be trained on a desktop; refuse it before allocating it."""

_SATURATING = ("Sigmoid", "Tanh")
_CLIPPING = ("ReLU", "ELU", "SELU", "GELU", "Softplus")
_LEARNABLE_MAPS = ("Linear", "Conv2d")
_TRANSPARENT = ("Dropout", "Dropout2d", "Flatten")
"""Layers that leave a linear map linear: two Linears with only these between them collapse."""


@dataclass(frozen=True)
class Problem:
    """Something wrong (error) or worth knowing (warning), tied to a layer when there is one."""

    severity: str
    message: str
    index: int | None = None
    uid: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class LayerInfo:
    index: int
    uid: str
    type_id: str
    input_shape: Shape | None
    output_shape: Shape | None
    parameters: int = 0
    macs: int = 0


@dataclass
class Analysis:
    layers: list[LayerInfo]
    problems: list[Problem] = field(default_factory=list)
    input_shape: Shape = (1, 28, 28)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def output_shape(self) -> Shape | None:
        return self.layers[-1].output_shape if self.layers else self.input_shape

    @property
    def total_parameters(self) -> int:
        return sum(info.parameters for info in self.layers)

    @property
    def total_macs(self) -> int:
        return sum(info.macs for info in self.layers)

    def problems_for(self, uid: str) -> list[Problem]:
        return [p for p in self.problems if p.uid == uid]


class InvalidNetworkError(ValueError):
    """The network has errors; the message lists each one."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        super().__init__("\n".join(p.message for p in analysis.errors))


def analyse(
    network: Network, num_classes: int | None = 10, loss: str = "cross_entropy"
) -> Analysis:
    """Infer every layer's shapes, parameters and multiply-adds, and collect problems."""
    analysis = Analysis([], input_shape=tuple(network.input_shape))
    shape: Shape | None = tuple(network.input_shape)
    for index, layer in enumerate(network.layers):
        info, problem = _infer(index, layer, shape)
        analysis.layers.append(info)
        if problem:
            analysis.problems.append(problem)
        shape = info.output_shape
    if shape is not None:
        analysis.problems.extend(_network_problems(network, analysis, num_classes))
    analysis.problems.extend(_teaching_warnings(network, loss))
    return analysis


def _label(index: int, layer: Layer) -> str:
    return f"Layer {index + 1} ({layer.type_id})"


def _sentence(text: str) -> str:
    """A message's first letter in capitals, as every sentence the app shows."""
    return text[:1].upper() + text[1:]


def _about(index: int, layer: Layer, text: str) -> str:
    """ "Layer 3 (Linear): The message." """
    return f"{_label(index, layer)}: {_sentence(text)}"


def _infer(index: int, layer: Layer, shape: Shape | None) -> tuple[LayerInfo, Problem | None]:
    empty = LayerInfo(index, layer.uid, layer.type_id, shape, None)
    if shape is None:
        return empty, None
    message = _parameter_problem(layer) or _rank_problem(layer, shape)
    if message is None:
        try:
            output = tuple(layer.type.output_shape(layer.params, shape))
        except DoesNotFitError as error:
            message = _fit_problem(layer, shape, error)
        else:
            if min(output, default=1) <= 0:
                message = _fit_problem(layer, shape, None)
    if message is not None:
        return empty, Problem(ERROR, _about(index, layer, message), index, layer.uid)
    parameters = layer.type.parameters(layer.params, shape)
    macs = layer.type.macs(layer.params, shape, output)
    info = LayerInfo(index, layer.uid, layer.type_id, shape, output, parameters, macs)
    if parameters > MAX_PARAMETERS:
        text = (
            f"{_label(index, layer)} would have {parameters:,} parameters, too many to train here: "
            "make it smaller or shrink its input with pooling"
        )
        return LayerInfo(index, layer.uid, layer.type_id, shape, None), Problem(
            ERROR, text, index, layer.uid
        )
    return info, None


def _parameter_problem(layer: Layer) -> str | None:
    for spec in layer.type.params:
        problem = spec.problem(layer.params.get(spec.name))
        if problem:
            return f"Parameter {problem}"
    return None


def _rank_problem(layer: Layer, shape: Shape) -> str | None:
    needs, type_id = layer.type.needs, layer.type_id
    if needs == FLAT and len(shape) != 1:
        alternative = " (or use BatchNorm2d on feature maps)" if type_id == "BatchNorm1d" else ""
        return (
            f"{type_id} expects a flat input of shape (N, F) but gets {_fmt(shape)}: "
            f"insert a Flatten before it{alternative}"
        )
    if needs == IMAGE and len(shape) != 3:
        return (
            f"{type_id} expects feature maps of shape (N, C, H, W) but gets the flat {_fmt(shape)}: "
            "move it before the Flatten"
        )
    return None


def _fit_problem(layer: Layer, shape: Shape, error: Exception | None) -> str:
    params = layer.params
    if "kernel_size" in params and len(shape) == 3:
        k, pad = params["kernel_size"], params.get("padding", 0)
        if layer.type_id != "Conv2d" and pad * 2 > k:
            return f"padding {pad} is more than half the kernel size {k}: lower padding to {k // 2}"
        return (
            f"its {k}x{k} window does not fit the {shape[1]}x{shape[2]} input (padding {pad}): "
            "use a smaller kernel_size, add padding, or remove a pooling layer before it"
        )
    reason = str(error).splitlines()[0] if error else "it produces an empty output"
    return f"cannot process an input of shape {_fmt(shape)}: {reason}"


def _fmt(shape: Shape) -> str:
    return "(" + ", ".join(str(s) for s in shape) + (",)" if len(shape) == 1 else ")")


def _network_problems(
    network: Network, analysis: Analysis, num_classes: int | None
) -> list[Problem]:
    layers = network.layers
    last = len(layers) - 1
    uid = layers[-1].uid if layers else None
    problems = []
    if not any(layer.type.learnable for layer in layers):
        problems.append(
            Problem(ERROR, "The network has nothing to learn: add a Linear layer", None, None)
        )
    output = analysis.output_shape
    if num_classes is not None and output != (num_classes,):
        fix = _output_fix(layers, output, num_classes)
        wants = (
            "asks for 1 value (a regression)" if num_classes == 1 else f"has {num_classes} classes"
        )
        text = f"The network outputs {_fmt(output)} but the dataset {wants}: {fix}"
        if layers:
            text = f"{_label(last, layers[-1])}: {text}"
        problems.append(Problem(ERROR, text, last if layers else None, uid))
    return problems


def _output_fix(layers: list[Layer], output: Shape, num_classes: int) -> str:
    """How to make the output (num_classes,): only name a Linear the network has."""
    if len(output) != 1:
        return f"end with Flatten and Linear({num_classes})"
    if any(layer.type_id == "Linear" for layer in layers):
        return f"set the last Linear's out_features to {num_classes}"
    return f"add a Linear layer with out_features {num_classes} at the end"


def _teaching_warnings(network: Network, loss: str) -> list[Problem]:
    layers = network.layers
    warnings: list[Problem] = []

    def warn(index: int, text: str) -> None:
        layer = layers[index]
        warnings.append(Problem(WARNING, _about(index, layer, text), index, layer.uid))

    last_map = max(
        (i for i, each in enumerate(layers) if each.type_id in _LEARNABLE_MAPS), default=None
    )
    if last_map is not None and layers[last_map].type_id != "Linear":
        last_map = None  # no Linear output layer yet: its lints do not apply
    for index, layer in enumerate(layers):
        after_output = last_map is not None and index > last_map
        if after_output and layer.type_id in ("Dropout", "Dropout2d"):
            warn(
                index,
                "Dropout after the output layer randomly zeroes predictions: "
                "move it before the last Linear",
            )
        if after_output and layer.type_id in _CLIPPING:
            warn(index, f"{layer.type_id} after the final Linear clips the logits: remove it")
        if after_output and layer.type_id in _SATURATING and loss == "cross_entropy":
            warn(index, f"{layer.type_id} after the final Linear squashes the logits: remove it")
        if layer.type_id == "Linear" and _previous_map(layers, index) == "Linear":
            warn(
                index,
                "two Linear layers with no activation between them collapse into one linear map: "
                "insert a ReLU between them",
            )
    if layers and layers[-1].type_id == "Softmax" and loss == "cross_entropy":
        warn(
            len(layers) - 1,
            "Softmax as the last layer under cross-entropy: the loss already applies log-softmax, so "
            "this slows learning; remove it (the app still shows probabilities)",
        )
    saturating = [i for i, each in enumerate(layers) if each.type_id in _SATURATING]
    if len(saturating) >= 5:
        warn(
            saturating[4],
            f"{len(saturating)} Sigmoid/Tanh layers stacked: gradients vanish through them; use ReLU",
        )
    return warnings


def _previous_map(layers: list[Layer], index: int) -> str | None:
    """The type of the layer before `index`, skipping layers that keep a map linear."""
    for layer in reversed(layers[:index]):
        if layer.type_id not in _TRANSPARENT:
            return layer.type_id
    return None


def human_count(value: int) -> str:
    """12_345_678 -> '12.3M': compact counts for blocks and the status bar."""
    if value < 1000:
        return str(value)
    exponent = min(int(math.log10(value)) // 3, 4)
    return f"{value / 1000**exponent:.3g}{' kMGT'[exponent]}"
