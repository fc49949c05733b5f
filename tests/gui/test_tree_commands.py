"""Edits of a network with containers: each one undo step, by uid, refused where a layer cannot
go, and undo puts back the very layers (uids, order, parameters) that were there."""

from __future__ import annotations

from netbuilder.document.network import Layer, Network, branches, residual
from netbuilder.document.project import Project
from netbuilder.gui import commands
from netbuilder.gui.document import Document


def conv(channels: int, stride: int = 1) -> tuple[str, dict]:
    return ("Conv2d", {"out_channels": channels, "kernel_size": 3, "padding": 1, "stride": stride})


def tree(network: Network) -> tuple:
    """Everything the network is, uids included."""

    def layer(x: Layer) -> tuple:
        params = tuple(sorted(x.params.items()))
        return (x.uid, x.type_id, params, tuple(layer(c) for c in x.children))

    return tuple(layer(x) for x in network.layers)


def document(*layers) -> Document:
    return Document(Project(Network.of(*layers, "Flatten", ("Linear", {"out_features": 10}))))


def test_wrapping_in_a_residual_block_is_one_step_and_undo_restores_uids_and_order(qtbot):
    doc = document(conv(8), conv(8), "ReLU")
    before = tree(doc.network)
    uids = [x.uid for x in doc.network.layers[1:3]]
    with qtbot.waitSignal(doc.layers_regrouped):
        assert commands.wrap_layers(doc, uids, "Residual")
    block = doc.network.layers[1]
    assert block.type_id == "Residual" and [x.uid for x in block.children] == uids
    assert block.params["shortcut"] == "identity" and doc.analysis.valid
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Wrap in Residual"
    doc.undo()
    assert tree(doc.network) == before
    doc.redo()
    assert doc.network.layers[1].uid == block.uid and doc.analysis.valid


def test_wrapping_layers_that_change_the_shape_makes_a_projection_shortcut():
    doc = document(conv(8), conv(16, 2), "ReLU")
    assert commands.wrap_layers(doc, [x.uid for x in doc.network.layers[1:3]], "Residual")
    block = doc.analysis.info(doc.network.layers[1].uid)
    assert doc.network.layers[1].params["shortcut"] == "projection"
    assert block.projection.stride == 2 and doc.analysis.valid


def test_only_neighbours_in_one_sequence_can_be_wrapped():
    doc = document(conv(8), "ReLU", conv(8))
    first, _, third = doc.network.layers[:3]
    assert not commands.wrap_layers(doc, [first.uid, third.uid], "Residual")
    assert not commands.wrap_layers(doc, [], "Residual")
    assert not commands.wrap_layers(doc, [first.uid], "Linear")
    assert doc.undo_stack.count() == 0


def test_wrapping_in_branches_puts_the_layers_in_the_first_branch_beside_an_empty_one():
    doc = document(conv(8), conv(4))
    second = doc.network.layers[1]
    assert commands.wrap_layers(doc, [second.uid], "Branches")
    fork = doc.network.layers[1]
    assert [len(b.children) for b in fork.children] == [1, 0]
    assert doc.analysis.info(fork.uid).output_shape == (12, 28, 28)
    assert commands.unwrap_layer(doc, fork.uid)
    assert doc.network.layers[1].uid == second.uid
    doc.undo()
    doc.undo()
    assert doc.network.layers[1].uid == second.uid and len(doc.network) == 4


def test_unwrap_is_refused_when_it_would_lose_a_branch():
    fork = branches([conv(4)], [conv(4)])
    doc = document(conv(8), fork)
    assert not commands.can_unwrap(doc, fork.uid)
    assert not commands.unwrap_layer(doc, fork.uid)
    assert commands.can_unwrap(doc, doc.network.layers[0].uid) is False


