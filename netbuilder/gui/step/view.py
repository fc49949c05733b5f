"""The "One step" panel: what one batch did, shown while training is paused.

The loss on the batch before and after the step, each learnable layer's gradient norm, update
norm and update / weight ratio, and for the selected layer heat maps of its weights before, the
gradient, the update and the weights after, with the optimizer's state. It keeps the records of
the steps that can still be undone, so Undo step shows the step before.
Run it on its own: `python -m netbuilder.gui.step.view` (a tiny model, stepped with Adam).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netbuilder.engine.single_step import StepRecord
from netbuilder.engine.training_events import StepUndone
from netbuilder.gui import language, messages
from netbuilder.gui.step.batch import BatchView
from netbuilder.gui.step.heat_maps import LayerMaps

EMPTY = QT_TRANSLATE_NOOP(
    "StepView",
    "Pause training, then press Step (F10) to train exactly one batch and see what it did: "
    "the loss before and after, each layer's gradient and update, and the optimizer's state.",
)
HEADERS = [  # translated where they are shown
    QT_TRANSLATE_NOOP("StepView", "Layer"),
    QT_TRANSLATE_NOOP("StepView", "‖gradient‖"),
    QT_TRANSLATE_NOOP("StepView", "‖update‖"),
    QT_TRANSLATE_NOOP("StepView", "update/weight"),
]
RATIO_TIP = QT_TRANSLATE_NOOP(
    "StepView",
    "|weights after − before| / |weights before|: around 1e-3 is the textbook healthy size",
)


def loss_text(record: StepRecord) -> str:
    change = record.loss_after - record.loss_before
    text = QCoreApplication.translate("StepView", "loss {before} → {after} ({change})")
    return text.format(
        before=f"{record.loss_before:.4g}",
        after=f"{record.loss_after:.4g}",
        change=f"{change:+.3g}",
    )


def in_language(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("StepView", ...), in the language now chosen."""
    return QCoreApplication.translate("StepView", text)


