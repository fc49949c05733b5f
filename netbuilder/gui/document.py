"""The open document: the whole Project, its undo stack, and the analysis of its network.

Views read from here and edit only by pushing undo commands, which whoever edits builds (see
`commands.py`). As in Qt's Undo Framework this model knows nothing of the commands: it offers the
edits they call (each followed by a signal and a fresh analysis) and the stack they are pushed on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from netbuilder.document.analysis import Analysis, analyse
from netbuilder.document.datasets import dataset_classes
from netbuilder.document.network import Layer, Network, Placed
from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.gui.session import ProjectSession

NUM_CLASSES = 10


class Document(QObject):
    layer_inserted = Signal(str)  # the uid of the layer placed (it may be inside a container)
    layer_removed = Signal(str)
    layer_moved = Signal(str)
    layers_regrouped = Signal(str)  # the container that now wraps (or no longer wraps) layers
    param_changed = Signal(str, str)  # uid, parameter name
    training_changed = Signal()
    network_reset = Signal()  # another project's network (open, new, preset, lesson, recovery)
    network_replaced = Signal()  # the whole network replaced within this project: one edit
    analysis_changed = Signal()
    path_changed = Signal(str)
    lock_changed = Signal(bool)
    session_replaced = Signal(object)  # the new ProjectSession; network_reset follows it

    def __init__(self, project: Project | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.project = project or Project()
        self.path: str | None = None
        self.locked = False
        self._resetting = False
        self.session = ProjectSession(self.project)
        self.analysis: Analysis = self._analyse()

    @property
    def network(self) -> Network:
        return self.project.network

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def layer(self, uid: str) -> Layer:
        return self.network.layer(uid)

    # Whole-document changes -------------------------------------------------------------------

    def reset(self, project: Project, path: str | None = None) -> None:
        """Replace the project (open, new, preset, lesson, recovery) and its session; forgets
        the undo history. Views showing the new project push nothing: it opens unmodified."""
        self.undo_stack.clear()
        self.project = project
        self.session = ProjectSession(project)
        self._resetting = True
        try:
            self.session_replaced.emit(self.session)
            self.set_path(path)
            self.network_reset.emit()
            self._reanalyse()
        finally:
            self._resetting = False

    def set_path(self, path: str | None) -> None:
        self.path = str(path) if path else None
        self.path_changed.emit(self.path or "")

    def mark_saved(self, path: str) -> None:
        self.undo_stack.setClean()
        self.set_path(path)

    def set_locked(self, locked: bool) -> None:
        """While locked (e.g. during training) every edit, undo and redo is refused."""
        if locked != self.locked:
            self.locked = locked
            self.lock_changed.emit(locked)

    # The undo stack: every edit is a command pushed here -------------------------------------

    def push(self, command: QUndoCommand) -> bool:
        if self.locked or self._resetting:  # a view echoing the opened project is no edit
            return False
        self.undo_stack.push(command)
        return True

    def undo(self) -> None:
        if not self.locked:
            self.undo_stack.undo()

    def redo(self) -> None:
        if not self.locked:
            self.undo_stack.redo()

    # Model edits: called by the commands only -------------------------------------------------

    def insert_layer(self, index: int, layer: Layer, parent: str | None = None) -> None:
        self.network.insert(index, layer, parent)
        self.layer_inserted.emit(layer.uid)
        self._reanalyse()

    def remove_layer(self, uid: str) -> Placed:
        placed = self.network.remove(uid)
        self.layer_removed.emit(uid)
        self._reanalyse()
        return placed

    def move_layer(self, uid: str, parent: str | None, index: int) -> Placed:
        """Move a layer to `index` of `parent`'s sequence (None: the top level); returns where
        it was."""
        placed = self.network.move(uid, parent, index)
        self.layer_moved.emit(uid)
        self._reanalyse()
        return placed

    def wrap_layers(
        self, parent: str | None, start: int, count: int, container: Layer, into: Layer
    ) -> None:
        """Put `count` siblings from `start` into `into` (the container itself, or one of its
        branches), and the container where they were."""
        siblings = self.network.siblings(parent)
        into.children[:0] = siblings[start : start + count]
        siblings[start : start + count] = [container]
        self.layers_regrouped.emit(container.uid)
        self._reanalyse()

    def unwrap_layer(self, uid: str, out_of: Layer) -> tuple[str | None, int, int]:
        """Put what `out_of` (the container, or its branch) holds where the container is, and
        take the container out; returns (parent, index, count) for putting it back."""
        placed = self.network.place(uid)
        held, out_of.children[:] = list(out_of.children), []
        self.network.siblings(placed.parent)[placed.index : placed.index + 1] = held
        self.layers_regrouped.emit(uid)
        self._reanalyse()
        return placed.parent, placed.index, len(held)

    def set_param(self, uid: str, name: str, value: Any) -> Any:
        previous = self.network.set_param(uid, name, value)
        self.param_changed.emit(uid, name)
        self._reanalyse()
        return previous

    def set_training(self, settings: TrainingSettings) -> None:
        self.project.training = settings
        self.training_changed.emit()
        self._reanalyse()

    def set_dataset(
        self,
        name: str,
        params: dict[str, Any],
        input_shape: tuple[int, ...],
        training: TrainingSettings,
    ) -> None:
        """The dataset, its options, the Input shape and settings that go with it, at once."""
        self.project.dataset, self.project.dataset_params = name, dict(params)
        self.network.input_shape = tuple(input_shape)
        self.set_training(training)  # signals training_changed and analyses the new input

    def set_network(self, network: Network) -> Network:
        """Put `network` in place of the whole network; returns the one it replaces."""
        previous, self.project.network = self.project.network, network
        self.network_replaced.emit()
        self._reanalyse()
        return previous

    def _analyse(self) -> Analysis:
        return analyse(
            self.network,
            self.num_classes,
            self.project.training.loss,
            self.project.training.objective,
        )

    @property
    def num_classes(self) -> int | None:
        """The classes of the project's dataset: what the last layer must output."""
        folder_classes = image_folder_classes(self.project.dataset)
        if folder_classes:  # an image folder: one subfolder per class, as the engine reads it
            return folder_classes
        return dataset_classes(self.project.dataset, self.project.dataset_params)

    def _reanalyse(self) -> None:
        self.analysis = self._analyse()
        self.analysis_changed.emit()


