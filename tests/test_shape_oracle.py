"""torch is the oracle of the catalog's pure-Python rules: shapes, parameter counts, multiply-adds.

Hypothesis draws random networks (some built to be valid, some any sequence of layers). Every
accepted network is built with torch and run layer by layer: each layer's input and output shape and
parameter count must be what the analysis says, and the multiply-adds of Linear and Conv2d must be
half of `FlopCounterMode`'s FLOPs. Every rejected network must say why.

The default suite checks ORACLE_EXAMPLES networks (2,000 in CI, fewer locally); `pytest
--hypothesis-profile thorough tests/test_shape_oracle.py` checks 10,000 (the profile is registered
in tests/conftest.py).
Modules are built on the meta device and then given uninitialised CPU memory, so building costs no
random initialisation and running uses torch's C++ kernels on a batch of one.
"""

from __future__ import annotations

import os

import torch
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

from netbuilder.document.analysis import analyse
from netbuilder.document.catalog import CATALOG, FLAT, IMAGE
from netbuilder.document.network import Layer, Network
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
