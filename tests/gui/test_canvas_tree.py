"""The canvas with containers, as a user drives it: frames around blocks, collapse and expand,
dragging into and out of a Residual, selecting a run and wrapping it, unwrapping, drops that a
Branches frame refuses outside its lanes, and the diagram of a nested network."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from netbuilder.document.network import Network, branches, residual
from netbuilder.document.project import Project
from netbuilder.gui.builder import render_diagram
from netbuilder.gui.builder.block_item import BlockItem
from netbuilder.gui.builder.canvas import CanvasView
from netbuilder.gui.builder.frame_item import FrameItem, LabelItem, LaneItem
from netbuilder.gui.builder.mime import layer_mime
from netbuilder.gui.document import Document
from netbuilder.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CONV = ("Conv2d", {"out_channels": 8, "kernel_size": 3, "padding": 1})
DOWN = ("Conv2d", {"out_channels": 16, "kernel_size": 3, "stride": 2, "padding": 1})


def nested() -> Network:
    return Network.of(
        CONV,
        "ReLU",
        residual(CONV, "BatchNorm2d", "ReLU"),
        branches([CONV], ["ReLU", CONV], [], merge="concat"),
        "Flatten",
        ("Linear", {"out_features": 10}),
        input_shape=(1, 28, 28),
    )


def make_canvas(qtbot, network: Network, width: int = 1300) -> CanvasView:
    canvas = CanvasView(Document(Project(network=network)))
    qtbot.addWidget(canvas)
    canvas.resize(width, 900)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.reset_zoom()
    return canvas


def scene_rect(item) -> object:
    return item.mapRectToScene(item.card_rect())


def uids_of(layers) -> list[str]:
    return [layer.uid for layer in layers]


def test_containers_are_frames_around_their_blocks(qtbot):
    canvas = make_canvas(qtbot, nested())
    network = canvas.document.network
    res, br = network.layers[2], network.layers[3]
    assert isinstance(canvas.blocks[res.uid], FrameItem)
    assert isinstance(canvas.blocks[br.uid], FrameItem)
    frame = scene_rect(canvas.blocks[res.uid])
    for child in res.children:
        assert type(canvas.blocks[child.uid]) is BlockItem
        assert frame.contains(scene_rect(canvas.blocks[child.uid]))
    outer = scene_rect(canvas.blocks[br.uid])
    lanes = [scene_rect(canvas.blocks[b.uid]) for b in br.children]
    assert all(isinstance(canvas.blocks[b.uid], LaneItem) for b in br.children)
    assert all(outer.contains(lane) for lane in lanes)
    assert lanes[0].bottom() <= lanes[1].top() and lanes[1].bottom() <= lanes[2].top()
    for lane, branch in zip(lanes, br.children, strict=True):
        for child in branch.children:
            assert lane.contains(scene_rect(canvas.blocks[child.uid]))
    assert canvas.blocks[res.uid].shape_text == "8 × 28 × 28"
    labels = [i.text for i in canvas.scene().items() if isinstance(i, LabelItem)]
    assert "shortcut: identity" in labels and "+ branch" in labels
    assert all(canvas.items_visible()) or not canvas.auto_fit


def test_collapse_and_expand_are_view_state(qtbot):
    canvas = make_canvas(qtbot, nested())
    doc = canvas.document
    res = doc.network.layers[2]
    steps = doc.undo_stack.count()
    canvas.set_collapsed(res.uid, True)
    assert type(canvas.blocks[res.uid]) is BlockItem
    assert "3 layers" in canvas.blocks[res.uid].content.detail
    assert not any(child.uid in canvas.blocks for child in res.children)
    assert doc.undo_stack.count() == steps and not doc.modified
    # selecting a layer inside (a problem, the layer table) opens the container again
    canvas.select_layer(res.children[1].uid)
    assert isinstance(canvas.blocks[res.uid], FrameItem)
    assert canvas.selected_uid() == res.children[1].uid
    canvas.set_collapsed(res.uid, True)
    canvas.set_collapsed(res.uid, False)
    assert all(child.uid in canvas.blocks for child in res.children)


def test_the_frame_header_toggle_collapses(qtbot):
    canvas = make_canvas(qtbot, nested())
    res = canvas.document.network.layers[2]
    frame = canvas.blocks[res.uid]
    point = canvas.mapFromScene(frame.mapToScene(frame.toggle_rect().center()))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert canvas.is_collapsed(res.uid)
    block = canvas.blocks[res.uid]
    qtbot.mouseDClick(
        canvas.viewport(),
        Qt.MouseButton.LeftButton,
        pos=canvas.mapFromScene(scene_rect(block).center()),
    )
    assert not canvas.is_collapsed(res.uid)


def test_drag_a_block_into_a_residual_and_out_again(qtbot):
    canvas = make_canvas(qtbot, nested())
    doc = canvas.document
    network = doc.network
    relu, res = network.layers[1], network.layers[2]
    before = network.structure()
    steps = doc.undo_stack.count()
    first, second = (scene_rect(canvas.blocks[c.uid]) for c in res.children[:2])
    between = QPointF((first.right() + second.left()) / 2, first.center().y())
    assert canvas.finish_block_drag(relu.uid, between)
    assert network.place(relu.uid).parent == res.uid and network.place(relu.uid).index == 1
    assert doc.undo_stack.count() == steps + 1
    assert scene_rect(canvas.blocks[res.uid]).contains(scene_rect(canvas.blocks[relu.uid]))
    # and out again: into the gap after the Branches frame
    after = scene_rect(canvas.blocks[network.layers[-1].uid])  # the Linear
    assert canvas.finish_block_drag(relu.uid, QPointF(after.left() - 3, after.center().y()))
    assert network.place(relu.uid).parent is None
    assert doc.undo_stack.count() == steps + 2
    doc.undo()
    assert network.place(relu.uid).parent == res.uid
    doc.undo()
    assert network.structure() == before and network.layers[1].uid == relu.uid
    assert canvas.blocks[relu.uid].scenePos() == canvas._rects[2].topLeft()


def press(canvas, kind, point: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    button = Qt.MouseButton.LeftButton
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    event = QMouseEvent(
        kind, QPointF(point), QPointF(canvas.viewport().mapToGlobal(point)), button, buttons,
        modifiers,
    )  # fmt: skip
    QApplication.sendEvent(canvas.viewport(), event)


def click(canvas, uid: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    point = canvas.mapFromScene(scene_rect(canvas.blocks[uid]).center())
    press(canvas, QEvent.Type.MouseButtonPress, point, modifiers)
    press(canvas, QEvent.Type.MouseButtonRelease, point, modifiers)


@pytest.fixture
def window(qtbot, tmp_path, torch_stays_away):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings, torch_in_background=True)
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def load(window, network: Network) -> None:
    window.document.reset(Project(network=network))
    window.canvas.reset_zoom()


def test_shift_click_a_run_and_wrap_it_in_a_residual_then_undo(window):
    load(window, Network.of(CONV, "ReLU", CONV, "ReLU", "Flatten", input_shape=(1, 28, 28)))
    canvas, doc = window.canvas, window.document
    uids = uids_of(doc.network.layers)
    click(canvas, uids[1])
    click(canvas, uids[3], Qt.KeyboardModifier.ShiftModifier)
    assert canvas.selected_uids() == uids[1:4]
    assert window.wrap_residual_action.isEnabled() and not window.unwrap_action.isEnabled()
    steps = doc.undo_stack.count()
    window.wrap_residual_action.trigger()
    assert doc.undo_stack.count() == steps + 1
    res = doc.network.layers[1]
    assert res.type_id == "Residual" and uids_of(res.children) == uids[1:4]
    assert canvas.selected_uid() == res.uid and isinstance(canvas.blocks[res.uid], FrameItem)
    assert window.unwrap_action.isEnabled()
    window.undo_action.trigger()
    assert uids_of(doc.network.layers) == uids
    assert all(type(canvas.blocks[uid]) is BlockItem for uid in uids)
    window.redo_action.trigger()
    assert uids_of(doc.network.layers[1].children) == uids[1:4]


def test_ctrl_click_picks_blocks_that_are_not_neighbours_and_wrap_is_off(window):
    load(window, Network.of(CONV, "ReLU", CONV, "ReLU", input_shape=(1, 28, 28)))
    canvas, uids = window.canvas, uids_of(window.document.network.layers)
    click(canvas, uids[0])
    click(canvas, uids[2], Qt.KeyboardModifier.ControlModifier)
    assert canvas.selected_uids() == [uids[0], uids[2]]
    assert not window.wrap_residual_action.isEnabled()


def test_rubber_band_then_wrap_a_shape_changing_run_shows_its_projection(window):
    load(window, Network.of(CONV, DOWN, "BatchNorm2d", "ReLU", "Flatten", input_shape=(1, 28, 28)))
    canvas, doc = window.canvas, window.document
    canvas.zoom_by(0.6)  # one row
    uids = uids_of(doc.network.layers)
    first, last = scene_rect(canvas.blocks[uids[1]]), scene_rect(canvas.blocks[uids[2]])
    start = canvas.mapFromScene(QPointF(first.left() - 15, first.top() - 15))
    end = canvas.mapFromScene(QPointF(last.right() + 15, last.bottom() + 15))
    press(canvas, QEvent.Type.MouseButtonPress, start)
    for step in (0.3, 0.7, 1.0):
        press(canvas, QEvent.Type.MouseMove, start + (end - start) * step)
    press(canvas, QEvent.Type.MouseButtonRelease, end)
    assert canvas.selected_uids() == uids[1:3]
    window.wrap_residual_action.trigger()
    res = doc.network.layers[1]
    assert res.params["shortcut"] == "projection"
    labels = [i.text for i in canvas.scene().items() if isinstance(i, LabelItem)]
    assert any(t.startswith("projection: Conv2d 1x1 stride 2 + BatchNorm2d") for t in labels)
    assert "16 × 14 × 14" in canvas.blocks[res.uid].shape_text
    inspector = window.feature("builder").inspector
    assert "projection: Conv2d 1x1 stride 2 + BatchNorm2d, 160 parameters" in (
        inspector.inferred_text()
    )


def test_unwrap_puts_the_layers_back_in_one_step(window):
    load(window, nested())
    canvas, doc = window.canvas, window.document
    res = doc.network.layers[2]
    held = uids_of(res.children)
    canvas.select_layer(res.uid)
    steps = doc.undo_stack.count()
    window.unwrap_action.trigger()
    assert doc.undo_stack.count() == steps + 1
    assert uids_of(doc.network.layers[2:5]) == held
    assert canvas.selected_uids() == held
    window.undo_action.trigger()
    assert doc.network.layers[2].uid == res.uid and uids_of(doc.network.layers[2].children) == held


def test_keys_delete_duplicate_and_move_inside_a_container(window, qtbot):
    load(window, nested())
    canvas, doc = window.canvas, window.document
    res = doc.network.layers[2]
    inner = res.children[0].uid
    canvas.select_layer(inner)
    window.move_down_action.trigger()
    assert doc.network.place(inner).index == 1 and doc.network.place(inner).parent == res.uid
    window.duplicate_action.trigger()
    assert len(res.children) == 4 and canvas.selected_uid() == res.children[2].uid
    window.delete_action.trigger()
    assert len(res.children) == 3


def drag_over(canvas, scene_pos: QPointF, drop: bool) -> bool:
    """Drag a Tanh from the palette over `scene_pos` (and drop it): whether the marker showed."""
    point = canvas.mapFromScene(scene_pos)
    args = (
        Qt.DropAction.CopyAction, layer_mime("Tanh"), Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )  # fmt: skip
    QApplication.sendEvent(canvas.viewport(), QDragEnterEvent(point, *args))
    QApplication.sendEvent(canvas.viewport(), QDragMoveEvent(point, *args))
    shown = canvas.marker.isVisible()
    if drop:
        QApplication.sendEvent(canvas.viewport(), QDropEvent(QPointF(point), *args))
    return shown


def test_a_branches_frame_takes_drops_in_its_lanes_only(qtbot):
    canvas = make_canvas(qtbot, nested())
    doc = canvas.document
    br = doc.network.layers[3]
    lanes = [scene_rect(canvas.blocks[b.uid]) for b in br.children]
    between = QPointF(lanes[0].center().x(), (lanes[0].bottom() + lanes[1].top()) / 2)
    before = doc.network.structure()
    assert not drag_over(canvas, between, drop=True)  # the gap between two lanes
    assert doc.network.structure() == before
    empty = lanes[2].center()
    assert drag_over(canvas, empty, drop=True)
    assert [c.type_id for c in br.children[2].children] == ["Tanh"]
    assert canvas.selected_uid() == br.children[2].children[0].uid
    doc.undo()
    # into the residual: between its first two blocks
    res = doc.network.layers[2]
    a, b = (scene_rect(canvas.blocks[c.uid]) for c in res.children[:2])
    assert drag_over(canvas, QPointF((a.right() + b.left()) / 2, a.center().y()), drop=True)
    assert [c.type_id for c in res.children] == ["Conv2d", "Tanh", "BatchNorm2d", "ReLU"]


def test_the_add_branch_button_adds_an_empty_path(qtbot):
    canvas = make_canvas(qtbot, nested())
    br = canvas.document.network.layers[3]
    button = next(i for i in canvas.scene().items() if isinstance(i, LabelItem) and i.uid == br.uid)
    qtbot.mouseClick(
        canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(button.scenePos())
    )
    assert len(br.children) == 4 and isinstance(canvas.blocks[br.children[3].uid], LaneItem)


def test_diagram_of_a_nested_network(qtbot, tmp_path):
    project = Project(network=nested(), name="nested")
    size = render_diagram(project, png=tmp_path / "n.png", svg=tmp_path / "n.svg", width=900)
    assert size.height() > size.width() * 0.4  # frames and lanes make it tall
    svg = (tmp_path / "n.svg").read_text(encoding="utf-8")
    assert "Residual" in svg and "Branches" in svg and "shortcut: identity" in svg
    assert (tmp_path / "n.png").stat().st_size > 10_000


def test_frames_speak_chinese_and_english_again_live(qtbot):
    from netbuilder.gui import language

    canvas = make_canvas(qtbot, nested())
    res = canvas.document.network.layers[2]

    def labels() -> set[str]:
        return {i.text for i in canvas.scene().items() if isinstance(i, LabelItem)}

    try:
        language.apply_language("zh_CN")
        qtbot.waitUntil(lambda: {"捷径：identity", "+ 分支"} <= labels())
        canvas.set_collapsed(res.uid, True)
        assert canvas.blocks[res.uid].content.detail == "▸ 3 层，identity"
        menu = canvas.build_context_menu(res.uid)
        assert "展开" in [action.text() for action in menu.actions()]
    finally:
        language.apply_language("en")
    qtbot.waitUntil(lambda: canvas.blocks[res.uid].content.detail == "▸ 3 layers, identity")
    canvas.set_collapsed(res.uid, False)
    assert {"shortcut: identity", "+ branch"} <= labels()


def test_clicking_a_problem_on_an_inner_layer_selects_its_block(window, qtbot):
    load(
        window,
        Network.of(CONV, residual("ReLU", "Flatten", "BatchNorm2d"), input_shape=(1, 28, 28)),
    )
    canvas, doc = window.canvas, window.document
    res = doc.network.layers[1]
    inner = res.children[2].uid
    canvas.set_collapsed(res.uid, True)
    problems = window.feature("builder").problems
    item = next(
        problems.item(row)
        for row in range(problems.count())
        if problems.item(row).text().startswith("Layer 2.3 (BatchNorm2d)")
    )
    rect = problems.visualItemRect(item)
    qtbot.mouseClick(problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert canvas.selected_uid() == inner and not canvas.is_collapsed(res.uid)
    assert canvas.blocks[inner].state == "error"
    assert window.feature("builder").inspector.uid == inner


def test_presenting_collapses_what_does_not_fit_and_opens_it_again_on_leaving(qtbot, tmp_path):
    from tests.gui.test_presenter_scenes import enter, leave, make_window

    window = make_window(qtbot, tmp_path)
    lin = ("Linear", {"out_features": 128})
    blocks = [residual(lin, "Sigmoid") for _ in range(5)]
    load(window, Network.of("Flatten", *blocks, ("Linear", {"out_features": 10})))
    canvas = window.canvas
    enter(window)
    assert canvas.collapsed and canvas.collapsed <= {block.uid for block in blocks}
    assert all(canvas.items_visible())
    assert not canvas.verticalScrollBar().isVisible()
    assert not window.document.modified
    leave(window)
    assert not canvas.collapsed
    assert all(isinstance(canvas.blocks[block.uid], FrameItem) for block in blocks)


def test_drag_a_block_into_a_residual_with_the_mouse_shows_the_marker_there(qtbot):
    canvas = make_canvas(qtbot, nested())
    doc = canvas.document
    relu, res = doc.network.layers[1], doc.network.layers[2]
    start = canvas.mapFromScene(scene_rect(canvas.blocks[relu.uid]).center())
    last = scene_rect(canvas.blocks[res.children[-1].uid])
    end = canvas.mapFromScene(QPointF(last.right() - 5, last.center().y()))  # after the last
    press(canvas, QEvent.Type.MouseButtonPress, start)
    for step in (0.2, 0.6, 1.0):
        press(canvas, QEvent.Type.MouseMove, start + (end - start) * step)
    assert canvas.marker.isVisible() and canvas.marker_target == (res.uid, 3)
    assert scene_rect(canvas.blocks[res.uid]).contains(canvas.marker.rect())
    press(canvas, QEvent.Type.MouseButtonRelease, end)
    assert [c.uid for c in res.children][-1] == relu.uid
    assert doc.undo_stack.undoText() == "Move ReLU"


def test_drag_a_residual_by_its_header_and_never_into_itself(qtbot):
    canvas = make_canvas(qtbot, nested())
    doc = canvas.document
    res, br = doc.network.layers[2], doc.network.layers[3]
    inside = scene_rect(canvas.blocks[res.children[1].uid]).center()
    assert not canvas.finish_block_drag(res.uid, inside)
    lane = scene_rect(canvas.blocks[br.children[2].uid]).center()
    assert canvas.finish_block_drag(res.uid, lane)  # into the empty branch
    assert doc.network.place(res.uid).parent == br.children[2].uid
    assert not canvas.finish_block_drag(br.uid, scene_rect(canvas.blocks[res.uid]).center())
    doc.undo()
    assert doc.network.layers[2].uid == res.uid
    header = canvas.blocks[res.uid].mapToScene(canvas.blocks[res.uid].grab_rect().center())
    start = canvas.mapFromScene(header)
    linear = scene_rect(canvas.blocks[doc.network.layers[-1].uid])
    end = canvas.mapFromScene(QPointF(linear.right() - 5, linear.center().y()))
    press(canvas, QEvent.Type.MouseButtonPress, start)
    assert canvas.selected_uid() == res.uid
    for step in (0.2, 0.6, 1.0):
        press(canvas, QEvent.Type.MouseMove, start + (end - start) * step)
    press(canvas, QEvent.Type.MouseButtonRelease, end)
    assert doc.network.layers[-1].uid == res.uid


def test_wrap_in_branches_from_the_context_menu_and_unwrap_it(window):
    load(window, Network.of(CONV, "ReLU", CONV, "Flatten", input_shape=(1, 28, 28)))
    canvas, doc = window.canvas, window.document
    uids = uids_of(doc.network.layers)
    canvas.select_layers(uids[1:3])
    menu = canvas.build_context_menu(canvas.selected_uid())
    assert window.wrap_branches_action in menu.actions()
    window.wrap_branches_action.trigger()
    br = doc.network.layers[1]
    assert br.type_id == "Branches" and len(br.children) == 2
    assert uids_of(br.children[0].children) == uids[1:3] and not br.children[1].children
    assert canvas.selected_uid() == br.uid
    texts = [action.text() for action in canvas.build_context_menu(br.uid).actions()]
    assert "Collapse" in texts
    window.unwrap_action.trigger()
    assert uids_of(doc.network.layers) == uids


@pytest.mark.parametrize(("count", "available"), [(2, 500.0), (5, 700.0), (9, 520.0), (12, 1300.0)])
def test_a_straight_chain_lays_out_as_the_grid_did(count, available):
    from netbuilder.gui.builder import canvas_layout as geometry
    from netbuilder.gui.builder import tree_layout as tree

    width, height, gap, row_gap, margin, em = 169.0, 69.0, 33.8, 28.6, 26.0, 13.0
    metrics = tree.Metrics(width, height, gap, row_gap, margin, em)
    nodes = [tree.Node(str(i)) for i in range(count)]
    rects = tree.lay_out(nodes, available, metrics).seqs[None].rects
    columns = geometry.columns_for(available, width, gap, margin)
    assert rects == geometry.node_rects(count, columns, width, height, gap, row_gap, margin)


def test_while_locked_nothing_drops_and_no_branch_is_offered(qtbot):
    canvas = make_canvas(qtbot, nested())
    doc = canvas.document
    doc.set_locked(True)
    labels = [i.text for i in canvas.scene().items() if isinstance(i, LabelItem)]
    assert "+ branch" not in labels
    res = doc.network.layers[2]
    a, b = (scene_rect(canvas.blocks[c.uid]) for c in res.children[:2])
    before = doc.network.structure()
    assert not drag_over(canvas, QPointF((a.right() + b.left()) / 2, a.center().y()), drop=True)
    assert doc.network.structure() == before
    doc.set_locked(False)
    assert "+ branch" in [i.text for i in canvas.scene().items() if isinstance(i, LabelItem)]


@pytest.mark.parametrize("width", [260, 520, 900, 1500])
def test_deep_nesting_lays_out_and_every_point_has_a_sane_target(qtbot, width):
    deep = residual(
        "ReLU",
        branches([residual(CONV, "ReLU"), "ReLU"], [], [branches(["ReLU"], [CONV])]),
        residual(residual(residual("ReLU"))),
    )
    canvas = make_canvas(qtbot, Network.of(CONV, deep, "ReLU", input_shape=(1, 28, 28)), width)
    network = canvas.document.network
    for uid, item in canvas.blocks.items():
        parent = network.place(uid).parent
        if parent is not None:  # every item inside its container's
            assert scene_rect(canvas.blocks[parent]).contains(scene_rect(item)), uid
    scene = canvas.scene().sceneRect()
    steps = 24
    for i in range(steps + 1):
        for j in range(steps + 1):
            point = QPointF(scene.width() * i / steps, scene.height() * j / steps)
            target = canvas.drop_target(point)
            if target is None:
                continue
            parent, slot = target
            assert 0 <= slot <= len(network.siblings(parent))
            canvas.show_target(target)
            assert canvas.marker.rect().isValid()
    canvas.show_marker(None)


def test_a_rubber_band_from_a_frames_header_selects_the_blocks_inside(qtbot):
    canvas = make_canvas(qtbot, nested())
    res = canvas.document.network.layers[2]
    frame = canvas.blocks[res.uid]
    first, last = (scene_rect(canvas.blocks[c.uid]) for c in res.children[1:])
    header = frame.mapToScene(frame.header_rect().bottomLeft())
    start = canvas.mapFromScene(QPointF(first.left() - 10, header.y() - 4))  # beside the title
    end = canvas.mapFromScene(QPointF(last.right() + 10, last.bottom() + 10))
    press(canvas, QEvent.Type.MouseButtonPress, start)
    for step in (0.3, 0.7, 1.0):
        press(canvas, QEvent.Type.MouseMove, start + (end - start) * step)
    press(canvas, QEvent.Type.MouseButtonRelease, end)
    assert canvas.selected_uids() == uids_of(res.children[1:])
    assert canvas.document.undo_stack.count() == 0


def test_a_right_click_keeps_a_selection_of_several_for_the_context_menu(qtbot):
    canvas = make_canvas(qtbot, nested())
    res = canvas.document.network.layers[2]
    canvas.select_layers(uids_of(res.children))
    point = canvas.mapFromScene(scene_rect(canvas.blocks[res.children[1].uid]).center())
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.RightButton, pos=point)
    assert canvas.selected_uids() == uids_of(res.children)


def test_a_narrow_block_shows_the_longest_detail_that_fits_whole(qtbot):
    """On a projector the blocks are narrow: "Residual ▸ 3 layers, identity" becomes "▸ 3 layers"
    and "16@3x3 stride 2 pad 1" becomes "16@3x3" rather than a phrase cut off mid-word."""
    from PySide6.QtGui import QFontMetricsF

    from netbuilder.document.analysis import analyse
    from netbuilder.gui.builder.canvas_content import container_content, layer_content

    network = nested()
    analysis = analyse(network, None)
    res, conv = network.layers[2], Network.of(DOWN, input_shape=(1, 28, 28)).layers[0]
    content = container_content(res, None, analysis, collapsed=True)
    assert content.detail == "▸ 3 layers, identity"
    assert content.shorter_details == ("▸ 3 layers", "▸ 3")
    assert layer_content(conv, None, analysis).shorter_details == ("16@3x3",)
    block = BlockItem(res.uid, content)
    metrics = QFontMetricsF(QApplication.font())
    room = metrics.horizontalAdvance("▸ 3 layers") + 1
    assert block.detail_that_fits(QApplication.font(), room) == "▸ 3 layers"
    assert block.detail_that_fits(QApplication.font(), 1000) == "▸ 3 layers, identity"
    assert block.detail_that_fits(QApplication.font(), 1) == "▸ 3"


def test_duplicate_and_delete_act_on_every_selected_layer_as_one_step(window):
    """Shift-click a run and ctrl-click another layer: Duplicate copies each run of neighbours
    after itself and selects the copies, Delete takes them all; one undo restores all."""
    load(window, Network.of(CONV, "ReLU", CONV, "ReLU", "Flatten", input_shape=(1, 28, 28)))
    canvas, doc = window.canvas, window.document
    uids = uids_of(doc.network.layers)
    click(canvas, uids[0])
    click(canvas, uids[1], Qt.KeyboardModifier.ShiftModifier)
    click(canvas, uids[3], Qt.KeyboardModifier.ControlModifier)
    assert canvas.selected_uids() == [uids[0], uids[1], uids[3]]
    assert window.duplicate_action.isEnabled() and window.delete_action.isEnabled()
    steps = doc.undo_stack.count()
    window.duplicate_action.trigger()
    types = [layer.type_id for layer in doc.network.layers]
    assert types == ["Conv2d", "ReLU", "Conv2d", "ReLU", "Conv2d", "ReLU", "ReLU", "Flatten"]
    assert doc.undo_stack.count() == steps + 1
    copies = canvas.selected_uids()
    assert len(copies) == 3 and not set(copies) & set(uids)
    window.undo_action.trigger()
    assert uids_of(doc.network.layers) == uids
    canvas.select_layers([uids[0], uids[2], uids[3]])
    window.delete_action.trigger()
    assert uids_of(doc.network.layers) == [uids[1], uids[4]]
    assert doc.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    assert uids_of(doc.network.layers) == uids


def test_move_takes_every_selected_layer_of_one_sequence_and_is_off_across_sequences(window):
    load(window, nested())
    canvas, doc = window.canvas, window.document
    top = uids_of(doc.network.layers)
    canvas.select_layers([top[1], top[2]])  # ReLU and the Residual after it
    assert window.move_up_action.isEnabled() and window.move_down_action.isEnabled()
    steps = doc.undo_stack.count()
    window.move_up_action.trigger()
    assert uids_of(doc.network.layers)[:3] == [top[1], top[2], top[0]]
    assert doc.undo_stack.count() == steps + 1 and canvas.selected_uids() == [top[1], top[2]]
    assert not window.move_up_action.isEnabled(), "the first is at the start: no step earlier"
    window.move_down_action.trigger()
    window.move_down_action.trigger()
    assert uids_of(doc.network.layers)[:4] == [top[0], top[3], top[1], top[2]]
    for _ in range(3):
        window.undo_action.trigger()
    assert uids_of(doc.network.layers) == top
    inner = doc.network.layers[2].children[0].uid
    canvas.select_layers([top[0], inner])  # one outside the Residual, one in it
    assert canvas.selected_uids() == [top[0], inner]
    assert not window.move_up_action.isEnabled() and not window.move_down_action.isEnabled()
    assert "cannot move together" in window.move_down_action.toolTip()
    assert window.duplicate_action.isEnabled() and window.delete_action.isEnabled()
    canvas.select_layer(top[1])
    assert window.move_down_action.toolTip().startswith("Move the selected layer one step")
    menu = canvas.build_context_menu(top[1])
    assert menu.toolTipsVisible() and window.move_down_action in menu.actions()
