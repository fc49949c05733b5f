"""The layer catalog: one entry per layer type a user can place on the canvas.

Each entry knows its parameters (type, default, range), explains itself in one line for learners,
gives its torch constructor's arguments, and declares its own shape and parameter-count rules in
plain Python (as Keras layers declare `compute_output_shape`), so editing a network never needs
torch. Sizes that depend on the previous layer (in_features, in_channels, num_features) are never
parameters: they come from the inferred input shape. torch is the rules' oracle in the tests.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from netbuilder.document.messages import QT_TRANSLATE_NOOP, Message, english

Shape = tuple[int, ...]
"""A per-sample shape, without the batch dimension: (C, H, W) for images, (F,) when flat."""

CATEGORIES = (
    QT_TRANSLATE_NOOP("catalog", "Linear"),
    QT_TRANSLATE_NOOP("catalog", "Convolution"),
    QT_TRANSLATE_NOOP("catalog", "Pooling"),
    QT_TRANSLATE_NOOP("catalog", "Activation"),
    QT_TRANSLATE_NOOP("catalog", "Normalisation"),
    QT_TRANSLATE_NOOP("catalog", "Regularisation"),
    QT_TRANSLATE_NOOP("catalog", "Reshape"),
    QT_TRANSLATE_NOOP("catalog", "Skip connections"),
)
"""The palette's groups, in teaching order. Categories, layer docs and parameter docs are plain
English data marked for Qt's lupdate (context "catalog"); a front end shows them through its
translation, e.g. `QCoreApplication.translate("catalog", entry.doc)`."""

IMAGE = "image"
FLAT = "flat"
ANY = "any"

_ALWAYS = object()
"""Marks a parameter that exported source always spells out, even at torch's default."""


class UnknownLayerError(KeyError):
    """A layer type id that is not in the catalog."""

    def __str__(self) -> str:
        shown = repr(self.args[0])
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        return f"unknown layer type {shown}; known types: {', '.join(CATALOG)}"


@dataclass(frozen=True)
class Param:
    """One user-editable parameter of a layer type."""

    name: str
    kind: type
    default: Any
    doc: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    torch_default: Any = _ALWAYS

    def problem(self, value: Any) -> str | None:
        """Why `value` is not acceptable for this parameter, in English, or None when it is."""
        message = self.check(value)
        return english(message) if message else None

    def check(self, value: Any) -> Message | None:
        """Why `value` is not acceptable for this parameter, or None when it is."""
        name = self.name
        if not _is_kind(value, self.kind):
            args = {"name": name, "kind": self.kind.__name__, "actual": type(value).__name__}
            return Message("param_wrong_kind", args)
        if self.choices and value not in self.choices:
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
            args = {"name": name, "value": shown, "choices": ", ".join(self.choices)}
            return Message("param_not_a_choice", args)
        if isinstance(value, float) and not math.isfinite(value):
            return Message("param_not_finite", {"name": name, "value": value})
        if self.minimum is not None and value < self.minimum:
            args = {"name": name, "value": value, "minimum": self.minimum}
            return Message("param_below_minimum", args)
        if self.maximum is not None and value > self.maximum:
            args = {"name": name, "value": value, "maximum": self.maximum}
            return Message("param_above_maximum", args)
        return None

    def coerce(self, value: Any) -> Any:
        """Ints are acceptable where floats are expected; store them as floats."""
        if self.kind is float and _is_kind(value, float):
            return float(value)
        return value


def _is_kind(value: Any, kind: type) -> bool:
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return type(value) is kind


Arguments = Callable[[dict[str, Any], Shape], tuple[list[Any], dict[str, Any]]]
ShapeRule = Callable[[dict[str, Any], Shape], Shape]
CountRule = Callable[[dict[str, Any], Shape], int]


class DoesNotFitError(ValueError):
    """A layer's rule refuses its input shape; the message says why in torch's terms, and
    `reason` (where a rule gives one) says it as data the front ends word."""

    def __init__(self, text: str, reason: Message | None = None) -> None:
        super().__init__(text)
        self.reason = reason


def _same_shape(p: dict[str, Any], s: Shape) -> Shape:
    return s


def _no_parameters(p: dict[str, Any], s: Shape) -> int:
    return 0


