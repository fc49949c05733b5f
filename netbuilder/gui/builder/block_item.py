"""One block on the canvas: a layer (or the input / output) drawn as a rounded card.

The item holds only what it paints; the canvas fills it from the document and its analysis.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from netbuilder.document.messages import shape_text
from netbuilder.gui import theme

OK, WARNING, ERROR = "ok", "warning", "error"


@dataclass
class BlockContent:
    """The words on a block."""

    title: str
    detail: str = ""
    """The key parameters ("6@5x5 pad 2"), or the input's or output's second line."""
    shorter_details: tuple[str, ...] = ()
    """Shorter forms of `detail`, longest first ("6@5x5"; "▸ 5 layers", "▸ 5"): a narrow block
    shows the longest that fits whole rather than a phrase cut off in the middle."""
    category_text: str = ""
    """The category in the user's language, shown where a layer has no key parameters."""
    shape_text: str = ""
    params_text: str = ""
    category: str = "Reshape"
    state: str = OK
    tooltip: str = ""


def format_shape(shape: tuple[int, ...] | None) -> str:
    """A block's shape line, "6 × 28 × 28": the formatter problems use too, spaced."""
    return shape_text(shape, spaced=True)


def block_metrics() -> tuple[float, float, float]:
    """(width, height, em) of a block for the application font, so text size drives layout."""
    em = QFontMetricsF(QApplication.font()).height()
    return round(13 * em), round(5.3 * em), em


