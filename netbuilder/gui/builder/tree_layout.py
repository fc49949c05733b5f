"""Where blocks and frames go when the network is a tree: each sequence is a chain that reads left
to right and wraps into rows, like text; an expanded container is a frame that holds its own
chain (a Residual, with its shortcut under it) or its lanes (Branches, one lane per branch,
stacked). With no containers it is exactly the grid of `canvas_layout`.

Pure geometry on a small tree of `Node`s, so it can be tested and used for drop targets without
any items.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

BLOCK, RESIDUAL, BRANCHES, LANE = "block", "residual", "branches", "lane"
REFUSED = "__refused__"
"""The drop region of a Branches frame outside its lanes: nothing may go there."""


@dataclass
class Node:
    """One thing to place: a block (a layer, a collapsed container, the input or the output), a
    Residual or Branches frame, or a lane (one Branch) inside Branches."""

    uid: str
    kind: str = BLOCK
    children: list[Node] = field(default_factory=list)


@dataclass(frozen=True)
class Metrics:
    width: float
    height: float
    gap: float
    row_gap: float
    margin: float
    em: float

    @property
    def pad(self) -> float:
        """A frame's sides: room for the shortcut's or the split's vertical line."""
        return max(self.gap, 1.6 * self.em)

    @property
    def header(self) -> float:
        return 1.6 * self.em


@dataclass
class Seq:
    """A laid-out sequence: its nodes' rectangles in order, the rows they fall in, and where a drop
    counts for it. The top level's nodes include the input and the output."""

    rects: list[QRectF] = field(default_factory=list)
    ins: list[QPointF] = field(default_factory=list)
    outs: list[QPointF] = field(default_factory=list)
    rows: list[tuple[int, int, float, float]] = field(default_factory=list)
    """(first node, one past the last, top, bottom) of each row."""
    area: QRectF = field(default_factory=QRectF)
    empty: QRectF | None = None
    """The placeholder of an empty sequence (an empty Residual or branch)."""
    depth: int = 0

    def row_of(self, node: int) -> int:
        return next(r for r, row in enumerate(self.rows) if row[0] <= node < row[1])


@dataclass
class Frame:
    """What a frame draws beside its blocks: its header, the shortcut (Residual) or the split and
    merge (Branches), and the "+ branch" button."""

    kind: str
    header: QRectF
    node: QPointF
    """Where the paths meet: the Residual's ⊕ or the Branches' merge."""
    lines: list[QPainterPath] = field(default_factory=list)
    label_at: QPointF | None = None
    """The middle of the shortcut's line, where its label goes."""
    label_width: float = 0.0
    merge_span: tuple[float, float] = (0.0, 0.0)
    add_branch: QRectF | None = None


@dataclass
class Layout:
    rects: dict[str, QRectF] = field(default_factory=dict)
    seqs: dict[str | None, Seq] = field(default_factory=dict)
    frames: dict[str, Frame] = field(default_factory=dict)
    arrows: list[QPainterPath] = field(default_factory=list)
    depths: dict[str, int] = field(default_factory=dict)
    refused: list[tuple[QRectF, int]] = field(default_factory=list)
    """Branches frames (and their depth): a drop there outside a lane goes nowhere."""
    width: float = 0.0
    height: float = 0.0


@dataclass
class Box:
    """A measured node: its size, where the line comes in and goes out (from its top), and how to
    put it down at a position."""

    width: float
    height: float
    in_y: float
    out_y: float
    emit: Callable[[float, float, Layout], None]


def lay_out(top: list[Node], available: float, metrics: Metrics) -> Layout:
    """Lay the top-level chain (input, layers, output) out for `available` scene pixels."""
    layout = Layout()
    m = metrics
    chain = _measure_seq(top, available - 2 * m.margin, m, key=None, depth=0, top=True)
    chain.emit(m.margin, m.margin, layout)
    layout.width = chain.width + 2 * m.margin
    layout.height = chain.height + 2 * m.margin
    layout.seqs[None].area = QRectF(-1e6, -1e6, 2e6, 2e6)
    return layout


