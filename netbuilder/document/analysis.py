"""Validation and shape inference for a network document.

Shapes, parameter counts and multiply-adds come from each catalog entry's own rules, in plain
Python, so a network can be edited and checked without loading torch; the tests hold the rules
against torch itself. This module adds the plain-words explanation when a layer does not fit, and
the warnings that teach.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from netbuilder.document import reconstruction
from netbuilder.document.catalog import FLAT, IMAGE, DoesNotFitError, Shape
from netbuilder.document.messages import Message, english
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
    """Something wrong (error) or worth knowing (warning), tied to a layer when there is one.

    `code` and `args` say what (a code of `messages.ENGLISH`); `about` is that message and
    `sentence` the whole one, "Layer 3 (Linear): ..." when the problem is a layer's.
    """

    severity: str
    code: str
    args: Mapping[str, Any] = field(default_factory=dict)
    index: int | None = None
    uid: str | None = None
    type_id: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def about(self) -> Message:
        return Message(self.code, self.args)

    @property
    def sentence(self) -> Message:
        if self.index is None:
            return self.about
        return Message(
            "about_layer", {"number": self.index + 1, "type": self.type_id, "text": self.about}
        )

    @property
    def message(self) -> str:
        """The English sentence (the CLI's; the GUI renders `sentence` in its language)."""
        return english(self.sentence)

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
    network: Network,
    num_classes: int | None = 10,
    loss: str = "cross_entropy",
    task: str = "classify",
) -> Analysis:
    """Infer every layer's shapes, parameters and multiply-adds, and collect problems.

    With `task` "reconstruct" (an autoencoder) the output must have the input's shape instead
    of one value per class, and `num_classes` only says the data is there."""
    analysis = Analysis([], input_shape=tuple(network.input_shape))
    shape: Shape | None = tuple(network.input_shape)
    for index, layer in enumerate(network.layers):
        info, problem = _infer(index, layer, shape)
        analysis.layers.append(info)
        if problem:
            analysis.problems.append(problem)
        shape = info.output_shape
    reconstruct = task == "reconstruct"
    if shape is not None:
        wanted = None if reconstruct else num_classes
        analysis.problems.extend(_network_problems(network, analysis, wanted))
        if reconstruct and num_classes is not None:
            analysis.problems.extend(_reconstruction_problems(network, analysis, loss))
    warnings = _teaching_warnings(network, loss)
    if reconstruct:
        warnings = [w for w in warnings if _lints_reconstruction(w, network, analysis)]
    analysis.problems.extend(warnings)
    return analysis


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
        return empty, _layer_problem(ERROR, index, layer, message)
    parameters = layer.type.parameters(layer.params, shape)
    macs = layer.type.macs(layer.params, shape, output)
    info = LayerInfo(index, layer.uid, layer.type_id, shape, output, parameters, macs)
    if parameters > MAX_PARAMETERS:
        message = Message("too_many_parameters", {"parameters": parameters})
        return empty, _layer_problem(ERROR, index, layer, message)
    return info, None


def _layer_problem(severity: str, index: int, layer: Layer, message: Message) -> Problem:
    return Problem(severity, message.code, message.args, index, layer.uid, layer.type_id)


def _parameter_problem(layer: Layer) -> Message | None:
    for spec in layer.type.params:
        problem = spec.check(layer.params.get(spec.name))
        if problem:
            return Message("parameter_invalid", {"problem": problem})
    return None


def _rank_problem(layer: Layer, shape: Shape) -> Message | None:
    needs, type_id = layer.type.needs, layer.type_id
    if needs == FLAT and len(shape) != 1:
        code = "input_not_flat_batchnorm1d" if type_id == "BatchNorm1d" else "input_not_flat"
        return Message(code, {"type": type_id, "shape": shape})
    if needs == IMAGE and len(shape) != 3:
        return Message("input_not_maps", {"type": type_id, "shape": shape})
    return None


