"""The builder window as a user drives it: drops, inspector edits, undo, files, look."""

from __future__ import annotations

import json

import pytest
import torch
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from netbuilder.document.analysis import analyse
from netbuilder.document.catalog import CATALOG
from netbuilder.document.project import load_project
from netbuilder.gui import files, theme
from netbuilder.gui.builder.block_item import ERROR, OK, format_shape
from netbuilder.gui.builder.mime import LAYER_MIME, layer_mime
from netbuilder.gui.main_window import MainWindow

Button = QMessageBox.StandardButton
# Qt's offscreen platform says this whenever a window with dock widgets is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, tmp_path, torch_stays_away):
    """The builder alone: editing needs no torch (tests that train load it themselves)."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings, torch_in_background=True)
    win.errors = []
    win.show_error = lambda title, text: win.errors.append(text)
    win.ask_save_changes = lambda: Button.Discard
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_dark(False)


def empty(window) -> MainWindow:
    assert window.new_document()
    assert len(window.document.network) == 0
    return window


def drop(window, type_id: str, index: int, mime: QMimeData | None = None) -> None:
    """Drop `type_id` so that it lands at layer `index`: between the blocks on either side."""
    canvas = window.canvas
    target = canvas._rects[index + 1]  # the node that will follow the new layer
    # just before it, in the gap: the left part of a container's frame drops into the container
    scene_pos = QPointF(target.left() - 3, target.center().y())
    canvas.ensureVisible(target)
    point = canvas.mapFromScene(scene_pos)  # QDragEnterEvent/QDragMoveEvent take a QPoint
    pos = QPointF(point)
    data = mime or layer_mime(type_id)
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(canvas.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(canvas.viewport(), move)
    assert canvas.marker.isVisible()
    event = QDropEvent(pos, actions, data, buttons, modifiers)
    QApplication.sendEvent(canvas.viewport(), event)
    assert event.isAccepted()
    assert not canvas.marker.isVisible()


def shapes_match_analysis(window) -> None:
    doc = window.document
    expected = analyse(doc.network, 10, loss=doc.project.training.loss)
    for layer, info in zip(doc.network.layers, expected.layers, strict=True):
        assert window.canvas.block_for(layer.uid).shape_text == format_shape(info.output_shape)
    # one item per layer, those inside containers too (a frame, a lane, a block)
    assert set(window.canvas.blocks) == {each.layer.uid for each in doc.network.walk()}


def set_params(window, uid: str, **values) -> None:
    """Select a block and type values into the inspector's widgets, as a user would."""
    window.canvas.select_layer(uid)
    assert window.feature("builder").inspector.uid == uid
    for name, value in values.items():
        editor = window.feature("builder").inspector.editor(name)
        if hasattr(editor, "setValue"):
            editor.setValue(value)
        else:
            editor.setChecked(value)


def lenet_torch() -> torch.nn.Module:
    return torch.nn.Sequential(
        torch.nn.Conv2d(1, 6, 5, padding=2),
        torch.nn.Sigmoid(),
        torch.nn.AvgPool2d(2, 2),
        torch.nn.Conv2d(6, 16, 5),
        torch.nn.Sigmoid(),
        torch.nn.AvgPool2d(2, 2),
        torch.nn.Flatten(),
        torch.nn.Linear(400, 120),
        torch.nn.Sigmoid(),
        torch.nn.Linear(120, 84),
        torch.nn.Sigmoid(),
        torch.nn.Linear(84, 10),
    )


def test_dropping_each_layer_type_inserts_it_between_blocks(window):
    window.load_preset(files.DEFAULT_PRESET)
    doc = window.document
    before = [layer.uid for layer in doc.network.layers]
    for type_id in (kind.id for kind in CATALOG.values() if kind.in_palette):
        drop(window, type_id, 3)
        layer = doc.network.layers[3]
        assert layer.type_id == type_id
        assert [x.uid for x in doc.network.layers[:3]] == before[:3]
        block = window.canvas.block_for(layer.uid)
        assert block.content.title == type_id
        assert block.shape_text == format_shape(doc.analysis.layers[3].output_shape)
        assert window.canvas.selected_uid() == layer.uid
        shapes_match_analysis(window)
        window.undo_action.trigger()
        assert [x.uid for x in doc.network.layers] == before
        assert layer.uid not in window.canvas.blocks


def test_foreign_drops_are_refused(window):
    data = QMimeData()
    data.setText("Linear")
    pos = window.canvas.viewport().rect().center()
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.canvas.viewport(), enter)
    assert not enter.isAccepted()
    unknown = QMimeData()
    unknown.setData(LAYER_MIME, b"NoSuchLayer")
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        unknown,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.canvas.viewport(), enter)
    assert not enter.isAccepted()