@dataclass(frozen=True)
class LayerType:
    """A catalog entry: everything the app knows about one kind of layer."""

    id: str
    category: str
    doc: str
    arguments: Arguments
    params: tuple[Param, ...] = ()
    needs: str = ANY
    key_params: tuple[str, ...] = ()
    macs: Callable[[dict[str, Any], Shape, Shape], int] = field(default=lambda p, i, o: 0)
    output_shape: ShapeRule = _same_shape
    parameters: CountRule = _no_parameters
    container: bool = False
    """A container holds a sequence of layers (`Layer.children`); the analysis infers its shapes
    and counts from theirs (see analysis._infer_container), and compile builds its module."""
    in_palette: bool = True

    @property
    def learnable(self) -> bool:
        return self.id in ("Linear", "Conv2d", "ConvTranspose2d", "BatchNorm1d", "BatchNorm2d")

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        raise KeyError(f"{self.id} has no parameter {name!r}")

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def source(self, params: dict[str, Any], input_shape: Shape) -> str:
        """The constructor call a person would write, e.g. `nn.Linear(784, 512)`."""
        args, kwargs = self.arguments(params, input_shape)
        shown = [repr(a) for a in args]
        for name, value in kwargs.items():
            spec = next((p for p in self.params if p.name == name), None)
            if (
                spec is not None
                and spec.torch_default is not _ALWAYS
                and value == spec.torch_default
            ):
                continue
            shown.append(f"{name}={value!r}")
        return f"nn.{self.id}({', '.join(shown)})"


def _kwargs(params: dict[str, Any], *names: str) -> dict[str, Any]:
    return {name: params[name] for name in names}


def _linear_macs(p: dict[str, Any], i: Shape, o: Shape) -> int:
    return i[0] * o[0]


def _conv_macs(p: dict[str, Any], i: Shape, o: Shape) -> int:
    return o[0] * o[1] * o[2] * i[0] * p["kernel_size"] ** 2


def _per_element(p: dict[str, Any], i: Shape, o: Shape) -> int:
    count = 1
    for size in o:
        count *= size
    return count


def _windowed(size: int, kernel: int, stride: int, padding: int) -> int:
    if size + 2 * padding < kernel:
        raise DoesNotFitError(f"kernel size {kernel} is larger than the padded input {size}")
    return (size + 2 * padding - kernel) // stride + 1


def _linear_shape(p: dict[str, Any], s: Shape) -> Shape:
    return (p["out_features"],)


def _linear_parameters(p: dict[str, Any], s: Shape) -> int:
    return s[0] * p["out_features"] + (p["out_features"] if p["bias"] else 0)


def _conv_shape(p: dict[str, Any], s: Shape) -> Shape:
    k, stride, pad = p["kernel_size"], p["stride"], p["padding"]
    return (p["out_channels"], _windowed(s[1], k, stride, pad), _windowed(s[2], k, stride, pad))


def _conv_parameters(p: dict[str, Any], s: Shape) -> int:
    weights = p["out_channels"] * s[0] * p["kernel_size"] ** 2
    return weights + (p["out_channels"] if p["bias"] else 0)


def _pool_shape(p: dict[str, Any], s: Shape) -> Shape:
    k, stride, pad = p["kernel_size"], p["stride"], p["padding"]
    if 2 * pad > k:
        raise DoesNotFitError("pad should be at most half of effective kernel size")
    return (s[0], _windowed(s[1], k, stride, pad), _windowed(s[2], k, stride, pad))


def _flat_shape(p: dict[str, Any], s: Shape) -> Shape:
    return (math.prod(s),)


def _batchnorm_parameters(p: dict[str, Any], s: Shape) -> int:
    return 2 * s[0] if p["affine"] else 0


def _bias() -> Param:
    return Param(
        "bias",
        bool,
        True,
        QT_TRANSLATE_NOOP("catalog", "Learn an additive bias per output."),
        torch_default=True,
    )


def _kernel(default: int, doc: str) -> Param:
    return Param("kernel_size", int, default, doc, 1, 31)


def _stride(default: int, torch_default: Any = _ALWAYS) -> Param:
    return Param(
        "stride",
        int,
        default,
        QT_TRANSLATE_NOOP("catalog", "Step between windows; 2 halves the size."),
        1,
        31,
        torch_default=torch_default,
    )


def _padding() -> Param:
    return Param(
        "padding",
        int,
        0,
        QT_TRANSLATE_NOOP("catalog", "Zeros added around each border."),
        0,
        31,
        torch_default=0,
    )


