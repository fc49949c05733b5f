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

from netbuilder.document.datasets import is_regression, loss_for
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
    def __init__(self, document: Document, index: int, layer: Layer, verb: str = "Add"):
        super().__init__(_tr(INSERT_TEXTS[verb]).format(layer=layer.type_id))
        self.document, self.index, self.layer = document, index, layer

    def redo(self) -> None:
        self.document.insert_layer(self.index, self.layer)

    def undo(self) -> None:
        self.document.remove_layer(self.index)


class RemoveLayer(QUndoCommand):
    def __init__(self, document: Document, index: int):
        self.layer = document.network.layers[index]
        text = QCoreApplication.translate("commands", "Delete {layer}")
        super().__init__(text.format(layer=self.layer.type_id))
        self.document, self.index = document, index

    def redo(self) -> None:
        self.document.remove_layer(self.index)

    def undo(self) -> None:
        self.document.insert_layer(self.index, self.layer)


class MoveLayer(QUndoCommand):
    def __init__(self, document: Document, source: int, target: int):
        text = QCoreApplication.translate("commands", "Move {layer}")
        super().__init__(text.format(layer=document.network.layers[source].type_id))
        self.document, self.source, self.target = document, source, target

    def redo(self) -> None:
        self.document.move_layer(self.source, self.target)

    def undo(self) -> None:
        self.document.move_layer(self.target, self.source)


class SetParam(QUndoCommand):
    """Set one parameter; consecutive changes to the same parameter merge into one step."""

    def __init__(self, document: Document, uid: str, name: str, value: Any):
        layer = document.network.layers[document.network.index_of(uid)]
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
        self.document.set_param(self.document.network.index_of(self.uid), self.name, self.value)

    def undo(self) -> None:
        self.document.set_param(self.document.network.index_of(self.uid), self.name, self.previous)


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


def add_layer(document: Document, type_id: str, index: int | None = None) -> bool:
    index = len(document.network) if index is None else index
    return document.push(InsertLayer(document, index, Layer(type_id)))


def delete_layer(document: Document, uid: str) -> bool:
    return document.push(RemoveLayer(document, document.network.index_of(uid)))


def duplicate_layer(document: Document, uid: str) -> bool:
    index = document.network.index_of(uid)
    copy = document.network.layers[index].duplicate()
    return document.push(InsertLayer(document, index + 1, copy, verb="Duplicate"))


def move_layer_to(document: Document, uid: str, target: int) -> bool:
    source = document.network.index_of(uid)
    if target == source or not 0 <= target < len(document.network):
        return False
    return document.push(MoveLayer(document, source, target))


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
