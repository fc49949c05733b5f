"""Validation and shape inference for a network document.

Shapes, parameter counts and multiply-adds come from each catalog entry's own rules, in plain
Python, so a network can be edited and checked without loading torch; the tests hold the rules
against torch itself. This module adds the plain-words explanation when a layer does not fit, and
the warnings that teach.
"""

from __future__ import annotations

import dataclasses
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
    number: str | None = None
    """How the layer is named: "3" at the top level, "3.2" for the second layer inside it."""

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
        number = self.number or str(self.index + 1)
        return Message("about_layer", {"number": number, "type": self.type_id, "text": self.about})

    @property
    def message(self) -> str:
        """The English sentence (the CLI's; the GUI renders `sentence` in its language)."""
        return english(self.sentence)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Projection:
    """The shortcut a Residual makes when its blocks change the shape, as torchvision's ResNet
    `downsample`: images get a 1x1 Conv2d (no bias) with the blocks' stride, then BatchNorm2d;
    flat inputs a Linear."""

    kind: str  # "conv" or "linear"
    input_shape: Shape
    output_shape: Shape
    stride: int = 1

    @property
    def parameters(self) -> int:
        if self.kind == "conv":
            return self.input_shape[0] * self.output_shape[0] + 2 * self.output_shape[0]
        return self.input_shape[0] * self.output_shape[0] + self.output_shape[0]

    @property
    def macs(self) -> int:
        if self.kind == "conv":
            return math.prod(self.output_shape) * self.input_shape[0] + math.prod(self.output_shape)
        return self.input_shape[0] * self.output_shape[0]


@dataclass(frozen=True)
class LayerInfo:
    """One layer's inferred shapes and counts. A container's counts include what it holds."""

    index: int
    """The layer's index among its siblings."""
    uid: str
    type_id: str
    input_shape: Shape | None
    output_shape: Shape | None
    parameters: int = 0
    macs: int = 0
    depth: int = 0
    parent: str | None = None
    number: str = ""
    """How people name it: "3" at the top level, "3.2" for the second layer inside layer 3."""
    path: str = ""
    """The torch module's name in the compiled model, as `named_modules()` gives it: "3.body.1"."""
    projection: Projection | None = None

    @property
    def label(self) -> str:
        return f"{self.number} {self.type_id}"


@dataclass
class Analysis:
    layers: list[LayerInfo]
    """The top level, one per `network.layers` entry."""
    problems: list[Problem] = field(default_factory=list)
    input_shape: Shape = (1, 28, 28)
    all_layers: list[LayerInfo] = field(default_factory=list)
    """Every layer, depth first, each container before what it holds (`Network.walk` order)."""

    def info(self, uid: str) -> LayerInfo | None:
        return next((each for each in self.all_layers if each.uid == uid), None)

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


MAX_NESTING = 6
"""Containers inside containers this deep are refused: nobody reads a deeper diagram."""


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
    walker = _Walker(analysis)
    shape = walker.sequence(network.layers, tuple(network.input_shape), None, "", "", 0)
    analysis.layers = [info for info in analysis.all_layers if info.depth == 0]
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


