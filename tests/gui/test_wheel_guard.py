"""The wheel scrolls a panel over its settings, and changes a setting only in a focused box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netbuilder.gui.standalone import application


def wheel_down(widget: QWidget, notches: int = 1) -> None:
    """A real wheel turn over the middle of `widget`, delivered as the window system would."""
    centre = widget.rect().center()
    for _ in range(notches):
        event = QWheelEvent(
            QPointF(centre),
            QPointF(widget.mapToGlobal(centre)),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)


@pytest.fixture
def form(qtbot):
    """A scrolled panel, taller than its view, with one setting of each kind in the middle."""
    application()  # what the app starts with, wheel guard included
    area = QScrollArea()
    inner = QWidget()
    column = QVBoxLayout(inner)
    area.other = QLineEdit()  # where the focus is: not on the settings the pointer passes over
    column.addWidget(area.other)
    column.addSpacing(600)
    area.combo, area.spin, area.slider = QComboBox(), QSpinBox(), QSlider(Qt.Orientation.Horizontal)
    area.combo.addItems([f"item {i}" for i in range(10)])
    area.spin.setRange(0, 100)
    area.slider.setRange(0, 100)
    for widget in (area.combo, area.spin, area.slider):
        column.addWidget(widget)
    column.addSpacing(600)
    area.setWidget(inner)
    area.resize(300, 400)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    area.other.setFocus()
    qtbot.waitUntil(area.other.hasFocus)
    area.verticalScrollBar().setValue(500)
    return area


@pytest.mark.parametrize("name", ["combo", "spin", "slider"])
def test_the_wheel_over_an_unfocused_setting_scrolls_the_panel(form, name):
    widget = getattr(form, name)
    value = widget.currentIndex() if name == "combo" else widget.value()
    scrolled = form.verticalScrollBar().value()
    wheel_down(widget, 8)
    assert (widget.currentIndex() if name == "combo" else widget.value()) == value
    assert form.verticalScrollBar().value() > scrolled
    assert not widget.hasFocus()


def test_the_wheel_changes_a_focused_setting(form, qtbot):
    form.combo.setFocus()
    qtbot.waitUntil(form.combo.hasFocus)
    wheel_down(form.combo, 2)
    assert form.combo.currentIndex() == 2


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_scrolling_the_training_panel_leaves_its_dataset_alone(window, qtbot):
    """The report: eight notches over the Training panel walked Dataset to Spiral."""
    application()
    data = window.feature("training").panel.data
    window.feature("training").panel.show()
    window.canvas.setFocus()
    dataset, steps = data.dataset.currentData(), window.document.undo_stack.count()
    wheel_down(data.dataset, 8)
    assert data.dataset.currentData() == dataset
    assert window.document.undo_stack.count() == steps
    assert data.dataset.focusPolicy() == Qt.FocusPolicy.StrongFocus, "no focus from the wheel"
