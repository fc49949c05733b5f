"""The undo model: whole-network replacement and the dataset are one undoable step each, undo puts
back exactly what was there, and the canvas's selection never names a layer the network lacks."""

from __future__ import annotations

from netbuilder.document.network import Network
from netbuilder.document.project import load_project
from netbuilder.gui import commands
from netbuilder.gui.document import Document
from tests.paths import EXAMPLES


def snapshot(network: Network) -> tuple:
    """Everything a network is: its input shape and each layer's uid, type and parameters."""
    layers = tuple((x.uid, x.type_id, tuple(sorted(x.params.items()))) for x in network.layers)
    return tuple(network.input_shape), layers


def shown_uids(window) -> list[str]:
    return [item.uid for item in window.canvas.ordered_items()[1:-1]]


def small_network() -> Network:
    return Network.of("Flatten", ("Linear", {"out_features": 10}), input_shape=(1, 28, 28))


def selection_is_empty(window) -> bool:
    """Nothing selected anywhere: the canvas, the inspector and the actions on a selection."""
    return (
        window.canvas.selected_uid() == ""
        and window.feature("builder").inspector.uid == ""
        and not window.delete_action.isEnabled()
        and not window.duplicate_action.isEnabled()
    )


def test_replacing_the_network_is_one_step_and_undo_puts_back_the_very_network(builder_window):
    window, doc = builder_window, builder_window.document
    before, uids = snapshot(doc.network), shown_uids(builder_window)
    window.canvas.select_layer(doc.network.layers[2].uid)
    replacement = small_network()

    assert commands.replace_network(doc, replacement, "Use the small network")
    assert doc.undo_stack.count() == 1 and doc.modified
    assert window.undo_action.text() == "&Undo Use the small network"
    assert [x.type_id for x in doc.network.layers] == ["Flatten", "Linear"]
    assert shown_uids(window) == [x.uid for x in doc.network.layers]
    assert selection_is_empty(window)

    window.undo_action.trigger()
    assert snapshot(doc.network) == before, "the same layers, parameters and uids"
    assert shown_uids(window) == uids
    assert selection_is_empty(window)
    assert not doc.modified, "back where the file was opened"

    window.redo_action.trigger()
    assert snapshot(doc.network) == snapshot(replacement)
    assert shown_uids(window) == [x.uid for x in replacement.layers]


def test_edits_after_a_replacement_undo_to_the_network_before_it(builder_window):
    doc = builder_window.document
    before = snapshot(doc.network)
    replacement = small_network()
    commands.replace_network(doc, replacement)
    replaced = snapshot(doc.network)
    linear = doc.network.layers[1].uid
    commands.change_param(doc, linear, "out_features", 7)
    commands.add_layer(doc, "ReLU", 1)
    assert snapshot(replacement) == replaced, "the caller's network is not the document's"
    for _ in range(2):
        doc.undo()
    assert snapshot(doc.network) == replaced
    doc.undo()
    assert snapshot(doc.network) == before and doc.undo_stack.index() == 0


def test_a_replacement_that_keeps_the_selected_layer_leaves_no_stale_selection(builder_window):
    """Canvas and inspector agree: the inspector empties, so the canvas selects nothing either
    (a block kept by uid once stayed selected beside an empty inspector)."""
    window, doc = builder_window, builder_window.document
    kept = doc.network.copy()  # the same uids, one parameter changed
    conv = next(x for x in kept.layers if x.type_id == "Conv2d")
    conv.params["out_channels"] = 4
    window.canvas.select_layer(conv.uid)
    assert window.feature("builder").inspector.uid == conv.uid

    commands.replace_network(doc, kept)
    assert selection_is_empty(window)
    window.canvas.select_layer(conv.uid)
    window.undo_action.trigger()
    assert selection_is_empty(window)
    assert doc.layer(conv.uid).params["out_channels"] != 4


def test_no_replacement_while_the_document_is_locked(builder_window):
    doc = builder_window.document
    before = snapshot(doc.network)
    doc.set_locked(True)
    assert not commands.replace_network(doc, small_network())
    assert snapshot(doc.network) == before and doc.undo_stack.count() == 0


def test_opening_a_file_after_edits_leaves_the_document_clean_with_no_history(builder_window):
    window, doc = builder_window, builder_window.document
    commands.replace_network(doc, small_network())
    assert window.open_file(EXAMPLES / "mlp_784_512_10.json")
    assert not doc.modified and doc.undo_stack.count() == 0
    assert not window.isWindowModified() and not window.undo_action.isEnabled()
    assert selection_is_empty(window)


def test_changing_the_dataset_is_one_step_and_undo_puts_back_data_shape_and_loss(qtbot):
    project = load_project(EXAMPLES / "lenet5.json")
    doc = Document(project)
    before = (project.dataset, dict(project.dataset_params), project.network.input_shape)
    training = project.training
    assert training.loss == "cross_entropy"

    with qtbot.waitSignals([doc.training_changed, doc.analysis_changed]):
        assert commands.change_dataset(doc, "sine", (1,))
    assert (project.dataset, project.network.input_shape) == ("sine", (1,))
    assert project.training.loss == "mse", "a regression cannot train with cross-entropy"
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Change dataset"

    with qtbot.waitSignals([doc.training_changed, doc.analysis_changed]):
        doc.undo()
    assert (project.dataset, dict(project.dataset_params), project.network.input_shape) == before
    assert project.training is training
    assert not doc.modified
    doc.redo()
    assert (project.dataset, project.training.loss) == ("sine", "mse")


def test_changing_a_generated_datasets_options_undoes_to_the_options_before(qtbot):
    project = load_project(EXAMPLES / "moons_relu.json")
    doc = Document(project)
    options = dict(project.dataset_params)
    changed = {**options, "noise": 0.3}
    assert changed != options

    assert commands.change_dataset(doc, project.dataset, None, changed)
    assert project.dataset_params == changed and project.network.input_shape == (2,)
    doc.undo()
    assert project.dataset_params == options and project.network.input_shape == (2,)
