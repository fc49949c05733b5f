"""Hostile outputs: writes never destroy what they point at, never overwrite the run's own inputs,
never claim a write that failed, and never hand their reader an escape sequence or a formula.

Devices are never put at risk: a test writes through a symlink in tmp_path (to /dev/full or
/dev/null) and checks afterwards that the device is still a character device.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from netbuilder.cli.main import main
from netbuilder.document import safe_io
from netbuilder.document.safe_io import FileRefusedError, write_text_atomically

from .conftest import _within

ROOT = os.geteuid() == 0


def _still_a_device(path: str) -> bool:
    return stat.S_ISCHR(os.stat(path).st_mode)


# --- writes that destroy what they point at --------------------------------------------------


def test_a_link_to_dev_full_is_an_error_and_dev_full_stays_a_device(tmp_path):
    link = tmp_path / "out.json"
    link.symlink_to("/dev/full")
    with pytest.raises(FileRefusedError, match=r"Cannot write .*out\.json: the disk is full"):
        write_text_atomically(link, "{}")
    assert _still_a_device("/dev/full") and link.is_symlink()
    assert not list(Path("/dev").glob(".full.*")), "a temporary file left among the devices"


def test_a_link_to_dev_null_is_written_as_a_stream(tmp_path):
    link = tmp_path / "out.json"
    link.symlink_to("/dev/null")
    write_text_atomically(link, "{}")
    assert _still_a_device("/dev/null") and link.is_symlink()


def test_a_fifo_is_refused_when_nobody_reads_it_and_written_when_someone_does(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(FileRefusedError, match="nothing is reading"):
        _within(10, write_text_atomically, fifo, "x")  # refused at once: never blocks
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_text_atomically(fifo, "down the pipe")
        assert os.read(reader, 100) == b"down the pipe"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced by a file"


@pytest.mark.skipif(not ROOT, reason="only root can create files among the devices")
def test_no_new_file_is_made_among_the_devices_or_kernel_files():
    for path in ("/dev/netbuilder-test-output", "/proc/netbuilder-test", "/sys/netbuilder-test"):
        try:
            with pytest.raises(FileRefusedError, match="system's folder"):
                write_text_atomically(path, "x")
            assert not os.path.lexists(path)
        finally:
            if path.startswith("/dev/") and os.path.isfile(path):
                os.unlink(path)  # only what a broken write made there
    with pytest.raises(FileRefusedError, match="does not exist"):
        write_text_atomically("/dev/netbuilder-test-folder/out.json", "x")
    assert not os.path.lexists("/dev/netbuilder-test-folder")


@pytest.mark.skipif(not ROOT, reason="chown needs root")
def test_root_saving_a_users_file_keeps_its_owner(tmp_path):
    target = tmp_path / "theirs.json"
    target.write_text("old")
    os.chown(target, 1000, 1000)
    write_text_atomically(target, "new")
    info = target.stat()
    assert (info.st_uid, info.st_gid) == (1000, 1000) and target.read_text() == "new"


def test_a_torchscript_export_through_a_link_to_dev_full_is_an_error(capsys, model_file, tmp_path):
    link = tmp_path / "model.torchscript.pt"
    link.symlink_to("/dev/full")
    assert main(["export", str(model_file), "--torchscript", str(link)]) == 1
    captured = capsys.readouterr()
    assert "wrote" not in captured.out and "disk is full" in captured.err
    assert _still_a_device("/dev/full") and link.is_symlink()
    assert [p.name for p in tmp_path.iterdir()] == [link.name]


def test_a_model_export_keeps_links_and_modes(capsys, model_file, tmp_path):
    real = tmp_path / "real.pt"
    real.write_bytes(b"old")
    real.chmod(0o640)
    (tmp_path / "link.pt").symlink_to(real)
    assert main(["export", str(model_file), "--torchscript", str(tmp_path / "link.pt")]) == 0
    assert (tmp_path / "link.pt").is_symlink() and real.stat().st_size > 1000
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.pt", "real.pt"]


# --- says it wrote what it did not -----------------------------------------------------------


@pytest.mark.parametrize("target", ["/dev/full", "/proc/version", "folder"])
def test_a_diagram_that_cannot_be_written_says_so(refuse, project_file, tmp_path, target):
    (tmp_path / "folder").mkdir()
    outcome = refuse(["diagram", project_file, "--svg", target], target)
    assert "wrote" not in outcome.out
    assert _still_a_device("/dev/full")


def test_a_write_the_system_forbids_says_so(refuse, project_file, tmp_path, monkeypatch):
    """What an unprivileged user meets in a read-only folder: the temporary file is refused."""

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("netbuilder.document.safe_io.tempfile.mkstemp", denied)
    outcome = refuse(["diagram", project_file, "--svg", tmp_path / "d.svg"], "d.svg", "denied")
    assert "wrote" not in outcome.out


def _others_can_run(path: str) -> bool:
    return all(os.stat(p).st_mode & stat.S_IXOTH for p in [path, *Path(path).parents])


@pytest.mark.skipif(not ROOT, reason="needs root to become another user")
def test_a_file_in_a_read_only_folder_is_an_error_for_a_user(tmp_path):
    if not _others_can_run(sys.executable) or not _others_can_run(str(tmp_path)):
        pytest.skip("another user cannot run this Python or reach the temporary folder")
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    code = (
        "import sys\n"
        "from netbuilder.cli.main import main\n"
        f"sys.exit(main(['diagram', {str(_project(tmp_path))!r}, '--svg', "
        f"{str(folder / 'd.svg')!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        preexec_fn=lambda: (os.setgid(65534), os.setuid(65534)),
        env={**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 1, result
    assert "not writable" in result.stderr and "wrote" not in result.stdout
    assert list(folder.iterdir()) == []


def _project(folder: Path) -> Path:
    from netbuilder.document.project import save_project

    from .conftest import small_project

    path = folder / "p.json"
    save_project(small_project(), path)
    path.chmod(0o644)
    return path


# --- outputs that are inputs, or not the user's to replace ------------------------------------


def train_args(project_file, idx_folder, *extra):
    return ["train", project_file, "--dataset", idx_folder, "--device", "cpu", *extra]


@pytest.mark.parametrize("option", ["--checkpoint", "--metrics-out", "--fit-png"])
def test_training_never_writes_over_its_own_project(refuse, project_file, idx_folder, option):
    before = project_file.read_bytes()
    refuse(train_args(project_file, idx_folder, option, project_file), project_file, "project")
    assert project_file.read_bytes() == before


def test_training_never_writes_over_its_dataset(refuse, tmp_path):
    from tests.test_table import blobs_csv, mlp_project

    table = blobs_csv(tmp_path / "flowers.csv")
    before = table.read_bytes()
    project = mlp_project(tmp_path / "p.json", 2)
    refuse(["train", project, "--dataset", table, "--checkpoint", table], table, "dataset")
    assert table.read_bytes() == before


def test_two_outputs_naming_one_file_are_refused(refuse, project_file, idx_folder, tmp_path):
    out = tmp_path / "out.json"
    args = train_args(project_file, idx_folder, "--metrics-out", out, "--checkpoint", out)
    refuse(args, "--checkpoint and --metrics-out name the same file")


def test_a_hard_link_to_the_project_is_the_project(refuse, project_file, idx_folder, tmp_path):
    os.link(project_file, tmp_path / "other.json")
    refuse(train_args(project_file, idx_folder, "--checkpoint", tmp_path / "other.json"), "project")


def test_resuming_into_the_same_checkpoint_is_allowed(tmp_path):
    model = tmp_path / "m.pt"
    safe_io.check_outputs([("--checkpoint", model)], [("the checkpoint it resumes from", None)])
    with pytest.raises(FileRefusedError, match="the checkpoint it resumes from"):
        safe_io.check_outputs(
            [("--metrics-out", model)], [("the checkpoint it resumes from", model)]
        )


def test_export_never_writes_over_its_source(refuse, project_file, model_file, tmp_path):
    before = project_file.read_bytes()
    refuse(["export", project_file, "--python", project_file], project_file, "exports from")
    assert project_file.read_bytes() == before
    copy = tmp_path / "m.pt"
    copy.write_bytes(model_file.read_bytes())
    refuse(["export", copy, "--torchscript", copy], copy, "exports from")
    assert copy.read_bytes() == model_file.read_bytes()


def test_a_diagram_never_writes_over_its_project(refuse, project_file):
    before = project_file.read_bytes()
    refuse(["diagram", project_file, "--png", project_file], project_file)
    assert project_file.read_bytes() == before


def _runs_log():
    from netbuilder.gui.training.runs import RunLog, RunSummary

    log = RunLog()
    log.runs = [RunSummary(1, '=HYPERLINK("http://x")', "Linear", "spiral")]
    return log


def test_a_runs_file_linked_to_a_users_file_is_not_written_through(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    (tmp_path / "x.runs.json").symlink_to(notes)
    with pytest.raises(OSError, match="link"):
        _runs_log().save(tmp_path / "x.runs.json")
    assert notes.read_text() == "my notes"


def test_a_users_file_named_like_a_runs_file_is_left_alone(tmp_path):
    theirs = tmp_path / "x.runs.json"
    theirs.write_text('{"mine": true}')
    with pytest.raises(OSError, match="not a netbuilder runs file"):
        _runs_log().save(theirs)
    assert theirs.read_text() == '{"mine": true}'
    ours = tmp_path / "y.runs.json"
    _runs_log().save(ours)
    _runs_log().save(ours)  # its own file, saved again
    ours.write_text(ours.read_text()[:60])  # damaged since, but still one of ours
    _runs_log().save(ours)
    assert ours.read_text().endswith("}\n")


def test_write_own_file_refuses_devices_and_hard_links(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    linked = tmp_path / "linked"
    linked.write_text("ours")
    os.link(linked, tmp_path / "elsewhere")
    for path in (fifo, linked):
        with pytest.raises(FileRefusedError, match="ordinary file"):
            _within(10, safe_io.write_own_file, path, "x", lambda head: True, "runs file")
    assert (tmp_path / "elsewhere").read_text() == "ours"


def test_the_crash_log_is_never_written_through_a_link(tmp_path):
    import faulthandler

    from netbuilder.gui import recovery

    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "crash.log").symlink_to(notes)
    assert recovery.enable_crash_log(folder) is None
    assert recovery._crash_log is None or recovery._crash_log.name != str(folder / "crash.log")
    faulthandler.disable()
    assert notes.read_text() == "my notes"
    os.mkfifo(folder / "fifo.log")
    (folder / "crash.log").unlink()
    (folder / "crash.log").symlink_to(folder / "fifo.log")
    _within(10, recovery.enable_crash_log, folder)  # never blocks on a pipe
    faulthandler.disable()


def test_a_settings_file_that_is_a_device_is_never_replaced(qapp, tmp_path, monkeypatch, capsys):
    from netbuilder.gui.settings_file import settings_path, user_settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    qapp.setOrganizationName("netbuilder")
    qapp.setApplicationName("netbuilder")
    path = settings_path()
    path.parent.mkdir(parents=True)
    device = tmp_path / "null"  # a /dev/null of our own: nothing real is at risk
    if ROOT:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        os.mkfifo(device)
    path.symlink_to(device)
    settings = user_settings()
    settings.setValue("text_scale", 1.5)
    settings.sync()
    assert Path(settings.fileName()) != path
    assert path.is_symlink() and not stat.S_ISREG(os.stat(device).st_mode)
    assert "session only" in capsys.readouterr().err


# --- output that attacks its reader --------------------------------------------------------------


def test_csv_labels_with_escape_sequences_print_no_raw_escape(capsys, tmp_path):
    from tests.test_table import mlp_project, write_csv

    rows = [[f"{(i % 2) * 3 + i / 100:.2f}", ("\x1b[2J\x1b[31mred", "plain")[i % 2]]
            for i in range(60)]  # fmt: skip
    table = write_csv(tmp_path / "t.csv", ["x", "label"], rows)
    project = mlp_project(tmp_path / "p.json", 2)
    assert main(["train", str(project), "--dataset", str(table), "--epochs", "1"]) == 0
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err
    assert "\\x1b[2J\\x1b[31mred" in captured.out


def test_runs_csv_cells_are_never_formulas():
    import csv
    import io

    from netbuilder.gui.training.runs import RunLog, RunSummary

    log = RunLog()
    names = ["=1+1", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx", "plain"]
    log.runs = [RunSummary(i, name, "Linear", "spiral") for i, name in enumerate(names, 1)]
    log.runs[0].seconds = -0.5  # a plain negative number stays a number
    rows = list(csv.reader(io.StringIO(log.to_csv(), newline="")))[1:]
    assert [row[1] for row in rows] == ["'" + n for n in names[:6]] + ["plain"], rows
    assert rows[0][-1] == "-0.5"


def test_plot_csv_run_titles_are_never_formulas():
    import csv

    from netbuilder.engine.training_events import EpochReport
    from netbuilder.gui.training.history import TrainingHistory

    history = TrainingHistory()
    run = history.new_run("=cmd|' /C calc'!A0")
    run.add_epoch(EpochReport(1, 2, -1.5, 0.6, 1.4, 0.62, 0.01, 3.0))
    (row,) = list(csv.reader(history.to_csv().splitlines()))[1:]
    assert row[1] == "'=cmd|' /C calc'!A0" and "-1.5" in row
