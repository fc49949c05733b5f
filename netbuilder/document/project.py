"""The saved project: network + training settings + dataset, as versioned JSON.

Loading happens in two phases: the whole file is parsed and checked into plain values first, and
only then is the model built, so a bad file is rejected whole and nothing half-loaded leaks out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netbuilder.document import json_input
from netbuilder.document.analysis import MAX_NESTING
from netbuilder.document.catalog import UnknownLayerError, layer_type
from netbuilder.document.data_options import check_dataset_params
from netbuilder.document.datasets import DATASETS
from netbuilder.document.json_input import JsonInputError
from netbuilder.document.limits import MAX_FEATURES, MAX_SIDE
from netbuilder.document.messages import Message, MessageError, english
from netbuilder.document.network import Layer, Network
from netbuilder.document.safe_io import os_reason, read_text, write_text_atomically
from netbuilder.document.settings import SettingsError, TrainingSettings
from netbuilder.document.two_d import DataParamError

FORMAT = "netbuilder-project"
SCHEMA_VERSION = 2
"""Version 2 added containers (a layer's "children"). A network without any is still written as
version 1, so that an older netbuilder opens it; every version-1 file opens unchanged."""
MAX_PROJECT_BYTES = 10_000_000  # the largest example is 2 KB; a 10 MB project is surely not one
MAX_DEPTH = 40  # containers nest 6 levels (2 JSON levels each); deeper JSON is refused unread


class ProjectError(MessageError):
    """A project file that cannot be used; the message names the file and the reason (a Message
    for the checks made here, the text of a settings or data-parameter error)."""

    def __init__(self, path: str | Path, reason: str | Message):
        self.path = str(path)
        self.reason = english(reason) if isinstance(reason, Message) else reason
        super().__init__(Message("cannot_open_project", {"path": self.path, "reason": reason}))


@dataclass
class Project:
    network: Network = field(default_factory=Network)
    training: TrainingSettings = field(default_factory=TrainingSettings)
    dataset: str = "mnist"
    name: str = ""
    description: str = ""
    dataset_params: dict[str, Any] = field(default_factory=dict)
    """A generated dataset's parameters (points, noise, ...), or the options of the user's own
    data (a table's target and task, an image folder's size: see data_options); else empty."""
    normalisation: tuple[float, float] | None = None
    """The (mean, std) the network's input is normalised by, (pixels - mean) / std with pixels
    in 0..1, when the network fixes it (an imported model keeps its own: (0, 1) takes the pixels
    as they are); None: the training data's own statistics, as for every network built here."""

    def copy(self) -> Project:
        training = TrainingSettings(**self.training.to_dict())
        return Project(
            self.network.copy(), training, self.dataset, self.name, self.description,
            dict(self.dataset_params), self.normalisation,
        )  # fmt: skip


def project_to_dict(project: Project) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "schema_version": _version_needed(project.network),
        "name": project.name,
        "description": project.description,
        "network": {
            "input_shape": list(project.network.input_shape),
            "layers": [_layer_dict(x) for x in project.network.layers],
        },
        "training": project.training.to_dict(),
        "dataset": _dataset_dict(project),
    }


def _version_needed(network: Network) -> int:
    return 2 if any(layer.is_container for layer in network.all_layers()) else 1


def _layer_dict(layer: Layer) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": layer.type_id, "params": dict(layer.params)}
    if layer.is_container:
        entry["children"] = [_layer_dict(child) for child in layer.children]
    return entry


def _dataset_dict(project: Project) -> dict[str, Any]:
    params = check_dataset_params(project.dataset, project.dataset_params)
    entry: dict[str, Any] = {"name": project.dataset}
    if params:
        entry["params"] = params
    if project.normalisation is not None:  # written only when fixed: older files stay as they were
        mean, std = project.normalisation
        entry["normalisation"] = {"mean": mean, "std": std}
    return entry


def project_to_json(project: Project) -> str:
    return json.dumps(project_to_dict(project), indent=2) + "\n"


def save_project(project: Project, path: str | Path) -> None:
    """Write atomically: a crash mid-save leaves the previous file intact."""
    write_text_atomically(Path(path), project_to_json(project))


def load_project(path: str | Path) -> Project:
    """Read, parse and check a project file; every way it can be bad is a ProjectError."""
    try:
        text = read_text(path, MAX_PROJECT_BYTES, "project")
    except OSError as error:
        raise ProjectError(path, os_reason(error)) from None
    return project_from_dict(parse_json(text, path), path)


def parse_json(text: str, path: str | Path) -> Any:
    """json_input.parse_json, with each way a hostile text fails it turned into a ProjectError."""
    try:
        return json_input.parse_json(text, MAX_DEPTH)
    except JsonInputError as error:
        raise ProjectError(path, error.reason) from None


def _short(value: Any, limit: int = 60) -> str:
    return json_input.short(value, limit)


