"""The few dialogs the training panels open, in one place so tests can replace them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netbuilder.gui.plain_text import inform, message_box, warn

Button = QMessageBox.StandardButton


def ask_save_path(parent: QWidget | None, title: str, suggestion: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, filters)
    return path


def ask_open_path(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def ask_folder(parent: QWidget | None, title: str, folder: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, folder)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    warn(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    inform(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
    """A two-button question whose buttons say what they do ("Cancel" unless `no` says)."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no = no if no is not None else QCoreApplication.translate("TrainingDialogs", "Cancel")
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is accept


def choose(
    parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]], default: str
) -> str:
    """A question with one button per (key, label); returns the key, the last one on Esc."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    buttons = {}
    for index, (key, label) in enumerate(choices):
        role = (
            QMessageBox.ButtonRole.RejectRole
            if index == len(choices) - 1
            else QMessageBox.ButtonRole.AcceptRole
        )
        buttons[box.addButton(label, role)] = key
        if key == default:
            box.setDefaultButton(list(buttons)[-1])
    box.exec()
    return buttons.get(box.clickedButton(), choices[-1][0])
