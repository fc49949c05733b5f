"""What the canvas does with the mouse: select (click, shift-click for a run, ctrl-click, rubber
band), drag blocks into, out of and along sequences, drop palette layers anywhere a layer may go,
collapse and expand containers, and the context menu. Each edit is one command."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsView, QMenu

from netbuilder.gui import commands
from netbuilder.gui.builder import tree_layout as tree
from netbuilder.gui.builder.block_item import BlockItem
from netbuilder.gui.builder.frame_item import FrameItem, LabelItem, LaneItem
from netbuilder.gui.builder.mime import layer_type_id

ADD_BRANCH = "add_branch"


class CanvasGestures:
    """Mixed into CanvasView (a QGraphicsView with `document`, `blocks`, `_tree`, `marker`)."""

    # Selection ---------------------------------------------------------------------------------

    def selected_uids(self) -> list[str]:
        """The selected layers in the network's order, without any inside a selected container."""
        chosen = {
            item.uid
            for item in self.scene().selectedItems()
            if isinstance(item, BlockItem) and item.uid in self.blocks
        }
        network = self.document.network
        return [
            each.layer.uid
            for each in network.walk()
            if each.layer.uid in chosen and not chosen & set(network.ancestors(each.layer.uid))
        ]

    def selected_uid(self) -> str:
        """The selected layer (the first of several), or ""."""
        selected = self.selected_uids()
        return selected[0] if selected else ""

    def select_layer(self, uid: str) -> None:
        """Select only `uid` (opening any collapsed container that hides it) and show it."""
        self.scene().clearSelection()
        if uid and self.document.network.contains(uid):
            self._expand_around(uid)
        if uid in self.blocks:
            self._anchor = uid
            self.blocks[uid].setSelected(True)
            self.ensureVisible(self.blocks[uid])

    def select_layers(self, uids: list[str]) -> None:
        self.scene().clearSelection()
        for uid in uids:
            if uid in self.blocks:
                self.blocks[uid].setSelected(True)

    def _on_selection_changed(self) -> None:
        self.layer_selected.emit(self.selected_uid())

    def _select_run(self, uid: str) -> bool:
        """Shift-click: select from the last clicked layer to `uid` when both share a sequence."""
        network = self.document.network
        if not (self._anchor and network.contains(self._anchor) and network.contains(uid)):
            return False
        anchor, place = network.place(self._anchor), network.place(uid)
        if anchor.parent != place.parent:
            return False
        low, high = sorted((anchor.index, place.index))
        siblings = network.siblings(place.parent)
        self.select_layers([layer.uid for layer in siblings[low : high + 1]])
        return True

    # Drop targets ------------------------------------------------------------------------------

    def slot_at(self, scene_pos: QPointF) -> int:
        """Where a drop at `scene_pos` inserts in the top level: 0 is right after the input."""
        return tree.slot_in(self._tree.seqs[None], scene_pos, top=True)

    def drop_target(self, scene_pos: QPointF) -> tuple[str | None, int] | None:
        """(parent, index) where a drop at `scene_pos` goes; None inside a Branches frame but
        outside its lanes."""
        region = tree.drop_region(self._tree, scene_pos)
        if region == tree.REFUSED:
            return None
        return region, tree.slot_in(self._tree.seqs[region], scene_pos, top=region is None)

    def show_marker(self, slot: int | None) -> None:
        """Show where a drop into the top level would insert (kept in `marker_slot`), or hide it."""
        self.show_target(None if slot is None else (None, slot))

    def show_target(self, target: tuple[str | None, int] | None) -> None:
        """Show where a drop now would go, or hide the marker."""
        self.marker_target = target
        self.marker_slot = target[1] if target is not None else None
        if target is None:
            self.marker.hide()
            return
        parent, slot = target
        seq = self._tree.seqs[parent]
        self.marker.setRect(tree.marker_rect(seq, slot, parent is None, self._metrics))
        self.marker.show()

    def _allowed(self, target, layer) -> tuple[str | None, int] | None:
        if target is None or not commands.can_hold(self.document, target[0], layer):
            return None
        return target

    def _accepts(self, event) -> bool:
        return not self.document.locked and layer_type_id(event.mimeData()) is not None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._accepts(event):
            event.ignore()
            return
        event.acceptProposedAction()
        layer = commands.new_layer(layer_type_id(event.mimeData()))
        target = self.drop_target(self.mapToScene(event.position().toPoint()))
        self.show_target(self._allowed(target, layer))

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.dragEnterEvent(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.show_marker(None)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.show_marker(None)
        type_id = layer_type_id(event.mimeData())
        if type_id is None or self.document.locked:
            event.ignore()
            return
        target = self.drop_target(self.mapToScene(event.position().toPoint()))
        if target is None:
            event.ignore()
            return
        parent, slot = target
        if commands.add_layer(self.document, type_id, slot, parent):
            event.acceptProposedAction()
            self.select_layer(self.document.network.siblings(parent)[slot].uid)
            self.setFocus()  # the edit happened here: Ctrl+Z and Delete now act on it

    # Pressing, dragging, releasing -------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        view_pos = event.position().toPoint()
        self._press, self._consumed = view_pos, True
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan = view_pos
            return
        if event.button() == Qt.MouseButton.RightButton:
            event.accept()  # the selection stays for the context menu that follows
            return
        if event.button() == Qt.MouseButton.LeftButton and self._press_on_label(view_pos):
            return
        item = self._block_at(view_pos)
        if event.button() == Qt.MouseButton.LeftButton and item is None:
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        elif event.button() == Qt.MouseButton.LeftButton and item.uid in self.blocks:
            if self._press_on_toggle(item, view_pos):
                return
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self._select_run(item.uid):
                return
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._anchor = item.uid
            self._drag = (item.uid, self.mapToScene(view_pos) - item.pos())
        self._consumed = False
        super().mousePressEvent(event)

    def _press_on_label(self, view_pos) -> bool:
        for item in self.items(view_pos):
            if isinstance(item, LabelItem) and item.action == ADD_BRANCH:
                if commands.add_branch(self.document, item.uid):
                    branches = self.document.layer(item.uid).children
                    self.select_layer(branches[-1].uid)
                return True
        return False

    def _press_on_toggle(self, item: BlockItem, view_pos) -> bool:
        if not isinstance(item, FrameItem):
            return False
        if not item.toggle_rect().contains(item.mapFromScene(self.mapToScene(view_pos))):
            return False
        self.set_collapsed(item.uid, True)
        return True

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A double click opens a collapsed container, or collapses a frame by its header."""
        item = self._block_at(event.position().toPoint())
        if (
            item is not None
            and item.uid in self.blocks
            and self.document.layer(item.uid).is_container
        ):
            if not isinstance(item, LaneItem):
                self.set_collapsed(item.uid, not self.is_collapsed(item.uid))
                return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if getattr(self, "_pan", None) is not None:
            delta = event.position().toPoint() - self._pan
            self._pan = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        if self._drag and not self.document.locked and self._drag_started(event):
            uid, offset = self._drag
            pos = self.mapToScene(event.position().toPoint())
            item = self.blocks[uid]
            if type(item) is BlockItem:
                item.setPos(pos - offset)
                item.setZValue(5)
            item.setOpacity(0.85 if type(item) is BlockItem else 0.5)
            layer = self.document.layer(uid)
            self.show_target(self._allowed(self.drop_target(pos), layer))
            return
        super().mouseMoveEvent(event)

    def _drag_started(self, event) -> bool:
        if not self._dragging:
            start = self.mapFromScene(self.blocks[self._drag[0]].pos() + self._drag[1])
            moved = (event.position().toPoint() - start).manhattanLength()
            self._dragging = moved >= QApplication.startDragDistance()
        return self._dragging

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        view_pos = event.position().toPoint()
        if getattr(self, "_pan", None) is not None or getattr(self, "_consumed", False):
            self._pan, self._consumed = None, False
            event.accept()  # the press did all there was to do
            return
        if self._drag and self._dragging:
            self.finish_block_drag(self._drag[0], self.mapToScene(view_pos))
        banding = self.dragMode() == QGraphicsView.DragMode.RubberBandDrag
        self._drag, self._dragging = None, False
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        press = getattr(self, "_press", None)
        if banding and press is not None and (view_pos - press).manhattanLength() < 4:
            self._click_on_frame(view_pos, event.modifiers())

    def _click_on_frame(self, view_pos, modifiers) -> None:
        """A click on a frame's or lane's open space selects that container (or branch)."""
        for item in self.items(view_pos):
            if isinstance(item, (FrameItem, LaneItem)) and item.uid in self.blocks:
                if not modifiers & Qt.KeyboardModifier.ControlModifier:
                    self.scene().clearSelection()
                    self._anchor = item.uid
                item.setSelected(True)
                return

    def finish_block_drag(self, uid: str, scene_pos: QPointF) -> bool:
        """End a block drag at `scene_pos`: push one move command, or snap back."""
        self.show_marker(None)
        target = self._allowed(self.drop_target(scene_pos), self.document.layer(uid))
        moved = False
        if target is not None:
            parent, slot = target
            place = self.document.network.place(uid)
            index = slot - 1 if parent == place.parent and slot > place.index else slot
            moved = commands.move_layer_to(self.document, uid, index, parent)
        self.relayout()
        return moved

    def _block_at(self, view_pos) -> BlockItem | None:
        """The innermost block or frame under the pointer (a lane counts as its frame's space)."""
        for item in self.items(view_pos):
            if isinstance(item, FrameItem):
                inside = item.grab_rect().contains(item.mapFromScene(self.mapToScene(view_pos)))
                return item if inside else None
            if isinstance(item, BlockItem) and not isinstance(item, LaneItem):
                return item
        return None

    # Context menu ------------------------------------------------------------------------------

    def build_context_menu(self, uid: str) -> QMenu:
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # e.g. why Move is off for the selection
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        if uid and self.document.network.contains(uid):
            layer = self.document.layer(uid)
            if layer.type_id in commands.CONTAINERS:
                menu.addSeparator()
                if self.is_collapsed(uid):
                    text = QCoreApplication.translate("CanvasView", "Expand")
                else:
                    text = QCoreApplication.translate("CanvasView", "Collapse")
                collapse = menu.addAction(text)
                collapse.triggered.connect(
                    lambda: self.set_collapsed(uid, not self.is_collapsed(uid))
                )
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        item = self._block_at(event.pos())
        if item is None:
            item = next(
                (i for i in self.items(event.pos()) if isinstance(i, (FrameItem, LaneItem))), None
            )
        if item is not None and item.uid in self.blocks and not item.isSelected():
            self.select_layer(item.uid)
        self.build_context_menu(self.selected_uid()).exec(event.globalPos())