def _fit_problem(layer: Layer, shape: Shape, error: Exception | None) -> Message:
    params = layer.params
    if isinstance(error, DoesNotFitError) and error.reason is not None:
        return error.reason
    if "kernel_size" in params and len(shape) == 3:
        k, pad = params["kernel_size"], params.get("padding", 0)
        if layer.type_id != "Conv2d" and pad * 2 > k:
            return Message("padding_too_large", {"padding": pad, "kernel": k, "lower": k // 2})
        size = {"kernel": k, "height": shape[1], "width": shape[2], "padding": pad}
        return Message("window_does_not_fit", size)
    if error is None:
        return Message("output_empty", {"shape": shape})
    return Message("cannot_process", {"shape": shape, "reason": str(error).splitlines()[0]})


def _network_problems(
    network: Network, analysis: Analysis, num_classes: int | None
) -> list[Problem]:
    layers = network.layers
    problems = []
    if not any(layer.type.learnable for layer in layers):
        problems.append(Problem(ERROR, "nothing_to_learn"))
    output = analysis.output_shape
    if num_classes is not None and output != (num_classes,):
        wants = (
            Message("wants_regression")
            if num_classes == 1
            else Message("wants_classes", {"classes": num_classes})
        )
        args = {"output": output, "wants": wants, "fix": _output_fix(layers, output, num_classes)}
        message = Message("output_mismatch", args)
        if layers:
            problems.append(_layer_problem(ERROR, len(layers) - 1, layers[-1], message))
        else:
            problems.append(Problem(ERROR, message.code, message.args))
    return problems


def _output_fix(layers: list[Layer], output: Shape, num_classes: int) -> Message:
    """How to make the output (num_classes,): only name a Linear the network has."""
    if len(output) != 1:
        return Message("fix_end_with_linear", {"classes": num_classes})
    if any(layer.type_id == "Linear" for layer in layers):
        return Message("fix_out_features", {"classes": num_classes})
    return Message("fix_add_linear", {"classes": num_classes})


def _reconstruction_problems(network: Network, analysis: Analysis, loss: str) -> list[Problem]:
    """The output must be the input's shape; binary cross-entropy needs a Sigmoid at the end."""
    layers, problems = network.layers, []
    for message in (
        reconstruction.output_problem(analysis.input_shape, analysis.output_shape),
        reconstruction.bce_problem(layers, loss),
    ):
        if message is not None and layers:
            problems.append(_layer_problem(ERROR, len(layers) - 1, layers[-1], message))
    return problems


def _lints_reconstruction(warning: Problem, network: Network, analysis: Analysis) -> bool:
    """Whether a lint still holds for an autoencoder: its output is an image, not logits, and the
    Linear right after its narrow code is no collapse to warn about."""
    if warning.code in reconstruction.AFTER_OUTPUT_LINTS:
        return False
    if warning.code == "linear_collapse" and warning.index is not None:
        shapes = [info.input_shape for info in analysis.layers]
        before = max(
            (i for i in range(warning.index) if network.layers[i].type_id == "Linear"), default=None
        )
        return before is None or not reconstruction.is_bottleneck(network.layers, before, shapes)
    return True


def _teaching_warnings(network: Network, loss: str) -> list[Problem]:
    layers = network.layers
    warnings: list[Problem] = []

    def warn(index: int, code: str, **args: Any) -> None:
        warnings.append(_layer_problem(WARNING, index, layers[index], Message(code, args)))

    last_map = max(
        (i for i, each in enumerate(layers) if each.type_id in _LEARNABLE_MAPS), default=None
    )
    if last_map is not None and layers[last_map].type_id != "Linear":
        last_map = None  # no Linear output layer yet: its lints do not apply
    for index, layer in enumerate(layers):
        after_output = last_map is not None and index > last_map
        if after_output and layer.type_id in ("Dropout", "Dropout2d"):
            warn(index, "dropout_after_output")
        if after_output and layer.type_id in _CLIPPING:
            warn(index, "clips_logits", type=layer.type_id)
        if after_output and layer.type_id in _SATURATING and loss == "cross_entropy":
            warn(index, "squashes_logits", type=layer.type_id)
        if layer.type_id == "Linear" and _previous_map(layers, index) == "Linear":
            warn(index, "linear_collapse")
    if layers and layers[-1].type_id == "Softmax" and loss == "cross_entropy":
        warn(len(layers) - 1, "softmax_last")
    saturating = [i for i, each in enumerate(layers) if each.type_id in _SATURATING]
    if len(saturating) >= 5:
        warn(saturating[4], "saturating_stack", count=len(saturating))
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