def project_from_dict(data: Any, path: str | Path = "<project>") -> Project:
    try:
        records = _check(data)
    except _Invalid as error:
        raise ProjectError(path, error.message) from None
    except (SettingsError, DataParamError) as error:
        raise ProjectError(path, getattr(error, "message", None) or str(error)) from None
    network = Network([_build(record) for record in records["layers"]], records["input_shape"])
    return Project(
        network, records["training"], records["dataset"], records["name"], records["description"],
        records["dataset_params"], records["normalisation"],
    )  # fmt: skip


class _Invalid(MessageError):
    pass


def _check(data: Any) -> dict[str, Any]:
    """Phase one: check everything and return plain records; build nothing."""
    _require(isinstance(data, dict), "project_not_object")
    _require(data.get("format") == FORMAT, "project_wrong_format", format=FORMAT)
    version = data.get("schema_version")
    _require(type(version) is int, "schema_not_integer")
    _require(version >= 1, "schema_too_old", version=_short(version))
    _require(version <= SCHEMA_VERSION, "schema_too_new", version=version, newest=SCHEMA_VERSION)
    network = data.get("network")
    _require(isinstance(network, dict), "field_not_object", field="network")
    training = data.get("training", {})
    _require(isinstance(training, dict), "field_not_object", field="training")
    dataset = data.get("dataset", {"name": "mnist"})
    _require(isinstance(dataset, dict) and isinstance(dataset.get("name"), str), "dataset_no_name")
    name = dataset["name"]
    _require(name in DATASETS or Path(name).is_absolute(), "unknown_dataset", name=_short(name))
    params = dataset.get("params", {})
    _require(isinstance(params, dict), "field_not_object", field="dataset.params")
    return {
        "input_shape": _check_input_shape(network.get("input_shape", [1, 28, 28])),
        "layers": [_check_layer(i, entry) for i, entry in enumerate(_list(network, "layers"))],
        "training": TrainingSettings.from_dict(training),
        "dataset": name,
        "dataset_params": check_dataset_params(name, params),
        "normalisation": _check_normalisation(dataset.get("normalisation")),
        "name": _text(data, "name"),
        "description": _text(data, "description"),
    }


def _check_normalisation(value: Any) -> tuple[float, float] | None:
    """A fixed (mean, std), as checkpoints allow them; None (absent) for the data's own."""
    if value is None:
        return None
    ok = isinstance(value, dict) and set(value) == {"mean", "std"}
    numbers = [value.get("mean"), value.get("std")] if ok else []
    ok = ok and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in numbers)
    ok = ok and -1000 <= numbers[0] <= 1000 and 1e-12 <= numbers[1] <= 1000
    _require(ok, "bad_normalisation")
    return float(numbers[0]), float(numbers[1])


def _check_input_shape(shape: Any) -> tuple[int, ...]:
    ok = isinstance(shape, list) and len(shape) in (1, 3)
    top = MAX_FEATURES if ok and len(shape) == 1 else MAX_SIDE
    ok = ok and all(type(s) is int and 1 <= s <= top for s in shape)
    _require(ok, "bad_input_shape")
    return tuple(shape)


_Record = tuple[str, dict[str, Any], list[Any]]


def _build(record: _Record) -> Layer:
    type_id, params, children = record
    return Layer(type_id, params, children=[_build(child) for child in children])


def _check_layer(index: int, entry: Any, prefix: str = "", depth: int = 0) -> _Record:
    """A layer's record; a container's with its children's, checked the same way."""
    number: int | str = f"{prefix}{index + 1}" if prefix else index + 1
    _require(
        isinstance(entry, dict) and isinstance(entry.get("type"), str),
        "layer_no_type",
        number=number,
    )
    try:
        kind = layer_type(entry["type"])
    except UnknownLayerError as error:
        raise _Invalid(
            Message("layer_unknown_type", {"number": number, "reason": str(error)})
        ) from None
    params = entry.get("params", {})
    where = {"number": number, "type": kind.id}
    _require(isinstance(params, dict), "layer_params_not_object", **where)
    known = {p.name for p in kind.params}
    for name, value in params.items():
        _require(name in known, "layer_unknown_param", **where, name=_short(name))
        problem = kind.param(name).check(value)
        _require(problem is None, "layer_bad_param", **where, problem=problem)
    children = entry.get("children", [])
    if children and not kind.container:
        raise _Invalid(Message("layer_holds_layers_file", where))
    _require(isinstance(children, list), "field_not_list", field="children")
    _require(depth < MAX_NESTING, "nested_too_deep", levels=MAX_NESTING)
    held = [_check_layer(i, child, f"{number}.", depth + 1) for i, child in enumerate(children)]
    return kind.id, {n: kind.param(n).coerce(v) for n, v in params.items()}, held


def _list(container: dict[str, Any], key: str) -> list[Any]:
    value = container.get(key, [])
    _require(isinstance(value, list), "field_not_list", field=key)
    return value


def _text(container: dict[str, Any], key: str) -> str:
    value = container.get(key, "")
    _require(isinstance(value, str), "field_not_text", field=key)
    return value


def _require(condition: bool, code: str, **args: Any) -> None:
    """Raise the check's reason, a message code of `messages.ENGLISH` and its arguments."""
    if not condition:
        raise _Invalid(Message(code, args))
