"""One step's captions are whole at 1024x768 and 1366x768: "Trouser: Sandal", never "Trou"."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from netbuilder.engine.single_step import StepRecord

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
FASHION = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
           "Bag", "Ankle boot")  # fmt: skip


def record() -> StepRecord:
    rng = np.random.default_rng(0)
    labels = np.arange(16) % 10
    return StepRecord(
        inputs=rng.random((16, 1, 28, 28), dtype=np.float32),
        labels=labels,
        predictions=(labels + 5) % 10,
        predictions_after=(labels + 3) % 10,
        loss_before=2.3,
        loss_after=2.2,
        batch_size=64,
        optimizer="SGD",
        learning_rate=0.1,
        layers=(),
        epoch=1,
        batch=3,
        classes=FASHION,
    )


def cut(label: QLabel) -> list[str]:
    """The words of a caption that its label has no room for."""
    metrics, room = label.fontMetrics(), label.contentsRect()
    words = label.text().replace("\u200b", " ").split()
    wide = [w for w in words if metrics.horizontalAdvance(w) > room.width()]
    short = label.heightForWidth(room.width()) > label.height() + 1
    return wide + (["(lines)"] if short else [])


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_every_caption_is_whole(window, qtbot, size):
    window.resize(*size)
    window.feature("training").step_taken.emit(record())
    view = window.feature("step")
    qtbot.waitUntil(view.dock.isVisible)
    captions = [
        label
        for label in view.batch.tiles.findChildren(QLabel)
        if ":" in label.text() and label.isVisible()
    ]
    assert len(captions) == 16
    texts = " ".join(label.text() for label in captions)
    assert "Trouser" in texts and "Sandal" in texts and "T-shirt/top" in texts
    assert {label.text(): cut(label) for label in captions if cut(label)} == {}
