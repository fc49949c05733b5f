"""What the canvas draws between and beside its items: the arrows from node to node, the frames'
own lines (a Residual's shortcut, the split and merge of Branches), the shortcut's label, the
"+ branch" button and the placeholder of an empty Residual. Redrawn whole after every layout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import QApplication, QGraphicsPathItem, QGraphicsPolygonItem

from netbuilder.gui.builder import canvas_layout as geometry
from netbuilder.gui.builder import tree_layout as tree
from netbuilder.gui.builder.canvas_content import shortcut_text
from netbuilder.gui.builder.canvas_gestures import ADD_BRANCH
from netbuilder.gui.builder.frame_item import LabelItem


class CanvasDecorations:
    """Mixed into CanvasView (with `document`, `_tree`, `_metrics`, `_decorations`, `_compact`)."""

    def _draw_decorations(self) -> None:
        """The arrows between nodes, the frames' own lines (shortcut, split, merge) and labels."""
        for item in self._decorations:
            self.scene().removeItem(item)
        self._decorations = []
        layout, metrics = self._tree, self._metrics
        colour = QApplication.palette().color(QPalette.ColorRole.Text)
        colour.setAlphaF(0.6)
        pen = QPen(colour, 2.0)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for path in layout.arrows:
            head = QGraphicsPolygonItem(geometry.arrow_head(path, metrics.gap * 0.22))
            head.setBrush(colour)
            head.setPen(Qt.PenStyle.NoPen)
            self._decorate(QGraphicsPathItem(path), pen, 0.9)
            self._decorate(head, None, 0.9)
        for uid, frame in layout.frames.items():
            for path in frame.lines:
                self._decorate(QGraphicsPathItem(path), pen, 0.9)
            self._decorate_frame(uid, frame)
            empty = layout.seqs[uid].empty if uid in layout.seqs else None
            if empty is not None:  # an empty Residual: say what it is for
                text = QCoreApplication.translate("CanvasBlocks", "drop layers here")
                self._decorate(LabelItem(text, empty.center(), empty.width()), None, 0.95)

    def _decorate(self, item, pen: QPen | None, z: float) -> None:
        if pen is not None:
            item.setPen(pen)
        item.setZValue(z)
        self.scene().addItem(item)
        self._decorations.append(item)

    def _decorate_frame(self, uid: str, frame: tree.Frame) -> None:
        """The Residual's shortcut label; the "+ branch" button of Branches."""
        if frame.label_at is not None:
            info = self.document.analysis.info(uid)
            text = shortcut_text(info, self._compact)
            self._decorate(LabelItem(text, frame.label_at, frame.label_width), None, 0.95)
        if frame.add_branch is not None and not self.document.locked:
            text = QCoreApplication.translate("CanvasBlocks", "+ branch")
            label = LabelItem(text, QPointF(), 0, ADD_BRANCH, uid)
            rect = frame.add_branch
            width = label.boundingRect().width() - 4
            label.setPos(rect.left() + width / 2, rect.center().y())
            self._decorate(label, None, 0.95)
