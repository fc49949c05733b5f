"""Lints only where they apply, and every message reads as sentences that start with a capital."""

from __future__ import annotations

import re

import pytest

from netbuilder.document.analysis import analyse
from netbuilder.document.network import Network

BROKEN = [
    ["Conv2d", "Sigmoid"],  # no Linear yet: no "after the final Linear"
    ["Conv2d", "ReLU", "Flatten"],
    ["Flatten", "ReLU"],  # flat but no Linear: no "set the last Linear's out_features"
    ["Flatten", ("Linear", {"out_features": 7}), "Sigmoid", "Dropout"],
    ["Flatten", "Conv2d"],
    [("Conv2d", {"kernel_size": 31})],
    [("MaxPool2d", {"kernel_size": 3, "padding": 2})],
    [("Linear", {"out_features": 0})],
    [("Dropout", {"p": "half"})],
    ["Flatten", ("Linear", {}), ("Linear", {})],
    ["Flatten", ("Linear", {"out_features": 10}), "Softmax"],
    ["Flatten"] + [("Linear", {}), "Sigmoid"] * 5 + [("Linear", {})],
    [],
]


def sentences(message: str) -> list[str]:
    """Each sentence of a message, the "Layer 3 (Linear):" label split off."""
    body = re.sub(r"^Layer \d+ \(\w+\)(: )?", "", message)
    return [part for part in re.split(r"(?<=[.!?])\s+", body) if part]


@pytest.mark.parametrize("layers", BROKEN, ids=lambda layers: "-".join(map(str, layers))[:40])
def test_every_sentence_starts_with_a_capital_or_a_number(layers):
    for problem in analyse(Network.of(*layers)).problems:
        for sentence in sentences(problem.message):
            assert sentence[0].isupper() or sentence[0].isdigit(), problem.message


def test_no_linear_lints_when_there_is_no_linear():
    for layers in (
        ["Conv2d", "Sigmoid"],
        ["Conv2d", "ReLU", "Flatten", "Sigmoid"],
        ["Conv2d", "Dropout"],
    ):
        messages = " ".join(p.message for p in analyse(Network.of(*layers)).problems)
        assert "final Linear" not in messages and "last Linear" not in messages, messages


def test_a_flat_output_without_linear_is_told_to_add_one():
    analysis = analyse(Network.of("Flatten", "ReLU"))
    output = [e.message for e in analysis.errors if "classes" in e.message]
    assert output and "add a Linear layer with out_features 10" in output[0]
    assert "last Linear" not in output[0]


def test_output_lints_still_apply_after_a_real_final_linear():
    analysis = analyse(Network.of("Flatten", ("Linear", {"out_features": 10}), "Sigmoid"))
    assert [w.index for w in analysis.warnings if "after the final Linear" in w.message] == [2]


def test_the_inspector_shows_in_features_only_on_a_layer_that_fits(qtbot):
    from netbuilder.document.project import Project
    from netbuilder.gui.builder import Inspector
    from netbuilder.gui.document import Document

    document = Document(Project(Network.of(("Conv2d", {"out_channels": 16}), ("Linear", {}))))
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.show_layer(document.network.layers[1].uid)  # gets (16, 24, 24): does not fit
    assert "in_features" not in inspector.inferred_text()
    fitting = Document(Project(Network.of("Flatten", ("Linear", {}))))
    inspector = Inspector(fitting)
    qtbot.addWidget(inspector)
    inspector.show_layer(fitting.network.layers[1].uid)
    assert "in_features = 784" in inspector.inferred_text()
