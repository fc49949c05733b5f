"""A helper to make QActions in one line, with shortcuts shown in tooltips."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = QKeySequence.StandardKey | str


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable | None = None,
    shortcuts: Sequence[Shortcut] = (),
    tip: str = "",
    checkable: bool = False,
) -> QAction:
    action = QAction(text, parent)
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        keys.extend(
            QKeySequence.keyBindings(shortcut)
            if isinstance(shortcut, QKeySequence.StandardKey)
            else [QKeySequence(shortcut)]
        )
    action.setShortcuts(keys)
    action.setCheckable(checkable)
    plain = text.replace("&", "").rstrip("…")
    action.setStatusTip(tip or plain)
    action.setToolTip(
        f"{tip or plain} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        if keys
        else tip or plain
    )
    if slot is not None:
        action.triggered.connect(slot)
    return action
