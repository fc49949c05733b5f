"""Hostile and broken project files for `summary`, `export` and `train`: a message, never a hang."""

from __future__ import annotations

import json
import math

import pytest

from netbuilder.document.catalog import layer_type
from netbuilder.document.project import project_to_dict
from netbuilder.document.settings import SettingsError, TrainingSettings

from .conftest import make_fifo, small_project

COMMANDS = [["summary"], ["export", "--python", "out.py"], ["train", "--epochs", "1"]]


def project_text(**changes) -> str:
    data = project_to_dict(small_project())
    data.update(changes)
    return json.dumps(data)


def broken_files(tmp_path):
    """(file name, text, a word the message must hold) for every broken project in the corpus."""
    deep = "[" * 100_000 + "]" * 100_000
    nested = project_text(description="X").replace('"X"', "[" * 50 + "]" * 50)
    huge_int = project_text().replace('"batch_size": 32', '"batch_size": ' + "9" * 5000)
    return [
        ("deep.json", deep, "nested"),
        ("nested.json", nested, "nested"),
        ("digits.json", huge_int, "cannot read"),
        (
            "surrogate.json",
            project_text(name="\\ud800").replace("\\\\ud800", "\\ud800"),
            "surrogate",
        ),
        ("schema0.json", project_text(schema_version=0), "schema_version"),
        ("nan.json", project_text().replace('"momentum": 0.0', '"momentum": NaN'), "NaN"),
        ("inf.json", project_text().replace('"gamma": 0.5', '"gamma": Infinity'), "Infinity"),
        ("latin1.json", "\xff\xfe", "UTF-8"),
        ("empty.json", "", "JSON"),
    ]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_broken_project_files_are_refused(refuse, tmp_path, command):
    cases = broken_files(tmp_path)
    for name, text, _word in cases:
        path = tmp_path / name
        path.write_bytes(
            text.encode("utf-8", "surrogatepass") if name != "latin1.json" else b"\xff\xfe{"
        )
    for name, _text, word in cases:
        refuse([command[0], tmp_path / name, *command[1:]], name, word)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_files_that_are_not_projects_are_refused(refuse, tmp_path, command):
    fifo = make_fifo(tmp_path / "pipe.json")
    big = tmp_path / "big.json"
    with open(big, "wb") as stream:
        stream.truncate(10_000_001)  # sparse: nothing is written to disk
    for path, word in ((fifo, "ordinary file"), ("/dev/zero", "ordinary file"),
                       (tmp_path, "folder"), (big, "10.0 MB"), (tmp_path / "no.json", "exist")):  # fmt: skip
        refuse([command[0], path, *command[1:]], path, word)


def test_utf8_bom_is_accepted(tmp_path, capsys):
    from netbuilder.cli.main import main

    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + project_text().encode())
    assert main(["summary", str(path)]) == 0
    assert "Linear" in capsys.readouterr().out


def test_escape_sequences_in_names_are_never_printed_raw(tmp_path, capsys):
    from netbuilder.cli.main import main

    path = tmp_path / "ansi.json"
    path.write_text(project_text(name="\x1b[2J\x1b]0;owned\x07"))
    assert main(["summary", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\\x1b[2J" in out


def test_an_unknown_layer_type_is_not_echoed_whole(refuse, tmp_path):
    data = json.loads(project_text())
    data["network"]["layers"][0]["type"] = "Z" * 10_000
    path = tmp_path / "long.json"
    path.write_text(json.dumps(data))
    outcome = refuse(["summary", path], path, "unknown layer type")
    assert len(outcome.err) < 600


@pytest.mark.parametrize(
    "name", ["learning_rate", "momentum", "weight_decay", "l1", "gamma", "validation_fraction"]
)
@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_nan_and_inf_pass_no_settings_range_check(name, value):
    with pytest.raises(SettingsError, match=name):
        TrainingSettings(**{name: value}).check()


def test_nan_layer_parameters_are_refused():
    assert "finite" in layer_type("Dropout").param("p").problem(math.nan)


def test_unknown_command_is_named(refuse, tmp_path):
    path = tmp_path / "x.json"
    path.write_text(project_text())
    refuse(["summry", path], "unknown command 'summry'", "did you mean 'summary'")


def test_screenshot_into_a_missing_folder_gives_a_message(refuse, tmp_path):
    target = tmp_path / "missing" / "x.png"
    refuse(["gui", "--screenshot", target], target, "does not exist")