class StepView(QWidget):
    """Shows StepRecords; `show_step` for a new one, `undone` when the run undid one."""

    layer_selected = Signal(str)  # the label of the layer whose maps are shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self._said: Callable[[], str] = lambda: in_language(EMPTY)  # the summary, any language
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.batch = BatchView()
        self.layers = self._make_table()
        self.maps = LayerMaps()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget, stretch in ((self.batch, 0), (self.layers, 0), (self.maps, 1)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.records: list[StepRecord] = []  # the steps that can be undone, latest last
        self.record: StepRecord | None = None
        self.selected = ""
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The texts in the language now chosen; the steps, the table and the maps stay."""
        self.layers.setHorizontalHeaderLabels([in_language(text) for text in HEADERS])
        self.layers.horizontalHeaderItem(3).setToolTip(in_language(RATIO_TIP))
        self.summary.setText(self._said())

    def _say(self, said: Callable[[], str]) -> None:
        """Set the summary; `said` makes it again in another language."""
        self._said = said
        self.summary.setText(said())

    def add_actions(self, *actions: QAction) -> None:
        """Buttons for Step and Undo step beside the summary (the run bar has them too)."""
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons.addWidget(button)

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, len(HEADERS))
        table.setHorizontalHeaderLabels(HEADERS)  # and again in each language: retranslate
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fits: below
        table.itemSelectionChanged.connect(self._on_row)
        return table

    # --- records -------------------------------------------------------------------------------

    def show_step(self, record: StepRecord) -> None:
        """A new step: show it, and keep it while it can be undone."""
        if record.undo_depth <= 1:
            self.records.clear()
        self.records.append(record)
        del self.records[: -max(record.undo_depth, 1)]
        self._show(record)

    def undone(self, event: StepUndone) -> None:
        """The run undid its latest step: show the one before it, or say where the run is."""
        if not event.undone:
            self._say(
                lambda: QCoreApplication.translate(
                    "StepView", "There was no step left to undo in this pause."
                )
            )
            return
        if self.records:
            self.records.pop()
        if self.records:
            self._show(self.records[-1], undone=True)
            return
        self.record = None
        self.batch.clear()
        self.layers.setRowCount(0)
        self.maps.show_layer(None)
        self._say(
            lambda: QCoreApplication.translate(
                "StepView",
                "Step undone: the weights and optimizer are back as they were at epoch "
                "{epoch}, after batch {batch}. Step trains that batch again.",
            ).format(epoch=event.epoch, batch=event.batch)
        )

    def clear(self) -> None:
        self.records.clear()
        self.record = None
        self.batch.clear()
        self.layers.setRowCount(0)
        self.maps.show_layer(None)
        self._say(lambda: in_language(EMPTY))

    def _show(self, record: StepRecord, undone: bool = False) -> None:
        self.record = record
        self._say(lambda: summary_text(record, undone))
        self.batch.show_record(record)
        self._fill_table(record)

    def _fill_table(self, record: StepRecord) -> None:
        table, previous = self.layers, self.selected
        table.blockSignals(True)
        table.setRowCount(len(record.layers))
        for row, layer in enumerate(record.layers):
            cells = (
                layer.label,
                f"{layer.gradient_norm:.3g}",
                f"{layer.update_norm:.3g}",
                f"{layer.update_ratio:.2e}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.blockSignals(False)
        table.resizeColumnsToContents()
        width = sum(table.columnWidth(c) for c in range(table.columnCount()))
        bar = table.verticalScrollBar().sizeHint().width()  # room for it, however many layers
        table.setMinimumWidth(width + 2 * table.frameWidth() + bar + 4)
        labels = [layer.label for layer in record.layers]
        row = labels.index(previous) if previous in labels else 0
        if labels:
            table.selectRow(row)
        self._on_row()

    def _on_row(self) -> None:
        rows = self.layers.selectionModel().selectedRows()
        if self.record is None or not rows or not self.record.layers:
            self.maps.show_layer(None)
            return
        layer = self.record.layers[rows[0].row()]
        self.selected = layer.label
        self.maps.show_layer(layer)
        self.layer_selected.emit(layer.label)


def summary_text(record: StepRecord, undone: bool = False) -> str:
    """What a step did, in one line (after "Step undone" when it is shown again by Undo)."""
    if record.undo_depth:
        undo = messages.steps_to_undo(record.undo_depth)
    else:
        undo = QCoreApplication.translate(
            "StepView", "this step ended the epoch, so it cannot be undone"
        )
    text = QCoreApplication.translate(
        "StepView",
        "<b>Epoch {epoch}, batch {batch}</b> · {optimizer} lr {lr} · batch of {size} · "
        "<b>{loss}</b> · {undo}",
    ).format(
        epoch=record.epoch,
        batch=record.batch,
        optimizer=record.optimizer,
        lr=f"{record.learning_rate:g}",
        size=record.batch_size,
        loss=loss_text(record),
        undo=undo,
    )
    if undone:
        note = QCoreApplication.translate("StepView", "Step undone: back to the step before.")
        text = f"{note}  {text}"
    return text


def demo_record() -> StepRecord:
    """A step of a small conv net on synthetic digits, with Adam: for working on the view."""
    import dataclasses

    import torch
    import torch.nn.functional as F
    from torch import nn

    from netbuilder.engine.dataset import prepare
    from netbuilder.engine.single_step import take_step
    from netbuilder.engine.synthetic_digits import synthetic_digits

    torch.manual_seed(0)
    data = synthetic_digits(64, 16, seed=1)
    model = nn.Sequential(
        nn.Conv2d(1, 4, 5), nn.ReLU(), nn.MaxPool2d(4), nn.Flatten(), nn.Linear(144, 10)
    )
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    x = prepare(data.train.features[:32], data.mean, data.std)
    y = data.train.labels[:32]
    for _ in range(3):
        record, _, _ = take_step(model, optimizer, F.cross_entropy, x, y)
    return dataclasses.replace(record, epoch=1, batch=3, undo_depth=3, classes=data.classes)


def main() -> None:
    from netbuilder.gui.standalone import application

    app = application()
    view = StepView()
    view.show_step(demo_record())
    view.resize(1300, 420)
    view.show()
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
