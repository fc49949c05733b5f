"""Importing the app's own code gives back the same network: the Code view's text
(`module_source`) and `netbuilder export --python`'s script, for every example and for random
networks with Residual and Branches blocks (2,000 in CI, fewer locally, as the shape oracle)."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from netbuilder.document.analysis import analyse
from netbuilder.document.bundled import example_names, example_path
from netbuilder.document.catalog import CATALOG, FLAT, IMAGE
from netbuilder.document.code_import import read_code
from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project, load_project
from netbuilder.document.script_export import training_script
from netbuilder.document.source import module_source

ROUND_TRIPS = max(
    2000 if os.environ.get("NETBUILDER_RUN_SLOW") == "1" else 300, settings.default.max_examples
)
SMALL = {"out_features": 24, "out_channels": 6, "kernel_size": 5, "stride": 2, "padding": 2,
         "output_size": 4, "size": 5}  # fmt: skip
_IMAGE = sorted(t for t, e in CATALOG.items() if e.needs != FLAT and not e.container)
_FLAT = sorted(t for t, e in CATALOG.items() if e.needs != IMAGE and not e.container)
_FLAT.remove("Flatten")


def _value(param):
    if param.choices:
        return st.sampled_from(param.choices)
    if param.kind is bool:
        return st.booleans()
    if param.kind is int:
        return st.integers(int(param.minimum), min(int(param.maximum), SMALL.get(param.name, 9)))
    return st.floats(param.minimum, param.maximum, allow_nan=False)


@st.composite
def _layer(draw, type_ids):
    entry = CATALOG[draw(st.sampled_from(type_ids))]
    return Layer(entry.id, {p.name: draw(_value(p)) for p in entry.params})


def _sequence(type_ids, depth):
    return st.lists(_item(type_ids, depth), max_size=3 if depth else 4)


@st.composite
def _item(draw, type_ids, depth):
    kind = draw(st.sampled_from(["layer"] * 4 + (["residual", "branches"] if depth < 2 else [])))
    if kind == "layer":
        return draw(_layer(type_ids))
    if kind == "residual":
        shortcut = draw(st.sampled_from(["identity", "projection"]))
        body = draw(_sequence(type_ids, depth + 1))
        return Layer("Residual", {"shortcut": shortcut}, children=body)
    paths = draw(st.lists(_sequence(type_ids, depth + 1), min_size=1, max_size=3))
    held = [Layer("Branch", children=path) for path in paths]
    return Layer("Branches", {"merge": draw(st.sampled_from(["concat", "add"]))}, children=held)


@st.composite
def networks(draw):
    """Valid networks: image layers and blocks, a Flatten, flat layers and blocks, a Linear; or
    flat ones alone on a flat input."""
    if draw(st.booleans()):
        layers = [*draw(_sequence(_IMAGE, 0)), Layer("Flatten"), *draw(_sequence(_FLAT, 0))]
        side = draw(st.integers(6, 20))
        shape = (draw(st.integers(1, 3)), side, side)
    else:
        layers = draw(_sequence(_FLAT, 0))
        shape = (draw(st.integers(1, 40)),)
    network = Network([*layers, draw(_layer(["Linear"]))], shape)
    assume(analyse(network, num_classes=None).valid)
    return network


@settings(max_examples=ROUND_TRIPS, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])  # fmt: skip
@given(network=networks())
def test_the_code_view_text_reads_back_as_the_same_network(network):
    event("with blocks" if any(x.is_container for x in network.all_layers()) else "straight")
    read = read_code(module_source(network))
    assert read.network.structure() == network.structure()
    assert read.notes == [] and read.image_size_known


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])  # fmt: skip
@given(network=networks())
def test_an_exported_training_script_reads_back_as_the_same_network(network):
    script = training_script(Project(network=network))
    assert read_code(script).network.structure() == network.structure()


@pytest.mark.parametrize("name", example_names())
def test_every_example_reads_back_from_its_code_and_its_script(name):
    project = load_project(example_path(name))
    from_code = read_code(module_source(project.network))
    assert from_code.network.structure() == project.network.structure()
    assert from_code.notes == []
    from_script = read_code(training_script(project))
    assert from_script.network.structure() == project.network.structure()


def test_a_tree_with_every_container_reads_back():
    from netbuilder.document.network import branches, residual

    network = Network.of(
        ("Conv2d", {"out_channels": 4, "kernel_size": 3, "padding": 1}),
        residual(
            ("Conv2d", {"out_channels": 8, "kernel_size": 3, "stride": 2, "padding": 1}),
            "ReLU",
            shortcut="projection",
        ),  # fmt: skip
        branches([("Conv2d", {"out_channels": 2, "kernel_size": 1})], [], merge="concat"),
        residual(),
        "Flatten",
        residual(("Linear", {"out_features": 10}), shortcut="projection"),
        ("Linear", {"out_features": 10}),
    )
    assert read_code(module_source(network)).network.structure() == network.structure()
