"""Undoable edits. Each command changes the document's model only; views follow its signals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from netbuilder.document.network import Layer
from netbuilder.document.settings import TrainingSettings

if TYPE_CHECKING:
    from netbuilder.gui.document import Document

SET_PARAM_ID = 1001


class InsertLayer(QUndoCommand):
    def __init__(self, document: Document, index: int, layer: Layer, verb: str = "Add"):
        super().__init__(f"{verb} {layer.type_id}")
        self.document, self.index, self.layer = document, index, layer

    def redo(self) -> None:
        self.document.insert_layer(self.index, self.layer)

    def undo(self) -> None:
        self.document.remove_layer(self.index)


class RemoveLayer(QUndoCommand):
    def __init__(self, document: Document, index: int):
        self.layer = document.network.layers[index]
        super().__init__(f"Delete {self.layer.type_id}")
        self.document, self.index = document, index

    def redo(self) -> None:
        self.document.remove_layer(self.index)

    def undo(self) -> None:
        self.document.insert_layer(self.index, self.layer)


class MoveLayer(QUndoCommand):
    def __init__(self, document: Document, source: int, target: int):
        super().__init__(f"Move {document.network.layers[source].type_id}")
        self.document, self.source, self.target = document, source, target

    def redo(self) -> None:
        self.document.move_layer(self.source, self.target)

    def undo(self) -> None:
        self.document.move_layer(self.target, self.source)


class SetParam(QUndoCommand):
    """Set one parameter; consecutive changes to the same parameter merge into one step."""

    def __init__(self, document: Document, uid: str, name: str, value: Any):
        layer = document.network.layers[document.network.index_of(uid)]
        super().__init__(f"Change {layer.type_id} {name}")
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
        super().__init__("Change training settings")
        self.document, self.settings = document, settings
        self.previous = document.project.training

    def redo(self) -> None:
        self.document.set_training(self.settings)

    def undo(self) -> None:
        self.document.set_training(self.previous)
