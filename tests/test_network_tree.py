"""The network as a tree: containers' shapes, counts, problems, file format and compiled modules."""

from __future__ import annotations

import json

import pytest
import torch

from netbuilder.document.analysis import analyse
from netbuilder.document.network import Layer, Network, branches, residual
from netbuilder.document.project import (
    Project,
    ProjectError,
    project_from_dict,
    project_to_dict,
)
from netbuilder.engine.compile import compile_network
from tests.nested import conv, resnet_small


def codes(analysis, uid: str) -> set[str]:
    return {p.code for p in analysis.problems_for(uid)}


def test_resnet_small_counts_as_torch_does():
    network = resnet_small()
    analysis = analyse(network)
    assert analysis.valid, analysis.problems
    assert analysis.total_parameters == 19_706
    model = compile_network(network)
    assert sum(p.numel() for p in model.parameters()) == 19_706
    assert model(torch.zeros(2, 1, 28, 28)).shape == (2, 10)


def test_every_layer_is_named_by_its_number_and_its_module_path():
    network = resnet_small()
    analysis = analyse(network)
    modules = dict(compile_network(network).named_modules())
    by_number = {info.number: info for info in analysis.all_layers}
    assert by_number["4.4"].path == "3.body.3" and by_number["4.4"].type_id == "Conv2d"
    assert [info.number for info in analysis.layers] == [str(n) for n in range(1, 11)]
    for info in analysis.all_layers:
        assert type(modules[info.path]).__name__ == info.type_id
    projection = by_number["6"].projection
    assert projection is not None and projection.stride == 2 and projection.parameters == 576
    assert isinstance(modules["5.shortcut"][0], torch.nn.Conv2d)


def test_an_identity_shortcut_that_cannot_add_says_to_use_a_projection():
    network = Network.of(conv(8), residual(conv(16, 2)), "Flatten", ("Linear", {}))
    block = network.layers[1]
    analysis = analyse(network)
    assert codes(analysis, block.uid) == {"residual_shapes_differ"}
    problem = analysis.problems_for(block.uid)[0]
    assert "Layer 2 (Residual)" in problem.message and "projection" in problem.message
    network.set_param(block.uid, "shortcut", "projection")
    assert analyse(network).valid


def test_a_shortcut_no_projection_can_make_is_a_problem_on_its_block():
    network = Network.of(residual("Flatten", shortcut="projection"), ("Linear", {}))
    assert codes(analyse(network), network.layers[0].uid) == {"residual_cannot_project"}
    network.set_param(network.layers[0].uid, "shortcut", "identity")
    assert codes(analyse(network), network.layers[0].uid) == {"residual_cannot_add"}


def test_a_projection_that_is_not_needed_is_a_warning():
    network = Network.of(
        conv(4), residual(conv(4), shortcut="projection"), "Flatten", ("Linear", {})
    )
    analysis = analyse(network)
    assert analysis.valid and codes(analysis, network.layers[1].uid) == {"projection_not_needed"}


def test_flat_inputs_get_a_linear_projection():
    network = Network.of(
        "Flatten", residual(("Linear", {"out_features": 32}), "ReLU", shortcut="projection"),
        ("Linear", {}),
    )  # fmt: skip
    analysis = analyse(network)
    info = analysis.info(network.layers[1].uid)
    assert info.projection.kind == "linear" and info.parameters == 2 * (784 * 32 + 32)
    assert sum(p.numel() for p in compile_network(network).parameters()) == (
        analysis.total_parameters
    )


def test_branches_concatenate_channels_or_add_equal_shapes():
    inception = branches([conv(8)], [conv(4), "ReLU"], [])
    network = Network.of(conv(6), inception, "Flatten", ("Linear", {}))
    analysis = analyse(network)
    assert analysis.valid
    assert analysis.info(inception.uid).output_shape == (18, 28, 28)
    assert compile_network(network)(torch.zeros(1, 1, 28, 28)).shape == (1, 10)
    network.set_param(inception.uid, "merge", "add")
    problem = analyse(network).problems_for(inception.uid)[0]
    assert problem.code == "branches_cannot_add" and problem.args["branch"] == 2
    assert problem.args["shape"] == (4, 28, 28) and problem.args["first"] == (8, 28, 28)


def test_branches_that_cannot_be_concatenated_name_the_branch_and_both_shapes():
    fork = branches([conv(8)], [conv(8, 2)])
    network = Network.of(conv(6), fork, "Flatten", ("Linear", {}))
    problem = analyse(network).problems_for(fork.uid)[0]
    assert problem.code == "branches_cannot_concat"
    assert "Branch 2 outputs 8×14×14 but branch 1 outputs 8×28×28" in problem.message