class _Walker:
    """Infers a sequence layer by layer, containers by inferring what they hold."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis

    def sequence(
        self,
        layers: list[Layer],
        shape: Shape | None,
        parent: Layer | None,
        number: str,
        path: str,
        depth: int,
    ) -> Shape | None:
        for index, layer in enumerate(layers):
            where = _Where(
                index,
                parent.uid if parent else None,
                f"{number}.{index + 1}" if number else str(index + 1),
                f"{path}.{index}" if path else str(index),
                depth,
            )
            shape = self.layer(layer, shape, parent, where)
        return shape

    def layer(
        self, layer: Layer, shape: Shape | None, parent: Layer | None, where: _Where
    ) -> Shape | None:
        slot = len(self.analysis.all_layers)
        self.analysis.all_layers.append(where.info(layer, shape, None))
        if shape is None:
            self.unknown(layer, where)
            return None
        message = _placement_problem(layer, parent, where.depth)
        if message is None and layer.is_container:
            info, message = self.container(layer, shape, where)
        elif message is None:
            info, message = _infer(layer, shape, where)
        if message is not None:
            self.analysis.problems.append(_layer_problem(ERROR, where, layer, message))
            return None
        self.analysis.all_layers[slot] = info
        if info.projection is not None and info.projection.input_shape == info.output_shape:
            message = Message("projection_not_needed", {"shape": info.output_shape})
            self.analysis.problems.append(_layer_problem(WARNING, where, layer, message))
        return info.output_shape

    def unknown(self, layer: Layer, where: _Where) -> None:
        """What a layer holds, listed with unknown shapes: its input is not known."""
        for index, child in enumerate(layer.children):
            inner = where.inside(layer, index)
            self.analysis.all_layers.append(inner.info(child, None, None))
            self.unknown(child, inner)

    def container(
        self, layer: Layer, shape: Shape, where: _Where
    ) -> tuple[LayerInfo, Message | None]:
        first = len(self.analysis.all_layers)
        if layer.type_id == "Branches":
            output, message = self.branches(layer, shape, where)
            projection = None
        else:
            path = f"{where.path}.body" if layer.type_id == "Residual" else where.path
            output = self.sequence(
                layer.children, shape, layer, where.number, path, where.depth + 1
            )
            message, projection = None, None
            if output is not None and layer.type_id == "Residual":
                projection, message = _shortcut(layer, shape, output)
        if output is None or message is not None:
            return where.info(layer, shape, None), message
        inner = [i for i in self.analysis.all_layers[first:] if i.depth == where.depth + 1]
        parameters = sum(i.parameters for i in inner)
        macs = sum(i.macs for i in inner)
        if projection is not None:
            parameters, macs = parameters + projection.parameters, macs + projection.macs
        info = where.info(layer, shape, output, parameters, macs)
        return dataclasses.replace(info, projection=projection), None

    def branches(
        self, layer: Layer, shape: Shape, where: _Where
    ) -> tuple[Shape | None, Message | None]:
        if not layer.children:
            return None, Message("branches_empty")
        outputs = []
        for index, branch in enumerate(layer.children):
            inner = where.inside(layer, index)
            outputs.append(self.layer(branch, shape, layer, inner))
        if any(output is None for output in outputs):
            return None, None
        return _merge(layer.params["merge"], outputs)


@dataclass(frozen=True)
class _Where:
    index: int
    parent: str | None
    number: str
    path: str
    depth: int

    def inside(self, container: Layer, index: int) -> _Where:
        """The place of the container's child number `index`."""
        hop = {"Residual": ".body", "Branches": ".branches"}.get(container.type_id, "")
        return _Where(
            index, container.uid, f"{self.number}.{index + 1}", f"{self.path}{hop}.{index}",
            self.depth + 1,
        )  # fmt: skip

    def info(
        self,
        layer: Layer,
        shape: Shape | None,
        output: Shape | None,
        parameters: int = 0,
        macs: int = 0,
    ) -> LayerInfo:
        return LayerInfo(
            self.index, layer.uid, layer.type_id, shape, output, parameters, macs, self.depth,
            self.parent, self.number, self.path,
        )  # fmt: skip


def _placement_problem(layer: Layer, parent: Layer | None, depth: int) -> Message | None:
    inside_branches = parent is not None and parent.type_id == "Branches"
    if layer.type_id == "Branch" and not inside_branches:
        return Message("branch_outside_branches")
    if inside_branches and layer.type_id != "Branch":
        return Message("branches_hold_branches")
    if layer.children and not layer.is_container:
        return Message("layer_holds_layers", {"type": layer.type_id})
    if layer.is_container and depth >= MAX_NESTING:
        return Message("nested_too_deep", {"levels": MAX_NESTING})
    return None


def _shortcut(
    layer: Layer, shape: Shape, output: Shape
) -> tuple[Projection | None, Message | None]:
    """The Residual's projection (None: identity), or why its shortcut cannot be made."""
    args = {"input": shape, "output": output}
    if layer.params["shortcut"] == "identity":
        if output == shape:
            return None, None
        fixable = _projection(shape, output) is not None
        return None, Message("residual_shapes_differ" if fixable else "residual_cannot_add", args)
    projection = _projection(shape, output)
    if projection is None:
        return None, Message("residual_cannot_project", args)
    return projection, None


