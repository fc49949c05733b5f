"""The canvas: a view that mirrors the document as a chain of blocks, and turns gestures into commands.

It keeps one item per layer, keyed by uid, and never holds anything that saving reads.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPalette, QPen, QTransform
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QWidget,
)

from netbuilder.gui import commands, language, theme
from netbuilder.gui.builder import canvas_layout as geometry
from netbuilder.gui.builder.block_item import BlockItem, block_metrics
from netbuilder.gui.builder.canvas_content import input_content, layer_content, output_content
from netbuilder.gui.builder.lock_banner import LockBanner
from netbuilder.gui.builder.mime import layer_type_id
from netbuilder.gui.document import Document

MIN_ZOOM, MAX_ZOOM = 0.3, 3.0
MAX_FIT_ZOOM = 1.5
"""Fit to view enlarges small networks up to this zoom: big blocks read well on a projector."""
INPUT_UID, OUTPUT_UID = "__input__", "__output__"


class CanvasView(QGraphicsView):
    layer_selected = Signal(str)
    """The uid of the selected layer, or "" when none is."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAcceptDrops(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.blocks: dict[str, BlockItem] = {}
        self._rects: list[QRectF] = []
        self._decorations: list = []
        self._drag: tuple[str, QPointF] | None = None
        self._dragging = False
        self._auto_fit = False
        self._fitting = False
        self._compact = False
        self.context_actions: list[QAction] = []
        self.lock_banner = LockBanner(self)
        self._make_fixed_items()
        self._connect_document()
        self.scene().selectionChanged.connect(self._on_selection_changed)
        self.sync()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The blocks' words and the lock banner in the user's language (selection, zoom and
        scroll stay)."""
        self.lock_banner.retranslate()
        self._on_lock_changed(self.document.locked)  # the banner's height may differ
        self.refresh_contents()
        self.viewport().update()

    def _make_fixed_items(self) -> None:
        self.input_item = BlockItem(
            INPUT_UID, input_content(self.document.analysis, self.document.project.dataset), False
        )
        self.output_item = BlockItem(
            OUTPUT_UID,
            output_content(self.document.analysis, self.document.num_classes, self._objective()),
            False,
        )
        self.marker = QGraphicsRectItem()
        self.marker.setBrush(QColor(theme.ACCENT_COLOUR))
        self.marker.setPen(Qt.PenStyle.NoPen)
        self.marker.setZValue(10)
        self.marker.hide()
        self.marker_slot: int | None = None
        for item in (self.input_item, self.output_item, self.marker):
            self.scene().addItem(item)

    def _connect_document(self) -> None:
        doc = self.document
        for signal in (doc.layer_inserted, doc.layer_removed, doc.layer_moved):
            signal.connect(self.sync)
        for signal in (doc.network_reset, doc.network_replaced):
            signal.connect(self._show_new_network)
        doc.analysis_changed.connect(self.refresh_contents)
        doc.training_changed.connect(self.refresh_contents)  # the dataset: the Input block
        doc.lock_changed.connect(self._on_lock_changed)

    # Mirroring the document --------------------------------------------------------------------

    def sync(self) -> None:
        """Make exactly one block per layer, then lay them out."""
        uids = [layer.uid for layer in self.document.network.layers]
        for uid in set(self.blocks) - set(uids):
            self.scene().removeItem(self.blocks.pop(uid))
        for uid in uids:
            if uid not in self.blocks:
                self.blocks[uid] = BlockItem(
                    uid, layer_content(self.document.layer(uid), None, self.document.analysis)
                )
                self.blocks[uid].compact = self._compact
                self.scene().addItem(self.blocks[uid])
        self.refresh_contents()
        self.relayout()

    def _show_new_network(self) -> None:
        """Another network altogether: nothing of the last stays selected, and it all shows."""
        self.scene().clearSelection()
        self.sync()
        self.fit_to_view()

    def refresh_contents(self) -> None:
        analysis = self.document.analysis
        infos = {info.uid: info for info in analysis.layers}
        for layer in self.document.network.layers:
            if layer.uid in self.blocks:
                self.blocks[layer.uid].set_content(
                    layer_content(layer, infos.get(layer.uid), analysis)
                )
        self.input_item.set_content(input_content(analysis, self.document.project.dataset))
        self.output_item.set_content(
            output_content(analysis, self.document.num_classes, self._objective())
        )

    def _objective(self) -> str:
        """What the network learns: "classify", or "reconstruct" its input (an autoencoder)."""
        return self.document.project.training.objective

    def ordered_items(self) -> list[BlockItem]:
        layers = [
            self.blocks[layer.uid]
            for layer in self.document.network.layers
            if layer.uid in self.blocks
        ]
        return [self.input_item, *layers, self.output_item]

    def block_for(self, uid: str) -> BlockItem:
        return self.blocks[uid]

    # Layout ------------------------------------------------------------------------------------

    def _spacing(self) -> tuple[float, float, float, float, float]:
        width, height, em = block_metrics()
        return width, height, em * 2.6, em * 2.2, em * 2.0

    def set_compact(self, compact: bool) -> None:
        """Two-line blocks at zoom 1, laid out to fill the view (presenter mode), or the usual cards."""
        self._compact = compact
        for item in self.ordered_items():
            item.compact = compact
        if compact:
            self.resetTransform()
        self.relayout()

    def compact_height(self, width: float) -> float:
        """The least height the whole chain needs in compact blocks across `width` pixels, with
        room for the lock banner that training shows above them (or it would scroll)."""
        count, em = len(self.ordered_items()), block_metrics()[2]
        chain = geometry.compact_grid(count, (width, 0.0), em).size(count)[1]
        return chain + self.lock_banner.margin(True)

    def _grid(self, count: int) -> geometry.Grid:
        width, height, gap, row_gap, margin = self._spacing()
        if not self._compact:
            columns = geometry.columns_for(self._available_width(), width, gap, margin)
            return geometry.Grid(columns, width, height, gap, row_gap, margin)
        scale, bar = self.transform().m11(), self.verticalScrollBar()
        full = self.viewport().width() + (bar.sizeHint().width() if bar.isVisible() else 0)
        view = (full / scale, self.viewport().height() / scale)
        grid = geometry.compact_grid(count, view, block_metrics()[2])
        if grid.size(count)[1] > view[1]:  # it will scroll: leave room for the scroll bar
            view = ((full - bar.sizeHint().width()) / scale, view[1])
            grid = geometry.compact_grid(count, view, block_metrics()[2])
        return grid

    def relayout(self) -> None:
        items = self.ordered_items()
        self._layout = grid = self._grid(len(items))
        gap, row_gap, margin = grid.gap, grid.row_gap, grid.margin
        self._rects = geometry.node_rects(
            len(items), grid.columns, grid.width, grid.height, gap, row_gap, margin
        )
        for item, rect in zip(items, self._rects, strict=True):
            item.set_size(rect.size() if self._compact else None)
            item.setPos(rect.topLeft())
            item.setZValue(1)
            item.setOpacity(1.0)
        self._draw_connectors(row_gap, gap)
        right = max(rect.right() for rect in self._rects)
        self.scene().setSceneRect(QRectF(0, 0, right + margin, self._rects[-1].bottom() + margin))

    def _available_width(self) -> float:
        scale = self.transform().m11()
        scrollbar = self.verticalScrollBar().sizeHint().width()
        return max(
            1.0,
            (self.viewport().width() + (0 if self.verticalScrollBar().isVisible() else -scrollbar))
            / scale,
        )

    def _draw_connectors(self, row_gap: float, gap: float) -> None:
        for item in self._decorations:
            self.scene().removeItem(item)
        self._decorations = []
        colour = QApplication.palette().color(QPalette.ColorRole.Text)
        colour.setAlphaF(0.6)
        pen = QPen(colour, 2.0)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for a, b in zip(self._rects, self._rects[1:], strict=False):
            path = geometry.connector_path(a, b, row_gap, gap)
            line = QGraphicsPathItem(path)
            line.setPen(pen)
            head = QGraphicsPolygonItem(geometry.arrow_head(path, gap * 0.22))
            head.setBrush(colour)
            head.setPen(Qt.PenStyle.NoPen)
            for item in (line, head):
                self.scene().addItem(item)
                self._decorations.append(item)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._auto_fit:
            self._fit()
        else:
            self.relayout()

    def refresh_style(self) -> None:
        """Repaint after a theme or text-size change."""
        self.setBackgroundBrush(QApplication.palette().color(QPalette.ColorRole.Base))
        if self._auto_fit:
            self._fit()
        else:
            self.relayout()
        self.viewport().update()

    # Selection ---------------------------------------------------------------------------------

    def selected_uid(self) -> str:
        selected = [item for item in self.scene().selectedItems() if isinstance(item, BlockItem)]
        return selected[0].uid if selected else ""

    def select_layer(self, uid: str) -> None:
        self.scene().clearSelection()
        if uid in self.blocks:
            self.blocks[uid].setSelected(True)
            self.ensureVisible(self.blocks[uid])

    def _on_selection_changed(self) -> None:
        self.layer_selected.emit(self.selected_uid())

    # Zoom and pan ------------------------------------------------------------------------------

    def zoom_by(self, factor: float) -> None:
        self._auto_fit = False
        scale = self.transform().m11()
        factor = max(MIN_ZOOM / scale, min(MAX_ZOOM / scale, factor))
        self.scale(factor, factor)
        self.relayout()

    def reset_zoom(self) -> None:
        self._auto_fit = False
        self.resetTransform()
        self.relayout()

    @property
    def auto_fit(self) -> bool:
        """Whether the view keeps showing the whole chain as it resizes (until a zoom by hand)."""
        return self._auto_fit

    def fit_to_view(self) -> None:
        """Show the whole chain from its top-left corner, and keep doing so as the view resizes
        (until the user zooms by hand)."""
        self._auto_fit = True
        self._fit()

    def _fit(self) -> None:
        """The largest zoom (up to MAX_FIT_ZOOM) at which the whole chain shows without scrolling;
        compact blocks fit by their layout, at zoom 1."""
        if self._compact:
            self.resetTransform()
            self.relayout()
            return
        if self._fitting:
            return
        self._fitting = True
        scale = MAX_FIT_ZOOM
        while True:
            self.setTransform(QTransform.fromScale(scale, scale))
            self.relayout()
            if self._fits(scale) or scale <= MIN_ZOOM:
                break
            scale = max(MIN_ZOOM, scale - 0.05)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._fitting = False

    def _fits(self, scale: float) -> bool:
        size = self.scene().sceneRect().size() * scale
        return size.width() <= self.viewport().width() and size.height() <= self.viewport().height()

    def items_visible(self) -> list[bool]:
        """For each block, input to output: whether the whole card is inside the viewport."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect().adjusted(-1, -1, 1, 1)
        return [
            shown.contains(item.mapRectToScene(item.card_rect())) for item in self.ordered_items()
        ]

    def zoom(self) -> float:
        return self.transform().m11()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)

    # Dropping layers from the palette ----------------------------------------------------------

    def slot_at(self, scene_pos: QPointF) -> int:
        """Where a drop at `scene_pos` inserts: 0 is right after the input."""
        return geometry.slot_at(self._rects, scene_pos)

    def show_marker(self, slot: int | None) -> None:
        """Show where a drop now would insert (the slot is kept in `marker_slot`), or hide it."""
        self.marker_slot = slot
        if slot is None:
            self.marker.hide()
            return
        grid = self._layout
        self.marker.setRect(geometry.marker_rect(self._rects, slot, grid.gap, grid.row_gap))
        self.marker.show()

    def _accepts(self, event) -> bool:
        return not self.document.locked and layer_type_id(event.mimeData()) is not None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._accepts(event):
            event.acceptProposedAction()
            self.show_marker(self.slot_at(self.mapToScene(event.position().toPoint())))
        else:
            event.ignore()

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
        slot = self.slot_at(self.mapToScene(event.position().toPoint()))
        if commands.add_layer(self.document, type_id, slot):
            event.acceptProposedAction()
            self.select_layer(self.document.network.layers[slot].uid)
            self.setFocus()  # the edit happened here: Ctrl+Z and Delete now act on it

    # Reordering by dragging a block ------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        item = self._block_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is None:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        elif event.button() == Qt.MouseButton.LeftButton and item.uid in self.blocks:
            self._drag = (item.uid, self.mapToScene(event.position().toPoint()) - item.pos())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._drag and not self.document.locked and self._drag_started(event):
            uid, offset = self._drag
            pos = self.mapToScene(event.position().toPoint())
            self.blocks[uid].setPos(pos - offset)
            self.blocks[uid].setZValue(5)
            self.blocks[uid].setOpacity(0.85)
            self.show_marker(self.slot_at(pos))
            return
        super().mouseMoveEvent(event)

    def _drag_started(self, event) -> bool:
        if not self._dragging:
            start = self.mapFromScene(self.blocks[self._drag[0]].pos() + self._drag[1])
            moved = (event.position().toPoint() - start).manhattanLength()
            self._dragging = moved >= QApplication.startDragDistance()
        return self._dragging

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._drag and self._dragging:
            self.finish_block_drag(self._drag[0], self.mapToScene(event.position().toPoint()))
        self._drag, self._dragging = None, False
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)

    def finish_block_drag(self, uid: str, scene_pos: QPointF) -> bool:
        """End a block drag at `scene_pos`: push one move command, or snap back."""
        self.show_marker(None)
        slot = self.slot_at(scene_pos)
        source = self.document.network.index_of(uid)
        target = slot - 1 if slot > source else slot
        moved = commands.move_layer_to(self.document, uid, target)
        self.relayout()
        return moved

    def _block_at(self, view_pos) -> BlockItem | None:
        for item in self.items(view_pos):
            if isinstance(item, BlockItem):
                return item
        return None

    # Context menu and lock ---------------------------------------------------------------------

    def build_context_menu(self, uid: str) -> QMenu:
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        item = self._block_at(event.pos())
        if item is not None and item.uid in self.blocks:
            self.select_layer(item.uid)
        self.build_context_menu(self.selected_uid()).exec(event.globalPos())

    def _on_lock_changed(self, locked: bool) -> None:
        for item in self.blocks.values():
            item.setCursor(Qt.CursorShape.ArrowCursor if locked else Qt.CursorShape.OpenHandCursor)
        self.setViewportMargins(0, self.lock_banner.margin(locked), 0, 0)  # no block under it
        self.lock_banner.place()
        self.lock_banner.setVisible(locked)


if __name__ == "__main__":
    from netbuilder.gui.standalone import standalone

    standalone(lambda document: CanvasView(document))
