"""Ctrl+D duplicates (no shortcut is bound twice), and number fields keep every typed digit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from netbuilder.gui.training.settings_form import TrainingSettingsForm

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_no_key_is_bound_to_two_actions(window):
    owners: dict[str, str] = {}
    for name, action in window.actions_by_name().items():
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in owners, f"{text} is both {owners[text]} and {name}"
            owners[text] = name
    assert "Ctrl+D" not in [k.toString() for k in window.delete_action.shortcuts()]


def test_ctrl_d_duplicates_the_selected_layer(window, qtbot):
    layers = window.document.network.layers
    count, uid = len(layers), layers[2].uid
    window.canvas.select_layer(uid)
    window.canvas.setFocus()
    QTest.keyClick(window.canvas.viewport(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.network.layers) == count + 1
    copy = window.document.network.layers[3]
    assert copy.type_id == layers[2].type_id and copy.uid != uid


def type_into(field, text: str) -> None:
    field.setFocus()
    field.lineEdit().selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_typing_beyond_a_maximum_keeps_the_digits_and_says_so(window, qtbot):
    conv = next(layer for layer in window.document.network.layers if layer.type_id == "Conv2d")
    window.canvas.select_layer(conv.uid)
    editor = window.feature("builder").inspector.editor("kernel_size")  # at most 31
    type_into(editor, "40")
    assert editor.value() == 31, "40 is not read as 4"
    assert window.document.layer(conv.uid).params["kernel_size"] == 31
    note = window.feature("builder").inspector.note
    assert not note.isHidden() and "kernel_size is at most 31: 40 was set to 31" in note.text()
    type_into(editor, "12")
    assert window.document.layer(conv.uid).params["kernel_size"] == 12


def test_typing_a_value_in_range_keeps_every_digit(window):
    linear = [layer for layer in window.document.network.layers if layer.type_id == "Linear"][0]
    window.canvas.select_layer(linear.uid)
    editor = window.feature("builder").inspector.editor("out_features")
    type_into(editor, "400")
    assert window.document.layer(linear.uid).params["out_features"] == 400


def test_training_form_fields_keep_typed_digits(qtbot):
    form = TrainingSettingsForm()
    qtbot.addWidget(form)
    form.show()
    emitted = []
    form.settings_changed.connect(emitted.append)
    type_into(form.epochs, "20000")  # at most 10,000
    assert form.epochs.value() == 10000 and emitted[-1].epochs == 10000
    assert "Epochs is at most 10000: 20000 was set to 10000." in form.problem.text()
    assert not form.problem.isHidden()
    type_into(form.validation, "95")  # at most 90 %
    assert form.validation.value() == 90
    type_into(form.learning_rate, "5e8")  # at most 1e7
    assert form.learning_rate.value() == 1e7
    type_into(form.epochs, "40")
    assert emitted[-1].epochs == 40 and form.problem.isHidden()


def test_ctrl_g_wraps_the_selection_in_a_residual_block_and_ctrl_shift_g_unwraps(window, qtbot):
    """Group / Ungroup's keys, shown in the Edit menu and bound to nothing else."""
    keys = {
        name: [k.toString() for k in getattr(window, name).shortcuts()]
        for name in ("wrap_residual_action", "unwrap_action")
    }
    assert keys == {"wrap_residual_action": ["Ctrl+G"], "unwrap_action": ["Ctrl+Shift+G"]}
    edit = next(m for m in window.menuBar().actions() if window.undo_action in m.menu().actions())
    assert {window.wrap_residual_action, window.unwrap_action} <= set(edit.menu().actions())
    assert "Ctrl+G" in window.wrap_residual_action.toolTip()
    layers = window.document.network.layers
    uids = [layer.uid for layer in layers[1:3]]
    window.canvas.select_layers(uids)
    window.activateWindow()
    window.canvas.setFocus()
    control = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(window.canvas.viewport(), Qt.Key.Key_G, control)
    block = window.document.network.layers[1]
    assert block.type_id == "Residual" and [c.uid for c in block.children] == uids
    assert window.canvas.selected_uid() == block.uid
    QTest.keyClick(
        window.canvas.viewport(), Qt.Key.Key_G, control | Qt.KeyboardModifier.ShiftModifier
    )
    assert [layer.uid for layer in window.document.network.layers[1:3]] == uids
