"""torch is the oracle of the catalog's pure-Python rules: shapes, parameter counts, multiply-adds.

Hypothesis draws random networks (some built to be valid, some any sequence of layers). Every
accepted network is built with torch and run layer by layer: each layer's input and output shape and
parameter count must be what the analysis says, and the multiply-adds of Linear and Conv2d must be
half of `FlopCounterMode`'s FLOPs. Every rejected network must say why.

Networks with skip connections (Residual blocks with an identity or a projection shortcut,
Branches that concatenate or add, blocks inside blocks) are checked layer by layer inside too: each
inner layer is found by its LayerInfo.path in `named_modules()`, its shapes seen by a forward hook,
its multiply-adds those FlopCounterMode counts for the Linear and Conv2d layers it holds.

The default suite checks ORACLE_EXAMPLES straight networks (2,000 in CI, fewer locally) and
NESTED_EXAMPLES nested ones (2,000 in CI, fewer locally); `pytest --hypothesis-profile thorough
tests/test_shape_oracle.py` checks 10,000 of each (the profile is registered in tests/conftest.py).
Modules are built on the meta device and then given uninitialised CPU memory, so building costs no
random initialisation and running uses torch's C++ kernels on a batch of one.
"""

from __future__ import annotations

import math
import os

import pytest
import torch
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

from netbuilder.document.analysis import Projection, analyse
from netbuilder.document.catalog import CATALOG, FLAT, IMAGE
from netbuilder.document.network import Layer, Network, branches, residual
from netbuilder.engine.compile import compile_network

ORACLE_EXAMPLES = max(
    2000 if os.environ.get("NETBUILDER_RUN_SLOW") == "1" else 300, settings.default.max_examples
)
"""2,000 networks in CI (NETBUILDER_RUN_SLOW=1), 300 in a quick local `./test.sh`; a profile with
more examples (e.g. `thorough`) raises it."""

SMALL_RANGES = {"out_features": 64, "out_channels": 8, "kernel_size": 7, "stride": 3, "padding": 3,
                "output_size": 6, "size": 7, "scale_factor": 3, "output_padding": 2,
                "channels": 4, "height": 6, "width": 6}  # fmt: skip
"""Upper bounds that keep tensors small; the catalog's own maxima still bound the floats."""

COUNTED = (nn.Linear, nn.Conv2d, nn.ConvTranspose2d)
_IMAGE_TYPES = sorted(t for t, e in CATALOG.items() if e.needs != FLAT and t != "Flatten")
_FLAT_TYPES = sorted(t for t, e in CATALOG.items() if e.needs != IMAGE and t != "Flatten")
_FLOPS = FlopCounterMode(display=False)


def _param_value(param):
    if param.choices:
        return st.sampled_from(param.choices)
    if param.kind is bool:
        return st.booleans()
    if param.kind is int:
        high = min(int(param.maximum), SMALL_RANGES.get(param.name, int(param.maximum)))
        return st.integers(int(param.minimum), high)
    return st.floats(param.minimum, param.maximum, allow_nan=False)


@st.composite
def layer_of(draw, type_ids):
    entry = CATALOG[draw(st.sampled_from(type_ids))]
    return Layer(entry.id, {p.name: draw(_param_value(p)) for p in entry.params})


@st.composite
def image_then_flat(draw):
    """Mostly-valid networks: feature-map layers, a Flatten, flat layers, a Linear (a typical CNN)."""
    image = draw(st.lists(layer_of(_IMAGE_TYPES), max_size=4))
    flat = draw(st.lists(layer_of(_FLAT_TYPES), max_size=3))
    return [*image, Layer("Flatten"), *flat, draw(layer_of(["Linear"]))]


@st.composite
def flat_then_image(draw):
    """Mostly-valid decoders: a Linear, an Unflatten that matches it, then feature-map layers."""
    c, h, w = draw(st.integers(1, 4)), draw(st.integers(1, 6)), draw(st.integers(1, 6))
    head = [Layer("Flatten"), Layer("Linear", {"out_features": c * h * w, "bias": True})]
    fold = Layer("Unflatten", {"channels": c, "height": h, "width": w})
    return [*head, fold, *draw(st.lists(layer_of(_IMAGE_TYPES), max_size=4))]


any_layers = st.lists(layer_of(sorted(CATALOG)), max_size=7)
"""Any sequence at all: most are rejected, and each rejection must explain itself."""


