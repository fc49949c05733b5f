"""Undoable edits. Each command changes the document's model only; views follow its signals.

As in Qt's Undo Framework, the model (`gui/document.py`) knows nothing of these commands: whoever
edits (the canvas, the inspector, the menus, the training form) builds one here and pushes it, most
simply through the functions at the end (`add_layer(document, "ReLU")`), which say whether the
edit happened: never while the document is locked (training), nor for a parameter set to the value
it has or a move to where the layer is.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from netbuilder.document.analysis import analyse
from netbuilder.document.datasets import dataset_input_shape, is_regression, loss_for
from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.gui.document import Document

SET_PARAM_ID = 1001
INSERT_TEXTS = {  # how an insertion is named in Edit > Undo, by verb
    "Add": QT_TRANSLATE_NOOP("commands", "Add {layer}"),
    "Duplicate": QT_TRANSLATE_NOOP("commands", "Duplicate {layer}"),
}
REPLACE_NETWORK = QT_TRANSLATE_NOOP("commands", "Replace network")


def _tr(text: str) -> str:
    """A step's name in Edit > Undo, in the language of the moment it was made."""
    return QCoreApplication.translate("commands", text)


class InsertLayer(QUndoCommand):
    def __init__(
        self,
        document: Document,
        index: int,
        layer: Layer,
        verb: str = "Add",
        parent: str | None = None,
    ):
        super().__init__(_tr(INSERT_TEXTS[verb]).format(layer=layer.type_id))
        self.document, self.index, self.layer, self.parent = document, index, layer, parent

    def redo(self) -> None:
        self.document.insert_layer(self.index, self.layer, self.parent)

    def undo(self) -> None:
        self.document.remove_layer(self.layer.uid)


class RemoveLayer(QUndoCommand):
    """Delete a layer, and all a container holds with it."""

    def __init__(self, document: Document, uid: str):
        self.place = document.network.place(uid)
        text = QCoreApplication.translate("commands", "Delete {layer}")
        super().__init__(text.format(layer=self.place.layer.type_id))
        self.document = document

    def redo(self) -> None:
        self.document.remove_layer(self.place.layer.uid)

    def undo(self) -> None:
        self.document.insert_layer(self.place.index, self.place.layer, self.place.parent)


class MoveLayer(QUndoCommand):
    """Move a layer within its sequence, or into or out of a container."""

    def __init__(self, document: Document, uid: str, parent: str | None, index: int):
        self.was = document.network.place(uid)
        text = QCoreApplication.translate("commands", "Move {layer}")
        super().__init__(text.format(layer=self.was.layer.type_id))
        self.document, self.uid, self.parent, self.index = document, uid, parent, index

    def redo(self) -> None:
        self.document.move_layer(self.uid, self.parent, self.index)

    def undo(self) -> None:
        self.document.move_layer(self.uid, self.was.parent, self.was.index)


class WrapLayers(QUndoCommand):
    """Put consecutive layers inside a new container (a Residual, or the first branch of
    Branches) in one step."""

    def __init__(
        self, document: Document, parent: str | None, start: int, count: int, container: Layer
    ):
        text = QCoreApplication.translate("commands", "Wrap in {container}")
        super().__init__(text.format(container=container.type_id))
        self.document, self.parent, self.start, self.count = document, parent, start, count
        self.container = container

    def redo(self) -> None:
        self.document.wrap_layers(
            self.parent, self.start, self.count, self.container, _receiver(self.container)
        )

    def undo(self) -> None:
        self.document.unwrap_layer(self.container.uid, _receiver(self.container))


class UnwrapLayer(QUndoCommand):
    """Take a container away and leave what it held in its place."""

    def __init__(self, document: Document, uid: str):
        self.container = document.layer(uid)
        text = QCoreApplication.translate("commands", "Unwrap {container}")
        super().__init__(text.format(container=self.container.type_id))
        self.document = document
        self.place: tuple[str | None, int, int] | None = None

    def redo(self) -> None:
        self.place = self.document.unwrap_layer(self.container.uid, _receiver(self.container))

    def undo(self) -> None:
        assert self.place is not None
        parent, start, count = self.place
        self.document.wrap_layers(parent, start, count, self.container, _receiver(self.container))


def _receiver(container: Layer) -> Layer:
    """The sequence that wrapping fills and unwrapping empties: a Residual's own, or the one
    branch of Branches that holds layers (the first when none does)."""
    if container.type_id != "Branches":
        return container
    return next((b for b in container.children if b.children), container.children[0])


