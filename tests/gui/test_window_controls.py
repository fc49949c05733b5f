"""Every control reachable on a laptop screen: the run bar, the Run and Help menus, the window's
size, no sideways scrolling at 1366x768 or 1024x768, and closing mid-training."""

import dataclasses
import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QToolButton

from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.gui import commands, help
from netbuilder.gui.main_window import MainWindow
from netbuilder.gui.training import dialogs
from tests.gui.settle import flush_posted_events, settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT_MS = 30_000
SCREENS = [(1366, 768), (1024, 768)]


@pytest.fixture(scope="module")
def digits():
    return synthetic_digits(600, 200, seed=2)


@pytest.fixture
def window(training_window):
    training_window.show()
    return training_window


def train(qtbot, window, digits, epochs: int = 1) -> None:
    training = dataclasses.replace(window.document.project.training, epochs=epochs, batch_size=32)
    commands.change_training(window.document, training)
    with qtbot.waitSignal(window.feature("training").batch_reported, timeout=WAIT_MS):
        assert window.feature("training").panel.start(dataset=digits)


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.feature("training").busy, timeout=WAIT_MS)


def sideways_scrolling(window) -> list[str]:
    return [
        f"{type(area).__name__} in {area.parent().objectName() or type(area.parent()).__name__}"
        for area in window.findChildren(QAbstractScrollArea)
        if shown(area) and area.horizontalScrollBar().isVisible()
    ]