def _pool_arguments(p: dict[str, Any], s: Shape) -> tuple[list[Any], dict[str, Any]]:
    # torch's stride defaults to the kernel size; spell it out only when it differs.
    stride = {} if p["stride"] == p["kernel_size"] else {"stride": p["stride"]}
    return [p["kernel_size"]], {**stride, "padding": p["padding"]}


def _pool(layer_id: str, doc: str) -> LayerType:
    return LayerType(
        layer_id,
        "Pooling",
        doc,
        _pool_arguments,
        (
            _kernel(2, QT_TRANSLATE_NOOP("catalog", "Size of each pooling window.")),
            _stride(2),
            _padding(),
        ),
        needs=IMAGE,
        key_params=("kernel_size", "stride"),
        macs=_per_element,
        output_shape=_pool_shape,
    )


def _activation(
    layer_id: str, doc: str, *params: Param, fixed: dict[str, Any] | None = None
) -> LayerType:
    names = tuple(p.name for p in params)
    extra = fixed or {}
    return LayerType(
        layer_id,
        "Activation",
        doc,
        lambda p, s: ([], {**_kwargs(p, *names), **extra}),
        params,
        key_params=names,
    )


def _dropout(layer_id: str, doc: str, needs: str) -> LayerType:
    p = Param(
        "p",
        float,
        0.5,
        QT_TRANSLATE_NOOP("catalog", "Fraction of values zeroed while training."),
        0.0,
        0.99,
    )
    return LayerType(
        layer_id, "Regularisation", doc, lambda p, s: ([], _kwargs(p, "p")), (p,), needs, ("p",)
    )


def _batchnorm(layer_id: str, doc: str, needs: str) -> LayerType:
    params = (
        Param(
            "eps",
            float,
            1e-5,
            QT_TRANSLATE_NOOP("catalog", "Added to the variance to avoid dividing by zero."),
            1e-10,
            1.0,
            torch_default=1e-5,
        ),
        Param(
            "momentum",
            float,
            0.1,
            QT_TRANSLATE_NOOP("catalog", "How fast the running statistics follow."),
            0.0,
            1.0,
            torch_default=0.1,
        ),
        Param(
            "affine",
            bool,
            True,
            QT_TRANSLATE_NOOP("catalog", "Learn a scale and shift per feature."),
            torch_default=True,
        ),
    )
    return LayerType(
        layer_id,
        "Normalisation",
        doc,
        lambda p, s: ([s[0]], _kwargs(p, "eps", "momentum", "affine")),
        params,
        needs,
        macs=_per_element,
        parameters=_batchnorm_parameters,
    )


