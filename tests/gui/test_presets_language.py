"""The Presets menu names the shipped examples in the user's language and switches live."""

import pytest
from PySide6.QtCore import QSettings

from netbuilder.gui import language
from netbuilder.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def test_the_presets_follow_the_language_and_load_the_same_example(qtbot, tmp_path):
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    texts = lambda: [a.text() for a in window.presets_menu.actions()]  # noqa: E731
    try:
        language.apply_language("zh_CN")  # Qt posts the LanguageChange events
        qtbot.waitUntil(lambda: "小型 ResNet（2 个残差块）" in texts())
        assert "带跳跃连接的深层 Sigmoid MLP" in texts()
        assert "Spiral: Linear, ReLU, Linear" in texts()  # lesson 1 names it so in Chinese too
        [action] = [a for a in window.presets_menu.actions() if a.text().startswith("小型 Incep")]
        assert "小型 Inception" in action.toolTip()
        action.trigger()
        assert window.document.project.name == "Small Inception (parallel branches)"  # the data
        language.apply_language("en")
        qtbot.waitUntil(lambda: "Small ResNet (2 residual blocks)" in texts())
        assert "LeNet-5" in texts()
        assert not any("残差" in text for text in texts())
    finally:
        language.apply_language("en")
