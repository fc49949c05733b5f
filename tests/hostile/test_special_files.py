"""Special files and loops: every input is opened as an ordinary file or refused (a FIFO never
blocks, /dev/zero is never read), folder walks follow no link out of a class folder or in
circles, and each hostile value is one paragraph, not a traceback.

CLI cases run in-process under the `refuse` fixture's alarm, so a hang fails instead of hanging.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from PIL import Image

from netbuilder.document.lesson import LESSONS, LessonError, lesson_files, load_lesson
from netbuilder.document.project import save_project
from netbuilder.engine.checkpoint import save_checkpoint
from netbuilder.engine.experiment import build_model
from tests.paths import EXAMPLES

from .conftest import _within, make_fifo, small_project
from .test_checkpoints import rewrite


def two_class_project(tmp_path, shape=(1, 8, 8)):
    project = small_project()
    project.network.input_shape = shape
    project.network.layers[-1].params["out_features"] = 2
    path = tmp_path / "two.json"
    save_project(project, path)
    return path


def image_folder(root, counts, size=(8, 8)):
    for name, count in counts.items():
        (root / name).mkdir(parents=True)
        for i in range(count):
            Image.new("L", size, 40 * i).save(root / name / f"{i}.png")
    return root


class Hung(Exception):  # noqa: N818 - not an OSError, which os.walk would swallow
    pass


def train(project, dataset, *extra):
    return ["train", project, "--dataset", dataset, "--device", "cpu", "--epochs", "1", *extra]


def test_a_csv_that_is_a_fifo_or_a_link_to_dev_zero_is_refused(refuse, tmp_path):
    project = two_class_project(tmp_path)
    fifo = make_fifo(tmp_path / "pipe.csv")
    zero = tmp_path / "zero.csv"
    zero.symlink_to("/dev/zero")
    for path in (fifo, zero):
        refuse(train(project, path), path, "not an ordinary file")


def test_an_idx_file_that_is_a_fifo_is_refused(idx_folder, tmp_path):
    from netbuilder.engine.dataset import DataUnavailableError
    from netbuilder.engine.idx import read_idx

    for name in ("images-idx3-ubyte", "zero-idx3-ubyte"):
        path = make_fifo(tmp_path / name) if name.startswith("images") else tmp_path / name
        if not path.exists():
            path.symlink_to("/dev/zero")
        with pytest.raises(DataUnavailableError, match="not an ordinary file"):
            _within(10, read_idx, path, True)


def test_an_image_that_is_a_fifo_is_refused(refuse, model_file, tmp_path):
    fifo = make_fifo(tmp_path / "digit.png")
    refuse(["predict", model_file, fifo], fifo, "not an ordinary file")


def test_a_symlink_loop_in_an_image_folder_is_walked_once(capsys, tmp_path, monkeypatch):
    from netbuilder.engine.image_folder import load_image_folder

    folder = image_folder(tmp_path / "pets", {"cats": 4, "dogs": 4})
    (folder / "cats" / "again").symlink_to(folder / "cats")
    (folder / "cats" / "up").symlink_to(folder)  # out of the class folder: into the dogs
    dataset = _within(30, load_image_folder, folder, error=Hung)
    assert len(dataset.train) + len(dataset.test) == 8


def test_a_class_folder_linked_to_root_is_not_walked(tmp_path):
    """Through the entry point in a subprocess: a walk of the disk fails on the timeout
    (in-process, os.walk would swallow the alarm's TimeoutError, an OSError)."""
    folder = image_folder(tmp_path / "pets", {"cats": 4})
    (folder / "dogs").symlink_to("/")
    argv = [str(a) for a in train(two_class_project(tmp_path), folder)]
    result = subprocess.run(
        [sys.executable, "-m", "netbuilder", *argv],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"{folder / 'dogs'} has no PNG" in result.stderr


def test_one_image_per_class_is_a_message(refuse, tmp_path):
    folder = image_folder(tmp_path / "pets", {"cats": 1, "dogs": 1})
    refuse(train(two_class_project(tmp_path), folder), folder, "at least 2 images")


def test_huge_numbers_and_a_file_as_data_folder_are_messages(refuse, tmp_path):
    folder = image_folder(tmp_path / "pets", {"cats": 3, "dogs": 3})
    project = two_class_project(tmp_path)
    refuse(train(project, folder, "--image-size", "9" * 5000), "--image-size")
    refuse(
        train(project, "synthetic-digits", "--data-dir", "/dev/null"), "/dev/null", "not a folder"
    )
    refuse(["optimize", "bowl", "--steps", str(10**12)], "--steps")


def test_a_lesson_in_utf16_reads_and_one_in_another_encoding_is_a_message(tmp_path):
    source = lesson_files(LESSONS)[0]
    text = source.read_text(encoding="utf-8")
    (tmp_path / "examples").symlink_to(source.parents[2] / "examples")  # its project's folder
    tmp_path = tmp_path / "resources" / "lessons"  # where lessons are, beside examples/
    tmp_path.mkdir(parents=True)
    (tmp_path / "utf16.json").write_bytes(text.encode("utf-16"))  # with its byte-order mark
    assert load_lesson(tmp_path / "utf16.json").title == load_lesson(source).title
    (tmp_path / "latin1.json").write_bytes(
        text.replace("}", ', "x": "caf\xe9"}', 1).encode("latin-1")
    )
    with pytest.raises(LessonError, match="not a text file"):
        load_lesson(tmp_path / "latin1.json")


def _checkpoint(tmp_path, **changes):
    project = small_project()
    from netbuilder.document.project import project_to_dict

    path = tmp_path / "m.pt"
    save_checkpoint(
        path, build_model(project, 10), project=project_to_dict(project), mean=0.1, std=0.3,
        classes=tuple(str(d) for d in range(10)),
    )  # fmt: skip
    return path


@pytest.mark.parametrize(
    "change",
    [
        lambda p: p.__setitem__("project", "[" * 100_000 + "]" * 100_000),
        lambda p: p.__setitem__("metrics", '{"a": ' * 50_000 + "1" + "}" * 50_000),
        lambda p: p.__setitem__("metrics", '{"a": ' + "9" * 5000 + "}"),
        lambda p: p["normalisation"].__setitem__("mean", [0.1, 0.2, 0.3]),
        lambda p: p["state_dict"].__setitem__("1.bias", torch.zeros(10).to_sparse()),
    ],
    ids=["deep-project", "deep-metrics", "long-integer", "mean-length", "sparse"],
)
def test_hostile_checkpoints_are_messages(refuse, tmp_path, change):
    path = rewrite(_checkpoint(tmp_path), tmp_path / "bad.pt", change)
    image = tmp_path / "digit.png"
    Image.new("L", (28, 28)).save(image)
    refuse(["predict", path, image], path)


def test_a_window_start_never_blocks_on_a_fifo_settings_file(tmp_path):
    """Through the real entry point, in a subprocess: a hang fails the test, not the suite."""
    config = tmp_path / "config" / "netbuilder"
    config.mkdir(parents=True)
    make_fifo(config / "netbuilder.conf")
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-m", "netbuilder", "--report-startup", "paint", str(EXAMPLES / "lenet5.json")],
        env=env, capture_output=True, text=True, timeout=120,
        cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert result.returncode == 0 and "first paint" in result.stdout, result.stderr
    assert "settings are kept for this session only" in result.stderr


def test_hostile_runs_files_are_one_message(tmp_path):
    from netbuilder.gui.training.runs import RunLog, RunsFileError

    good = '{"format": "netbuilder-runs", "schema_version": 1, "runs": [RUN]}'
    run = '{"number": NUMBER, "name": "a", "network": "n", "dataset": "d"}'
    cases = {
        "deep.json": "[" * 100_000 + "]" * 100_000,
        "digits.json": good.replace("RUN", run.replace("NUMBER", "9" * 5000)),
        "overflow.json": good.replace("RUN", run.replace("NUMBER", "1").replace(
            '"d"}', '"d", "seconds": ' + "9" * 400 + "}")),
    }  # fmt: skip
    paths = [make_fifo(tmp_path / "fifo.json"), tmp_path / "zero.json"]
    paths[1].symlink_to("/dev/zero")
    for name, text in cases.items():
        (tmp_path / name).write_text(text)
        paths.append(tmp_path / name)
    for path in paths:
        with pytest.raises(RunsFileError) as error:
            _within(10, RunLog.load, path)
        assert str(path) in str(error.value) and "\n" not in str(error.value)