def build_lenet(window) -> None:
    doc = empty(window).document
    plan = [
        ("Conv2d", dict(out_channels=6, kernel_size=5, padding=2)),
        ("Sigmoid", {}),
        ("AvgPool2d", dict(kernel_size=2, stride=2)),
        ("Conv2d", dict(out_channels=16, kernel_size=5, padding=0)),
        ("Sigmoid", {}),
        ("AvgPool2d", dict(kernel_size=2, stride=2)),
        ("Flatten", {}),
        ("Linear", dict(out_features=120)),
        ("Sigmoid", {}),
        ("Linear", dict(out_features=84)),
        ("Sigmoid", {}),
        ("Linear", dict(out_features=10)),
    ]
    for index, (type_id, values) in enumerate(plan):
        drop(window, type_id, index)
        set_params(window, doc.network.layers[index].uid, **values)
    shapes_match_analysis(window)


def test_lenet5_by_drops_and_inspector_then_undo_and_redo_all(window):
    expected = sum(p.numel() for p in lenet_torch().parameters())
    assert expected == 61706
    build_lenet(window)
    doc = window.document
    assert doc.analysis.valid and doc.analysis.total_parameters == expected
    assert doc.analysis.output_shape == (10,)
    assert window.train_action.isEnabled()
    assert window.canvas.output_item.content.params_text == "61.7k params in total"
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
    assert len(doc.network) == 0 and not window.canvas.blocks
    assert not doc.modified
    while window.redo_action.isEnabled():
        window.redo_action.trigger()
    assert doc.analysis.total_parameters == expected
    shapes_match_analysis(window)


def test_invalid_edit_marks_block_and_disables_train(window):
    doc = empty(window).document
    drop(window, "Conv2d", 0)
    drop(window, "Linear", 1)
    linear = doc.network.layers[1]
    block = window.canvas.block_for(linear.uid)
    assert block.state == ERROR
    assert block._outline(QApplication.palette()).color() == QColor(theme.ERROR_COLOUR)
    assert not window.train_action.isEnabled()
    assert "Cannot train" in window.train_action.toolTip()
    assert doc.analysis.problems_for(linear.uid)[0].message in window.train_action.toolTip()

    window.undo_action.trigger()  # the Linear goes: Conv2d alone is not a 10-class output
    window.redo_action.trigger()
    drop(window, "Flatten", 1)
    block = window.canvas.block_for(linear.uid)
    assert block.state == OK
    assert block._outline(QApplication.palette()).color() != QColor(theme.ERROR_COLOUR)
    assert doc.analysis.valid and window.train_action.isEnabled()
    assert "Cannot train" not in window.train_action.toolTip()

    window.undo_action.trigger()
    assert (
        window.canvas.block_for(linear.uid).state == ERROR and not window.train_action.isEnabled()
    )


