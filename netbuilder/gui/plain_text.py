"""User text (file names, paths, class names, CSV cells, lesson texts) is plain text, never HTML.

A QLabel or tooltip guesses rich text from the text itself (Qt::mightBeRichText), and rich text
loads <img src=...>: a path holding `<img src=/dev/zero>` would abort the app. So a label that
shows user text is set to plain text (`plain`), and where a label mixes our markup with user text,
the user's part goes through `escaped` and the label is set to rich text explicitly (`rich`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def escaped(text: object) -> str:
    """text for inside our own HTML: markup characters escaped, line breaks as <br>."""
    return html.escape(str(text), quote=False).replace("\n", "<br>")


def plain(label: QLabel) -> QLabel:
    """label shows its text as it is, whatever it looks like."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def rich(label: QLabel) -> QLabel:
    """label shows our HTML (whose user parts went through `escaped`), never guessing."""
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def tip(text: object) -> str:
    """A tooltip that shows text as it is (a tooltip, too, guesses rich text from the text)."""
    return f"<p style='white-space:pre-wrap'>{escaped(text)}</p>"


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """A QMessageBox whose text is shown as it is (messages name the user's files)."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.warning, with the text as plain text."""
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.information, with the text as plain text."""
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()
