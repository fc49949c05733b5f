"""Edits of everything selected on the canvas, each ONE undo step however many layers it touches:
Delete, Duplicate (each run of neighbours copied after itself) and Move earlier / later (every
selected layer one step, as an editor moves several lines; only for layers of one sequence)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from netbuilder.document.network import Placed
from netbuilder.gui import commands
from netbuilder.gui.commands import InsertLayer
from netbuilder.gui.document import Document


def _places(document: Document, uids: list[str]) -> list[Placed]:
    network = document.network
    return [network.place(uid) for uid in uids if network.contains(uid)]


def _one_step(document: Document, text: str, edits: list[Callable[[], object]]) -> bool:
    """Run `edits` as one undo step named `text` (one edit alone keeps its own name)."""
    if document.locked or not edits:
        return False
    if len(edits) == 1:
        return bool(edits[0]())
    document.undo_stack.beginMacro(text)
    try:
        for edit in edits:
            edit()
    finally:
        document.undo_stack.endMacro()
    return True


def delete_layers(document: Document, uids: list[str]) -> bool:
    text = QCoreApplication.translate("commands", "Delete {count} layers").format(count=len(uids))
    edits = [lambda uid=uid: commands.delete_layer(document, uid) for uid in uids]
    return _one_step(document, text, edits)


def _runs(places: list[Placed]) -> list[list[Placed]]:
    """The places grouped into runs of neighbours in one sequence, in the network's order."""
    runs: list[list[Placed]] = []
    for place in places:
        last = runs[-1][-1] if runs else None
        if last is not None and last.parent == place.parent and last.index + 1 == place.index:
            runs[-1].append(place)
        else:
            runs.append([place])
    return runs


def duplicate_layers(document: Document, uids: list[str]) -> list[str]:
    """Copy each run of neighbouring selected layers right after that run (A B C selected as A
    and B gives A B A' B' C); the copies' uids, in order (empty: nothing was done)."""
    runs = _runs(_places(document, uids))
    copies = [[place.layer.duplicate() for place in run] for run in runs]
    edits = []
    for run, made in reversed(list(zip(runs, copies, strict=True))):  # later runs first
        end, parent = run[-1].index + 1, run[0].parent
        for offset, copy in enumerate(made):
            command = InsertLayer(document, end + offset, copy, verb="Duplicate", parent=parent)
            edits.append(lambda command=command: document.push(command))
    text = QCoreApplication.translate("commands", "Duplicate {count} layers")
    done = _one_step(document, text.format(count=len(uids)), edits)
    return [copy.uid for made in copies for copy in made] if done else []


def one_sequence(document: Document, uids: list[str]) -> bool:
    """Whether the selected layers all sit in one sequence (so they can move together)."""
    return len({place.parent for place in _places(document, uids)}) == 1


def can_move(document: Document, uids: list[str], step: int) -> bool:
    """Whether every selected layer can move one `step` (-1 earlier, +1 later) in its sequence."""
    places = _places(document, uids)
    if not places or not one_sequence(document, uids) or document.locked:
        return False
    indexes = sorted(place.index for place in places)
    size = len(document.network.siblings(places[0].parent))
    return indexes[0] > 0 if step < 0 else indexes[-1] < size - 1


def move_layers(document: Document, uids: list[str], step: int) -> bool:
    """Move every selected layer one step earlier (-1) or later (+1): one undo step."""
    if not can_move(document, uids, step):
        return False
    places = sorted(_places(document, uids), key=lambda place: place.index, reverse=step > 0)
    edits = [
        lambda uid=place.layer.uid: commands.move_layer_to(
            document, uid, document.network.index_of(uid) + step
        )
        for place in places
    ]
    text = QCoreApplication.translate("commands", "Move {count} layers").format(count=len(uids))
    return _one_step(document, text, edits)


def move_refusal(document: Document, uids: list[str]) -> str:
    """Why Move is off for this selection ("" when it is not for that reason)."""
    if len(uids) < 2 or one_sequence(document, uids):
        return ""
    return QCoreApplication.translate(
        "commands", "Layers in different blocks or branches cannot move together"
    )