@settings(
    max_examples=ORACLE_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    layers=st.one_of(image_then_flat(), flat_then_image(), any_layers),
    channels=st.integers(1, 3),
    side=st.integers(4, 28),
)
def test_rules_agree_with_torch_or_explain_the_rejection(layers, channels, side):
    network = Network(layers, (channels, side, side))
    analysis = analyse(network, num_classes=None)
    event("accepted" if analysis.valid else "rejected")
    if not analysis.valid:
        assert all(e.message.strip() for e in analysis.errors)
        return
    with torch.device("meta"):
        model = compile_network(network, analysis)
    model.to_empty(device="cpu").eval()
    x = torch.empty(1, channels, side, side)
    with torch.no_grad():
        for module, info in zip(model, analysis.layers, strict=True):
            assert tuple(x.shape[1:]) == info.input_shape
            x = _run(module, x, info)
            assert tuple(x.shape[1:]) == info.output_shape, (module, info)
            assert sum(p.numel() for p in module.parameters()) == info.parameters, module


def _run(module: nn.Module, x: torch.Tensor, info) -> torch.Tensor:
    """The layer's output; for Linear and Conv2d also check multiply-adds against torch's count."""
    if not isinstance(module, COUNTED):
        return module(x)
    with _FLOPS:
        y = module(x)
    assert _FLOPS.get_total_flops() == 2 * info.macs, module
    return y


def test_the_oracle_sees_what_a_user_would_get_wrong():
    """A wrong rule is caught: a shape off by one fails the layer-by-layer comparison."""
    network = Network.of(("Conv2d", {"out_channels": 4, "kernel_size": 3}), input_shape=(1, 9, 9))
    info = analyse(network, num_classes=None).layers[0]
    assert info.output_shape == (4, 7, 7) and info.macs == 4 * 7 * 7 * 9
    with _FLOPS:
        compile_network(network)(torch.zeros(1, 1, 9, 9))
    assert _FLOPS.get_total_flops() == 2 * info.macs


# --- networks with skip connections ---------------------------------------------------------------

NESTED_EXAMPLES = max(
    2000 if os.environ.get("NETBUILDER_RUN_SLOW") == "1" else 500, settings.default.max_examples
)
"""Random networks with Residual and Branches blocks: 2,000 in CI, 500 in a quick local
`./test.sh` (2,000 took 23 s of its 5 minutes), 10,000 in the thorough profile."""

_LEAVES = {t for t, e in CATALOG.items() if not e.container}
_IMAGE_LEAVES = sorted(t for t in _LEAVES if CATALOG[t].needs != FLAT and t != "Flatten")
_FLAT_LEAVES = sorted(t for t in _LEAVES if CATALOG[t].needs != IMAGE and t != "Flatten")
_SHAPE_KEEPING = ("ReLU", "Tanh", "BatchNorm2d", "Dropout")
"""Image layers that keep the shape: blocks made of them fit identity shortcuts and `add`."""
MAX_DEPTH = 2  # containers inside containers


@st.composite
def nested_sequence(draw, leaves, depth=0, max_size=3):
    """A sequence of layers, Residual blocks (identity or projection shortcut) and Branches
    (concat or add), containers nested up to MAX_DEPTH deep."""
    blocks = ["residual", "branches"] * (depth < MAX_DEPTH)
    kinds = ["layer", "keep", *blocks]
    items = []
    for _ in range(draw(st.integers(0, max_size))):
        kind = draw(st.sampled_from(kinds))
        if kind == "layer":
            items.append(draw(layer_of(leaves)))
        elif kind == "keep":
            items.append(draw(layer_of([t for t in _SHAPE_KEEPING if t in leaves] or leaves)))
        elif kind == "residual":
            body = draw(nested_sequence(leaves, depth + 1, 3))
            shortcut = draw(st.sampled_from(["identity", "projection"]))
            items.append(Layer("Residual", {"shortcut": shortcut}, children=body))
        else:
            paths = draw(st.lists(nested_sequence(leaves, depth + 1, 2), min_size=1, max_size=3))
            merge = draw(st.sampled_from(["concat", "add"]))
            held = [Layer("Branch", children=path) for path in paths]
            items.append(Layer("Branches", {"merge": merge}, children=held))
    return items


@st.composite
def nested_network(draw):
    """Images (blocks of feature-map layers, Flatten, blocks of flat layers, Linear) or flat
    features (blocks of flat layers, Linear); at least one block (the other test has straight
    networks)."""
    flat = draw(nested_sequence(_FLAT_LEAVES))
    last = draw(layer_of(["Linear"]))
    if draw(st.booleans()):
        return _with_a_block(draw, Network([*flat, last], (draw(st.integers(1, 12)),)))
    image = draw(nested_sequence(_IMAGE_LEAVES))
    shape = (draw(st.integers(1, 3)), *[draw(st.integers(4, 12))] * 2)
    return _with_a_block(draw, Network([*image, Layer("Flatten"), *flat, last], shape))


