"""Editors for the options of the user's own data: a table's target column and task, an image
folder's size. They mirror `netbuilder train`'s --target, --task and --image-size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from netbuilder.document.data_options import (
    MAX_IMAGE_SIDE,
    TABLE_TASKS,
    check_dataset_params,
    is_image_folder,
    is_table,
)
from netbuilder.engine.image_folder import input_shape_of
from netbuilder.engine.table import csv_header
from netbuilder.gui import language

TASK_LABELS = {
    "auto": QT_TRANSLATE_NOOP(
        "DataOptionsBox", "Automatic (regression for a number with many values)"
    ),
    "classification": QT_TRANSLATE_NOOP("DataOptionsBox", "Classification (each value a class)"),
    "regression": QT_TRANSLATE_NOOP("DataOptionsBox", "Regression (predict the number)"),
}


class DataOptionsBox(QWidget):
    """Target and task for a CSV table, or the resize for an image folder; hidden otherwise."""

    params_changed = Signal(dict)  # the options that differ from the defaults, checked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = ""
        self._default = ""  # the table's default target column
        self.target = QComboBox()
        self.task = QComboBox()
        for task in TABLE_TASKS:
            self.task.addItem("", task)
        self.height, self.width = _side(), _side()
        self.own_size = QLabel()
        self._own: str | None = None  # the images' own size, "28×28"; None: unknown
        self.labels = [QLabel() for _row in range(3)]
        for combo in (self.target, self.task):
            combo.activated.connect(self._emit)
        for spin in (self.height, self.width):
            spin.editingFinished.connect(self._emit)
        self._make_layout()
        self.hide()
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text again in the language now chosen; the choices stay."""
        self.target.setToolTip(
            QCoreApplication.translate(
                "DataOptionsBox", "The column to predict; every other column is an input feature"
            )
        )
        for index in range(self.task.count()):
            label = TASK_LABELS[self.task.itemData(index)]
            self.task.setItemText(index, QCoreApplication.translate("DataOptionsBox", label))
        self.task.setToolTip(
            QCoreApplication.translate(
                "DataOptionsBox", "What the target column is: classes, or a number to predict"
            )
        )
        texts = (
            QCoreApplication.translate("DataOptionsBox", "Target column"),
            QCoreApplication.translate("DataOptionsBox", "Task"),
            QCoreApplication.translate("DataOptionsBox", "Resize to"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for spin in (self.height, self.width):
            spin.setSpecialValueText(QCoreApplication.translate("DataOptionsBox", "own"))
            spin.setToolTip(
                QCoreApplication.translate(
                    "DataOptionsBox",
                    "Resize every image to this many pixels (0: keep the images' own size)",
                )
            )
        if self.target.count():
            self.target.setItemText(0, _default_target(self._default))
        self._say_own_size()

    def _make_layout(self) -> None:
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.labels[0], self.target)
        self.form.addRow(self.labels[1], self.task)
        size = QHBoxLayout()
        size.addWidget(self.height)
        size.addWidget(QLabel("×"))
        size.addWidget(self.width)
        size.addWidget(self.own_size, 1)
        self.form.addRow(self.labels[2], size)

    def set_dataset(self, name: str, params: dict[str, Any]) -> None:
        """Show name's options with these values (defaults for the rest); emits nothing."""
        table, folder = is_table(name), is_image_folder(name)
        try:
            values = check_dataset_params(name, params)
        except ValueError:
            values = {}
        if name != self.name:
            self.name = name
            self._fill_targets(name if table else None)
        self.form.setRowVisible(0, table)
        self.form.setRowVisible(1, table)
        self.form.setRowVisible(2, folder)
        if table:
            self._select(self.target, values.get("target", ""))
            self._select(self.task, values.get("task", "auto"))
        if folder:
            self._show_size(name, values.get("image_size"))
        self.setVisible(table or folder)

    def values(self) -> dict[str, Any]:
        """The options as the project saves them: only those that differ from the defaults."""
        values: dict[str, Any] = {}
        if is_table(self.name):
            if self.target.currentData():
                values["target"] = self.target.currentData()
            if self.task.currentData() != "auto":
                values["task"] = self.task.currentData()
        elif is_image_folder(self.name) and self.height.value() and self.width.value():
            values["image_size"] = [self.height.value(), self.width.value()]
        return values

    def _fill_targets(self, path: str | None) -> None:
        self.target.clear()
        header = (csv_header(path) if path else None) or []
        default = "label" if "label" in header else (header[-1] if header else "")
        self._default = default
        self.target.addItem(_default_target(default), "")
        for column in header:
            if column != default:
                self.target.addItem(column, column)

    def _show_size(self, name: str, size: list[int] | None) -> None:
        shape = input_shape_of(name)
        self._own = f"{shape[1]}×{shape[2]}" if shape else None
        self._say_own_size()
        for spin, value in zip((self.height, self.width), size or (0, 0), strict=True):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _say_own_size(self) -> None:
        own = self._own or QCoreApplication.translate("DataOptionsBox", "unknown")
        self.own_size.setText(
            QCoreApplication.translate(
                "DataOptionsBox", "(0: the images' own size, {size})"
            ).format(size=own)
        )

    @staticmethod
    def _select(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def _emit(self) -> None:
        self.params_changed.emit(self.values())


def _default_target(default: str) -> str:
    """The target choice that means "the default column": "label (default)"."""
    if not default:
        return QCoreApplication.translate("DataOptionsBox", "(default)")
    return QCoreApplication.translate("DataOptionsBox", "{column} (default)").format(column=default)


def _side() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, MAX_IMAGE_SIDE)
    return spin