def _measure(node: Node, available: float, m: Metrics, depth: int) -> Box:
    if node.kind == RESIDUAL:
        return _measure_residual(node, available, m, depth)
    if node.kind == BRANCHES:
        return _measure_branches(node, available, m, depth)

    def emit(x: float, y: float, layout: Layout) -> None:
        layout.rects[node.uid] = QRectF(x, y, m.width, m.height)
        layout.depths[node.uid] = depth

    return Box(m.width, m.height, m.height / 2, m.height / 2, emit)


def _measure_seq(
    nodes: list[Node], available: float, m: Metrics, key: str | None, depth: int, top: bool = False
) -> Box:
    """A chain of nodes wrapping into rows of at most `available` pixels."""
    boxes = [_measure(node, available, m, depth) for node in nodes]
    rows: list[list[int]] = []
    cursor = 0.0
    for i, box in enumerate(boxes):
        if not rows or (cursor > 0 and cursor + box.width > available + 0.5):
            rows.append([])
            cursor = 0.0
        rows[-1].append(i)
        cursor += box.width + m.gap
    if not boxes:  # an empty sequence: a placeholder the size of a small block
        return _empty_seq(m, key, depth)
    places: list[tuple[float, float]] = [(0.0, 0.0)] * len(boxes)
    row_spans, y, width = [], 0.0, 0.0
    for row in rows:
        spine = max(boxes[i].in_y for i in row)
        height = max(spine - boxes[i].in_y + boxes[i].height for i in row)
        x = 0.0
        for i in row:
            places[i] = (x, y + spine - boxes[i].in_y)
            x += boxes[i].width + m.gap
        width = max(width, x - m.gap)
        row_spans.append((row[0], row[-1] + 1, y, y + height))
        y += height + m.row_gap
    height = y - m.row_gap
    first, last = boxes[0], boxes[-1]

    def emit(x0: float, y0: float, layout: Layout) -> None:
        seq = Seq(depth=depth)
        for box, (dx, dy) in zip(boxes, places, strict=True):
            box.emit(x0 + dx, y0 + dy, layout)
            seq.rects.append(QRectF(x0 + dx, y0 + dy, box.width, box.height))
            seq.ins.append(QPointF(x0 + dx, y0 + dy + box.in_y))
            seq.outs.append(QPointF(x0 + dx + box.width, y0 + dy + box.out_y))
        seq.rows = [(a, b, y0 + t, y0 + bottom) for a, b, t, bottom in row_spans]
        seq.area = QRectF(x0, y0, width, height)
        for i in range(len(boxes) - 1):
            row = seq.row_of(i)
            middle = None if row == seq.row_of(i + 1) else seq.rows[row][3] + m.row_gap / 2
            layout.arrows.append(link(seq.outs[i], seq.ins[i + 1], middle, m.gap))
        layout.seqs[key] = seq

    return Box(width, height, places[0][1] + first.in_y, places[-1][1] + last.out_y, emit)


def _empty_seq(m: Metrics, key: str | None, depth: int) -> Box:
    width, height = m.width * 0.7, m.height * 0.8

    def emit(x: float, y: float, layout: Layout) -> None:
        rect = QRectF(x, y, width, height)
        layout.seqs[key] = Seq(area=rect, empty=rect, depth=depth)

    return Box(width, height, height / 2, height / 2, emit)