def _with_a_block(draw, network: Network) -> Network:
    if any(layer.is_container for layer in network.layers):
        return network
    body = draw(nested_sequence(_FLAT_LEAVES, 1, 2))
    shortcut = draw(st.sampled_from(["identity", "projection"]))
    network.layers.insert(-1, Layer("Residual", {"shortcut": shortcut}, children=body))
    return network


@settings(max_examples=NESTED_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(network=nested_network())
def test_every_inner_layer_agrees_with_torch(network):
    analysis = analyse(network, num_classes=None)
    nested = any(info.depth for info in analysis.all_layers)
    event(f"{'accepted' if analysis.valid else 'rejected'}{' nested' if nested else ''}")
    if not analysis.valid:
        assert all(e.message.strip() for e in analysis.errors)
        return
    check_every_layer(network, analysis)


def check_every_layer(network: Network, analysis) -> None:
    """Build the network with torch and run it once: every layer's (inner ones too) input and
    output shape, parameters and counted multiply-adds must be the analysis's, and the totals.
    Each Linear and Conv2d (a projection's too) is then run alone under FlopCounterMode on the
    input it had, and a layer's multiply-adds are those of the ones it holds."""
    with torch.device("meta"):
        model = compile_network(network, analysis)
    model.to_empty(device="cpu").eval()
    modules = dict(model.named_modules())
    seen: dict[str, tuple] = {}
    inputs: dict[nn.Module, torch.Tensor] = {}
    hooks = [
        modules[info.path].register_forward_hook(_shapes(seen, info.path))
        for info in analysis.all_layers
    ]
    hooks += [
        m.register_forward_hook(_input(inputs)) for m in model.modules() if type(m) in COUNTED
    ]
    with torch.no_grad():
        model(torch.zeros(1, *network.input_shape))  # zeros: garbage may hold slow subnormals
    for hook in hooks:
        hook.remove()
    flops = {module: _flops(module, x) for module, x in inputs.items()}
    for info in analysis.all_layers:
        module = modules[info.path]
        assert seen[info.path] == (info.input_shape, info.output_shape), (info, module)
        assert sum(p.numel() for p in module.parameters()) == info.parameters, (info, module)
        inside = sum(flops.get(each, 0) for each in module.modules())
        assert inside == 2 * _counted_macs(info, analysis), (info, module)
    assert sum(p.numel() for p in model.parameters()) == analysis.total_parameters
    top = sum(_counted_macs(info, analysis) for info in analysis.layers)
    assert sum(flops.values()) == 2 * top


def _input(inputs: dict):
    def record(module, args, _output) -> None:
        inputs[module] = args[0]

    return record


def _flops(module: nn.Module, x: torch.Tensor) -> int:
    with _FLOPS, torch.no_grad():
        module(x)
    return _FLOPS.get_total_flops()


def _shapes(seen: dict[str, tuple], path: str):
    def record(_module, inputs, output) -> None:
        seen[path] = (tuple(inputs[0].shape[1:]), tuple(output.shape[1:]))

    return record


def _counted_macs(info, analysis) -> int:
    """The multiply-adds torch's FlopCounterMode counts inside a layer (those of its Linear and
    Conv2d and ConvTranspose2d layers, however deep, and of its projections' Linear or 1x1 Conv2d; not BatchNorm's)."""
    inside = [
        i for i in analysis.all_layers if i.path == info.path or i.path.startswith(f"{info.path}.")
    ]
    macs = sum(i.macs for i in inside if i.type_id in ("Linear", "Conv2d", "ConvTranspose2d"))
    for held in inside:
        projection = held.projection
        if projection is not None:
            batch_norm = math.prod(projection.output_shape) if projection.kind == "conv" else 0
            macs += projection.macs - batch_norm
    return macs


def test_the_nested_oracle_sees_a_wrong_container_rule(monkeypatch):
    """Every inner layer is held to torch: a projection counted without its BatchNorm2d fails."""
    network = Network.of(
        residual(("Conv2d", {"out_channels": 4, "kernel_size": 3, "stride": 2, "padding": 1}),
                 shortcut="projection"),
        branches([("Conv2d", {"out_channels": 2, "kernel_size": 1})], []),
        "Flatten", ("Linear", {"out_features": 3}), input_shape=(2, 9, 9),
    )  # fmt: skip
    analysis = analyse(network, num_classes=None)
    block, join = analysis.layers[0], analysis.layers[1]
    assert block.output_shape == (4, 5, 5) and join.output_shape == (6, 5, 5)
    assert block.parameters == (2 * 9 * 4 + 4) + (2 * 4 + 2 * 4)  # the Conv2d and its projection
    check_every_layer(network, analysis)
    without_batch_norm = property(lambda self: self.input_shape[0] * self.output_shape[0])
    monkeypatch.setattr(Projection, "parameters", without_batch_norm)
    with pytest.raises(AssertionError):
        check_every_layer(network, analyse(network, num_classes=None))
