"""A container on the canvas: a frame around its blocks (Residual, Branches), a lane for each
branch, and the small labels beside them (the shortcut's, "+ branch").

Like blocks, they hold only what they paint; the canvas places them from `tree_layout`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from netbuilder.gui import theme
from netbuilder.gui.builder.block_item import OK, BlockItem, _bold, block_metrics
from netbuilder.gui.builder.tree_layout import BRANCHES, Frame


class FrameItem(BlockItem):
    """An expanded container: a rounded frame with a header ("▾ Residual → 16 × 14 × 14 ·
    4.7k params") and the node where its paths meet (the Residual's ⊕, the Branches' merge)."""

    def __init__(self, uid: str, content, selectable: bool = True):
        super().__init__(uid, content, selectable)
        self.frame: Frame | None = None
        self.merge = "add"
        self.setAcceptHoverEvents(False)  # a pointer over an inner block lights no outer frame

    def set_frame(self, frame: Frame, merge: str = "add") -> None:
        self.prepareGeometryChange()
        self.frame, self.merge = frame, merge
        self.update()

    def header_rect(self) -> QRectF:
        """The header in item coordinates."""
        return QRectF(0, 0, self.card_rect().width(), block_metrics()[2] * 1.6)

    def grab_rect(self) -> QRectF:
        """Where a press picks the frame up: its ▾ and its title; a press elsewhere on the frame,
        the rest of the header too, starts a rubber band over the blocks inside."""
        em = block_metrics()[2]
        title = QFontMetricsF(_bold(QApplication.font(), 1.0)).horizontalAdvance(self.content.title)
        return QRectF(0, 0, min(em * 2.0 + title, self.card_rect().width()), em * 1.6)

    def toggle_rect(self) -> QRectF:
        em = block_metrics()[2]
        return QRectF(em * 0.2, 0, em * 1.4, em * 1.6)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Only the title picks the frame up; a press elsewhere on it starts a rubber band."""
        if self.grab_rect().contains(event.pos()):
            super().mousePressEvent(event)
        else:
            event.ignore()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = QApplication.palette()
        rect, em = self.card_rect(), block_metrics()[2]
        radius = em * 0.6
        if self.isSelected():
            self._paint_halo(painter, rect, radius, em)
        fill = QColor(theme.category_colour(self.content.category))
        fill.setAlphaF(0.16 if theme.is_dark(palette) else 0.07)
        path = QPainterPath()
        path.addRoundedRect(rect, radius, radius)
        painter.fillPath(path, fill)
        painter.setPen(self._outline_pen(palette))
        painter.drawPath(path)
        self._paint_header(painter, rect, em, palette)
        if self.frame is not None:
            self._paint_node(painter, em, palette)
        if self.content.state != OK:
            self._paint_badge(painter, rect, em)

    def _outline_pen(self, palette: QPalette) -> QPen:
        pen = self._outline(palette)
        if self.content.state == OK and not (self.isSelected() or self._hover):
            pen = QPen(theme.category_colour(self.content.category), 1.5)
        return pen

    def _paint_header(self, painter: QPainter, rect: QRectF, em: float, palette: QPalette) -> None:
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text_colour)
        muted.setAlphaF(0.7)
        bold, base = _bold(QApplication.font(), 1.0), QApplication.font()
        painter.setPen(muted)
        painter.setFont(base)
        painter.drawText(self.toggle_rect(), Qt.AlignmentFlag.AlignCenter, "▾")
        badge = em * 1.4 if self.content.state != OK else 0.0
        box = QRectF(em * 1.5, 0, rect.width() - em * 2.0 - badge, em * 1.6)
        title_width = QFontMetricsF(bold).horizontalAdvance(self.content.title + "  ")
        words = [self.content.detail, f"→ {self.content.shape_text}", self.content.params_text]
        rest = "  ·  ".join(word for word in words if word)
        for text, font, colour, area in (
            (self.content.title, bold, text_colour, box),
            (rest, base, muted, box.adjusted(title_width, 0, 0, 0)),
        ):
            if area.width() <= 0:
                continue
            painter.setFont(font)
            painter.setPen(colour)
            elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(
                area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )

    def _paint_node(self, painter: QPainter, em: float, palette: QPalette) -> None:
        """The ⊕ where the shortcut (or the added branches) meet, or the bar where branches are
        concatenated."""
        frame = self.frame
        colour = palette.color(QPalette.ColorRole.Text)
        colour.setAlphaF(0.75)
        node = self.mapFromScene(frame.node)
        if frame.kind == BRANCHES and self.merge == "concat":
            top, bottom = (self.mapFromScene(QPointF(0, y)).y() for y in frame.merge_span)
            bar = QRectF(node.x() - em * 0.22, top - em * 0.3, em * 0.44, bottom - top + em * 0.6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(bar, em * 0.2, em * 0.2)
            return
        radius = em * 0.45
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(colour, 1.6))
        painter.drawEllipse(node, radius, radius)
        painter.drawLine(
            QPointF(node.x() - radius * 0.6, node.y()), QPointF(node.x() + radius * 0.6, node.y())
        )
        painter.drawLine(
            QPointF(node.x(), node.y() - radius * 0.6), QPointF(node.x(), node.y() + radius * 0.6)
        )


class LaneItem(BlockItem):
    """One branch of a Branches frame: a lane its blocks sit in (an empty one says "identity")."""

    def __init__(self, uid: str, content, selectable: bool = True):
        super().__init__(uid, content, selectable)
        self.empty = False
        self.setAcceptHoverEvents(False)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.ignore()  # a click selects it on release (the canvas); a drag draws a rubber band

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = QApplication.palette()
        rect, em = self.card_rect(), block_metrics()[2]
        fill = palette.color(QPalette.ColorRole.Base)
        fill.setAlphaF(0.55)
        colour = (
            QColor(theme.ACCENT_COLOUR)
            if self.isSelected()
            else palette.color(QPalette.ColorRole.Mid)
        )
        pen = QPen(colour, 2.0 if self.isSelected() else 1.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, em * 0.4, em * 0.4)
        if self.empty:
            muted = palette.color(QPalette.ColorRole.Text)
            muted.setAlphaF(0.6)
            painter.setPen(muted)
            font = theme.scaled_font(QApplication.font(), 0.9)
            painter.setFont(font)
            box = QRectF(
                rect.left() + em * 0.5, rect.top(), rect.width() - em, rect.height() * 0.45
            )
            text = QFontMetricsF(font).elidedText(
                self.content.detail, Qt.TextElideMode.ElideRight, box.width()
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class LabelItem(QGraphicsItem):
    """A short text on a pill, centred on a point: the shortcut's projection, or "+ branch" (a
    button: `action` names what a click does, `uid` the container)."""

    def __init__(self, text: str, centre: QPointF, width: float, action: str = "", uid: str = ""):
        super().__init__()
        self.text, self.action, self.uid = text, action, uid
        font = QApplication.font()
        em = block_metrics()[2]
        wanted = QFontMetricsF(font).horizontalAdvance(text) + em
        self._width = max(em * 2, min(wanted, width)) if width > 0 else wanted
        self._rect = QRectF(-self._width / 2, -em * 0.65, self._width, em * 1.3)
        self.setPos(centre)
        if action:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = QApplication.palette()
        em = block_metrics()[2]
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        accent = QColor(theme.ACCENT_COLOUR)
        painter.setPen(QPen(accent if self.action else palette.color(QPalette.ColorRole.Mid), 1.0))
        painter.drawRoundedRect(self._rect, em * 0.6, em * 0.6)
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(accent if self.action else text)
        font = QApplication.font()
        painter.setFont(font)
        box = self._rect.adjusted(em * 0.4, 0, -em * 0.4, 0)
        elided = QFontMetricsF(font).elidedText(self.text, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, elided)