def _projection(shape: Shape, output: Shape) -> Projection | None:
    if len(shape) == 1 and len(output) == 1:
        return Projection("linear", shape, output)
    if len(shape) != 3 or len(output) != 3:
        return None  # images in, flat out (or back): no 1x1 convolution or Linear does that
    for stride in range(1, max(shape[1], shape[2]) + 1):
        if ((shape[1] - 1) // stride + 1, (shape[2] - 1) // stride + 1) == output[1:]:
            return Projection("conv", shape, output, stride)
    return None


def _merge(merge: str, outputs: list[Shape]) -> tuple[Shape | None, Message | None]:
    first = outputs[0]
    for number, output in enumerate(outputs[1:], start=2):
        same = output == first if merge == "add" else output[1:] == first[1:]
        if len(output) != len(first) or not same:
            code = "branches_cannot_add" if merge == "add" else "branches_cannot_concat"
            return None, Message(code, {"branch": number, "shape": output, "first": first})
    if merge == "add":
        return first, None
    return (sum(output[0] for output in outputs), *first[1:]), None


def _infer(layer: Layer, shape: Shape, where: _Where) -> tuple[LayerInfo, Message | None]:
    empty = where.info(layer, shape, None)
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
        return empty, message
    parameters = layer.type.parameters(layer.params, shape)
    macs = layer.type.macs(layer.params, shape, output)
    if parameters > MAX_PARAMETERS:
        return empty, Message("too_many_parameters", {"parameters": parameters})
    return where.info(layer, shape, output, parameters, macs), None


def _layer_problem(severity: str, where: _Where | int, layer: Layer, message: Message) -> Problem:
    """A problem on a layer; `where` is its place, or its index at the top level."""
    if isinstance(where, int):
        index, number = where, str(where + 1)
    else:
        index, number = where.index, where.number
    return Problem(severity, message.code, message.args, index, layer.uid, layer.type_id, number)


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
    if not any(layer.type.learnable for layer in network.all_layers()):
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
    top_level = "." not in (warning.number or "")  # a bottleneck is the network's own code
    if warning.code == "linear_collapse" and warning.index is not None and top_level:
        shapes = [info.input_shape for info in analysis.layers]
        before = max(
            (i for i in range(warning.index) if network.layers[i].type_id == "Linear"), default=None
        )
        return before is None or not reconstruction.is_bottleneck(network.layers, before, shapes)
    return True


def _teaching_warnings(network: Network, loss: str) -> list[Problem]:
    layers = network.layers
    places = _places(network)
    warnings: list[Problem] = []

    def warn(layer: Layer, code: str, **args: Any) -> None:
        warnings.append(_layer_problem(WARNING, places[layer.uid], layer, Message(code, args)))

    last_map = max(
        (i for i, each in enumerate(layers) if each.type_id in _LEARNABLE_MAPS), default=None
    )
    if last_map is not None and layers[last_map].type_id != "Linear":
        last_map = None  # no Linear output layer yet: its lints do not apply
    for index, layer in enumerate(layers):
        after_output = last_map is not None and index > last_map
        if after_output and layer.type_id in ("Dropout", "Dropout2d"):
            warn(layer, "dropout_after_output")
        if after_output and layer.type_id in _CLIPPING:
            warn(layer, "clips_logits", type=layer.type_id)
        if after_output and layer.type_id in _SATURATING and loss == "cross_entropy":
            warn(layer, "squashes_logits", type=layer.type_id)
    for sequence in _sequences(network):
        for index, layer in enumerate(sequence):
            if layer.type_id == "Linear" and _previous_map(sequence, index) == "Linear":
                warn(layer, "linear_collapse")
    if layers and layers[-1].type_id == "Softmax" and loss == "cross_entropy":
        warn(layers[-1], "softmax_last")
    # A skip connection carries the gradient past the layers it wraps: they do not stack up.
    saturating = [
        each.layer
        for each in network.walk()
        if each.layer.type_id in _SATURATING and not _inside_residual(network, each.layer.uid)
    ]
    if len(saturating) >= 5:
        warn(saturating[4], "saturating_stack", count=len(saturating))
    return warnings


def _places(network: Network) -> dict[str, _Where]:
    """Each layer's place (its number and index), by uid, as the analysis names it."""
    places: dict[str, _Where] = {}
    for each in network.walk():
        if each.parent is None:
            places[each.layer.uid] = _Where(
                each.index, None, str(each.index + 1), str(each.index), 0
            )
        else:
            parent = network.layer(each.parent)
            places[each.layer.uid] = places[each.parent].inside(parent, each.index)
    return places


def _sequences(network: Network) -> list[list[Layer]]:
    """The top level and each sequence a container runs in order (a Residual's blocks, a branch)."""
    held = [each.layer.children for each in network.walk() if each.layer.type_id != "Branches"]
    return [network.layers, *(children for children in held if children)]


def _inside_residual(network: Network, uid: str) -> bool:
    return any(network.layer(each).type_id == "Residual" for each in network.ancestors(uid))


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
