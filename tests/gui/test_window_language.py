"""The window in Chinese: chosen by LANG at start, switched live in View > Language and
remembered, and a word about the font where no Chinese font is installed."""

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDockWidget, QMessageBox, QTextBrowser

from netbuilder.document.project import Project
from netbuilder.gui import cjk_font, language
from netbuilder.gui.app import start_language
from netbuilder.gui.main_window import MainWindow
from netbuilder.gui.number_fields import IntField
from netbuilder.gui.recovery import Recovered
from tests.paths import EXAMPLES


@pytest.fixture
def english_afterwards():
    yield
    language.apply_language("en")  # other tests read English


@pytest.fixture
def system_asks(monkeypatch):
    """LANG as a test sets it, with nothing above it (LANGUAGE, LC_ALL) to overrule it."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    return lambda value: monkeypatch.setenv("LANG", value)


def _window(qtbot, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    start_language(settings)  # as the app does, before the window is built
    window = MainWindow(settings, torch_in_background=True)
    window.show_font_advice = lambda text: None
    qtbot.addWidget(window)
    window.load_preset(EXAMPLES / "lenet5.json")  # untitled: the title says so
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.show()
    qtbot.waitExposed(window)
    return window


def _titles(window) -> list[str]:
    return [window.menus[m].title() for m in ("file", "edit", "view", "run", "help")]


def test_lang_zh_cn_starts_the_window_in_simplified_chinese(
    qtbot, tmp_path, system_asks, torch_stays_away, english_afterwards
):
    system_asks("zh_CN.UTF-8")
    window = _window(qtbot, tmp_path)
    assert language.current_language() == "zh_CN"
    assert _titles(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "运行(&R)", "帮助(&H)"]
    assert window.open_action.text() == "打开(&O)…"
    assert window.toolbar.widgetForAction(window.open_action).text() == "打开"  # no "(O)"
    assert window.train_action.statusTip() == "训练这个网络（Ctrl+T）"
    assert window.windowTitle() == "LeNet-5（未命名）[*] — netbuilder"
    assert window.feature("presenter").action.text() == "演示模式(&P)"
    waiting = window.findChild(QDockWidget, "training_dock")  # the stand-in while torch loads
    assert waiting.windowTitle() == "训练" and waiting.widget().text() == "正在加载 PyTorch…"
    assert window.language_actions["system"].isChecked()
    assert window.language_actions["system"].text() == "跟随系统"
    assert [a.text() for a in window.language_menu.actions() if not a.isSeparator()][1:] == [
        "English",
        "简体中文",
        "繁體中文",
    ]


def test_lang_zh_tw_starts_in_traditional_and_other_languages_in_english(
    qtbot, tmp_path, system_asks, torch_stays_away, english_afterwards
):
    system_asks("zh_TW.UTF-8")
    assert start_language(QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat)) == (
        "zh_TW"
    )
    system_asks("de_DE.UTF-8")
    window = _window(qtbot, tmp_path)
    assert _titles(window) == ["&File", "&Edit", "&View", "&Run", "&Help"]
    assert window.windowTitle() == "LeNet-5 (untitled)[*] — netbuilder"


def test_view_language_switches_live_and_is_remembered(
    qtbot, tmp_path, system_asks, torch_stays_away, english_afterwards
):
    system_asks("en_US.UTF-8")
    window = _window(qtbot, tmp_path)
    view_menu, dock = window.menus["view"], window.findChild(QDockWidget, "runs_dock")
    window.canvas.select_layer(window.document.network.layers[1].uid)
    window.language_actions["zh_TW"].trigger()
    qtbot.waitUntil(lambda: window.menus["edit"].title() == "編輯(&E)")
    assert window.menus["view"] is view_menu  # the same menus, retranslated, not rebuilt
    assert _titles(window) == ["文件(&F)", "編輯(&E)", "視圖(&V)", "運行(&R)", "幫助(&H)"]
    assert window.shortcuts_action.text() == "快捷鍵(&K)"
    assert window.toolbar.widgetForAction(window.undo_action).text() == "撤銷"
    assert dock.windowTitle() == "運行記錄"
    assert window.canvas.selected_uid() == window.document.network.layers[1].uid  # state kept
    assert window.language_actions["zh_TW"].isChecked()
    assert language.saved_choice(window.settings) == "zh_TW"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.menus["edit"].title() == "&Edit")
    assert _titles(window) == ["&File", "&Edit", "&View", "&Run", "&Help"]
    assert window.shortcuts_action.text() == "&Keyboard Shortcuts"
    assert window.open_action.toolTip().startswith("Open a project file (")
    assert dock.windowTitle() == "Runs"
    assert language.saved_choice(window.settings) == "en"


def test_edit_undo_names_the_step_in_the_language(
    qtbot, tmp_path, system_asks, torch_stays_away, english_afterwards
):
    system_asks("zh_CN.UTF-8")
    window = _window(qtbot, tmp_path)
    window.append_layer("ReLU")
    assert window.undo_action.text() == "撤销 添加 ReLU(&U)"


def test_without_a_chinese_font_the_window_says_once_which_package_to_install(
    qtbot, tmp_path, system_asks, torch_stays_away, english_afterwards, monkeypatch
):
    system_asks("en_US.UTF-8")
    monkeypatch.setattr(cjk_font, "has_font_for", lambda language: language == "en")
    monkeypatch.setattr(cjk_font, "_said", False)
    window = _window(qtbot, tmp_path)
    del window.show_font_advice  # the real, non-modal note
    window.warn_if_no_font()
    assert getattr(window, "font_advice", None) is None  # English needs no other font
    window.choose_language("zh_CN")
    box = window.font_advice
    assert isinstance(box, QMessageBox) and box.isVisible() and not box.isModal()
    assert "sudo apt install fonts-noto-cjk" in box.text() and "中文字体" in box.text()
    box.close()
    window.choose_language("zh_TW")
    assert window.font_advice is box  # said once


def test_with_a_chinese_font_nothing_is_said(monkeypatch):
    monkeypatch.setattr(cjk_font, "has_font_for", lambda language: True)
    monkeypatch.setattr(cjk_font, "_said", False)
    assert cjk_font.advice_once("zh_CN") is None


def test_the_window_s_sentences_with_values_are_translated_whole(qtbot, english_afterwards):
    """Templates with named blanks: the order of the words is the translation's."""
    box = IntField()
    qtbot.addWidget(box)
    box.setRange(1, 31)
    box.setAccessibleName("kernel_size")
    said = []
    box.clamped.connect(said.append)
    language.apply_language("zh_CN")
    box.fixup("40")
    assert said == ["kernel_size最大为 31：输入的 40 已改为 31。"]
    saved = time.mktime((2026, 12, 7, 9, 30, 0, 0, 0, -1))
    assert Recovered(Path("r.json"), Project(), None, saved).when == "2026年12月07日 09:30"
    language.apply_language("en")
    assert Recovered(Path("r.json"), Project(), None, saved).when.startswith("09:30 on 07 ")


def test_an_open_help_window_follows_the_switch(
    qtbot, tmp_path, system_asks, torch_stays_away, english_afterwards
):
    system_asks("en_US.UTF-8")
    window = _window(qtbot, tmp_path)
    window.how_to_action.trigger()
    dialog = next(d for d in window.findChildren(QDialog) if d.isVisible())
    browser = dialog.findChild(QTextBrowser)
    assert dialog.windowTitle() == "How to use netbuilder" and "Four steps" in browser.toPlainText()
    window.language_actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "netbuilder 使用方法")
    assert "四个步骤" in browser.toPlainText() and "提前终止" not in browser.toPlainText()
    dialog.close()