def shown(widget) -> bool:
    """On screen: visible and not a dock tab in the back (Qt moves those off the window)."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def clipped_buttons(window) -> list[str]:
    """Visible buttons not wholly on screen (cut by the window or a dock's edge)."""
    return [
        button.text()
        for button in window.findChildren(QAbstractButton)
        if shown(button)
        and not isinstance(button, QToolButton)
        and button.visibleRegion().boundingRect().width() < button.width()
    ]


@pytest.mark.parametrize("size", SCREENS)
def test_nothing_scrolls_sideways_and_no_button_is_cut(window, qtbot, digits, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    for dock in map(window.dock, ("training.panel", "training.plots")):
        dock.show()
        dock.raise_()
    settle(qtbot, window.dock("training.plots").widget())
    assert sideways_scrolling(window) == []
    assert clipped_buttons(window) == []
    train(qtbot, window, digits)
    wait_idle(qtbot, window)  # the plots and then Predict / Evaluation come forward
    for dock in map(window.dock, ("predict.pad", "predict.evaluation", "predict.activations")):
        dock.raise_()
        settle(qtbot, dock.widget())
        assert window.size().toTuple() == size
        assert sideways_scrolling(window) == [], dock.objectName()
    window.dock("predict.pad").raise_()  # Predict, as tall as the plots were: the whole pad
    settle(qtbot, window.dock("predict.pad").widget())
    pad = window.feature("predict").panel.pad
    assert pad.side() >= 240
    assert pad.visibleRegion().boundingRect().size() == pad.size(), "the pad is cut off"
    before = pad.size()
    for stroke in ([(0.2, 0.2), (0.8, 0.2), (0.5, 0.9)], [(0.3, 0.55), (0.7, 0.55)]):
        with qtbot.waitSignal(window.feature("predict").panel.prediction_changed, timeout=WAIT_MS):
            pad.begin_stroke(*stroke[0])
            for point in stroke[1:]:
                pad.extend_stroke(*point)
            pad.end_stroke()
        flush_posted_events()  # any relayout the prediction caused has happened now
        assert pad.size() == before, "the pad changed size under the pen"
    panel = window.feature("training").panel
    for button in (panel.start_button, panel.pause_button, panel.stop_button):
        assert button.visibleRegion().boundingRect().width() == button.width(), button.text()


def test_the_window_opens_within_the_screen(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, data_folder=tmp_path)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    window.resize(3000, 2000)  # saved on a big monitor, opened on a laptop
    window.save_preferences()
    again = MainWindow(settings, data_folder=tmp_path)
    qtbot.addWidget(again)
    assert again.width() <= area.width() and again.height() <= area.height()
    assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 700


def test_run_bar_and_run_menu_follow_the_run(window, qtbot, digits):
    bar, run = window.run_bar, window.feature("training").run_actions
    assert window.train_action.isEnabled()
    assert not run.pause.isEnabled() and not run.stop.isEnabled()
    assert not run.save_model.isEnabled()
    positions = [bar.widgetForAction(a).geometry() for a in bar.actions() if bar.widgetForAction(a)]
    train(qtbot, window, digits, epochs=50)
    assert not window.train_action.isEnabled()
    assert run.pause.isEnabled() and run.stop.isEnabled()
    assert re.match(r"Epoch \d+/50", bar.epoch.text()), bar.epoch.text()  # 1, or later if slow
    run.pause.trigger()
    assert run.pause.text().replace("&", "") == "Resume"
    assert [bar.widgetForAction(a).geometry() for a in bar.actions() if bar.widgetForAction(a)] == (
        positions
    )
    run.pause.trigger()
    assert run.pause.text().replace("&", "") == "Pause"
    run.stop.trigger()
    assert not run.stop.isEnabled()
    wait_idle(qtbot, window)
    qtbot.waitUntil(run.save_model.isEnabled, timeout=WAIT_MS)
    assert window.train_action.isEnabled() and not run.pause.isEnabled()
    assert "Test accuracy" in bar.progress.format()


def test_train_is_disabled_in_the_run_bar_while_the_network_is_invalid(window):
    commands.add_layer(window.document, "Linear", index=0)  # a Linear on the image: does not fit
    button = window.run_bar.widgetForAction(window.train_action)
    assert not window.document.analysis.valid
    assert not button.isEnabled() and "Cannot train" in window.train_action.toolTip()


def test_toolbar_buttons_keep_their_place_when_undo_text_changes(window):
    toolbar = window.toolbar
    before = {a.iconText(): toolbar.widgetForAction(a).geometry() for a in toolbar.actions()}
    commands.add_layer(window.document, "ReLU")
    assert window.undo_action.text().replace("&", "").startswith("Undo ")
    assert len(window.undo_action.text()) > len("&Undo ")
    after = {a.iconText(): toolbar.widgetForAction(a).geometry() for a in toolbar.actions()}
    assert after == before


def menu(window, title: str):
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no {title} menu")


def texts(menu_) -> list[str]:
    return [a.text().replace("&", "") for a in menu_.actions() if not a.isSeparator()]


def test_run_and_help_menus_and_load_model_away_from_quit(window):
    run = texts(menu(window, "Run"))
    assert run[:3] == ["Train…", "Pause", "Stop"]
    assert {"Save Model…", "Load model…"} <= set(run)
    assert "Load model…" not in texts(menu(window, "File"))
    assert texts(menu(window, "Help")) == [
        "How to Use netbuilder",
        "Keyboard Shortcuts",
        "About netbuilder",
    ]
    run = window.feature("training").run_actions
    for action in (run.pause, run.stop, window.train_action):
        assert action.shortcuts(), action.text()


def test_help_texts(window, qtbot):
    versions = help.versions()
    about = help.about_html()
    assert all(versions[name] in about for name in ("netbuilder", "torch", "Qt", "Python"))
    shortcuts = help.shortcuts_html(window.run_menu.actions())
    assert "Ctrl+T" in shortcuts and "Pause" in shortcuts
    window.about_action.trigger()
    dialog = window.findChildren(help.QDialog)[-1]
    qtbot.addWidget(dialog)
    assert "torch" in dialog.findChild(help.QTextBrowser).toPlainText()
    window.how_to_action.trigger()
    how_to = window.findChildren(help.QDialog)[-1].findChild(help.QTextBrowser).toPlainText()
    assert all(step in how_to for step in ("Build.", "Train.", "Draw.", "Evaluate."))


def test_closing_mid_training_can_save_the_model(window, qtbot, digits, tmp_path, monkeypatch):
    target = tmp_path / "partly.pt"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(target))
    train(qtbot, window, digits, epochs=50)
    window.feature("training").close_guard.ask_stop = lambda: "save"
    assert window.close()
    assert not window.feature("training").busy
    checkpoint = load_checkpoint(target)
    assert checkpoint.project["network"]["layers"][0]["type"] == "Conv2d"


def test_cancelling_the_model_save_keeps_the_window_and_the_model(
    window, qtbot, digits, monkeypatch
):
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: "")
    train(qtbot, window, digits, epochs=50)
    window.feature("training").close_guard.ask_stop = lambda: "save"
    assert not window.close()
    assert window.isVisible() and not window.feature("training").busy
    assert (
        window.feature("training").trained_model is not None
        and window.feature("training").run_actions.save_model.isEnabled()
    )


def test_run_bar_has_its_own_row_and_names_a_failure(window):
    assert window.toolBarBreak(window.run_bar)
    window.feature("training").panel.show_error = lambda title, text: None
    window.feature("training").training_failed.emit(
        "failed_training_stopped", "The loss became NaN"
    )
    assert window.run_bar.progress.format() == "Training stopped"
