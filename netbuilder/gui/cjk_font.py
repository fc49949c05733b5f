"""Chinese needs a font that has its characters: where none is installed, Qt draws boxes. The
window says so once, in English and in Chinese, naming the package that brings one."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from netbuilder.document.languages import SIMPLIFIED, TRADITIONAL

PACKAGE = "fonts-noto-cjk"
ADVICE = (
    f"Chinese text needs a Chinese (CJK) font, and none is installed, so it shows as boxes. "
    f"Install one and start netbuilder again: on Debian or Ubuntu, sudo apt install {PACKAGE}.\n\n"
    f"显示中文需要中文字体，但系统中没有安装，所以文字显示为方框。请安装后重新启动 netbuilder："
    f"Debian 或 Ubuntu 上运行 sudo apt install {PACKAGE}。\n\n"
    f"顯示中文需要中文字體，但系統中沒有安裝，所以文字顯示為方框。請安裝後重新啟動 netbuilder："
    f"Debian 或 Ubuntu 上執行 sudo apt install {PACKAGE}。"
)
"""Not translated: a user who sees boxes reads the English (and one with a font, the Chinese)."""

_WRITING_SYSTEMS = {
    SIMPLIFIED: QFontDatabase.WritingSystem.SimplifiedChinese,
    TRADITIONAL: QFontDatabase.WritingSystem.TraditionalChinese,
}
_said = False


def has_font_for(language: str) -> bool:
    """Whether an installed font covers `language`'s script (English always has one)."""
    system = _WRITING_SYSTEMS.get(language)
    return system is None or bool(QFontDatabase.families(system))


def advice_once(language: str) -> str | None:
    """ADVICE the first time `language` lacks a font in this process, else None."""
    global _said
    if _said or has_font_for(language):
        return None
    _said = True
    return ADVICE