def test_unwrapping_a_residual_and_undoing_it(qtbot):
    block = residual(conv(8), "ReLU")
    doc = document(conv(8), block)
    before = tree(doc.network)
    assert commands.unwrap_layer(doc, block.uid)
    assert [x.type_id for x in doc.network.layers[:3]] == ["Conv2d", "Conv2d", "ReLU"]
    assert not doc.network.contains(block.uid)
    doc.undo()
    assert tree(doc.network) == before


def test_moving_a_layer_into_a_container_and_out_again(qtbot):
    block = residual(conv(8))
    doc = document(conv(8), block, "ReLU")
    relu = doc.network.layers[2]
    before = tree(doc.network)
    with qtbot.waitSignal(doc.layer_moved) as moved:
        assert commands.move_layer_to(doc, relu.uid, 1, parent=block.uid)
    assert moved.args == [relu.uid]
    assert [x.type_id for x in block.children] == ["Conv2d", "ReLU"]
    assert commands.move_layer_to(doc, relu.uid, 2, parent=None)
    assert tree(doc.network) == before
    doc.undo()
    doc.undo()
    assert tree(doc.network) == before and doc.undo_stack.index() == 0


def test_a_layer_cannot_go_into_itself_a_branches_block_or_outside_its_kind():
    inner = residual("ReLU")
    outer = residual(conv(8), inner)
    fork = branches([conv(4)], [])
    doc = document(conv(8), outer, fork)
    assert not commands.move_layer_to(doc, outer.uid, 0, parent=inner.uid), "into itself"
    assert not commands.move_layer_to(doc, outer.uid, 0, parent=outer.uid)
    assert not commands.move_layer_to(doc, doc.network.layers[0].uid, 0, parent=fork.uid)
    branch = fork.children[1]
    assert not commands.move_layer_to(doc, branch.uid, 0, parent=None)
    assert not commands.add_layer(doc, "ReLU", parent=fork.uid)
    assert not commands.add_layer(doc, "ReLU", parent=doc.network.layers[0].uid)
    assert not commands.add_layer(doc, "ReLU", parent="no such uid")
    assert doc.undo_stack.count() == 0


def test_adding_deleting_and_duplicating_inside_a_container():
    block = residual(conv(8))
    fork = branches([conv(4)], [])
    doc = document(conv(8), block, fork)
    assert commands.add_layer(doc, "ReLU", parent=block.uid)
    assert [x.type_id for x in block.children] == ["Conv2d", "ReLU"]
    assert commands.add_branch(doc, fork.uid) and len(fork.children) == 3
    assert commands.duplicate_layer(doc, block.children[0].uid)
    assert [x.type_id for x in block.children] == ["Conv2d", "Conv2d", "ReLU"]
    assert block.children[0].uid != block.children[1].uid
    assert commands.delete_layer(doc, block.uid) and not doc.network.contains(block.uid)
    for _ in range(4):
        doc.undo()
    assert [x.type_id for x in block.children] == ["Conv2d"] and len(fork.children) == 2


def test_a_parameter_deep_inside_is_set_by_uid_and_merges_into_one_step(qtbot):
    block = residual(conv(8))
    doc = document(conv(8), block)
    inner = block.children[0]
    with qtbot.waitSignal(doc.param_changed) as changed:
        assert commands.change_param(doc, inner.uid, "out_channels", 9)
    assert changed.args == [inner.uid, "out_channels"]
    assert commands.change_param(doc, inner.uid, "out_channels", 16)
    assert doc.undo_stack.count() == 1 and inner.params["out_channels"] == 16
    assert doc.analysis.problems_for(block.uid)[0].code == "residual_shapes_differ"
    doc.undo()
    assert inner.params["out_channels"] == 8 and doc.analysis.valid


def test_a_new_branches_block_from_the_palette_has_two_empty_branches():
    doc = document(conv(8))
    assert commands.add_layer(doc, "Branches", index=1)
    fork = doc.network.layers[1]
    assert [b.type_id for b in fork.children] == ["Branch", "Branch"]
    assert doc.analysis.info(fork.uid).output_shape == (16, 28, 28)