class SetParam(QUndoCommand):
    """Set one parameter; consecutive changes to the same parameter merge into one step."""

    def __init__(self, document: Document, uid: str, name: str, value: Any):
        layer = document.layer(uid)
        text = QCoreApplication.translate("commands", "Change {layer} {parameter}")
        super().__init__(text.format(layer=layer.type_id, parameter=name))
        self.document, self.uid, self.name = document, uid, name
        self.value, self.previous = value, layer.params[name]

    def id(self) -> int:
        return SET_PARAM_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetParam) or (other.uid, other.name) != (self.uid, self.name):
            return False
        self.value = other.value
        return True

    def redo(self) -> None:
        self.document.set_param(self.uid, self.name, self.value)

    def undo(self) -> None:
        self.document.set_param(self.uid, self.name, self.previous)


class SetTraining(QUndoCommand):
    """Replace the project's training settings (for the training panel's form)."""

    def __init__(self, document: Document, settings: TrainingSettings):
        super().__init__(QCoreApplication.translate("commands", "Change training settings"))
        self.document, self.settings = document, settings
        self.previous = document.project.training

    def redo(self) -> None:
        self.document.set_training(self.settings)

    def undo(self) -> None:
        self.document.set_training(self.previous)


class SetDataset(QUndoCommand):
    """Change the project's dataset (and its options), the Input shape it brings (None keeps
    the shape), and the loss it needs (a regression: mse); undo puts all of them back."""

    def __init__(
        self,
        document: Document,
        name: str,
        input_shape: tuple[int, ...] | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("commands", "Change dataset"))
        project = document.project
        self.document = document
        self.previous = (project.dataset, dict(project.dataset_params))
        self.previous += (tuple(project.network.input_shape), project.training)
        shape = tuple(input_shape) if input_shape else tuple(project.network.input_shape)
        self.new = (name, dict(params or {}), shape, training_for(project, name, params or {}))

    def redo(self) -> None:
        self.document.set_dataset(*self.new)

    def undo(self) -> None:
        self.document.set_dataset(*self.previous)


class ReplaceNetwork(QUndoCommand):
    """Replace the whole network (its input shape and every layer) in one step. Undo puts back
    the very network that was there, layers, parameters and uids alike."""

    def __init__(self, document: Document, network: Network, text: str = REPLACE_NETWORK):
        super().__init__(_tr(text) if text == REPLACE_NETWORK else text)
        self.document, self.previous = document, document.network
        self.network = network.copy()  # the caller's object never changes with later edits

    def redo(self) -> None:
        self.document.set_network(self.network)

    def undo(self) -> None:
        self.document.set_network(self.previous)


def training_for(project: Project, name: str, params: dict[str, Any]) -> TrainingSettings:
    """The project's settings with the loss the new data needs (a regression: mse)."""
    was = is_regression(project.dataset, project.dataset_params)
    loss = loss_for(project.training.loss, was, is_regression(name, params))
    if loss == project.training.loss:
        return project.training
    return dataclasses.replace(project.training, loss=loss)


# Edits as the views ask for them: each builds one command and pushes it -----------------------


_SAME = "__same__"
"""move_layer_to's default parent: the layer's own sequence."""

CONTAINERS = ("Residual", "Branches")
"""The containers a selection can be wrapped in."""


def new_layer(type_id: str) -> Layer:
    """A layer as the palette places it: Branches come with two empty branches, so the input
    goes on unchanged beside what the user builds into the first."""
    if type_id == "Branches":
        return Layer(type_id, children=[Layer("Branch"), Layer("Branch")])
    return Layer(type_id)


def can_hold(document: Document, parent: str | None, layer: Layer) -> bool:
    """Whether `layer` may go into `parent`'s sequence: a Branches holds Branch paths only, a
    Branch goes nowhere else, a layer never into itself, and only containers hold layers."""
    holder = document.layer(parent) if parent is not None else None
    if holder is not None and not holder.is_container:
        return False
    if (holder is not None and holder.type_id == "Branches") != (layer.type_id == "Branch"):
        return False
    if parent is not None and (
        parent == layer.uid or layer.uid in document.network.ancestors(parent)
    ):
        return False
    return True


def add_layer(
    document: Document, type_id: str, index: int | None = None, parent: str | None = None
) -> bool:
    layer = new_layer(type_id)
    if parent is not None and not document.network.contains(parent):
        return False
    if not can_hold(document, parent, layer):
        return False
    siblings = document.network.siblings(parent)
    index = len(siblings) if index is None else max(0, min(index, len(siblings)))
    return document.push(InsertLayer(document, index, layer, parent=parent))


def add_branch(document: Document, uid: str) -> bool:
    """One more (empty) path at the end of a Branches block."""
    return add_layer(document, "Branch", parent=uid)


def delete_layer(document: Document, uid: str) -> bool:
    return document.push(RemoveLayer(document, uid))


def duplicate_layer(document: Document, uid: str) -> bool:
    place = document.network.place(uid)
    copy = place.layer.duplicate()
    return document.push(
        InsertLayer(document, place.index + 1, copy, verb="Duplicate", parent=place.parent)
    )