def _measure_residual(node: Node, available: float, m: Metrics, depth: int) -> Box:
    pad, header, em = m.pad, m.header, m.em
    inner = _measure_seq(node.children, available - 2 * pad, m, node.uid, depth + 1)
    width = max(inner.width + 2 * pad, 12 * em)
    top = header + 0.3 * em
    lane = top + inner.height + 0.9 * em
    height = lane + 1.0 * em

    def emit(x: float, y: float, layout: Layout) -> None:
        frame = QRectF(x, y, width, height)
        layout.rects[node.uid] = frame
        layout.depths[node.uid] = depth
        inner.emit(x + pad, y + top, layout)
        layout.seqs[node.uid].area = QRectF(x, y + header, width, height - header)
        entry, node_x = x + 0.22 * pad, frame.right() - 0.3 * pad
        in_y, out_y, lane_y = y + top + inner.in_y, y + top + inner.out_y, y + lane
        seq = layout.seqs[node.uid]
        first = seq.ins[0] if seq.ins else QPointF(seq.empty.left(), in_y)
        last = seq.outs[-1] if seq.outs else QPointF(seq.empty.right(), in_y)
        radius = 0.45 * em
        layout.arrows += [
            _line(QPointF(x, in_y), first),
            _line(last, QPointF(node_x - radius, out_y)),
        ]
        shortcut = QPainterPath(QPointF(entry, in_y))
        for point in ((entry, lane_y), (node_x, lane_y), (node_x, out_y + radius)):
            shortcut.lineTo(*point)
        out = _line(QPointF(node_x + radius, out_y), QPointF(frame.right(), out_y))
        layout.frames[node.uid] = Frame(
            RESIDUAL,
            QRectF(x, y, width, header),
            QPointF(node_x, out_y),
            [shortcut, out],
            QPointF((entry + node_x) / 2, lane_y),
            node_x - entry - 2 * em,
        )

    return Box(width, height, top + inner.in_y, top + inner.out_y, emit)


def _measure_branches(node: Node, available: float, m: Metrics, depth: int) -> Box:
    pad, header, em = m.pad, m.header, m.em
    lane_x, lane_y, lane_gap = 0.5 * em, 0.35 * em, 0.5 * em
    lanes = [
        _measure_seq(lane.children, available - 2 * pad - 2 * lane_x, m, lane.uid, depth + 2)
        for lane in node.children
    ]
    lane_width = max([box.width for box in lanes] + [m.width]) + 2 * lane_x
    width = max(lane_width + 2 * pad, 12 * em)
    lane_width = width - 2 * pad
    top = header + 0.3 * em
    tops, y = [], top
    for box in lanes:
        tops.append(y)
        y += box.height + 2 * lane_y + lane_gap
    button = y
    height = button + 1.5 * em
    in_y = top + lane_y + (lanes[0].in_y if lanes else 0.0)

    def emit(x: float, y0: float, layout: Layout) -> None:
        frame = QRectF(x, y0, width, height)
        layout.rects[node.uid] = frame
        layout.depths[node.uid] = depth
        split, merge = x + 0.22 * pad, frame.right() - 0.3 * pad
        lines, ends = [], []
        for lane, box, lane_top in zip(node.children, lanes, tops, strict=True):
            rect = QRectF(x + pad, y0 + lane_top, lane_width, box.height + 2 * lane_y)
            layout.rects[lane.uid] = rect
            layout.depths[lane.uid] = depth + 1
            box.emit(rect.left() + lane_x, rect.top() + lane_y, layout)
            seq = layout.seqs[lane.uid]
            seq.area = rect
            start_y, end_y = rect.top() + lane_y + box.in_y, rect.top() + lane_y + box.out_y
            if seq.ins:
                layout.arrows.append(_line(QPointF(split, start_y), seq.ins[0]))
                lines.append(_line(seq.outs[-1], QPointF(merge, end_y)))
            else:
                lines.append(_line(QPointF(split, start_y), QPointF(merge, end_y)))
            ends += [start_y, end_y]
        merge_y = y0 + in_y
        span = (min(ends + [merge_y]), max(ends + [merge_y]))
        lines += [_line(QPointF(split, span[0]), QPointF(split, span[1]))]
        lines += [_line(QPointF(merge, span[0]), QPointF(merge, span[1]))]
        lines.append(_line(QPointF(x, merge_y), QPointF(split, merge_y)))
        lines.append(_line(QPointF(merge, merge_y), QPointF(frame.right(), merge_y)))
        add = QRectF(x + pad, y0 + button, min(9 * em, lane_width), 1.3 * em)
        layout.frames[node.uid] = Frame(
            BRANCHES, QRectF(x, y0, width, header), QPointF(merge, merge_y), lines,
            merge_span=span, add_branch=add,
        )  # fmt: skip
        layout.refused.append((frame.adjusted(0, header, 0, 0), depth + 1))

    return Box(width, height, in_y, in_y, emit)


