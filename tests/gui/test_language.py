"""The window's language: Qt's own buttons translated, and a live switch that views hear."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from netbuilder.gui import language


def test_qt_s_own_buttons_speak_the_chosen_language(qtbot):
    try:
        assert language.apply_language("zh_CN") == "zh_CN"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.buttons()[0].text() == "取消"
        assert language.apply_language("zh_TW") == "zh_TW"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        qtbot.addWidget(box)
        assert box.buttons()[0].text() == "確定"
    finally:
        language.apply_language("en")
    assert language.current_language() == "en"


def test_a_switch_reaches_the_views_at_once_and_is_remembered(qtbot, tmp_path):
    label = QLabel("English")
    qtbot.addWidget(label)
    heard = []
    language.on_language_change(label, lambda: heard.append(language.current_language()))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    try:
        language.choose_language(settings, "zh_TW")
        qtbot.waitUntil(lambda: heard == ["zh_TW"])
        assert language.saved_choice(settings) == "zh_TW"
    finally:
        language.choose_language(settings, "system")
    assert language.saved_choice(settings) == "system"
