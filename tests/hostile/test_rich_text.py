"""Rich text from user data: file names, paths, class names and messages are shown as plain text,
so `<img src=...>` in a path never draws a picture, blocks on a FIFO or aborts on /dev/zero.

The scan looks at every label, tooltip and message box of the window after hostile names have
been through it, and fails on any that Qt would render as rich text holding the user's markup.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt, not QtCore's
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.gui.training.integration import open_host

from .conftest import make_fifo

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
MARKUP = "<img src=no-such-picture.png><b>bold</b>"  # /dev/zero: a regression would abort


def rich_with_markup(widget: QWidget) -> list[str]:
    """The texts in widget's labels and tooltips that Qt would render as rich text with MARKUP."""
    found = []
    for label in [widget, *widget.findChildren(QWidget)]:
        texts = [label.toolTip()]
        if isinstance(label, QLabel):
            rich = label.textFormat() == Qt.TextFormat.RichText or (
                label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
            )
            texts.append(label.text() if rich else "")
        found += [text for text in texts if "<img" in text.lower() or "<b>bold" in text]
    return [t for t in found if GuiQt.mightBeRichText(t)]


def hostile_project(tmp_path):
    folder = tmp_path / MARKUP
    folder.mkdir(parents=True)
    table = make_fifo(folder / "data.csv")  # opened, it would block: it must never be
    network = Network([Layer("Linear", {"out_features": 2})], (3,))
    settings = TrainingSettings(epochs=1, batch_size=8, validation_fraction=0.0, device="cpu")
    return Project(network, settings, str(table), f"net {MARKUP}")


def test_the_training_panel_shows_a_hostile_path_as_plain_text(qtbot, tmp_path):
    window, controller = open_host(hostile_project(tmp_path))
    qtbot.addWidget(window)
    panel = controller.panel
    panel.show_error = lambda title, text: None
    window.show()
    path = window.document.project.dataset
    panel.data.show_missing(f"Cannot read {path}: it is not an ordinary file")
    assert rich_with_markup(window) == []
    controller.training_failed.emit("Cannot load the data", f"Cannot read {path}: {MARKUP}")
    assert MARKUP in panel.result.text().replace("&lt;", "<").replace("&gt;", ">")
    panel._on_data_loaded(f"{MARKUP}.csv (2 features)", False, 10)
    panel.refresh_start()
    assert rich_with_markup(window) == []


def test_message_boxes_show_user_text_as_plain_text(qtbot):
    from netbuilder.gui.plain_text import message_box

    box = message_box(None, QMessageBox.Icon.Warning, "Cannot open", f"Cannot open {MARKUP}")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert rich_with_markup(box) == []


def test_evaluation_shows_class_names_as_plain_text(qtbot):
    from netbuilder.gui.evaluation.panel import EvaluationPanel
    from tests.test_predict_command import digits_dataset, trained_digit_reader

    trained = trained_digit_reader()
    panel = EvaluationPanel()
    qtbot.addWidget(panel)
    panel.show()
    classes = tuple(f"{MARKUP}{d}" for d in range(10))
    panel.set_evaluation(trained.evaluation, digits_dataset().test.images, classes)
    for true in range(3):
        panel.select_cell(true, true)
        assert rich_with_markup(panel) == []
