"""A helper to make QActions in one line, with shortcuts shown in tooltips (and to set their
texts again when the language changes)."""

from __future__ import annotations

import re
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
    set_texts(action, text, tip)
    if slot is not None:
        action.triggered.connect(slot)
    return action


def set_texts(action: QAction, text: str, tip: str = "") -> None:
    """The action's text, status tip and tooltip (which names its first shortcut): as made, and
    again in another language."""
    action.setText(text)
    plain = bare(text)
    action.setStatusTip(tip or plain)
    keys = action.shortcuts()
    action.setToolTip(
        f"{tip or plain} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        if keys
        else tip or plain
    )


def bare(text: str) -> str:
    """A menu text without its accelerator and ellipsis: "&Open…" and "打开(&O)…" as "Open", "打开"."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…")
