"""Messages are data: every problem, finding and file error is a code with arguments, each code
has its one English sentence, and Qt's lupdate finds every sentence to translate."""

import ast
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import netbuilder
from netbuilder.document.catalog import CATALOG
from netbuilder.document.lesson import LessonError
from netbuilder.document.messages import ENGLISH, Message, english, plural, render
from netbuilder.document.project import ProjectError, project_from_dict
from netbuilder.document.settings import SettingsError
from netbuilder.engine.dataset import DataUnavailableError, WrongDataFilesError
from netbuilder.engine.errors import failure_code
from netbuilder.engine.training_events import LossNotFiniteError

PACKAGE = Path(netbuilder.__file__).parent
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
CODE_ARGUMENT = {"Message": 0, "Diagnosis": 0, "Fix": 0, "Problem": 1, "warn": 1}
"""Where each call that makes a message takes its code (a literal here, or a variable)."""
CODE = re.compile(r"[a-z][a-z0-9_]*")


def _codes_in_source() -> set[str]:
    """Every literal code the package passes to a message, and every failed-run code."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and str(node.value).startswith("failed_"):
                found.add(node.value)
            if not isinstance(node, ast.Call):
                continue
            at = CODE_ARGUMENT.get(getattr(node.func, "id", getattr(node.func, "attr", "")))
            code = node.args[at] if at is not None and len(node.args) > at else None
            if isinstance(code, ast.Constant) and CODE.fullmatch(str(code.value)):
                found.add(code.value)
    return found


def test_every_code_the_code_uses_has_its_sentence():
    used = _codes_in_source()
    assert {"nothing_to_learn", "loss_flat", "fix_lower_lr", "saturating_stack"} <= used, used
    assert used - ENGLISH.keys() == set()


def test_a_message_becomes_its_sentence_arguments_and_fragments_filled_in():
    fix = Message("fix_out_features", {"classes": 10})
    message = Message(
        "output_mismatch",
        {"output": (7,), "wants": Message("wants_classes", {"classes": 10}), "fix": fix},
    )
    assert english(message) == (
        "The network outputs 7 but the dataset has 10 classes: set the last Linear's "
        "out_features to 10"
    )
    marked = render(message, lambda template: f"<{template}>")  # a front end translates each part
    assert marked == (
        "<The network outputs 7 but the dataset <has 10 classes>: <set the last Linear's "
        "out_features to 10>>"
    )


class _Blank:
    """Fills any blank, whatever its format ("{lr:g}", "{share:.0%}", "{parameters:,}")."""

    def __format__(self, spec: str) -> str:
        return "X"


def test_every_sentence_is_a_valid_template_with_named_blanks():
    for code, template in ENGLISH.items():
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
        assert all(name.isidentifier() for name in names), code  # no "{0}", no "{x.attr}"
        blanks = {name: _Blank() for name in names}
        assert "{" not in template.format(**blanks), code


def test_an_unknown_code_or_a_broken_translation_never_fails():
    assert english(Message("from_a_newer_version", {"x": 1})) == "from_a_newer_version"
    message = Message("wants_classes", {"classes": 10})
    assert render(message, str.upper) == "has 10 classes"  # its blank renamed: English instead


def test_plural_is_the_one_helper_for_counted_words():
    assert plural(1, "epoch", "epochs") == "1 epoch"
    assert plural(0, "epoch", "epochs") == "0 epochs"
    assert plural(12_000, "image", "images") == "12,000 images"


def test_a_parameter_problem_is_a_code_with_the_value_and_its_limit():
    spec = CATALOG["Linear"].param("out_features")
    assert spec.check(0) == Message(
        "param_below_minimum", {"name": "out_features", "value": 0, "minimum": spec.minimum}
    )
    assert spec.problem(0) == f"out_features 0 is below its minimum {spec.minimum}"
    assert spec.check(spec.default) is None


def test_a_file_that_cannot_be_opened_carries_its_code_path_and_reason():
    with pytest.raises(ProjectError) as raised:
        project_from_dict([], "bad.json")
    assert raised.value.message.code == "cannot_open_project"
    assert raised.value.message.args["path"] == "bad.json"
    assert raised.value.message.args["reason"] == Message("project_not_object")
    assert str(raised.value) == "Cannot open bad.json: the top level must be a JSON object"
    bad_layer = {"format": "netbuilder-project", "schema_version": 1,
                 "network": {"layers": [{"type": "Linear", "params": {"out_features": 0}}]}}  # fmt: skip
    with pytest.raises(ProjectError) as raised:
        project_from_dict(bad_layer, "p.json")
    reason = raised.value.message.args["reason"]
    assert (reason.code, reason.args["number"], reason.args["type"]) == (
        "layer_bad_param",
        1,
        "Linear",
    )
    assert reason.args["problem"].code == "param_below_minimum"
    assert (
        str(raised.value)
        == "Cannot open p.json: layer 1 (Linear): out_features 0 is below its minimum 1"
    )
    lesson = LessonError("l.json", "it has no steps")
    assert lesson.message == Message(
        "cannot_open_lesson", {"path": "l.json", "reason": "it has no steps"}
    )
    assert str(lesson) == "Cannot open lesson l.json: it has no steps"


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (DataUnavailableError("gone", Path("."), ()), "failed_data_unavailable"),
        (WrongDataFilesError("other", Path("."), ()), "failed_wrong_data_files"),
        (LossNotFiniteError("NaN"), "failed_training_stopped"),
        (SettingsError("bad"), "failed_invalid_settings"),
        (RuntimeError("bug"), "failed_training"),
    ],
)
def test_a_failed_run_is_titled_by_a_code(error, code):
    assert failure_code(error) == code and code in ENGLISH


def test_a_loss_that_is_not_finite_is_a_code_with_where_and_the_rate():
    error = LossNotFiniteError(Message("loss_not_finite", {"epoch": 2, "batch": 7, "lr": 0.5}))
    assert error.message.code == "loss_not_finite"
    assert str(error) == (
        "Training stopped at epoch 2, batch 7: the loss became NaN/infinite. Lower the learning "
        "rate (now 0.5), or use a gentler optimizer, a different weight init, or batch "
        "normalisation."
    )
    assert LossNotFiniteError("plain words").message is None


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_qt_lupdate_finds_every_sentence_and_the_counted_ones_have_plural_forms(tmp_path):
    ts = tmp_path / "messages.ts"
    files = [str(p) for p in sorted(PACKAGE.rglob("*.py")) if "messages" in p.read_text()]
    subprocess.run(
        [str(LUPDATE), *files, "-ts", str(ts)], check=True, capture_output=True, timeout=120
    )
    contexts = {c.findtext("name"): c for c in ET.parse(ts).iter("context")}
    sources = {m.findtext("source") for m in contexts["messages"].iter("message")}
    assert set(ENGLISH.values()) <= sources, set(ENGLISH.values()) - sources
    counted = {
        m.findtext("source"): m.get("numerus") == "yes"
        for c in contexts.values()
        for m in c.iter("message")
        if "%n" in m.findtext("source")
    }
    assert "%n error(s)" in counted and all(counted.values()), counted