def move_layer_to(
    document: Document, uid: str, target: int, parent: str | None | object = _SAME
) -> bool:
    """Move a layer so that it ends up at `target` in `parent`'s sequence (its own by default;
    None: the top level). Refused where it cannot go (see can_hold) or when it would not move."""
    place = document.network.place(uid)
    destination = place.parent if parent is _SAME else parent
    assert destination is None or isinstance(destination, str)
    if destination is not None and not document.network.contains(destination):
        return False
    if not can_hold(document, destination, place.layer):
        return False
    size = len(document.network.siblings(destination)) - (destination == place.parent)
    if not 0 <= target <= size or (destination == place.parent and target == place.index):
        return False
    return document.push(MoveLayer(document, uid, destination, target))


def consecutive(document: Document, uids: list[str]) -> tuple[str | None, int, int] | None:
    """(parent, start, count) when `uids` are neighbours in one sequence, else None."""
    if not uids or not all(document.network.contains(uid) for uid in uids):
        return None
    places = [document.network.place(uid) for uid in uids]
    parents = {place.parent for place in places}
    if len(parents) != 1:
        return None
    indexes = sorted(place.index for place in places)
    if indexes != list(range(indexes[0], indexes[0] + len(indexes))):
        return None
    return places[0].parent, indexes[0], len(indexes)


def wrap_layers(document: Document, uids: list[str], type_id: str) -> bool:
    """Wrap neighbouring layers in a Residual or in Branches (as the first branch, beside an
    empty one), in one step. A Residual whose layers change the shape gets a projection."""
    span = consecutive(document, uids)
    if span is None or type_id not in CONTAINERS:
        return False
    parent, start, count = span
    if parent is not None and document.layer(parent).type_id == "Branches":
        return False  # a Branches holds branches only: wrap inside a branch instead
    container = new_layer(type_id)
    if type_id == "Residual" and _needs_projection(document, parent, start, count):
        container.params["shortcut"] = "projection"
    return document.push(WrapLayers(document, parent, start, count, container))


def _needs_projection(document: Document, parent: str | None, start: int, count: int) -> bool:
    trial = document.network.copy()
    siblings = trial.siblings(parent)
    block = Layer("Residual", children=siblings[start : start + count])
    siblings[start : start + count] = [block]
    codes = {p.code for p in analyse(trial, None).problems_for(block.uid)}
    return "residual_shapes_differ" in codes


def can_unwrap(document: Document, uid: str) -> bool:
    """A Residual always; Branches when at most one branch holds layers (nothing is lost)."""
    if not document.network.contains(uid):
        return False
    layer = document.layer(uid)
    if layer.type_id == "Residual":
        return True
    if layer.type_id != "Branches":
        return False
    if sum(1 for branch in layer.children if branch.children) > 1:
        return False
    place = document.network.place(uid)
    inside = document.layer(place.parent) if place.parent is not None else None
    return inside is None or inside.type_id != "Branches"


def unwrap_layer(document: Document, uid: str) -> bool:
    if not can_unwrap(document, uid):
        return False
    return document.push(UnwrapLayer(document, uid))


def change_param(document: Document, uid: str, name: str, value: Any) -> bool:
    if document.layer(uid).params.get(name) == value:
        return False
    return document.push(SetParam(document, uid, name, value))


def change_training(document: Document, settings: TrainingSettings) -> bool:
    return document.push(SetTraining(document, settings))


def change_dataset(
    document: Document,
    name: str,
    input_shape: tuple[int, ...] | None = None,
    params: dict[str, Any] | None = None,
) -> bool:
    return document.push(SetDataset(document, name, input_shape, params))


def replace_network(document: Document, network: Network, text: str = "Replace network") -> bool:
    """Put `network` (e.g. a template's, or one pasted) in place of the whole network: one step."""
    return document.push(ReplaceNetwork(document, network, text))


class SetNormalisation(QUndoCommand):
    """Fix the input's normalisation (mean, std) or give it back to the data (None): an imported
    model keeps its own (engine/onnx_import.py)."""

    def __init__(self, document: Document, value: tuple[float, float] | None) -> None:
        super().__init__(QCoreApplication.translate("commands", "Change input normalisation"))
        self.document, self.previous, self.value = document, document.project.normalisation, value

    def redo(self) -> None:
        self.document.project.normalisation = self.value

    def undo(self) -> None:
        self.document.project.normalisation = self.previous


def import_model(document: Document, project: Project, text: str) -> bool:
    """An imported model's network and input normalisation in place of the project's, and its
    dataset where the project's own does not fit its input: one undo step (`text` names it). False when the document takes no edits now (training)."""
    if document.locked:
        return False
    document.undo_stack.beginMacro(text)
    try:
        replace_network(document, project.network, text)
        document.push(SetNormalisation(document, project.normalisation))
        shape = tuple(project.network.input_shape)
        if dataset_input_shape(document.project.dataset) != shape:  # else keep the user's data
            change_dataset(document, project.dataset, shape, project.dataset_params)
    finally:
        document.undo_stack.endMacro()
    return True