_LAYER_TYPES = (
    LayerType(
        "Linear",
        "Linear",
        QT_TRANSLATE_NOOP(
            "catalog", "Fully connected: every output is a weighted sum of all inputs plus a bias."
        ),
        lambda p, s: ([s[0], p["out_features"]], _kwargs(p, "bias")),
        (
            Param(
                "out_features",
                int,
                10,
                QT_TRANSLATE_NOOP("catalog", "Number of outputs (neurons)."),
                1,
                65536,
            ),
            _bias(),
        ),
        needs=FLAT,
        key_params=("out_features",),
        macs=_linear_macs,
        output_shape=_linear_shape,
        parameters=_linear_parameters,
    ),
    LayerType(
        "Conv2d",
        "Convolution",
        QT_TRANSLATE_NOOP(
            "catalog", "Slides learned filters over the image; each filter makes one feature map."
        ),
        lambda p, s: (
            [s[0], p["out_channels"], p["kernel_size"]],
            _kwargs(p, "stride", "padding", "bias"),
        ),
        (
            Param(
                "out_channels",
                int,
                6,
                QT_TRANSLATE_NOOP("catalog", "Number of filters (output feature maps)."),
                1,
                2048,
            ),
            _kernel(5, QT_TRANSLATE_NOOP("catalog", "Width and height of each square filter.")),
            _stride(1, torch_default=1),
            _padding(),
            _bias(),
        ),
        needs=IMAGE,
        key_params=("out_channels", "kernel_size", "stride", "padding"),
        macs=_conv_macs,
        output_shape=_conv_shape,
        parameters=_conv_parameters,
    ),
    _pool(
        "MaxPool2d",
        QT_TRANSLATE_NOOP(
            "catalog",
            "Keeps the largest value in each window: shrinks maps, keeps strong features.",
        ),
    ),
    _pool(
        "AvgPool2d",
        QT_TRANSLATE_NOOP(
            "catalog", "Averages each window: shrinks feature maps smoothly (LeNet's subsampling)."
        ),
    ),
    LayerType(
        "AdaptiveAvgPool2d",
        "Pooling",
        QT_TRANSLATE_NOOP(
            "catalog", "Averages each feature map down to a fixed size, whatever the input size."
        ),
        lambda p, s: ([p["output_size"]], {}),
        (
            Param(
                "output_size",
                int,
                1,
                QT_TRANSLATE_NOOP("catalog", "Height and width of the output."),
                1,
                64,
            ),
        ),
        needs=IMAGE,
        key_params=("output_size",),
        macs=_per_element,
        output_shape=lambda p, s: (s[0], p["output_size"], p["output_size"]),
    ),
    LayerType(
        "Flatten",
        "Reshape",
        QT_TRANSLATE_NOOP(
            "catalog", "Unrolls feature maps (C, H, W) into one flat vector for Linear layers."
        ),
        lambda p, s: ([], {}),
        output_shape=_flat_shape,
    ),
    _dropout(
        "Dropout",
        QT_TRANSLATE_NOOP(
            "catalog", "Randomly zeroes values while training so units cannot co-adapt."
        ),
        ANY,
    ),
    _dropout(
        "Dropout2d",
        QT_TRANSLATE_NOOP("catalog", "Randomly zeroes whole feature maps while training."),
        IMAGE,
    ),
    _batchnorm(
        "BatchNorm1d",
        QT_TRANSLATE_NOOP("catalog", "Normalises each feature over the batch; speeds up training."),
        FLAT,
    ),
    _batchnorm(
        "BatchNorm2d",
        QT_TRANSLATE_NOOP("catalog", "Normalises each channel over the batch; speeds up training."),
        IMAGE,
    ),
    LayerType(
        "LocalResponseNorm",
        "Normalisation",
        QT_TRANSLATE_NOOP(
            "catalog", "Divides each value by the activity of neighbouring channels (AlexNet)."
        ),
        lambda p, s: ([p["size"]], _kwargs(p, "alpha", "beta", "k")),
        (
            Param(
                "size",
                int,
                5,
                QT_TRANSLATE_NOOP("catalog", "Number of neighbouring channels."),
                1,
                64,
            ),
            Param(
                "alpha",
                float,
                1e-4,
                QT_TRANSLATE_NOOP("catalog", "Scale of the normalisation."),
                0.0,
                1.0,
                torch_default=1e-4,
            ),
            Param(
                "beta",
                float,
                0.75,
                QT_TRANSLATE_NOOP("catalog", "Exponent of the normalisation."),
                0.0,
                2.0,
                torch_default=0.75,
            ),
            Param(
                "k",
                float,
                1.0,
                QT_TRANSLATE_NOOP("catalog", "Additive constant."),
                0.0,
                10.0,
                torch_default=1.0,
            ),
        ),
        needs=IMAGE,
        key_params=("size",),
        macs=_per_element,
    ),
    _activation(
        "ReLU",
        QT_TRANSLATE_NOOP(
            "catalog", "max(0, x): the default choice; fast, and gradients do not vanish."
        ),
    ),
    _activation(
        "LeakyReLU",
        QT_TRANSLATE_NOOP(
            "catalog", "Like ReLU but lets a small slope through for negative inputs."
        ),
        Param(
            "negative_slope",
            float,
            0.01,
            QT_TRANSLATE_NOOP("catalog", "Slope for negative inputs."),
            0.0,
            1.0,
            torch_default=0.01,
        ),
    ),
    _activation(
        "Sigmoid",
        QT_TRANSLATE_NOOP("catalog", "Squashes to (0, 1); saturates, so deep stacks learn slowly."),
    ),
    _activation(
        "Tanh",
        QT_TRANSLATE_NOOP(
            "catalog", "Squashes to (-1, 1); zero-centred, but saturates like Sigmoid."
        ),
    ),
    _activation(
        "ELU",
        QT_TRANSLATE_NOOP("catalog", "Smooth ReLU whose negative side curves to -alpha."),
        Param(
            "alpha",
            float,
            1.0,
            QT_TRANSLATE_NOOP("catalog", "Value reached for large negative inputs."),
            0.0,
            10.0,
            torch_default=1.0,
        ),
    ),
    _activation(
        "SELU",
        QT_TRANSLATE_NOOP(
            "catalog", "Self-normalising ELU: keeps activations near mean 0, variance 1."
        ),
    ),
    _activation(
        "GELU",
        QT_TRANSLATE_NOOP(
            "catalog", "Smooth ReLU used by transformers: x weighted by its Gaussian probability."
        ),
        Param(
            "approximate",
            str,
            "none",
            QT_TRANSLATE_NOOP("catalog", "Exact or tanh approximation."),
            choices=("none", "tanh"),
            torch_default="none",
        ),
    ),
    _activation(
        "Softplus",
        QT_TRANSLATE_NOOP("catalog", "log(1 + exp(x)): a smooth, always-positive ReLU."),
        Param(
            "beta",
            float,
            1.0,
            QT_TRANSLATE_NOOP("catalog", "Sharpness of the curve."),
            0.01,
            100.0,
            torch_default=1.0,
        ),
        Param(
            "threshold",
            float,
            20.0,
            QT_TRANSLATE_NOOP("catalog", "Above this it is linear."),
            1.0,
            100.0,
            torch_default=20.0,
        ),
    ),
    _activation(
        "Softmax",
        QT_TRANSLATE_NOOP("catalog", "Turns scores into probabilities that sum to 1."),
        fixed={"dim": 1},
    ),
    _activation(
        "LogSoftmax",
        QT_TRANSLATE_NOOP(
            "catalog", "Log of Softmax; pairs with the negative log-likelihood loss."
        ),
        fixed={"dim": 1},
    ),
)