def test_problems_write_shapes_as_the_blocks_do_not_as_python_tuples():
    """Residual and branch problems (and every other) say "16×14×14", the way a block does."""
    block = residual(conv(16, 2))
    network = Network.of(conv(8), block, "Flatten", ("Linear", {}))
    text = analyse(network).problems_for(block.uid)[0].message
    assert "8×28×28" in text and "16×14×14" in text and "(" not in text.split(":", 1)[1]
    network.set_param(block.uid, "shortcut", "projection")
    network.set_param(block.children[0].uid, "stride", 1)
    network.set_param(block.children[0].uid, "out_channels", 8)
    warning = analyse(network).problems_for(block.uid)[0]
    assert warning.code == "projection_not_needed" and "8×28×28" in warning.message
    flat = Network.of(("Linear", {}))
    assert "1×28×28" in analyse(flat).problems[0].message


def test_layers_in_the_wrong_container_are_problems_not_crashes():
    stray = Layer("Branch", children=[Layer("ReLU")])
    network = Network.of("Flatten", stray, ("Linear", {}))
    assert codes(analyse(network), stray.uid) == {"branch_outside_branches"}
    inner = Layer("ReLU")
    wrong = Layer("Branches", children=[inner])
    network = Network.of("Flatten", wrong, ("Linear", {}))
    assert codes(analyse(network), inner.uid) == {"branches_hold_branches"}
    network = Network.of("Flatten", Layer("Branches"), ("Linear", {}))
    assert codes(analyse(network), network.layers[1].uid) == {"branches_empty"}


def test_layers_after_a_broken_container_are_listed_with_unknown_shapes():
    network = Network.of(conv(8), residual(conv(16, 2)), "Flatten", ("Linear", {}))
    analysis = analyse(network)
    assert len(analysis.all_layers) == len(network.all_layers()) == 5
    assert analysis.layers[-1].output_shape is None


def test_nested_numbers_problems_and_lints_inside_containers():
    inner = residual(("Linear", {"out_features": 8}), ("Linear", {"out_features": 8}))
    network = Network.of("Flatten", ("Linear", {"out_features": 8}), inner, ("Linear", {}))
    analysis = analyse(network)
    collapse = [p for p in analysis.problems if p.code == "linear_collapse"]
    assert [p.number for p in collapse] == ["3.2"]
    assert "Layer 3.2 (Linear)" in collapse[0].message


def test_sigmoids_inside_residual_blocks_do_not_warn_of_a_saturating_stack():
    def pair():
        return (("Linear", {"out_features": 16}), "Sigmoid")

    plain = Network.of("Flatten", *[x for _ in range(5) for x in pair()], ("Linear", {}))
    skips = Network.of("Flatten", *[residual(*pair()) for _ in range(5)], ("Linear", {}))
    assert "saturating_stack" in {p.code for p in analyse(plain).problems}
    assert "saturating_stack" not in {p.code for p in analyse(skips).problems}


def test_a_straight_network_is_still_written_as_version_1_and_a_tree_as_version_2():
    assert project_to_dict(Project(Network.of("Flatten", ("Linear", {}))))["schema_version"] == 1
    data = project_to_dict(Project(resnet_small()))
    assert data["schema_version"] == 2
    assert [e["type"] for e in data["network"]["layers"][3]["children"]][:2] == [
        "Conv2d", "BatchNorm2d",
    ]  # fmt: skip
    again = project_from_dict(json.loads(json.dumps(data)))
    assert again.network.structure() == resnet_small().structure()


def test_a_file_with_children_on_a_plain_layer_is_refused_whole():
    data = project_to_dict(Project(Network.of("Flatten", ("Linear", {}))))
    data["network"]["layers"][0]["children"] = [{"type": "ReLU"}]
    with pytest.raises(ProjectError, match=r"layer 1 \(Flatten\) has 'children'"):
        project_from_dict(data)


def test_a_bad_layer_deep_inside_names_its_place():
    data = project_to_dict(Project(resnet_small()))
    data["network"]["layers"][5]["children"][0]["params"]["stride"] = "two"
    with pytest.raises(ProjectError, match=r"layer 6\.1 \(Conv2d\)"):
        project_from_dict(data)


def test_nesting_deeper_than_the_limit_is_refused():
    layer: Layer = Layer("ReLU")
    for _ in range(8):
        layer = residual(layer)
    data = project_to_dict(Project(Network.of("Flatten", layer, ("Linear", {}))))
    with pytest.raises(ProjectError, match="nested more than 6 deep"):
        project_from_dict(data)


def test_copies_keep_uids_and_duplicates_make_new_ones_throughout():
    network = resnet_small()
    block = network.layers[3]
    assert network.copy().structure() == network.structure()
    assert [x.uid for x in network.copy().all_layers()] == [x.uid for x in network.all_layers()]
    twin = block.duplicate()
    assert twin.structure() == block.structure()
    assert not {x.uid for x in Network([twin]).all_layers()} & {x.uid for x in network.all_layers()}


def test_moving_a_layer_into_and_out_of_a_container():
    network = resnet_small()
    relu = network.layers[4]
    block = network.layers[3]
    network.move(relu.uid, block.uid, 5)
    assert network.place(relu.uid).parent == block.uid and len(network) == 9
    assert network.ancestors(relu.uid) == [block.uid]
    network.move(relu.uid, None, 4)
    assert network.structure() == resnet_small().structure()
