"""Never lose work: autosave after edits, recovery after a crash, and the crash log."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from netbuilder.gui import commands, recovery
from netbuilder.gui.main_window import MainWindow
from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
ROOT = Path(__file__).parent.parent.parent


def open_window(qtbot, folder: Path) -> MainWindow:
    window = MainWindow(
        QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat), data_folder=folder
    )
    window.autosave.timer.setInterval(50)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    return window


def autosave_files(folder: Path) -> list[Path]:
    return sorted((folder / "recovery").glob("autosave-*.json"))


def test_edits_are_autosaved_and_a_save_removes_the_file(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.open_file(EXAMPLES / "lenet5.json")
    assert autosave_files(tmp_path) == []
    with qtbot.waitSignal(window.autosave.written, timeout=5000):
        commands.add_layer(window.document, "ReLU")
    [file] = autosave_files(tmp_path)
    assert recovery.read_recovery(file).project.network.layers[-1].type_id == "ReLU"
    window.save_as(tmp_path / "net.json")
    assert autosave_files(tmp_path) == []
    commands.add_layer(window.document, "ReLU")
    assert window.autosave.timer.isActive()
    window.document.undo()  # back to the saved state: nothing to recover, nor to write later
    assert not window.autosave.timer.isActive()
    assert autosave_files(tmp_path) == []


def test_after_a_crash_the_next_start_offers_the_edited_network(qtbot, tmp_path):
    crashed = open_window(qtbot, tmp_path)
    crashed.open_file(EXAMPLES / "lenet5.json")
    commands.add_layer(crashed.document, "Dropout")
    commands.change_param(crashed.document, crashed.document.network.layers[-1].uid, "p", 0.25)
    assert crashed.autosave.write_now()
    crashed.autosave.lock.unlock()  # the process is gone: its lock no longer holds
    offers = []
    window = open_window(qtbot, tmp_path)
    window.ask_restore = lambda found: offers.append(found) or True
    assert window.offer_recovery()
    [offer] = offers
    assert offer.original_path == str(EXAMPLES / "lenet5.json")
    layers = window.document.network.layers
    assert (layers[-1].type_id, layers[-1].params["p"]) == ("Dropout", 0.25)
    assert len(layers) == len(crashed.document.network.layers)
    assert window.document.modified and window.isWindowModified()
    assert window.document.path == str(EXAMPLES / "lenet5.json")
    assert not window.offer_recovery()  # offered once, then set aside


def test_a_window_still_open_is_not_offered_and_declining_keeps_a_copy(qtbot, tmp_path):
    other = open_window(qtbot, tmp_path)
    other.open_file(EXAMPLES / "lenet5.json")
    commands.add_layer(other.document, "ReLU")
    assert other.autosave.write_now()
    window = open_window(qtbot, tmp_path)
    window.ask_restore = lambda found: pytest.fail("offered the work of a window still open")
    assert not window.offer_recovery()
    other.autosave.lock.unlock()
    window.ask_restore = lambda found: False
    assert not window.offer_recovery()
    assert (tmp_path / "recovery" / "last-recovered.json").exists()
    assert not window.document.modified


def test_a_clean_close_leaves_nothing_to_recover(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.load_preset(EXAMPLES / "lenet5.json")
    commands.add_layer(window.document, "ReLU")
    assert window.autosave.write_now()
    assert window.close()  # the user discards the changes
    assert autosave_files(tmp_path) == []
    assert not open_window(qtbot, tmp_path).offer_recovery()


def test_after_a_kill_the_next_start_offers_the_edited_network(qtbot, tmp_path):
    """A real SIGKILL: the recovery file and a stale lock stay behind, and the next start sees
    that the lock's process is gone."""
    script = Path(__file__).parent.parent / "soak" / "edit_then_wait.py"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(script), str(tmp_path)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as child:
        try:
            assert child.stdout.readline().startswith("autosaved")
        finally:
            child.kill()
    assert list((tmp_path / "recovery").glob("*.lock")), "the killed process left its lock"
    window = open_window(qtbot, tmp_path)
    window.ask_restore = lambda found: True
    assert window.offer_recovery()
    assert window.document.network.layers[-1].type_id == "Dropout" and window.document.modified


def run_python(code: str, folder: Path) -> subprocess.CompletedProcess:
    prefix = (
        "import faulthandler, sys; from pathlib import Path; from netbuilder.gui import recovery;"
    )
    return subprocess.run(
        [sys.executable, "-c", prefix + code, str(folder)], capture_output=True, text=True
    )


def test_the_crash_log_keeps_the_last_crash_stack(tmp_path):
    crash = run_python(
        "recovery.enable_crash_log(Path(sys.argv[1])); faulthandler._sigsegv()", tmp_path
    )
    assert crash.returncode != 0
    assert "Fatal Python error: Segmentation fault" in (tmp_path / "crash.log").read_text()
    restart = run_python("print(recovery.enable_crash_log(Path(sys.argv[1])))", tmp_path)
    assert restart.stdout.strip() == str(tmp_path / "last-crash.log")
    assert "Segmentation fault" in (tmp_path / "last-crash.log").read_text()
    assert (tmp_path / "crash.log").read_text() == ""  # this clean run leaves an empty log


def test_a_script_that_never_closes_its_window_exits_without_a_traceback(tmp_path):
    """The undo stack reports its last change as Qt deletes it at exit; autosave must not ask
    the deleted stack whether the document is modified."""
    import os
    import subprocess
    import sys

    script = tmp_path / "script.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv)\n"
        "from netbuilder.gui import commands\n"
        "from netbuilder.gui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "commands.add_layer(window.document, 'ReLU')\n",
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    done = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "RuntimeError" not in done.stderr, done.stderr
