"""`netbuilder train --augment shift=3,rotate=10,flip`: parsed into the run's settings, refused
with a message that names the problem and the fix, and announced with the flip-digits lint."""

from __future__ import annotations

import json

import pytest

from netbuilder.cli.main import build_parser, main
from netbuilder.cli.train import _with_overrides
from netbuilder.document.project import load_project
from tests.paths import EXAMPLES


def parse(*options: str):
    return build_parser().parse_args(["train", "project.json", *options])


def test_augment_sets_the_named_augmentations_and_turns_the_others_off():
    project = load_project(EXAMPLES / "lenet5.json")
    project.training.augment_noise = 0.3  # the project's own: --augment replaces it
    training = _with_overrides(project, parse("--augment", "shift=3,rotate=10,flip")).training
    assert (training.augment_shift, training.augment_rotate) == (3, 10.0)
    assert training.augment_flip is True and training.augment_noise == 0.0
    kept = _with_overrides(project, parse("--epochs", "2")).training
    assert kept.augment_noise == 0.3, "without --augment the project's own settings stay"
    off = _with_overrides(project, parse("--augment", "none")).training
    assert off.augment_noise == 0.0


@pytest.mark.parametrize(
    ("words", "says"),
    [
        ("rotate=90", "argument --augment: rotate=90 is not allowed: use a number from 0 to 45"),
        ("spin=3", "argument --augment: 'spin' is not an augmentation. Use some of: shift,"),
        ("shift", "argument --augment: shift needs a value from 0 to 8, e.g. shift=3"),
    ],
)
def test_bad_augment_words_are_a_usage_error_not_a_traceback(capsys, words, says):
    with pytest.raises(SystemExit) as exit_:
        main(["train", "missing.json", "--augment", words])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert says in err and "Traceback" not in err


def test_train_with_augment_says_so_and_warns_about_flipping_digits(capsys, tmp_path):
    metrics = tmp_path / "m.json"
    code = main([
        "train", str(EXAMPLES / "logistic_regression.json"), "--dataset", "synthetic-digits",
        "--epochs", "1", "--limit-train", "300", "--device", "cpu", "--augment",
        "shift=2,rotate=10,flip", "--metrics-out", str(metrics),
    ])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0
    assert "data augmentation of the training images: shift=2,rotate=10,flip" in out
    assert "warning: Horizontal flip on Synthetic digits: a mirrored 2" in err
    assert json.loads(metrics.read_text())["test_accuracy"] > 0.1
