"""The canvas: a view that mirrors the document as a chain of blocks, and turns gestures into commands.

It keeps one item per layer, keyed by uid, and never holds anything that saving reads.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPalette, QTransform
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from netbuilder.document.network import Layer
from netbuilder.gui import language, theme
from netbuilder.gui.builder import canvas_layout as geometry
from netbuilder.gui.builder import tree_layout as tree
from netbuilder.gui.builder.block_item import BlockItem, block_metrics
from netbuilder.gui.builder.canvas_content import (
    container_content,
    input_content,
    layer_content,
    output_content,
)
from netbuilder.gui.builder.canvas_decorations import CanvasDecorations
from netbuilder.gui.builder.canvas_gestures import CanvasGestures
from netbuilder.gui.builder.frame_item import FrameItem, LaneItem
from netbuilder.gui.builder.lock_banner import LockBanner
from netbuilder.gui.document import Document

MIN_ZOOM, MAX_ZOOM = 0.3, 3.0
MAX_FIT_ZOOM = 1.5
"""Fit to view enlarges small networks up to this zoom: big blocks read well on a projector."""
INPUT_UID, OUTPUT_UID = "__input__", "__output__"


class CanvasView(CanvasGestures, CanvasDecorations, QGraphicsView):
    layer_selected = Signal(str)
    """The uid of the (first) selected layer, or "" when none is; sent on every selection change."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAcceptDrops(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # a band inside a frame selects the blocks it covers, not the frame it lies in
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemShape)
        self.blocks: dict[str, BlockItem] = {}
        """One item per shown layer, by uid: a block, a container's frame or a branch's lane."""
        self.collapsed: set[str] = set()
        """The containers shown as one block (view state: neither saved nor undone)."""
        self._fit_collapsed: set[str] = set()
        """Those that presenting collapsed to fit (`collapse_to_fit`)."""
        self._tree: tree.Layout | None = None
        self._anchor = ""
        self.marker_target: tuple[str | None, int] | None = None
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
        doc.layers_regrouped.connect(self.sync)
        doc.param_changed.connect(self._on_param_changed)
        for signal in (doc.network_reset, doc.network_replaced):
            signal.connect(self._show_new_network)
        doc.analysis_changed.connect(self.refresh_contents)
        doc.training_changed.connect(self.refresh_contents)  # the dataset: the Input block
        doc.lock_changed.connect(self._on_lock_changed)

    # Mirroring the document --------------------------------------------------------------------

    def sync(self) -> None:
        """Make exactly one item per shown layer (a block, a frame, a lane), then lay them out."""
        wanted: dict[str, type] = {}
        self._collect(self._nodes(self.document.network.layers), wanted)
        for uid in list(self.blocks):
            if type(self.blocks[uid]) is not wanted.get(uid):
                self.scene().removeItem(self.blocks.pop(uid))
        for uid, kind in wanted.items():
            if uid not in self.blocks:
                layer = self.document.layer(uid)
                item = kind(uid, layer_content(layer, None, self.document.analysis))
                item.compact = self._compact
                if kind is not BlockItem or self.document.locked:
                    item.setCursor(Qt.CursorShape.ArrowCursor)
                self.blocks[uid] = item
                self.scene().addItem(item)
        self.refresh_contents()
        self.relayout()

    def _nodes(self, layers: list[Layer]) -> list[tree.Node]:
        """The tree the layout places: expanded containers are frames, the rest blocks."""
        nodes = []
        for layer in layers:
            if not layer.is_container or layer.uid in self.collapsed:
                nodes.append(tree.Node(layer.uid))
            elif layer.type_id == "Branches":
                lanes = [
                    tree.Node(b.uid, tree.LANE, self._nodes(b.children)) for b in layer.children
                ]
                nodes.append(tree.Node(layer.uid, tree.BRANCHES, lanes))
            else:
                nodes.append(tree.Node(layer.uid, tree.RESIDUAL, self._nodes(layer.children)))
        return nodes

    def _collect(self, nodes: list[tree.Node], wanted: dict[str, type]) -> None:
        kinds = {tree.BLOCK: BlockItem, tree.LANE: LaneItem}
        for node in nodes:
            wanted[node.uid] = kinds.get(node.kind, FrameItem)
            self._collect(node.children, wanted)

    def _show_new_network(self) -> None:
        """Another network altogether: nothing of the last stays selected, and it all shows."""
        self.scene().clearSelection()
        self.collapsed.clear()
        self._fit_collapsed.clear()
        self.sync()
        self.fit_to_view()

    def refresh_contents(self) -> None:
        analysis, network = self.document.analysis, self.document.network
        infos = {info.uid: info for info in analysis.all_layers}
        for uid, item in self.blocks.items():
            if not network.contains(uid):
                continue
            layer = network.layer(uid)
            if layer.is_container:
                content = container_content(layer, infos.get(uid), analysis, uid in self.collapsed)
            else:
                content = layer_content(layer, infos.get(uid), analysis)
            item.set_content(content)
            if isinstance(item, LaneItem):
                item.empty = not layer.children
        self.input_item.set_content(input_content(analysis, self.document.project.dataset))
        self.output_item.set_content(
            output_content(analysis, self.document.num_classes, self._objective())
        )
        if self._tree is not None:
            self._draw_decorations()

    def _objective(self) -> str:
        """What the network learns: "classify", or "reconstruct" its input (an autoencoder)."""
        return self.document.project.training.objective

    def ordered_items(self) -> list[BlockItem]:
        """The input, the top-level layers' items and the output, in order."""
        layers = [
            self.blocks[layer.uid]
            for layer in self.document.network.layers
            if layer.uid in self.blocks
        ]
        return [self.input_item, *layers, self.output_item]

    def all_blocks(self) -> list[BlockItem]:
        """Every block and frame shown (not lanes), the input and the output."""
        shown = [item for item in self.blocks.values() if not isinstance(item, LaneItem)]
        return [self.input_item, *shown, self.output_item]

    def block_for(self, uid: str) -> BlockItem:
        return self.blocks[uid]

    # Collapsing containers (view state: neither saved nor undone) -------------------------------

    def is_collapsed(self, uid: str) -> bool:
        return uid in self.collapsed

    def set_collapsed(self, uid: str, collapsed: bool) -> None:
        """Show the container `uid` as one block, or as a frame around its blocks again."""
        if collapsed == (uid in self.collapsed):
            return
        if collapsed:
            self.collapsed.add(uid)
        else:
            self.collapsed.discard(uid)
        selected = self.selected_uids()
        self.sync()
        for each in selected:
            if each in self.blocks:
                self.blocks[each].setSelected(True)
        if self._auto_fit:
            self._fit()

    def collapse_to_fit(self, width: float, height: float) -> None:
        """Presenting: collapse containers (the outermost, the last first) until the network's
        compact blocks fit `height` across `width` pixels; a double click opens one again (then
        it scrolls). Leaving compact blocks opens again those collapsed here."""
        network = self.document.network
        while self.compact_height(width) > height:
            shown = [
                each
                for each in network.walk()
                if each.layer.type_id in ("Residual", "Branches")
                and not self.collapsed & {each.layer.uid, *network.ancestors(each.layer.uid)}
            ]
            if not shown:
                break
            depth = min(each.depth for each in shown)
            uid = [each.layer.uid for each in shown if each.depth == depth][-1]
            self.collapsed.add(uid)
            self._fit_collapsed.add(uid)
        self.sync()

    def _expand_around(self, uid: str) -> None:
        """Open every collapsed container that hides `uid`."""
        hidden = [a for a in self.document.network.ancestors(uid) if a in self.collapsed]
        if hidden:
            self.collapsed.difference_update(hidden)
            self.sync()

    # Layout ------------------------------------------------------------------------------------

    def _spacing(self) -> tuple[float, float, float, float, float]:
        width, height, em = block_metrics()
        return width, height, em * 2.6, em * 2.2, em * 2.0

    def set_compact(self, compact: bool) -> None:
        """Two-line blocks at zoom 1, laid out to fill the view (presenter mode), or the usual cards."""
        self._compact = compact
        if not compact and self._fit_collapsed:
            self.collapsed -= self._fit_collapsed
            self._fit_collapsed.clear()
            self.sync()
        for item in [self.input_item, self.output_item, *self.blocks.values()]:
            item.compact = compact
        if compact:
            self.resetTransform()
        # Compact blocks are laid out to the view's width: a horizontal bar for a few pixels of
        # frame would take height, change the layout, go away, and come back, forever.
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if compact
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.setHorizontalScrollBarPolicy(policy)
        self.relayout()

    def _leaf_count(self) -> int:
        return 2 + sum(1 for item in self.blocks.values() if type(item) is BlockItem)

    def compact_height(self, width: float) -> float:
        """The least height the whole network needs in compact blocks across `width` pixels, with
        room for the lock banner that training shows above them (or it would scroll)."""
        em = block_metrics()[2]
        height_of = lambda grid: self._lay_out(grid, em).height  # noqa: E731
        grid = geometry.compact_grid(self._leaf_count(), (width, 0.0), em, height_of)
        return height_of(grid) + self.lock_banner.margin(True)

    def _grid(self, count: int) -> geometry.Grid:
        width, height, gap, row_gap, margin = self._spacing()
        if not self._compact:
            columns = geometry.columns_for(self._available_width(), width, gap, margin)
            return geometry.Grid(columns, width, height, gap, row_gap, margin)
        scale, bar = self.transform().m11(), self.verticalScrollBar()
        full = self.viewport().width() + (bar.sizeHint().width() if bar.isVisible() else 0)
        view = (full / scale, self.viewport().height() / scale)
        em = block_metrics()[2]
        height_of = lambda grid: self._lay_out(grid, em).height  # noqa: E731
        grid = geometry.compact_grid(count, view, em, height_of)
        if height_of(grid) > view[1]:  # it will scroll: leave room for the scroll bar
            view = ((full - bar.sizeHint().width()) / scale, view[1])
            grid = geometry.compact_grid(count, view, em, height_of)
        return grid

    def _lay_out(self, grid: geometry.Grid, em: float) -> tree.Layout:
        metrics = tree.Metrics(grid.width, grid.height, grid.gap, grid.row_gap, grid.margin, em)
        if self._compact:  # as wide as the grid's columns
            available = grid.size(grid.columns)[0]
        else:
            available = self._available_width()
        top = [tree.Node(INPUT_UID), *self._nodes(self.document.network.layers)]
        return tree.lay_out([*top, tree.Node(OUTPUT_UID)], available, metrics)

    def relayout(self) -> None:
        grid = self._grid(self._leaf_count())
        em = block_metrics()[2]
        self._metrics = tree.Metrics(
            grid.width, grid.height, grid.gap, grid.row_gap, grid.margin, em
        )
        self._tree = layout = self._lay_out(grid, em)
        self._rects = list(layout.seqs[None].rects)
        items = {INPUT_UID: self.input_item, OUTPUT_UID: self.output_item, **self.blocks}
        for uid, item in items.items():
            rect = layout.rects[uid]
            framed = type(item) is not BlockItem
            item.set_size(rect.size() if self._compact or framed else None)
            item.setPos(rect.topLeft())
            depth = layout.depths.get(uid, 0)
            item.setZValue(1 if not framed else 0.1 + 0.02 * depth)
            item.setOpacity(1.0)
            if isinstance(item, FrameItem) and uid in layout.frames:
                item.set_frame(layout.frames[uid], self.document.layer(uid).params.get("merge", ""))
        self._draw_decorations()
        self.scene().setSceneRect(QRectF(0, 0, layout.width, layout.height))

    def _available_width(self) -> float:
        scale = self.transform().m11()
        scrollbar = self.verticalScrollBar().sizeHint().width()
        return max(
            1.0,
            (self.viewport().width() + (0 if self.verticalScrollBar().isVisible() else -scrollbar))
            / scale,
        )

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
        """For each block and frame, nested ones too: whether it is wholly inside the viewport."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect().adjusted(-1, -1, 1, 1)
        return [shown.contains(item.mapRectToScene(item.card_rect())) for item in self.all_blocks()]

    def zoom(self) -> float:
        return self.transform().m11()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)

    def _on_param_changed(self, uid: str, name: str) -> None:
        """A Branches' merge draws differently (a bar or a ⊕)."""
        if name == "merge" and uid in self.blocks:
            self.relayout()

    def _on_lock_changed(self, locked: bool) -> None:
        for item in self.blocks.values():
            movable = type(item) is BlockItem and not locked  # frames move by their header
            item.setCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor)
        self.setViewportMargins(0, self.lock_banner.margin(locked), 0, 0)  # no block under it
        self.lock_banner.place()
        self.lock_banner.setVisible(locked)
        if self._tree is not None:
            self._draw_decorations()  # no "+ branch" while locked


if __name__ == "__main__":
    from netbuilder.gui.standalone import standalone

    standalone(lambda document: CanvasView(document))
