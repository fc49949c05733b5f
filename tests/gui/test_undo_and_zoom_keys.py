"""Ctrl+Z undoes the network edit unless a text field has typing to undo; Ctrl+0 resets every
zoomed text, the code view's included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextBrowser

from netbuilder.gui import commands
from netbuilder.gui.builder.mime import layer_mime
from netbuilder.gui.standalone import application

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def focused(window, qtbot):
    """The window, active, with the app's key handling; focus(widget) gives a widget focus."""
    application()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def focus(widget):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        return widget

    window.focus = focus
    return window


def ctrl(widget, key) -> None:
    QTest.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_in_an_untouched_search_box_undoes_the_network_edit(focused):
    doc, search = focused.document, focused.feature("builder").palette.filter_box
    layers = len(doc.network)
    commands.add_layer(doc, "ReLU")
    focused.focus(search)
    ctrl(search, Qt.Key.Key_Z)
    assert len(doc.network) == layers


def test_ctrl_z_after_adding_from_the_search_box_undoes_the_add(focused):
    """Type a search, press Enter to append the first match, press Ctrl+Z: the layer goes."""
    doc, search = focused.document, focused.feature("builder").palette.filter_box
    layers = len(doc.network)
    focused.focus(search)
    QTest.keyClicks(search, "tanh")
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert len(doc.network) == layers + 1
    ctrl(search, Qt.Key.Key_Z)
    assert len(doc.network) == layers
    assert search.text() == "tanh", "the search is still there"
    QTest.keyClicks(search, "relu")
    assert search.text() == "relu", "the next search replaces the last"


def test_ctrl_z_with_typing_to_undo_undoes_the_typing(focused):
    doc, search = focused.document, focused.feature("builder").palette.filter_box
    commands.add_layer(doc, "ReLU")
    layers = len(doc.network)
    focused.focus(search)
    QTest.keyClicks(search, "conv")
    ctrl(search, Qt.Key.Key_Z)
    assert search.text() == "" and len(doc.network) == layers


def zoom_with_the_wheel(pane) -> None:
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(pane.viewport().mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(pane.viewport(), event)


def test_ctrl_0_resets_every_zoomed_text(focused):
    panes = [focused.feature("builder").code_view.editor, *focused.findChildren(QTextBrowser)]
    assert len(panes) >= 2, "the code view and the lesson text at least"
    normal = [pane.font().pointSizeF() for pane in panes]
    for pane in panes:
        zoom_with_the_wheel(pane)
    assert [pane.font().pointSizeF() for pane in panes] != normal
    ctrl(focused.focus(focused.feature("builder").code_view.editor), Qt.Key.Key_0)
    assert [pane.font().pointSizeF() for pane in panes] == normal


def test_ctrl_z_after_a_drop_undoes_the_drop_not_the_search(focused):
    """Type a search, drag the match onto the canvas, press Ctrl+Z: the dropped layer goes."""
    doc, search, canvas = (
        focused.document,
        focused.feature("builder").palette.filter_box,
        focused.canvas,
    )
    layers = len(doc.network)
    QTest.keyClicks(focused.focus(search), "tanh")
    point = canvas.mapFromScene(canvas._rects[1].center())
    args = (Qt.DropAction.CopyAction, layer_mime("Tanh"), Qt.MouseButton.LeftButton)
    for kind in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(canvas.viewport(), kind(point, *args, Qt.KeyboardModifier(0)))
    QApplication.sendEvent(
        canvas.viewport(), QDropEvent(QPointF(point), *args, Qt.KeyboardModifier(0))
    )
    assert len(doc.network) == layers + 1
    ctrl(QApplication.focusWidget(), Qt.Key.Key_Z)
    assert len(doc.network) == layers and search.text() == "tanh"