def _unflatten_shape(p: dict[str, Any], s: Shape) -> Shape:
    shape = (p["channels"], p["height"], p["width"])
    if math.prod(shape) != s[0]:
        args = {"channels": shape[0], "height": shape[1], "width": shape[2],
                "product": math.prod(shape), "features": s[0]}  # fmt: skip
        raise DoesNotFitError(english(Message("unflatten_mismatch", args)),
                              Message("unflatten_mismatch", args))  # fmt: skip
    return shape


def _transposed_size(size: int, p: dict[str, Any]) -> int:
    """torch's ConvTranspose2d output size (dilation 1)."""
    k, stride, pad = p["kernel_size"], p["stride"], p["padding"]
    return (size - 1) * stride - 2 * pad + k + p["output_padding"]


def _transposed_shape(p: dict[str, Any], s: Shape) -> Shape:
    if p["output_padding"] >= p["stride"]:
        args = {"output_padding": p["output_padding"], "stride": p["stride"]}
        message = Message("output_padding_too_large", args)
        raise DoesNotFitError(english(message), message)
    height, width = _transposed_size(s[1], p), _transposed_size(s[2], p)
    if min(height, width) <= 0:
        args = {"padding": p["padding"], "height": s[1], "width": s[2]}
        message = Message("transposed_padding_too_large", args)
        raise DoesNotFitError(english(message), message)
    return (p["out_channels"], height, width)


def _transposed_parameters(p: dict[str, Any], s: Shape) -> int:
    weights = s[0] * p["out_channels"] * p["kernel_size"] ** 2
    return weights + (p["out_channels"] if p["bias"] else 0)


def _transposed_macs(p: dict[str, Any], i: Shape, o: Shape) -> int:
    """Each input value is multiplied into a k x k window of every output channel."""
    return i[0] * i[1] * i[2] * o[0] * p["kernel_size"] ** 2


def _upsample_shape(p: dict[str, Any], s: Shape) -> Shape:
    return (s[0], s[1] * p["scale_factor"], s[2] * p["scale_factor"])


def _side(name: str, doc: str, default: int) -> Param:
    return Param(name, int, default, doc, 1, 4096)


