"""File > Open of every broken project shows one dialog and leaves the document as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from netbuilder.document.project import project_to_json
from netbuilder.gui.main_window import MainWindow
from netbuilder.gui.predict.panel import PredictPanel

from .conftest import make_fifo
from .test_images import POSTSCRIPT, png_header_only
from .test_projects import broken_files

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win.errors = []
    win.show_error = lambda title, text: win.errors.append(text)
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_open_of_each_broken_project_shows_a_dialog_and_changes_nothing(window, tmp_path):
    paths = [make_fifo(tmp_path / "pipe.json"), "/dev/zero", tmp_path]
    for name, text, _word in broken_files(tmp_path):
        (tmp_path / name).write_bytes(text.encode("utf-8", "surrogatepass"))
        paths.append(tmp_path / name)
    big = tmp_path / "big.json"
    with open(big, "wb") as stream:
        stream.truncate(10_000_001)
    paths.append(big)
    before = project_to_json(window.document.project)
    for path in paths:
        window.errors.clear()
        assert window.open_file(str(path)) is False
        assert len(window.errors) == 1 and str(path) in window.errors[0], (path, window.errors)
        assert project_to_json(window.document.project) == before
        assert window.document.undo_stack.isClean()


def test_open_image_of_postscript_or_a_pixel_bomb_is_reported_in_the_panel(qtbot, tmp_path):
    panel = PredictPanel()
    qtbot.addWidget(panel)
    for name, data in (("digit.png", POSTSCRIPT), ("bomb.png", png_header_only(13000, 13000))):
        (tmp_path / name).write_bytes(data)
        panel.predict_file(tmp_path / name)
        assert name in panel.confidence.text() and panel.source == ""
    assert not (tmp_path / "PWNED").exists()


def test_load_model_of_each_damaged_checkpoint_shows_a_dialog(
    qtbot, monkeypatch, tmp_path, model_file
):
    from netbuilder.gui.training.controller import TrainingController
    from netbuilder.gui.training.model_files import ModelFiles

    from .test_checkpoints import CASES, rewrite

    shown = []
    monkeypatch.setattr(
        "netbuilder.gui.training.dialogs.show_error", lambda *args: shown.append(args)
    )
    controller = TrainingController()
    files = ModelFiles(controller)
    for name, (change, word) in sorted(CASES.items()):
        shown.clear()
        path = rewrite(model_file, tmp_path / name, change)
        assert files.load_model(str(path)) is None
        assert len(shown) == 1 and name in shown[0][2] and word in shown[0][2], shown
        assert controller.trained_model is None