def _line(a: QPointF, b: QPointF) -> QPainterPath:
    path = QPainterPath(a)
    path.lineTo(b)
    return path


def link(out: QPointF, into: QPointF, middle: float | None, gap: float) -> QPainterPath:
    """From one node's way out to the next one's way in: straight (with an elbow in the gap when
    the two differ in height) within a row; between rows, out to the right, back along the gap
    under the row (`middle`) and in from the left, like a line of text wrapping."""
    path = QPainterPath(out)
    end = QPointF(into.x() - 2, into.y())
    if middle is None:
        if abs(out.y() - into.y()) >= 1:
            elbow = (out.x() + into.x()) / 2
            path.lineTo(elbow, out.y())
            path.lineTo(elbow, into.y())
        path.lineTo(end)
        return path
    out_x, in_x = out.x() + gap * 0.45, into.x() - gap * 0.45
    for x, y in ((out_x, out.y()), (out_x, middle), (in_x, middle), (in_x, into.y())):
        path.lineTo(x, y)
    path.lineTo(end)
    return path


# Dropping ---------------------------------------------------------------------------------------


def drop_region(layout: Layout, pos: QPointF) -> str | None:
    """The sequence a drop at `pos` goes into: None for the top level, a container's (Residual's
    or Branch's) uid, or REFUSED inside a Branches frame but outside its lanes."""
    best, depth = None, -1
    for key, seq in layout.seqs.items():
        if key is not None and seq.area.contains(pos) and seq.depth > depth:
            best, depth = key, seq.depth
    for rect, refused_depth in layout.refused:
        if rect.contains(pos) and refused_depth > depth:
            best, depth = REFUSED, refused_depth
    return best


def slot_in(seq: Seq, pos: QPointF, top: bool) -> int:
    """The index a drop at `pos` inserts at in `seq`: after every node that comes before the
    pointer, reading the rows like text (see canvas_layout.slot_at); the top level's input and
    output are nodes that nothing goes before or after."""
    count = len(seq.rects)
    if not count:
        return 0
    before = 0
    for r, (first, end, _top, bottom) in enumerate(seq.rows):
        last_row = r == len(seq.rows) - 1
        if pos.y() <= bottom or last_row:
            before += sum(seq.rects[i].center().x() < pos.x() for i in range(first, end))
            break
        before += end - first
        if pos.y() < seq.rows[r + 1][2]:  # in the gap under this row
            break
    if top:
        return min(max(before - 1, 0), count - 2)
    return min(max(before, 0), count)


def marker_rect(seq: Seq, slot: int, top: bool, m: Metrics) -> QRectF:
    """Where the drop marker for `slot` goes: a thin upright bar between two nodes of a row, a bar
    along the return line where the chain wraps, or across an empty sequence's placeholder."""
    thickness = max(4.0, m.gap * 0.14)
    if seq.empty is not None or not seq.rects:
        area = seq.empty or seq.area
        return QRectF(area.center().x() - thickness / 2, area.top(), thickness, area.height())
    before = slot if top else slot - 1
    after = before + 1
    has_before, has_after = before >= 0, after < len(seq.rects)
    if has_before and has_after and seq.row_of(before) != seq.row_of(after):
        a, b = seq.rects[before], seq.rects[after]
        middle = seq.rows[seq.row_of(before)][3] + m.row_gap / 2
        left, right = b.left() - m.gap * 0.45, a.right() + m.gap * 0.45
        return QRectF(left, middle - thickness / 2, right - left, thickness)
    if has_after:
        y = seq.ins[after].y()
        x = seq.rects[after].left() - (m.gap / 2 if has_before else m.gap * 0.3)
    else:
        y, x = seq.outs[before].y(), seq.rects[before].right() + m.gap * 0.3
    return QRectF(x - thickness / 2, y - m.height / 2 - 4, thickness, m.height + 8)
