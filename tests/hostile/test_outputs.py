"""Nothing lost: output paths checked before training, a checkpoint every epoch and on a signal,
atomic saves that keep modes, links and streams, and a full disk reported as a message."""

from __future__ import annotations

import os
import signal
import stat

import pytest
import torch

from netbuilder.cli import train as train_cli
from netbuilder.cli.main import main
from netbuilder.document.safe_io import write_text_atomically
from netbuilder.engine.checkpoint import CheckpointError, load_checkpoint
from netbuilder.engine.experiment import build_model


def train_args(project_file, idx_folder, *extra):
    return ["train", project_file, "--dataset", idx_folder, "--device", "cpu", *extra]


def test_bad_output_paths_fail_before_training(refuse, project_file, idx_folder, tmp_path):
    read_only = tmp_path / "metrics.json"
    read_only.write_text("{}")
    read_only.chmod(0o444)
    (tmp_path / "folder.pt").mkdir()
    cases = [
        ("--checkpoint", tmp_path / "missing" / "m.pt", "does not exist"),
        ("--checkpoint", tmp_path / "folder.pt", "folder"),
        ("--metrics-out", read_only, "read-only"),
    ]
    for option, path, word in cases:
        outcome = refuse(train_args(project_file, idx_folder, option, path), path, word)
        assert "training" not in outcome.out
    assert read_only.read_text() == "{}"


class _SignalAt:
    """A progress bar that sends the process a signal at the first batch of `epoch`."""

    def __init__(self, number: int, epoch: int):
        self.number, self.epoch, self.sent = number, epoch, False

    def __call__(self, event):
        if getattr(event, "epoch", 0) == self.epoch and not self.sent:
            self.sent = True
            signal.raise_signal(self.number)


@pytest.mark.parametrize(("number", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_stops_training_and_keeps_the_model(
    monkeypatch, capsys, project_file, idx_folder, tmp_path, number, code
):
    monkeypatch.setattr(train_cli, "ProgressBar", lambda **_: _SignalAt(number, 2))
    target = tmp_path / "model.pt"
    argv = train_args(project_file, idx_folder, "--epochs", "3", "--checkpoint", target)
    assert main([str(a) for a in argv]) == code
    err = capsys.readouterr().err
    assert signal.Signals(number).name in err and "--resume" in err and "Traceback" not in err
    assert 1 <= load_checkpoint(target).epoch < 3  # stopped before the last epoch
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.pt", "tiny.json"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_checkpoint_is_saved_after_every_epoch(monkeypatch, project_file, idx_folder, tmp_path):
    epochs = []

    def progress(**_):
        def watch(event):
            if type(event).__name__ == "EpochReport" and event.epoch == 2:
                epochs.append(load_checkpoint(target).epoch)  # the file after epoch 1

        return watch

    monkeypatch.setattr(train_cli, "ProgressBar", progress)
    target = tmp_path / "model.pt"
    assert main([str(a) for a in train_args(project_file, idx_folder, "--epochs", "2",
                                            "--checkpoint", target)]) == 0  # fmt: skip
    assert epochs == [1] and load_checkpoint(target).epoch == 2


def test_atomic_saves_keep_mode_symlinks_and_honour_the_umask(tmp_path):
    kept = tmp_path / "kept.json"
    kept.write_text("old")
    kept.chmod(0o640)
    write_text_atomically(kept, "new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_text() == "new"
    old_mask = os.umask(0o022)
    try:
        write_text_atomically(tmp_path / "fresh.json", "x")
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE((tmp_path / "fresh.json").stat().st_mode) == 0o644
    real = tmp_path / "real.json"
    real.write_text("old")
    (tmp_path / "link.json").symlink_to(real)
    write_text_atomically(tmp_path / "link.json", "through")
    assert (tmp_path / "link.json").is_symlink() and real.read_text() == "through"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_hard_links_keep_seeing_the_saved_file(tmp_path):
    first = tmp_path / "project.json"
    first.write_text("old")
    os.link(first, tmp_path / "linked.json")
    write_text_atomically(first, "new contents")
    assert (tmp_path / "linked.json").read_text() == "new contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["linked.json", "project.json"]


def test_read_only_targets_are_refused(tmp_path):
    target = tmp_path / "keep.json"
    target.write_text("mine")
    target.chmod(0o444)
    with pytest.raises(OSError, match="read-only"):
        write_text_atomically(target, "overwritten")
    assert target.read_text() == "mine"


def test_a_stream_target_is_written_not_replaced(tmp_path):
    read_end, write_end = os.pipe()
    try:
        write_text_atomically(f"/proc/self/fd/{write_end}", "down the pipe\n")
        assert os.read(read_end, 100) == b"down the pipe\n"
    finally:
        os.close(read_end)
        os.close(write_end)
    with open(tmp_path / "log.txt", "w") as log:  # like `> log.txt`: kept, added to
        log.write("earlier output\n")
        log.flush()
        write_text_atomically(f"/proc/self/fd/{log.fileno()}", "metrics\n")
    assert (tmp_path / "log.txt").read_text() == "earlier output\nmetrics\n"


def _save(path):
    from netbuilder.engine.checkpoint import save_checkpoint

    from .conftest import small_project

    model = build_model(small_project(), 10)
    save_checkpoint(path, model, project={}, mean=0.1, std=0.3, classes=tuple("0123456789"))


def test_a_full_disk_during_a_checkpoint_write_is_a_message(tmp_path, monkeypatch):
    with pytest.raises(CheckpointError, match="disk"):
        _save("/dev/full")

    def fail(*args, **kwargs):
        raise RuntimeError("PytorchStreamWriter failed writing file data/0: file write failed")

    monkeypatch.setattr(torch, "save", fail)
    with pytest.raises(CheckpointError, match=r"model\.pt.*disk full"):
        _save(tmp_path / "model.pt")
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_during_a_checkpoint_write_leaves_no_temporary(tmp_path, monkeypatch):
    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    (tmp_path / "model.pt").write_bytes(b"previous")
    monkeypatch.setattr(torch, "save", interrupt)
    with pytest.raises(KeyboardInterrupt):
        _save(tmp_path / "model.pt")
    assert [p.name for p in tmp_path.iterdir()] == ["model.pt"]
    assert (tmp_path / "model.pt").read_bytes() == b"previous"


def test_synthetic_digits_with_a_read_only_data_folder_just_skip_the_cache(tmp_path, monkeypatch):
    from netbuilder.engine.cache_file import save_cache

    def unwritable(*args, **kwargs):
        raise RuntimeError("File cache.pt cannot be opened.")

    monkeypatch.setattr(torch, "save", unwritable)
    assert not save_cache({"x": torch.zeros(1)}, tmp_path / "cache.pt")
    assert list(tmp_path.iterdir()) == []