_AUTOENCODER_TYPES = (
    LayerType(
        "Unflatten",
        "Reshape",
        QT_TRANSLATE_NOOP(
            "catalog", "Folds a flat vector back into feature maps (C, H, W): Flatten undone."
        ),
        lambda p, s: ([1, (p["channels"], p["height"], p["width"])], {}),
        (
            _side("channels", QT_TRANSLATE_NOOP("catalog", "Channels (C) of the maps."), 1),
            _side("height", QT_TRANSLATE_NOOP("catalog", "Height (H) of the maps."), 28),
            _side("width", QT_TRANSLATE_NOOP("catalog", "Width (W) of the maps."), 28),
        ),
        needs=FLAT,
        key_params=("channels", "height", "width"),
        output_shape=_unflatten_shape,
    ),
    LayerType(
        "ConvTranspose2d",
        "Convolution",
        QT_TRANSLATE_NOOP(
            "catalog",
            "Convolution run backwards: stride 2 doubles the size (a decoder's upsampling).",
        ),
        lambda p, s: (
            [s[0], p["out_channels"], p["kernel_size"]],
            _kwargs(p, "stride", "padding", "output_padding", "bias"),
        ),
        (
            Param(
                "out_channels",
                int,
                16,
                QT_TRANSLATE_NOOP("catalog", "Number of filters (output feature maps)."),
                1,
                2048,
            ),
            _kernel(3, QT_TRANSLATE_NOOP("catalog", "Width and height of each square filter.")),
            _stride(2, torch_default=1),
            _padding(),
            Param(
                "output_padding",
                int,
                0,
                QT_TRANSLATE_NOOP(
                    "catalog", "Rows and columns added at one side; must be less than stride."
                ),
                0,
                30,
                torch_default=0,
            ),
            _bias(),
        ),
        needs=IMAGE,
        key_params=("out_channels", "kernel_size", "stride", "padding", "output_padding"),
        macs=_transposed_macs,
        output_shape=_transposed_shape,
        parameters=_transposed_parameters,
    ),
    LayerType(
        "Upsample",
        "Reshape",
        QT_TRANSLATE_NOOP(
            "catalog", "Enlarges feature maps by repeating (nearest) or blending (bilinear) pixels."
        ),
        lambda p, s: ([], _kwargs(p, "scale_factor", "mode")),
        (
            Param(
                "scale_factor",
                int,
                2,
                QT_TRANSLATE_NOOP("catalog", "How many times taller and wider the maps become."),
                1,
                8,
            ),
            Param(
                "mode",
                str,
                "nearest",
                QT_TRANSLATE_NOOP("catalog", "Repeat each pixel, or blend neighbours."),
                choices=("nearest", "bilinear"),
                torch_default="nearest",
            ),
        ),
        needs=IMAGE,
        key_params=("scale_factor", "mode"),
        macs=_per_element,
        output_shape=_upsample_shape,
    ),
)
"""The layers an autoencoder's decoder needs (issue 23), appended to the catalog."""

_LAYER_TYPES = (*_LAYER_TYPES, *_AUTOENCODER_TYPES)


def _made_by_compile(p: dict[str, Any], s: Shape) -> tuple[list[Any], dict[str, Any]]:
    raise TypeError("a container's module is built from its children (engine/compile.py)")


_CONTAINER_TYPES = (
    LayerType(
        "Residual",
        "Skip connections",
        QT_TRANSLATE_NOOP(
            "catalog",
            "Adds its input to what its blocks make (blocks(x) + x), so the gradient skips ahead.",
        ),
        _made_by_compile,
        (
            Param(
                "shortcut",
                str,
                "identity",
                QT_TRANSLATE_NOOP(
                    "catalog",
                    "identity adds the input as it is; projection first reshapes it to the "
                    "blocks' output (1x1 Conv2d + BatchNorm2d, or Linear).",
                ),
                choices=("identity", "projection"),
            ),
        ),
        container=True,
    ),
    LayerType(
        "Branches",
        "Skip connections",
        QT_TRANSLATE_NOOP(
            "catalog",
            "Runs parallel branches on the same input and joins their outputs (Inception).",
        ),
        _made_by_compile,
        (
            Param(
                "merge",
                str,
                "concat",
                QT_TRANSLATE_NOOP(
                    "catalog",
                    "concat stacks the branches' channels (or features); add sums them.",
                ),
                choices=("concat", "add"),
            ),
        ),
        key_params=("merge",),
        container=True,
    ),
    LayerType(
        "Branch",
        "Skip connections",
        QT_TRANSLATE_NOOP(
            "catalog", "One path of a Branches block; an empty branch passes its input on."
        ),
        _made_by_compile,
        container=True,
        in_palette=False,
    ),
)

CATALOG: dict[str, LayerType] = {t.id: t for t in (*_LAYER_TYPES, *_CONTAINER_TYPES)}


def layer_type(type_id: str) -> LayerType:
    try:
        return CATALOG[type_id]
    except KeyError:
        raise UnknownLayerError(type_id) from None


def by_category() -> dict[str, list[LayerType]]:
    """The catalog grouped for the palette, categories in teaching order."""
    groups: dict[str, list[LayerType]] = {c: [] for c in CATEGORIES}
    for entry in CATALOG.values():
        if entry.in_palette:
            groups[entry.category].append(entry)
    return groups
