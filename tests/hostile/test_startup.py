"""Start-up that fails or forgets: whatever the settings, data folder and recovery files hold,
the window opens, and the user's work is offered whenever it can be read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from netbuilder.document.project import load_project, project_to_dict
from netbuilder.gui import commands, recovery
from netbuilder.gui.main_window import MainWindow
from tests.paths import EXAMPLES

from .conftest import _within, make_fifo

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_window(qtbot, folder: Path, settings: Path | None = None) -> MainWindow:
    ini = QSettings(str(settings or folder / "settings.ini"), QSettings.Format.IniFormat)
    window = _within(60, lambda: MainWindow(ini, data_folder=folder))
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    return window


def recovery_record(**changes) -> dict:
    record = {
        "format": recovery.FORMAT,
        "schema_version": recovery.SCHEMA_VERSION,
        "original_path": None,
        "saved_at": time.time() - 60,
        "project": project_to_dict(load_project(EXAMPLES / "lenet5.json")),
    }
    return {**record, **changes}


def write_recovery(folder: Path, name: str, text: str) -> Path:
    (folder / "recovery").mkdir(parents=True, exist_ok=True)
    path = folder / "recovery" / f"autosave-{name}.json"
    path.write_text(text)
    return path


def test_settings_values_the_app_did_not_write_are_ignored(qtbot, tmp_path):
    ini = tmp_path / "odd.ini"
    ini.write_text(
        "[view]\ntext_scale=abc\ndark=1, 2, 3\n[window]\ngeometry=not bytes\nstate=@Invalid()\n"
        "[General]\nrecent_files=7\n[data]\nfolder=1, 2\n"
    )
    window = open_window(qtbot, tmp_path, ini)
    assert window.text_scale == 1.0
    ini.write_text("[view]\ntext_scale=1e308\n")
    assert open_window(qtbot, tmp_path, ini).text_scale == 1.0


def hostile_recovery_texts() -> dict[str, str]:
    """Files that hold no work that can be read."""
    return {
        "deep": "[" * 100_000 + "]" * 100_000,
        "deep-project": json.dumps(recovery_record(project="PROJECT")).replace(
            '"PROJECT"', '{"a": ' * 10_000 + "1" + "}" * 10_000
        ),
        "not-json": '{"format": "netbuilder-recovery", ',
    }


@pytest.mark.parametrize("saved_at", ["NaN", "1e308", "-1e18", "1" + "0" * 400, "9" * 5000])
def test_a_recovery_file_with_an_impossible_time_is_offered_at_the_files_time(tmp_path, saved_at):
    text = json.dumps(recovery_record(saved_at="TIME")).replace('"TIME"', saved_at)
    file = write_recovery(tmp_path, "1-1", text)
    [found] = recovery.orphans(tmp_path)
    assert found.saved_at == file.stat().st_mtime and found.when


def test_hostile_recovery_files_never_stop_the_start_and_a_good_one_is_offered(qtbot, tmp_path):
    for name, text in hostile_recovery_texts().items():
        write_recovery(tmp_path, f"9-{name}", text)
    make_fifo(tmp_path / "recovery" / "autosave-9-fifo.json")
    (tmp_path / "recovery" / "autosave-9-zero.json").symlink_to("/dev/zero")
    good = write_recovery(tmp_path, "9-good", json.dumps(recovery_record()))
    window = open_window(qtbot, tmp_path)
    offers = []
    window.ask_restore = lambda found: offers.append(found) or False
    assert _within(30, window.offer_recovery) is False
    assert [o.file for o in offers] == [good]


def test_restoring_a_project_whose_dataset_is_a_fifo_opens(qtbot, tmp_path):
    fifo = make_fifo(tmp_path / "table.csv")
    record = recovery_record()
    record["project"]["dataset"] = {"name": str(fifo)}
    write_recovery(tmp_path, "9-1", json.dumps(record))
    window = open_window(qtbot, tmp_path)
    window.ask_restore = lambda found: True
    assert _within(30, window.offer_recovery)
    assert window.document.project.dataset == str(fifo)


def test_a_data_or_recovery_folder_that_is_a_file_is_a_message(qtbot, tmp_path):
    for folder in (tmp_path / "data", tmp_path / "other"):
        folder.parent.mkdir(exist_ok=True)
    (tmp_path / "data").write_text("a file")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "recovery").write_text("a file")
    for folder in (tmp_path / "data", tmp_path / "other"):
        window = open_window(qtbot, folder)
        failures = []
        window.autosave.failed.connect(failures.append)
        commands.add_layer(window.document, "ReLU")
        assert not window.autosave.write_now() and len(failures) == 1
        assert "FileExistsError" not in failures[0] and "Errno" not in failures[0]
        assert window.offer_recovery() is False


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_data_folder_still_offers_its_recovery_file(qtbot, tmp_path):
    good = write_recovery(tmp_path, "1-1", json.dumps(recovery_record()))
    (tmp_path / "recovery").chmod(0o555)
    try:
        assert [r.file for r in recovery.orphans(tmp_path)] == [good]
    finally:
        (tmp_path / "recovery").chmod(0o755)


def test_a_read_only_data_folder_is_judged_by_the_owners_lock(monkeypatch, tmp_path):
    """As root the folder stays writable, so the lock's PermissionError is made here."""
    from PySide6.QtCore import QLockFile

    good = write_recovery(tmp_path, "1-1", json.dumps(recovery_record()))
    monkeypatch.setattr(QLockFile, "tryLock", lambda self, timeout=0: False)
    monkeypatch.setattr(QLockFile, "error", lambda self: QLockFile.LockError.PermissionError)
    assert [r.file for r in recovery.orphans(tmp_path)] == [good]  # no lock file: owner gone
    monkeypatch.setattr(QLockFile, "getLockInfo", lambda self: (os.getpid(), "host", "app"))
    assert recovery.orphans(tmp_path) == []  # its owner (this process) still runs


def run_python(code: str, folder: Path) -> subprocess.CompletedProcess:
    """code after `from netbuilder.gui import recovery`, with folder as sys.argv[1]; a hang
    fails the test (timeout) instead of hanging the suite."""
    prefix = "import sys; from pathlib import Path; from netbuilder.gui import recovery;"
    return subprocess.run(
        [sys.executable, "-c", prefix + code, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_crash_log_that_is_a_fifo_or_a_data_folder_that_is_a_file_never_stop_the_start(
    tmp_path,
):
    """In a subprocess (the crash log stays open for the life of the process)."""
    make_fifo(tmp_path / "crash.log")
    (tmp_path / "file").write_text("a file")
    for folder in (tmp_path, tmp_path / "file"):
        started = run_python("print(recovery.enable_crash_log(Path(sys.argv[1])))", folder)
        assert started.returncode == 0 and started.stdout.strip() == "None", started.stderr
