"""Dropping a block lands where the marker says, and the marker says where the user pointed.

For several network lengths and canvas widths (so that the chain wraps into rows at different
places), every slot is pointed at in each way a user can point at it: the gap (or, where the chain
wraps, the connector's return line) between the two blocks, the right half of the block before
and the left half of the block after. The marker's slot, the inserted index and the slot that was
aimed at must all agree.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project
from netbuilder.gui.builder import canvas_layout as geometry
from netbuilder.gui.builder.canvas import CanvasView
from netbuilder.gui.builder.mime import layer_mime
from netbuilder.gui.document import Document


def make_canvas(qtbot, layers: int, width: int) -> CanvasView:
    network = Network([Layer("ReLU") for _ in range(layers)], (1, 28, 28))
    canvas = CanvasView(Document(Project(network=network)))
    qtbot.addWidget(canvas)
    canvas.resize(width, 900)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.reset_zoom()
    return canvas


def aims(rects, slot: int, gap: float, row_gap: float) -> list[QPointF]:
    """Points that mean "between node `slot` and node `slot + 1`" to a person."""
    a, b = rects[slot], rects[slot + 1]
    points = [
        QPointF(a.right() - a.width() * 0.1, a.center().y()),  # right edge of the block before
        QPointF(b.left() + b.width() * 0.1, b.center().y()),  # left edge of the block after
    ]
    path = geometry.connector_path(a, b, row_gap, gap)
    points.append(path.pointAtPercent(0.5))  # the middle of the arrow between them
    if abs(a.top() - b.top()) >= 1:  # the return line, from its right end to its left
        middle = a.bottom() + row_gap / 2
        points += [QPointF(x, middle) for x in (a.right(), a.center().x(), b.center().x())]
    return points


def drop_at(canvas: CanvasView, scene_pos: QPointF) -> tuple[int | None, int]:
    """Drag a Tanh over `scene_pos` and drop it there: (the marker's slot, the inserted index)."""
    canvas.ensureVisible(scene_pos.x(), scene_pos.y(), 1, 1, 0, 0)
    point = canvas.mapFromScene(scene_pos)
    data = layer_mime("Tanh")
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    QApplication.sendEvent(canvas.viewport(), QDragEnterEvent(point, *args))
    QApplication.sendEvent(canvas.viewport(), QDragMoveEvent(point, *args))
    marked = canvas.marker_slot if canvas.marker.isVisible() else None
    QApplication.sendEvent(canvas.viewport(), QDropEvent(QPointF(point), *args))
    types = [layer.type_id for layer in canvas.document.network.layers]
    inserted = types.index("Tanh")
    canvas.document.undo_stack.undo()
    return marked, inserted


@pytest.mark.parametrize(
    ("layers", "width"), [(1, 700), (2, 700), (4, 700), (5, 700), (7, 1000), (9, 520)]
)
def test_every_slot_gets_the_drop_that_points_at_it(qtbot, layers, width):
    canvas = make_canvas(qtbot, layers, width)
    _, _, gap, row_gap, _ = canvas._spacing()
    rects = list(canvas._rects)
    assert len({r.top() for r in rects}) > 1 or layers < 3  # the chain does wrap
    for slot in range(layers + 1):
        for point in aims(rects, slot, gap, row_gap):
            assert drop_at(canvas, point) == (slot, slot), (slot, point)


def test_a_drop_on_the_return_line_lands_after_the_end_of_the_row(qtbot):
    """The report: Input → Conv2d → ReLU / Output, MaxPool dropped on the return line."""
    network = Network([Layer("Conv2d"), Layer("ReLU")], (1, 28, 28))
    canvas = CanvasView(Document(Project(network=network)))
    qtbot.addWidget(canvas)
    canvas.show()
    canvas.reset_zoom()
    width, _, gap, row_gap, margin = canvas._spacing()
    canvas.resize(int((2 * margin + 3 * width + 2.5 * gap) * canvas.zoom()) + 30, 700)
    qtbot.waitUntil(lambda: len({r.top() for r in canvas._rects}) == 2)
    conv, relu = canvas._rects[1], canvas._rects[2]
    middle = relu.bottom() + row_gap / 2
    for x in (conv.center().x(), relu.left(), conv.left()):
        assert drop_at(canvas, QPointF(x, middle)) == (2, 2)


def test_the_wrap_marker_lies_on_the_return_line(qtbot):
    canvas = make_canvas(qtbot, 5, 700)
    _, _, gap, row_gap, _ = canvas._spacing()
    rects = canvas._rects
    wrap = next(s for s in range(len(rects) - 1) if geometry.is_wrap(rects, s))
    canvas.show_marker(wrap)
    marker = canvas.marker.rect()
    middle = rects[wrap].bottom() + row_gap / 2
    assert marker.top() <= middle <= marker.bottom()
    assert marker.left() < rects[wrap + 1].left() and marker.right() > rects[wrap].right()