def image_folder_classes(name: str) -> int:
    """How many class subfolders an image-folder dataset has (0: not an image folder)."""
    folder = Path(name)
    if not folder.is_absolute() or not folder.is_dir():
        return 0
    if (folder / "train").is_dir() and (folder / "test").is_dir():
        folder = folder / "train"
    try:
        names = [e for e in folder.iterdir() if e.is_dir() and not e.name.startswith(".")]
    except OSError:
        return 0
    return len(names) if len(names) >= 2 else 0


def display_name(document: Document) -> str:
    """The file name shown in the title bar."""
    if document.path:
        return Path(document.path).name
    if document.project.name:
        untitled = QCoreApplication.translate("Document", "{name} (untitled)")
        return untitled.format(name=document.project.name)
    return QCoreApplication.translate("Document", "Untitled")


def on_session_replaced(window, slot) -> None:
    """Call slot(session) whenever the window's project is replaced, before the views show the
    new one (network_reset); duck-typed, so a stand-in window without the signal is fine."""
    signal = getattr(getattr(window, "document", None), "session_replaced", None)
    if signal is not None:
        signal.connect(slot)


def on_project_changes(window, slot) -> None:
    """Call slot(project) whenever the window's project is replaced (opened, new) or its training
    settings or dataset change; duck-typed, so a stand-in window without the signals is fine."""
    document = getattr(window, "document", None)
    for name in ("training_changed", "network_reset"):
        signal = getattr(document, name, None)
        if signal is not None:
            signal.connect(lambda *_: slot(window.document.project))
