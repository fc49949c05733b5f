"""Where blocks go: a chain that reads left to right and wraps into rows, like text.

Pure geometry, so it can be tested and reused for drop targets without any items.
"""

from __future__ import annotations

import math
from collections.abc import Callable
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


def compact_grid(
    count: int,
    available: tuple[float, float],
    em: float,
    height_of: Callable[[Grid], float] | None = None,
) -> Grid:
    """The widest blocks, filling the width, at which `count` compact blocks fit the height.

    Blocks are at most 18 em wide (a short line reads better than a stretched one) and at least
    7 em; when even the narrowest do not fit, the narrowest are used and the view scrolls down.
    `height_of` measures a grid's real height (frames make a network taller than its blocks).
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
        if (height_of(grid) if height_of else grid.size(count)[1]) <= height:
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
    """The layer index a drop at `pos` inserts at (0 = right after the input).

    Reads the chain like text: the slot follows every node that comes before the pointer. Within
    a row's height a node comes before when its centre is left of the pointer; in the gap between
    two rows (where the connector wraps back) every node of the row above comes before and none
    of the row below, so a drop on the return line lands between the end of one row and the start
    of the next.
    """
    rows = _rows(rects)
    row = _row_at(rects, rows, pos.y())
    before = sum(len(nodes) for nodes in rows[: int(row)])
    if row == int(row):
        before += sum(rects[i].center().x() < pos.x() for i in rows[int(row)])
    else:  # in the gap under row int(row)
        before += len(rows[int(row)])
    return min(max(before - 1, 0), len(rects) - 2)


def _rows(rects: list[QRectF]) -> list[list[int]]:
    """Node indices grouped by row, top to bottom."""
    tops = sorted({round(r.top(), 3) for r in rects})
    return [[i for i, r in enumerate(rects) if round(r.top(), 3) == top] for top in tops]


def _row_at(rects: list[QRectF], rows: list[list[int]], y: float) -> float:
    """The row whose height holds `y` (clamped to the first and last), or r + 0.5 for the gap
    under row r."""
    for row, nodes in enumerate(rows):
        if y <= rects[nodes[0]].bottom() or row == len(rows) - 1:
            return float(row)
        if y < rects[rows[row + 1][0]].top():
            return row + 0.5
    return float(len(rows) - 1)


def is_wrap(rects: list[QRectF], slot: int) -> bool:
    """Whether slot `slot` is on a connector that wraps from one row to the next."""
    return abs(rects[slot].top() - rects[slot + 1].top()) >= 1


def marker_rect(rects: list[QRectF], slot: int, gap: float, row_gap: float) -> QRectF:
    """Where the drop marker for `slot` goes: a thin upright bar in the gap between two blocks of
    a row, or, when the slot is where the chain wraps, a bar along the connector's return line."""
    before, after = rects[slot], rects[slot + 1]
    thickness = max(4.0, gap * 0.14)
    if is_wrap(rects, slot):
        middle = before.bottom() + row_gap / 2
        left, right = after.left() - gap * 0.45, before.right() + gap * 0.45
        return QRectF(left, middle - thickness / 2, right - left, thickness)
    x = after.left() - gap / 2 - thickness / 2
    return QRectF(x, after.top() - 4, thickness, after.height() + 8)


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
