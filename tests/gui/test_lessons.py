"""The Lessons menu sets the window up for each lesson and explains it beside the canvas."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from netbuilder.gui.main_window import MainWindow
from tests.paths import EXAMPLES, LESSONS

# Qt's offscreen platform cannot size or raise windows; it says so
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def window(qtbot, tmp_path):
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    return window


def test_each_lesson_in_the_menu_opens_with_a_valid_network(window):
    actions = [a for a in window.feature("lessons").menu.actions() if a.text()[:1].isdigit()]
    assert len(actions) == 16
    folds = {}
    for action in actions:
        action.trigger()
        lesson = window.feature("lessons").panel.lesson
        assert lesson is not None and lesson.title == action.text()
        assert window.document.analysis.valid, lesson.title
        assert window.feature("lessons").dock.isVisible()
        assert lesson.question in window.feature("lessons").panel.plain_text()
        folds[action.text().split(".")[0]] = window.document.project.training.folds
    assert folds["11"] == 5 and folds["16"] == 0, "k-fold, then the later lessons"
    assert window.document.project.network.layers[3].type_id == "Branches"  # the last lesson


def test_the_explorer_lessons_open_their_explorer_beside_the_canvas(window):
    actions = {a.text()[:2]: a for a in window.feature("lessons").menu.actions()}
    assert (
        window.feature("explore").activations is None
        and window.feature("explore").playground is None
    )
    actions["7."].trigger()
    assert (
        window.feature("explore").activations.isVisible()
        and window.feature("explore").playground is None
    )
    actions["8."].trigger()
    assert window.feature("explore").playground.isVisible()
    assert window.document.analysis.valid
    window.feature("explore").activations.close()
    window.feature("explore").playground.close()


def test_the_spiral_lesson_shows_the_regions(window):
    window.feature("lessons").menu.actions()[0].trigger()
    assert window.document.project.dataset == "spiral" and window.dock("regions.view").isVisible()


def test_a_broken_lesson_file_is_a_message(window, tmp_path):
    errors = []
    window.show_error = lambda title, text: errors.append(text)
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert window.feature("lessons").open_lesson(bad) is None and "bad.json" in errors[0]


def test_file_open_given_a_lesson_opens_it_as_a_lesson(window, tmp_path):
    path = LESSONS / "11-k-fold.json"
    errors = []
    window.show_error = lambda title, text: errors.append(text)
    assert window.open_file(path)
    assert errors == []
    assert window.feature("lessons").panel.lesson.title.startswith("11.")
    assert window.document.project.training.folds == 5
    assert window.document.path is None  # the lesson's project opens untitled, as from the menu
    (tmp_path / "big.json").write_text(
        '{"format": "netbuilder-lesson", "x": "' + "a" * 11_000_000 + '"}'
    )
    assert not window.open_file(tmp_path / "big.json")
    assert errors and "10" in errors[-1] and "MB" in errors[-1]


def test_another_project_takes_the_lessons_panel_away(window):
    window.feature("lessons").menu.actions()[3].trigger()  # lesson 4
    assert window.feature("lessons").dock.isVisible()
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.new_document()
    assert not window.feature("lessons").dock.isVisible(), "File > New is no lesson"
    window.feature("lessons").menu.actions()[0].trigger()
    assert window.feature("lessons").dock.isVisible(), "the next lesson brings it back"
    window.load_preset(EXAMPLES / "lenet5.json")
    assert not window.feature("lessons").dock.isVisible(), "nor is a preset"


def test_a_lesson_asked_for_during_training_says_why_not_even_in_presenter_mode(
    window, monkeypatch
):
    from netbuilder.gui import plain_text

    told = []
    monkeypatch.setattr(plain_text, "inform", lambda _parent, title, text: told.append(text))
    lessons = window.feature("lessons")
    first = next(a for a in lessons.menu.actions() if a.text()[:1].isdigit())
    window.set_editing_locked(True)
    try:
        first.trigger()
        assert "Stop training" in window.statusBar().currentMessage() and not told
        window.statusBar().hide()  # as presenter mode does
        first.trigger()
        assert told == ["Stop training before opening a lesson."]
    finally:
        window.statusBar().show()
        window.set_editing_locked(False)
    assert lessons.panel.lesson is None
