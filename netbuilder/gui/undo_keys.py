"""Ctrl+Z in a text field undoes typing only when there is typing to undo; otherwise it reaches
the window's Undo, which undoes the last edit of the network.

Qt's text fields claim Ctrl+Z (and Ctrl+Shift+Z / Ctrl+Y) whenever they have focus, even with
nothing to undo, so a focused, untouched search box would swallow the key. One application-wide
event filter lets the key through to the window's shortcut in that case.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Key = QKeySequence.StandardKey


class UndoKeyGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and nothing_to_undo(watched, event):
            event.ignore()  # not claimed by the field: the window's shortcut gets the key
            return True
        return False


def nothing_to_undo(widget: QObject, event: QKeyEvent) -> bool:
    """Whether `event` is Undo or Redo, and `widget` is a text field with nothing to undo or
    redo."""
    if event.matches(Key.Undo):
        wanted = "undo"
    elif event.matches(Key.Redo):
        wanted = "redo"
    else:
        return False
    available = _availability(widget)
    return available is not None and not available[wanted]


def _availability(widget: QObject) -> dict[str, bool] | None:
    """{"undo": ..., "redo": ...} for a text field, None for anything else."""
    edit = _line_edit(widget)
    if edit is not None:
        return {"undo": edit.isUndoAvailable(), "redo": edit.isRedoAvailable()}
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        document = widget.document()
        editable = not widget.isReadOnly()
        return {
            "undo": editable and document.isUndoAvailable(),
            "redo": editable and document.isRedoAvailable(),
        }
    return None


def _line_edit(widget: QObject) -> QLineEdit | None:
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QAbstractSpinBox | QComboBox) and isinstance(widget, QWidget):
        return widget.findChild(QLineEdit)
    return None


def install(app: QApplication) -> None:
    """Install the guard on `app` once (calling again does nothing)."""
    if app.findChild(UndoKeyGuard) is None:
        app.installEventFilter(UndoKeyGuard(app))