def test_save_reopen_and_corrupt_file(window, qtbot, tmp_path):
    window.load_preset(files.EXAMPLES / "cnn_relu_dropout.json")
    doc = window.document
    set_params(window, doc.network.layers[0].uid, out_channels=12)
    path = tmp_path / "mine.json"
    assert window.save_as(path)
    assert not doc.modified and "mine.json" in window.windowTitle()

    other = MainWindow(QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(other)
    assert other.open_file(path)
    layers = [(x.type_id, x.params) for x in other.document.network.layers]
    assert layers == [(x.type_id, x.params) for x in doc.network.layers]
    assert other.document.project.training == doc.project.training
    assert other.document.project.dataset == doc.project.dataset

    window.canvas.select_layer(doc.network.layers[0].uid)
    window.feature("builder").inspector.editor("out_channels").setValue(20)
    state = (
        [x.uid for x in doc.network.layers],
        doc.undo_stack.index(),
        doc.undo_stack.isClean(),
        doc.path,
    )
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "netbuilder-project", "schema_version": 1, "network": ')
    assert not window.open_file(bad)
    assert window.errors and "broken.json" in window.errors[-1]
    assert state == (
        [x.uid for x in doc.network.layers],
        doc.undo_stack.index(),
        doc.undo_stack.isClean(),
        doc.path,
    )
    wrong = tmp_path / "wrong.json"
    wrong.write_text(
        json.dumps(
            {
                "format": "netbuilder-project",
                "schema_version": 1,
                "network": {"input_shape": [1, 28, 28], "layers": [{"type": "Nope", "params": {}}]},
            }
        )
    )
    assert not window.open_file(wrong)
    assert "wrong.json" in window.errors[-1]
    assert state[0] == [x.uid for x in doc.network.layers]


def test_reorder_delete_duplicate_and_context_menu(window):
    window.load_preset(files.DEFAULT_PRESET)
    doc, canvas = window.document, window.canvas
    uids = [x.uid for x in doc.network.layers]
    # drag the first Sigmoid (index 1) to just before the Flatten (index 6)
    rect = canvas._rects[7]
    assert canvas.finish_block_drag(uids[1], QPointF(rect.left() + 5, rect.center().y()))
    assert [x.uid for x in doc.network.layers] == [uids[0], *uids[2:6], uids[1], *uids[6:]]
    assert canvas.block_for(uids[1]).pos() == canvas._rects[6].topLeft()
    window.undo_action.trigger()
    assert [x.uid for x in doc.network.layers] == uids

    canvas.select_layer(uids[3])
    keys = [k.toString() for k in window.duplicate_action.shortcuts()]
    assert "Ctrl+D" in keys
    window.duplicate_action.trigger()
    copy = doc.network.layers[4]
    assert copy.type_id == "Conv2d" and copy.params == doc.network.layers[3].params
    assert copy.uid != uids[3] and canvas.selected_uid() == copy.uid
    assert "Del" in [k.toString() for k in window.delete_action.shortcuts()]
    window.delete_action.trigger()
    assert [x.uid for x in doc.network.layers] == uids and copy.uid not in canvas.blocks

    texts = [a.text().replace("&", "") for a in canvas.build_context_menu(uids[0]).actions()]
    for wanted in ("Duplicate Layer", "Delete Layer", "Move Earlier", "Move Later", "Fit to View"):
        assert wanted in texts
    canvas.select_layer(uids[0])
    window.move_down_action.trigger()
    assert doc.network.layers[1].uid == uids[0]


def test_keyboard_shortcuts_on_the_canvas(window, qtbot):
    window.load_preset(files.DEFAULT_PRESET)
    doc, canvas = window.document, window.canvas
    window.activateWindow()
    canvas.setFocus()
    canvas.select_layer(doc.network.layers[0].uid)
    qtbot.keyClick(canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(doc.network) == 13 and doc.network.layers[1].type_id == "Conv2d"
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert len(doc.network) == 12
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(doc.network) == 13


def test_presets_load_every_example(window):
    presets = files.presets()
    assert len(presets) == len(list(files.EXAMPLES.glob("*.json")))
    for name, path in presets:
        assert window.load_preset(path)
        doc = window.document
        assert doc.project.name == name and not doc.modified and doc.path is None
        assert len(window.canvas.blocks) == len(load_project(path).network.all_layers())
        shapes_match_analysis(window)
        assert all(window.canvas.items_visible())
    names = [a.text() for a in window.presets_menu.actions()]
    assert all(name in names for name, _ in presets)


def test_dark_theme_toggles(window):
    light = window.canvas.backgroundBrush().color()
    window.dark_action.trigger()
    assert theme.is_dark(QApplication.palette()) and window.dark_action.isChecked()
    assert window.canvas.backgroundBrush().color() != light
    assert window.settings.value("view/dark", type=bool)
    window.dark_action.trigger()
    assert not theme.is_dark(QApplication.palette())
    assert window.canvas.backgroundBrush().color() == light


def test_title_star_and_unsaved_question_on_close(window):
    window.load_preset(files.DEFAULT_PRESET)
    assert "*" not in window.windowHandle().title()
    window.canvas.select_layer(window.document.network.layers[0].uid)
    window.delete_action.trigger()
    assert window.isWindowModified() and "*" in window.windowHandle().title()
    asked = []
    window.ask_save_changes = lambda: asked.append(1) or Button.Cancel
    assert not window.close()
    assert asked and window.isVisible()
    window.ask_save_changes = lambda: asked.append(2) or Button.Discard
    assert window.close()
    assert asked == [1, 2]


def test_train_action_starts_training_panel(window, monkeypatch):
    window.engine.load_now()  # torch arrives after the window opened, as in the app
    started = []
    monkeypatch.setattr(window.feature("training").panel, "start", lambda: started.append(True))
    window.load_preset(files.DEFAULT_PRESET)
    window.train_action.trigger()
    assert started == [True]
    assert window.dock("training.panel").isVisible()


def test_screenshot_entry_point(tmp_path):
    from netbuilder.gui import app

    target = tmp_path / "x.png"
    assert app.run(None, screenshot=str(target)) == 0
    image = QImage(str(target))
    assert not image.isNull() and image.width() >= 1000