class BlockItem(QGraphicsItem):
    """A card with the layer type, its key parameters, output shape and parameter count."""

    def __init__(self, uid: str, content: BlockContent, selectable: bool = True):
        super().__init__()
        self.uid = uid
        self.content = content
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, selectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor if selectable else Qt.CursorShape.ArrowCursor)
        self.setAcceptHoverEvents(True)
        self._hover = False
        self.compact = False
        """Two lines, "Conv2d 6@5x5" and "→ 6×28×28" (presenter mode), instead of four."""
        self._size: QSizeF | None = None

    # What tests and the canvas read ------------------------------------------------------------

    @property
    def state(self) -> str:
        return self.content.state

    @property
    def shape_text(self) -> str:
        return self.content.shape_text

    def set_content(self, content: BlockContent) -> None:
        self.prepareGeometryChange()
        self.content = content
        self.setToolTip(content.tooltip)
        self.update()

    # Painting ---------------------------------------------------------------------------------

    def set_size(self, size: QSizeF | None) -> None:
        """The card's size as the layout gives it (compact blocks fill the view), or None for the
        size the text gives."""
        if size != self._size:
            self.prepareGeometryChange()
            self._size = QSizeF(size) if size is not None else None

    def boundingRect(self) -> QRectF:
        pad = block_metrics()[2] * 0.35
        return self.card_rect().adjusted(-pad, -pad, pad, pad)

    def card_rect(self) -> QRectF:
        if self._size is not None:
            return QRectF(0, 0, self._size.width(), self._size.height())
        width, height, _ = block_metrics()
        return QRectF(0, 0, width, height)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._hover = False
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = QApplication.palette()
        dark = theme.is_dark(palette)
        rect, em = self.card_rect(), block_metrics()[2]
        radius = em * 0.45
        if self.isSelected():
            self._paint_halo(painter, rect, radius, em)
        self._paint_card(painter, rect, radius, dark, palette)
        if self.compact:
            self._paint_compact_text(painter, rect, em, palette)
        else:
            self._paint_text(painter, rect, em, palette)
        if self.content.state != OK:
            self._paint_badge(painter, rect, em)

    def _paint_halo(self, painter: QPainter, rect: QRectF, radius: float, em: float) -> None:
        halo = QColor(theme.ACCENT_COLOUR)
        halo.setAlphaF(0.35)
        painter.setPen(QPen(halo, em * 0.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)

    def _paint_card(
        self, painter: QPainter, rect: QRectF, radius: float, dark: bool, palette: QPalette
    ) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, radius, radius)
        painter.fillPath(path, theme.block_fill(self.content.category, dark))
        band = QRectF(rect.left(), rect.top(), radius * 1.2, rect.height())
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(band, theme.category_colour(self.content.category))
        painter.restore()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._outline(palette))
        painter.drawPath(path)

    def _outline(self, palette: QPalette) -> QPen:
        if self.content.state == ERROR:
            return QPen(QColor(theme.ERROR_COLOUR), 2.5)
        if self.content.state == WARNING:
            return QPen(QColor(theme.WARNING_COLOUR), 2.5)
        if self.isSelected() or self._hover:
            return QPen(QColor(theme.ACCENT_COLOUR), 1.5)
        return QPen(palette.color(QPalette.ColorRole.Mid), 1.0)

    def _paint_text(self, painter: QPainter, rect: QRectF, em: float, palette: QPalette) -> None:
        """Four lines, each elided to the card: title, key parameters, output shape, parameter count."""
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text_colour)
        muted.setAlphaF(0.68)
        base = QApplication.font()
        left = rect.left() + em * 0.95
        line = QRectF(left, rect.top() + em * 0.3, rect.right() - left - em * 0.5, em * 1.2)
        badge_room = em * 1.3 if self.content.state != OK else 0.0
        lines = [
            (self.content.title, _bold(base, 1.12), text_colour, badge_room),
            (
                self.detail_that_fits(base, line.width()) or self.content.category_text,
                base,
                muted,
                0.0,
            ),
            (f"→ {self.content.shape_text}", _bold(base, 1.0), text_colour, 0.0),
            (self.content.params_text, theme.scaled_font(base, 0.95), muted, 0.0),
        ]
        for number, (text, font, colour, room) in enumerate(lines):
            box = line.translated(0, em * 1.2 * number).adjusted(0, 0, -room, 0)
            painter.setFont(font)
            painter.setPen(colour)
            elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )

    def _paint_compact_text(
        self, painter: QPainter, rect: QRectF, em: float, palette: QPalette
    ) -> None:
        """Two lines in the app's own font (no smaller): "Conv2d 6@5x5 pad 2", "→ 6×28×28"."""
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text_colour)
        muted.setAlphaF(0.75)
        base, bold = QApplication.font(), _bold(QApplication.font(), 1.0)
        left = rect.left() + em * 0.8
        badge_room = em * 1.3 if self.content.state != OK else 0.0
        first = QRectF(left, rect.top() + em * 0.2, rect.right() - left - em * 0.4, em * 1.15)
        title_width = QFontMetricsF(bold).horizontalAdvance(self.content.title + " ")
        title_box = first.adjusted(0, 0, -badge_room, 0)
        detail_box = title_box.adjusted(title_width, 0, 0, 0)
        shape = self.content.shape_text.replace(" × ", "×")
        for box, text, font, colour in (
            (title_box, self.content.title, bold, text_colour),
            (detail_box, self.detail_that_fits(base, detail_box.width()), base, muted),
            (first.translated(0, em * 1.15), f"→ {shape}", bold, text_colour),
        ):
            if box.width() <= 0:
                continue
            painter.setFont(font)
            painter.setPen(colour)
            elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )

    def detail_that_fits(self, font: QFont, width: float) -> str:
        """The longest form of the detail that fits `width` whole (the shortest, elided, if none)."""
        forms = (self.content.detail, *self.content.shorter_details)
        metrics = QFontMetricsF(font)
        return next((form for form in forms if metrics.horizontalAdvance(form) <= width), forms[-1])

    def _paint_badge(self, painter: QPainter, rect: QRectF, em: float) -> None:
        colour = theme.ERROR_COLOUR if self.content.state == ERROR else theme.WARNING_COLOUR
        size = em * 1.05
        badge = QRectF(rect.right() - size - em * 0.3, rect.top() + em * 0.38, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(badge)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(_bold(QApplication.font(), 0.9))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")


def _bold(base: QFont, scale: float) -> QFont:
    font = theme.scaled_font(base, scale)
    font.setBold(True)
    return font
