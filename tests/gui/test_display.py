"""Starting the app where no window can open prints the reason and the fix instead of aborting."""

import pytest

from netbuilder.gui import app, display

# app.run() processes events, so a window an earlier test closed may still resize its docks here
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def linux_x11(monkeypatch):
    monkeypatch.setattr(display.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    for name in (
        "LANGUAGE",
        "LC_ALL",
        "LC_MESSAGES",
    ):  # the reason is said in the system's language
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def test_a_missing_x11_library_is_named_with_its_package(linux_x11, monkeypatch, capsys):
    monkeypatch.setattr(display, "missing_xcb_library", lambda: "libxcb-icccm.so.4")
    assert app.run() == 1
    err = capsys.readouterr().err
    assert "libxcb-icccm.so.4 is missing" in err and "sudo apt install libxcb-icccm4" in err


def test_the_plugin_check_reports_what_the_loader_says(monkeypatch):
    def refuse(path):
        raise OSError("libxcb-keysyms.so.1: cannot open shared object file: No such file")

    monkeypatch.setattr(display.ctypes, "CDLL", refuse)
    assert display.missing_xcb_library() == "libxcb-keysyms.so.1"


def test_no_display_suggests_a_screenshot(linux_x11, monkeypatch):
    monkeypatch.delenv("DISPLAY")
    assert "--screenshot" in display.display_problem()


def test_a_working_desktop_passes(linux_x11, monkeypatch):
    monkeypatch.setattr(display, "missing_xcb_library", lambda: None)
    assert display.display_problem() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(display, "missing_xcb_library", lambda: "libxcb-icccm.so.4")
    assert display.display_problem() is None


def test_the_reason_is_said_in_the_system_s_language(linux_x11, monkeypatch):
    """Before Qt runs, through the same translations as the window."""
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.setattr(display, "missing_xcb_library", lambda: "libxcb-icccm.so.4")
    assert "缺少系统库 libxcb-icccm.so.4" in display.display_problem()
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    assert "sudo apt install libxcb-icccm4" in display.display_problem()
    assert "缺少系統庫" in display.display_problem()
