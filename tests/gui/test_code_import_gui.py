"""Edit > Paste PyTorch code… and a dropped .py file: the code becomes blocks as ONE undoable
step, notes shown as plain text, the image size asked when the code does not say it (issue 24)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from netbuilder.gui import language

LISTINGS = Path(__file__).parent.parent / "code_listings"


def _paste_action(window):
    edit = window.menus["edit"]
    return next(a for a in edit.actions() if a is window.feature("code_import").paste_action)


def test_paste_replaces_the_network_in_one_step_and_undo_restores_it(builder_window, qtbot):
    window = builder_window
    before = window.document.network.structure()
    _paste_action(window).trigger()
    dialog = window.feature("code_import").dialog
    assert dialog.isVisible() and not dialog.replace_button.isEnabled()
    dialog.editor.setPlainText((LISTINGS / "module_fc_functional.py").read_text())
    with qtbot.waitSignal(dialog.read_finished):
        dialog.read_button.click()
    assert dialog.replace_button.isEnabled()
    assert dialog.summary.text().startswith("7 layers, input 1×28×28")
    steps = window.document.undo_stack.count()
    dialog.replace_button.click()
    network = window.document.network
    assert [layer.type_id for layer in network.layers] == [
        "Flatten", "Linear", "ReLU", "Linear", "Sigmoid", "Linear", "LogSoftmax"
    ]  # fmt: skip
    assert window.document.undo_stack.count() == steps + 1
    assert window.document.undo_stack.undoText() == "Paste PyTorch code"
    assert len(window.canvas.blocks) == 7
    window.document.undo()
    assert window.document.network.structure() == before
    window.document.redo()
    assert len(window.document.network.layers) == 7


def test_notes_are_plain_text_and_the_image_size_is_asked(builder_window, qtbot):
    window = builder_window
    code = (
        (LISTINGS / "resnet_block.py")
        .read_text()
        .replace("class Plain", "# <img src=/dev/zero> <b>bold</b>\nclass Plain")
        .replace("nn.ReLU(inplace=True)", "nn.ReLU(inplace='<b>x</b>')")
    )
    dialog = window.feature("code_import").paste(code)
    assert isinstance(dialog.notes, QPlainTextEdit)  # never rich text
    assert "inplace='<b>x</b>' was left out" in dialog.notes.toPlainText()
    assert dialog.height_box.isVisibleTo(dialog) and dialog.height_box.value() == 28
    with qtbot.waitSignal(dialog.read_finished):
        dialog.height_box.setValue(32)
    with qtbot.waitSignal(dialog.read_finished):
        dialog.width_box.setValue(32)
    assert dialog.network().input_shape == (1, 32, 32)
    assert "does not say" not in dialog.notes.toPlainText()  # answered
    dialog.replace_button.click()
    assert window.document.network.input_shape == (1, 32, 32)
    assert window.document.network.layers[2].type_id == "Residual"


def test_a_refused_listing_says_why_and_changes_nothing(builder_window, qtbot):
    window = builder_window
    before = window.document.network.structure()
    dialog = window.feature("code_import").paste("x = 1\nimport os\n")
    assert not dialog.replace_button.isEnabled()
    assert dialog.notes.toPlainText().startswith("No model found")
    assert "import os was not run" in dialog.notes.toPlainText()
    dialog.reject()
    assert window.document.network.structure() == before


def test_a_dropped_py_file_opens_in_the_dialog_read(builder_window, tmp_path):
    """Dropped on the canvas (which takes only layers from the palette), it reaches the window."""
    window = builder_window
    target = window.canvas.viewport()
    path = tmp_path / "lenet.py"
    path.write_text((LISTINGS / "lenet_reshape.py").read_text())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), actions, data, buttons, keys)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(QPointF(50, 50), actions, data, buttons, keys))
    dialog = window.feature("code_import").dialog
    assert dialog is not None and dialog.network() is not None
    assert "Reshape() is not a layer netbuilder knows" in dialog.notes.toPlainText()
    dialog.replace_button.click()
    assert len(window.document.network.layers) == 12


def test_other_drops_and_a_locked_document_are_left_alone(builder_window, tmp_path):
    window = builder_window
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    window.document.set_locked(True)
    assert not _paste_action(window).isEnabled()
    window.document.set_locked(False)
    assert _paste_action(window).isEnabled()


def test_the_dialog_and_its_notes_speak_chinese_and_switch_back_live(builder_window, qtbot):
    window = builder_window
    importer = window.feature("code_import")
    dialog = importer.paste((LISTINGS / "mlp_class_inplace.py").read_text())
    try:
        language.apply_language("zh_CN")
        qtbot.waitUntil(lambda: dialog.read_button.text() == "读取代码(&R)")
        assert importer.paste_action.text() == "粘贴 PyTorch 代码(&C)…"
        assert dialog.replace_button.text() == "替换网络(&N)"
        assert "netbuilder 没有 inplace 这一设置" in dialog.notes.toPlainText()
        assert dialog.summary.text().startswith("5 层，输入 1×28×28")
    finally:
        language.apply_language("en")
    qtbot.waitUntil(lambda: dialog.read_button.text() == "&Read code")
    assert "netbuilder has no inplace setting" in dialog.notes.toPlainText()
    assert importer.paste_action.text() == "Paste PyTorch &code…"
