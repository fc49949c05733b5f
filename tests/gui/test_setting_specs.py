"""One spec per training setting: validation, the form and the command line agree on each one.

Walks every spec: the form's field has the spec's range, label and tooltip and shows both ends
exactly; `netbuilder train` takes both ends and refuses a value beyond each; TrainingSettings
takes both ends and refuses the same values. Gamma is the case that once disagreed (the form
stopped at 0.01, validation took anything above 0).
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from netbuilder.cli.main import build_parser
from netbuilder.cli.setting_options import setting_overrides
from netbuilder.document.project import ProjectError, load_project
from netbuilder.document.setting_specs import AUGMENT_SPECS, SETTING_SPECS, SPECS
from netbuilder.document.settings import SettingsError, TrainingSettings
from netbuilder.gui.training.augment_box import AugmentBox
from netbuilder.gui.training.settings_form import TrainingSettingsForm, learning_rate_box
from tests.paths import EXAMPLES

FORM_SPECS = [spec for spec in SETTING_SPECS if spec.group != "augment"]  # the rest: --augment
RANGED = [spec for spec in FORM_SPECS if spec.minimum is not None]
CHOICES = [spec for spec in FORM_SPECS if spec.options]


def beyond(spec) -> tuple[float, float]:
    """A value just below the minimum and one just above the maximum."""
    if spec.kind is int:
        return spec.minimum - 1, spec.maximum + 1
    return (
        spec.minimum - (abs(spec.minimum) / 2 or 1.0),
        spec.maximum + (abs(spec.maximum) / 2 or 1.0),
    )


def parse(*options: str):
    return build_parser().parse_args(["train", "project.json", *options])


def refused_by_the_parser(capsys, *options: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        parse(*options)
    assert exit_.value.code == 2
    return capsys.readouterr().err


@pytest.fixture
def form(qtbot):
    form = TrainingSettingsForm()
    qtbot.addWidget(form)
    return form


def test_every_setting_has_exactly_one_spec_and_the_defaults_are_the_specs():
    fields = dataclasses.fields(TrainingSettings)
    assert [f.name for f in fields] == [spec.name for spec in SETTING_SPECS]
    assert TrainingSettings().to_dict() == {spec.name: spec.default for spec in SETTING_SPECS}
    for spec in SETTING_SPECS:
        assert spec.problem(spec.default) is None, spec.name
        assert spec.label and spec.help and "\n" not in spec.help, spec.name
        assert spec.kind.__name__ == next(f.type for f in fields if f.name == spec.name)


@pytest.mark.parametrize("spec", FORM_SPECS, ids=lambda spec: spec.name)
def test_every_setting_has_a_field_and_an_option_that_explain_it_alike(
    capsys, monkeypatch, form, spec
):
    field = form.fields[spec.name]
    assert field.toolTip() == spec.help
    label = form.layout().labelForField(field)
    shown = field.text() if spec.kind is bool else label.text()  # a check box says it itself
    assert shown == spec.label
    monkeypatch.setenv("COLUMNS", "1000")  # --help keeps each option's help on one line
    with pytest.raises(SystemExit):
        parse("--help")
    lines = capsys.readouterr().out.splitlines()
    at = next(
        i
        for i, line in enumerate(lines)
        if line.strip().startswith((f"{spec.flag} ", f"{spec.flag},"))
    )
    assert spec.help in " ".join(lines[at : at + 2])  # beside the option, or below a long one


@pytest.mark.parametrize("spec", RANGED, ids=lambda spec: spec.name)
def test_form_cli_and_validation_take_the_same_range(qtbot, capsys, form, spec):
    field = form.fields[spec.name]
    scale = 100 if spec.percent else 1
    assert field.minimum() == pytest.approx(spec.minimum * scale)
    assert field.maximum() == pytest.approx(spec.maximum * scale)
    below, above = beyond(spec)
    for value in (spec.minimum, spec.maximum):  # both ends are allowed everywhere
        settings = TrainingSettings(**{spec.name: value})
        settings.check()
        form.set_settings(settings)
        assert getattr(form.read(), spec.name) == pytest.approx(value)
        assert getattr(parse(spec.flag, str(value)), spec.name) == pytest.approx(value)
    for value in (below, above):  # and a value beyond either end nowhere
        with pytest.raises(SettingsError, match=spec.name):
            TrainingSettings(**{spec.name: value}).check()
        err = refused_by_the_parser(capsys, spec.flag, str(value))
        assert f"argument {spec.flag}" in err and spec.name in err


@pytest.mark.parametrize("spec", CHOICES, ids=lambda spec: spec.name)
def test_form_cli_and_validation_offer_the_same_choices(capsys, form, spec):
    combo = form.fields[spec.name]
    assert [combo.itemData(i) for i in range(combo.count())] == list(spec.choices)
    assert [combo.itemText(i) for i in range(combo.count())] == [name for _, name in spec.options]
    for value in spec.choices:
        TrainingSettings(**{spec.name: value}).check()
        assert getattr(parse(spec.flag, value), spec.name) == value
    with pytest.raises(SettingsError, match=spec.name):
        TrainingSettings(**{spec.name: "bogus"}).check()
    assert "is not one of" in refused_by_the_parser(capsys, spec.flag, "bogus")


def test_a_yes_no_setting_is_a_check_box_and_a_pair_of_options(form):
    assert form.nesterov.text() == SPECS["nesterov"].label
    assert form.nesterov.toolTip() == SPECS["nesterov"].help
    assert parse("--nesterov").nesterov is True and parse("--no-nesterov").nesterov is False
    assert parse().nesterov is None  # absent: the project's own
    with pytest.raises(SettingsError, match="nesterov"):
        TrainingSettings.from_dict({"nesterov": 1})


def test_a_new_form_shows_the_defaults_and_no_option_changes_nothing(form):
    assert form.read() == TrainingSettings()
    assert setting_overrides(parse()) == {}


def test_gamma_is_the_same_everywhere(capsys, form, tmp_path):
    """It was not: the form stopped at 0.01 while a project file could hold 0.005."""
    assert form.gamma.minimum() == SPECS["gamma"].minimum == 0.001
    form.set_settings(TrainingSettings(schedule="step", gamma=0.001))
    assert form.read().gamma == 0.001, "the form shows the smallest gamma validation takes"
    for refused in (0.0, 0.0005, 1.5):
        with pytest.raises(SettingsError, match="gamma"):
            TrainingSettings(gamma=refused).check()
        assert "gamma" in refused_by_the_parser(capsys, "--gamma", str(refused))
    data = json.loads((EXAMPLES / "lenet5.json").read_text())
    data["training"]["gamma"] = 0.0005
    path = tmp_path / "small_gamma.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ProjectError, match="gamma is 0.0005; it must be at least 0.001"):
        load_project(path)


def test_the_live_rate_and_the_run_bar_take_the_learning_rate_range():
    spec = SPECS["learning_rate"]
    box = learning_rate_box()
    assert (box.minimum(), box.maximum()) == (spec.minimum, spec.maximum)
    assert box.toolTip() == spec.help


def test_train_options_override_the_projects_settings():
    from netbuilder.cli.train import _with_overrides

    project = load_project(EXAMPLES / "lenet5.json")
    args = parse("--lr", "0.5", "--gamma", "0.1", "--optimizer", "adam", "--patience", "3")
    training = _with_overrides(project, args).training
    assert (training.learning_rate, training.gamma, training.optimizer) == (0.5, 0.1, "adam")
    assert training.early_stopping_patience == 3 and training.epochs == project.training.epochs
    with pytest.raises(SettingsError, match="nesterov"):  # a rule between settings still holds
        _with_overrides(project, parse("--optimizer", "adam", "--nesterov"))


@pytest.mark.parametrize("spec", AUGMENT_SPECS, ids=lambda spec: spec.name)
def test_each_augmentation_has_a_field_and_an_augment_word_with_the_same_range(qtbot, capsys, spec):
    box = AugmentBox()
    qtbot.addWidget(box)
    field, word = box.fields[spec.name], spec.name.removeprefix("augment_")
    assert field.toolTip() == spec.help
    shown = field.text() if spec.kind is bool else box.labels[spec.name].text()
    assert shown == spec.label
    assert spec.default == spec.kind(0), "an old project without it: off"
    if spec.kind is bool:
        assert parse("--augment", word).augment[spec.name] is True
        return
    scale = 100 if spec.percent else 1
    assert field.minimum() == pytest.approx(spec.minimum * scale)
    assert field.maximum() == pytest.approx(spec.maximum * scale)
    for value in (spec.minimum, spec.maximum):
        box.set_settings(TrainingSettings(**{spec.name: value}))
        assert getattr(box.read(), spec.name) == pytest.approx(value)
        assert parse("--augment", f"{word}={value}").augment[spec.name] == pytest.approx(value)
    for value in beyond(spec):
        with pytest.raises(SettingsError, match=spec.name):
            TrainingSettings(**{spec.name: value}).check()
        err = refused_by_the_parser(capsys, "--augment", f"{word}={value}")
        assert f"argument --augment: {word}={value} is not allowed" in err
