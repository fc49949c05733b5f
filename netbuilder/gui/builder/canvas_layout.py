"""Where blocks go: a chain that reads left to right and wraps into rows, like text.

Pure geometry, so it can be tested and reused for drop targets without any items.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF


def columns_for(available: float, width: float, gap: float, margin: float) -> int:
    return max(1, int((available - 2 * margin + gap) // (width + gap)))


@dataclass(frozen=True)
class Grid:
    """Block size and spacing for a chain laid out in rows."""

    columns: int
    width: float
    height: float
    gap: float
    row_gap: float
    margin: float

    def size(self, count: int) -> tuple[float, float]:
        """The scene width and height that `count` nodes take."""
        columns = min(self.columns, count)
        rows = math.ceil(count / self.columns)
        width = 2 * self.margin + columns * self.width + (columns - 1) * self.gap
        return width, 2 * self.margin + rows * self.height + (rows - 1) * self.row_gap


COMPACT_LINES = 2
"""A compact block (presenter mode) has two lines: "Conv2d 6@5x5", "→ 6×28×28"."""


def compact_grid(count: int, available: tuple[float, float], em: float) -> Grid:
    """The widest blocks, filling the width, at which `count` compact blocks fit the height.

    Blocks are at most 18 em wide (a short line reads better than a stretched one) and at least
    7 em; when even the narrowest do not fit, the narrowest are used and the view scrolls down.
    """
    width, height = available
    make = lambda columns: Grid(  # noqa: E731 - one shape, many column counts
        columns,
        min(18 * em, (width - 1.4 * em - (columns - 1) * 1.3 * em) / columns),
        round((COMPACT_LINES * 1.15 + 0.4) * em),
        1.3 * em,
        0.8 * em,
        0.7 * em,
    )
    grid = make(1)
    for columns in range(1, max(count, 1) + 1):
        candidate = make(columns)
        if candidate.width < 7 * em and columns > 1:
            break
        grid = candidate
        if grid.size(count)[1] <= height:
            break
    return grid


def node_rects(
    count: int, columns: int, width: float, height: float, gap: float, row_gap: float, margin: float
) -> list[QRectF]:
    """Rectangles for `count` nodes (input, layers..., output) in reading order."""
    rects = []
    for node in range(count):
        row, column = divmod(node, columns)
        x = margin + column * (width + gap)
        y = margin + row * (height + row_gap)
        rects.append(QRectF(x, y, width, height))
    return rects


def slot_at(rects: list[QRectF], pos: QPointF) -> int:
    """The layer index a drop at `pos` inserts at (0 = right after the input)."""
    row_tops = sorted({r.top() for r in rects})
    row = min(row_tops, key=lambda top: abs(top + rects[0].height() / 2 - pos.y()))
    in_row = [i for i, r in enumerate(rects) if r.top() == row]
    node = min(in_row, key=lambda i: abs(rects[i].center().x() - pos.x()))
    layers = len(rects) - 2
    if node == 0:
        return 0
    if node == len(rects) - 1:
        return layers
    before = pos.x() < rects[node].center().x()
    return node - 1 if before else node


def marker_rect(rects: list[QRectF], slot: int, gap: float) -> QRectF:
    """A thin bar in the gap just before node `slot + 1` (the block that would follow)."""
    target = rects[slot + 1]
    thickness = max(4.0, gap * 0.14)
    x = target.left() - gap / 2 - thickness / 2
    return QRectF(x, target.top() - 4, thickness, target.height() + 8)


def connector_path(a: QRectF, b: QRectF, row_gap: float, gap: float) -> QPainterPath:
    """From block a to block b: straight within a row; between rows, out of a's right side,
    back along the gap under its row and into b's left side, like a line of text wrapping."""
    path = QPainterPath()
    path.moveTo(a.right(), a.center().y())
    if abs(a.top() - b.top()) < 1:
        path.lineTo(b.left() - 2, b.center().y())
        return path
    out_x, in_x, middle = a.right() + gap * 0.45, b.left() - gap * 0.45, a.bottom() + row_gap / 2
    for x, y in (
        (out_x, a.center().y()),
        (out_x, middle),
        (in_x, middle),
        (in_x, b.center().y()),
        (b.left() - 2, b.center().y()),
    ):
        path.lineTo(x, y)
    return path


def arrow_head(path: QPainterPath, size: float) -> QPolygonF:
    """A triangle at the end of `path`, pointing along its last segment."""
    end = path.pointAtPercent(1.0)
    before = path.elementAt(path.elementCount() - 2)
    dx, dy = end.x() - before.x, end.y() - before.y
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    back = QPointF(end.x() - ux * size, end.y() - uy * size)
    side = QPointF(-uy * size * 0.55, ux * size * 0.55)
    return QPolygonF([end, back + side, back - side])
