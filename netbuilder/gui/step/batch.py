"""The step's batch: its images in a grid with label and prediction, or a table for other data.

Images arrive as the network took them (normalised floats), so each is stretched to its own
range for display. Points and table rows (anything that is not a 1- or 3-channel image) are
listed with their first features instead; the view never fails on an odd shape.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netbuilder.engine.single_step import StepRecord
from netbuilder.gui import language
from netbuilder.gui.pictures import to_qimage
from netbuilder.gui.plain_text import tip as plain_tip

COLUMNS = 6  # 16 samples in 3 rows: all in view on a 768-pixel-high screen
TILE = 48  # pixels
MAX_FEATURES = 6  # table columns for non-image data
RIGHT, WRONG = "#2e7d32", "#c62828"


def as_pictures(inputs: np.ndarray) -> np.ndarray | None:
    """uint8 (N, C, H, W) pictures, each stretched to its own range; None if not images."""
    array = np.asarray(inputs, dtype=np.float32)
    if array.ndim != 4 or array.shape[1] not in (1, 3) or min(array.shape[2:]) < 2:
        return None
    flat = array.reshape(len(array), -1)
    low, high = flat.min(1), flat.max(1)
    scale = np.where(high > low, high - low, 1.0)
    stretched = (array - low[:, None, None, None]) / scale[:, None, None, None]
    return np.clip(np.nan_to_num(stretched) * 255, 0, 255).astype(np.uint8)


def name_of(value, classes: tuple[str, ...]) -> str:
    """A label or prediction as the user reads it: the class name, or a regression's number."""
    if isinstance(value, (float, np.floating)):
        return f"{float(value):.3g}"
    index = int(value)
    return classes[index] if 0 <= index < len(classes) else str(index)


def is_right(record: StepRecord, index: int, after: bool = False) -> bool:
    predictions = record.predictions_after if after else record.predictions
    if record.labels.dtype.kind == "f":  # regression: within a tenth of a standard deviation
        return abs(float(predictions[index]) - float(record.labels[index])) < 0.1
    return int(predictions[index]) == int(record.labels[index])


def describe(record: StepRecord, index: int) -> tuple[str, str, str]:
    """(label, prediction before->after, tooltip) for sample `index`."""
    classes = record.classes
    label = name_of(record.labels[index], classes)
    before = name_of(record.predictions[index], classes)
    after = name_of(record.predictions_after[index], classes)
    guess = before if before == after else f"{before}→{after}"
    tip = QCoreApplication.translate(
        "BatchView",
        "Sample {number} of the batch: label {label}; the network predicted {before} "
        "before this step and {after} after it.",
    ).format(number=index + 1, label=label, before=before, after=after)
    return label, guess, tip


class BatchView(QWidget):
    """The samples of the step's batch (at most the record's MAX_SHOWN)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.tiles = QWidget()
        self.grid = QGridLayout(self.tiles)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.grid.setSpacing(2)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.tiles)
        scroll.setMinimumWidth(COLUMNS * (TILE + 8) + 24)  # then as wide as the captions need
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.shown = 0
        self.record: StepRecord | None = None
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The texts in the language now chosen (the batch shown again, as it was)."""
        if self.record is not None:
            self.show_record(self.record)
        else:
            self.clear()

    def show_record(self, record: StepRecord) -> None:
        self.record = record
        pictures = as_pictures(record.inputs)
        shown = len(record.labels)
        if pictures is not None:
            title = QCoreApplication.translate(
                "BatchView",
                "<b>The batch</b>: {shown} of its {size} images · label: prediction (before→after)",
            )
        else:
            title = QCoreApplication.translate(
                "BatchView",
                "<b>The batch</b>: {shown} of its {size} samples · label: prediction "
                "(before→after)",
            )
        self.title.setText(title.format(shown=shown, size=record.batch_size))
        if pictures is not None:
            self._show_tiles(record, pictures)
            self.stack.setCurrentIndex(0)
        else:
            self._show_table(record)
            self.stack.setCurrentIndex(1)
        self.shown = shown

    def clear(self) -> None:
        _clear(self.grid)
        self.table.setRowCount(0)
        self.title.setText(QCoreApplication.translate("BatchView", "The batch"))
        self.shown = 0
        self.record = None

    def _show_tiles(self, record: StepRecord, pictures: np.ndarray) -> None:
        _clear(self.grid)
        for index, picture in enumerate(pictures):
            self.grid.addWidget(self._tile(record, index, picture), *divmod(index, COLUMNS))
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(self.tiles.minimumSizeHint().width() + bar + 4)

    def _tile(self, record: StepRecord, index: int, picture: np.ndarray) -> QWidget:
        image = to_qimage(picture)
        label = QLabel()
        if image is not None:
            scaled = image.scaled(TILE, TILE, Qt.AspectRatioMode.KeepAspectRatio)
            label.setPixmap(QPixmap.fromImage(scaled))
        label_text, guess, tip = describe(record, index)
        colour = RIGHT if is_right(record, index, after=True) else WRONG
        words = caption(f"{label_text}:\n{guess}")
        words.setStyleSheet(f"color: {colour};")
        tile = QWidget()
        tile.setToolTip(plain_tip(tip))
        column = QVBoxLayout(tile)
        column.setContentsMargins(2, 2, 2, 2)
        column.setSpacing(0)
        column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(words)
        return tile

    def _show_table(self, record: StepRecord) -> None:
        inputs = np.asarray(record.inputs, dtype=np.float32).reshape(len(record.labels), -1)
        features = min(inputs.shape[1], MAX_FEATURES)
        more = inputs.shape[1] > features
        headers = [f"x{i + 1}" for i in range(features)] + (["…"] if more else [])
        headers += [
            QCoreApplication.translate("BatchView", "label"),
            QCoreApplication.translate("BatchView", "prediction"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(inputs))
        for row, values in enumerate(inputs):
            cells = [f"{v:.3g}" for v in values[:features]] + (["…"] if more else [])
            label, guess, tip = describe(record, row)
            cells += [label, guess]
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(tip)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()


def caption(text: str) -> QLabel:
    """A tile's words in full, never cut ("Trou" for Trouser): plain text (class names are the
    user's), wrapped at spaces and after an arrow, as wide as its longest word needs."""
    words = QLabel(text.replace("→", "→\u200b"), alignment=Qt.AlignmentFlag.AlignCenter)
    words.setTextFormat(Qt.TextFormat.PlainText)
    words.setWordWrap(True)
    words.setMinimumWidth(max(TILE + 8, _longest_word(words)))
    return words


def _longest_word(label: QLabel) -> int:
    metrics = label.fontMetrics()
    pieces = label.text().replace("\u200b", " ").split()
    return max((metrics.horizontalAdvance(piece) for piece in pieces), default=0) + 4


def _clear(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
