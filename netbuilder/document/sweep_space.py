"""What a sweep may change, as a person writes it: `learning_rate=log:0.001..0.3`,
`batch_size=32,64,128`, `epochs=int:5..40`, `4.out_features=int:16..256`.

The name before `=` is a training setting (document/setting_specs.py) or a layer parameter
addressed by the layer's number as the summary and the problems name it ("4" at the top level,
"4.2" for the second layer inside layer 4) and the parameter's name. The range after `=` is
`A..B` (floats), `log:A..B` (floats on a log scale), `int:A..B`, `int-log:A..B`, or a list of
values `a,b,c`. Pure Python: the engine turns a `SearchParam` into an Optuna distribution.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from netbuilder.document.analysis import analyse
from netbuilder.document.catalog import layer_type
from netbuilder.document.messages import Message
from netbuilder.document.project import Project
from netbuilder.document.setting_specs import SPECS
from netbuilder.document.settings import SettingsError

NOT_SWEPT = ("device", "folds", "limit_train")
"""Settings a sweep leaves alone: where it runs and what data it sees are not hyperparameters."""
SCALES = ("float", "log", "int", "int-log")


class SweepSpaceError(SettingsError):
    """A --param the project cannot take; the message names it and says what would do."""


@dataclass(frozen=True)
class SearchParam:
    """One dimension of the search: its name as written, and its range or its choices."""

    name: str
    scale: str = "choice"  # "float", "log", "int", "int-log" or "choice"
    low: float = 0.0
    high: float = 0.0
    choices: tuple[Any, ...] = ()

    @property
    def is_setting(self) -> bool:
        return "." not in self.name

    @property
    def layer_number(self) -> str:
        return self.name.rpartition(".")[0]

    @property
    def param(self) -> str:
        return self.name.rpartition(".")[2]


def parse_param(text: str) -> SearchParam:
    """ "learning_rate=log:0.001..0.3" -> SearchParam; raises SweepSpaceError."""
    name, equals, space = (part.strip() for part in text.partition("="))
    if not equals or not name or not space:
        raise SweepSpaceError(Message("sweep_param_syntax", {"text": text}))
    scale, colon, bounds = space.partition(":")
    if not colon:
        scale, bounds = ("float" if ".." in space else "choice"), space
    if scale not in (*SCALES, "choice"):
        raise SweepSpaceError(Message("sweep_param_syntax", {"text": text}))
    if scale == "choice":
        values = tuple(_value(v.strip()) for v in bounds.split(",") if v.strip())
        if not values:
            raise SweepSpaceError(Message("sweep_param_syntax", {"text": text}))
        return SearchParam(name, choices=values)
    low, dots, high = bounds.partition("..")
    try:
        low_value, high_value = float(low), float(high)
    except ValueError:
        raise SweepSpaceError(Message("sweep_param_syntax", {"text": text})) from None
    bad_log = scale in ("log", "int-log") and low_value <= 0
    if not dots or not low_value < high_value or bad_log:
        raise SweepSpaceError(Message("sweep_param_range", {"text": text}))
    return SearchParam(name, scale, low_value, high_value)


def _value(text: str) -> Any:
    """A choice as the JSON-like value it reads as: 64 -> int, 0.5 -> float, true, else text."""
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def check_space(project: Project, params: list[SearchParam]) -> None:
    """Raise SweepSpaceError for a name the project does not have or a range its spec refuses."""
    names = [p.name for p in params]
    for name in names:
        if names.count(name) > 1:
            raise SweepSpaceError(Message("sweep_param_twice", {"name": name}))
    for param in params:
        kind, minimum, maximum, choices = _target(project, param)
        if choices and any(c not in choices for c in param.choices or (param.low,)):
            args = {"name": param.name, "choices": ", ".join(map(str, choices))}
            raise SweepSpaceError(Message("sweep_param_choices", args))
        for value in param.choices or (param.low, param.high):
            _check_value(param, value, kind, minimum, maximum)


def _check_value(param: SearchParam, value: Any, kind: type, minimum, maximum) -> None:
    args = {"name": param.name, "value": value}
    if kind in (int, float) and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise SweepSpaceError(Message("sweep_param_kind", {**args, "kind": kind.__name__}))
    if kind is int and (param.scale in ("float", "log") or value != int(value)):
        raise SweepSpaceError(Message("sweep_param_kind", {**args, "kind": "int"}))
    if kind is float and param.scale in ("int", "int-log"):
        raise SweepSpaceError(Message("sweep_param_kind", {**args, "kind": "float"}))
    if kind in (int, float):
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            lowest = "" if minimum is None else f"{minimum:g}"
            highest = "" if maximum is None else f"{maximum:g}"
            bounds = {"minimum": lowest, "maximum": highest}
            raise SweepSpaceError(Message("sweep_param_outside", {**args, **bounds}))
    elif kind is not str and type(value) is not kind:
        raise SweepSpaceError(Message("sweep_param_kind", {**args, "kind": kind.__name__}))


def _target(project: Project, param: SearchParam) -> tuple[type, Any, Any, tuple[str, ...]]:
    """(kind, minimum, maximum, choices) of the setting or layer parameter `param` names."""
    if param.is_setting:
        spec = SPECS.get(param.name)
        if spec is None or param.name in NOT_SWEPT:
            raise SweepSpaceError(Message("sweep_unknown_setting", {"name": param.name}))
        return spec.kind, spec.minimum, spec.maximum, spec.choices
    info = _layers(project).get(param.layer_number)
    if info is None:
        args = {"name": param.name, "number": param.layer_number}
        raise SweepSpaceError(Message("sweep_no_such_layer", args))
    spec = next((p for p in layer_type(info.type_id).params if p.name == param.param), None)
    if spec is None:
        names = ", ".join(p.name for p in layer_type(info.type_id).params) or "-"
        args = {"name": param.name, "type": info.type_id, "params": names}
        raise SweepSpaceError(Message("sweep_no_such_param", args))
    return spec.kind, spec.minimum, spec.maximum, spec.choices


def _layers(project: Project) -> dict[str, Any]:
    analysis = analyse(project.network, num_classes=None, loss=project.training.loss)
    return {info.number: info for info in analysis.all_layers}


def apply_values(project: Project, values: dict[str, Any]) -> Project:
    """A copy of project with these settings and layer parameters (names as written) set."""
    project = project.copy()
    settings = {k: v for k, v in values.items() if "." not in k}
    if settings:
        kinds = {k: SPECS[k].kind for k in settings}
        typed = {k: float(v) if kinds[k] is float else v for k, v in settings.items()}
        project.training = dataclasses.replace(project.training, **typed)
    layers = _layers(project) if len(settings) < len(values) else {}
    for name, value in values.items():
        if "." in name:
            number, _, param = name.rpartition(".")
            project.network.set_param(layers[number].uid, param, value)
    return project
