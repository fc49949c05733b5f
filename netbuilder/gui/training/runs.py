"""The runs table's state: every training run with what set it apart and how it ended.

Qt-free and torch-free: the Runs panel mirrors a `RunLog`; the log saves itself as JSON beside
the project (`PROJECT.runs.json`), so runs survive a restart.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from netbuilder.document.json_input import JsonInputError, read_json
from netbuilder.document.project import Project
from netbuilder.document.safe_io import os_reason, write_own_file, write_text_atomically
from netbuilder.document.setting_specs import AUGMENT_SPECS
from netbuilder.document.spreadsheet import spreadsheet_row, spreadsheet_writer

FORMAT = "netbuilder-runs"
SCHEMA_VERSION = 1
CSV_COLUMNS = (
    "run", "name", "network", "parameters", "dataset", "task", "changes", "train_accuracy",
    "val_accuracy", "test_accuracy", "test_r2", "baseline_constant", "baseline_linear", "seconds",
)  # fmt: skip
"""A regression's train_accuracy and val_accuracy hold R² (the share of variance fitted); its
baselines are R² too (the mean's and least squares'), a classification's accuracies (the
majority class's and logistic regression's). A reconstruction's (task "reconstruction") *_accuracy
hold its pixel MSE, and baseline_constant the mean training image's."""
SHORT_NAMES = {"learning_rate": "lr", "weight_decay": "L2", "batch_size": "batch"}
SHORT_NAMES |= {s.name: s.name.replace("augment_", "augment ") for s in AUGMENT_SPECS}
_AUGMENT_OFF = {s.name: s.default for s in AUGMENT_SPECS}  # a run from before augmentation


class RunsFileError(ValueError):
    """A runs file that cannot be read; the message names the file and the problem."""


MAX_RUNS_BYTES = 100_000_000  # a run with its curves is a few KB


@dataclass
class RunSummary:
    """One run: what was trained, what differed from the run before, how it ended."""

    number: int
    name: str
    network: str
    dataset: str
    layers: list[str] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    changes: str = ""
    parameters: int | None = None
    train_accuracy: float | None = None  # a regression's: R²; a reconstruction's: pixel MSE
    val_accuracy: float | None = None  # a regression's: R²; a reconstruction's: pixel MSE
    test_accuracy: float | None = None  # a reconstruction's: its test pixel MSE
    layer_params: list[dict[str, Any]] = field(default_factory=list)
    task: str = "classification"
    test_r2: float | None = None
    seconds: float | None = None
    visible: bool = True
    outcome: str = ""
    """How a run ended if not as planned: "failed: killed (SIGKILL)"; "" when it finished."""
    curves: int | None = field(default=None, compare=False)
    """The plots' run number for this run's curves, this session only (not saved)."""
    trained: bool = field(default=True, compare=False)
    """False from its start until its first batch: a run that fails before is no run (not saved)."""
    baseline_constant: float | None = None
    """The majority class's test accuracy (a regression: the mean's R²; a reconstruction: the
    mean training image's pixel MSE) on the same split."""
    baseline_linear: float | None = None
    """A linear model's test accuracy (logistic regression) or R² (least squares)."""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("curves")
        data.pop("trained")
        return data

    @classmethod
    def from_dict(cls, data: Any) -> RunSummary:
        if not isinstance(data, dict):
            raise ValueError("a run is not an object")
        known = {f.name for f in fields(cls)} - {"curves", "trained"}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("number", "name", "network", "dataset"):
            if key not in values:
                raise ValueError(f"a run has no {key}")
        run = cls(**values)
        _check_types(run)
        return run


def _check_types(run: RunSummary) -> None:
    """Every field of the type the table shows, so a hand-edited file cannot break the table."""

    def need(ok: bool, what: str) -> None:
        if not ok:
            raise ValueError(f"run {run.number!r}: {what}")

    need(isinstance(run.number, int) and not isinstance(run.number, bool), "number not an integer")
    for key in ("name", "network", "dataset", "changes", "task", "outcome"):
        need(isinstance(getattr(run, key), str), f"{key} is not text")
    need(isinstance(run.layers, list) and all(isinstance(x, str) for x in run.layers), "layers")
    need(isinstance(run.settings, dict), "settings is not an object")
    need(isinstance(run.layer_params, list), "layer_params is not a list")
    need(all(isinstance(p, dict) for p in run.layer_params), "layer_params")
    need(isinstance(run.visible, bool), "visible is not true or false")
    need(run.parameters is None or type(run.parameters) is int, "parameters not an integer")
    scores = ("train_accuracy", "val_accuracy", "test_accuracy", "test_r2", "seconds")
    for key in (*scores, "baseline_constant", "baseline_linear"):
        value = getattr(run, key)
        need(value is None or (type(value) in (int, float) and math.isfinite(value)), key)


def describe_layers(project: Project) -> list[str]:
    """Each layer's type, depth first; a container's with how many it holds, "Residual(5)", so
    moving a layer into or out of a block is a change (the list stays aligned with
    `describe_params`)."""
    return [
        f"{layer.type_id}({len(layer.children)})" if layer.is_container else layer.type_id
        for layer in project.network.all_layers()
    ]


def describe_params(project: Project) -> list[dict[str, Any]]:
    return [dict(layer.params) for layer in project.network.all_layers()]


def differences(before: RunSummary | None, after: RunSummary) -> str:
    """What changed since the run before, e.g. "lr 0.01 → 0.05; layers ...-ReLU-... (was Linear)"
    or "Linear 2 out_features 3 → 1"."""
    if before is None:
        return "first run"
    parts = []
    if before.layers != after.layers:
        parts.append(f"layers {_shown(after.layers)} (was {_shown(before.layers)})")
    elif before.layer_params and len(before.layer_params) == len(after.layer_params):
        parts.extend(_param_changes(after.layers, before.layer_params, after.layer_params))
    if before.dataset != after.dataset:
        parts.append(f"dataset {before.dataset} → {after.dataset}")
    for key, value in after.settings.items():
        old = before.settings.get(key, _AUGMENT_OFF.get(key))
        if old != value:
            parts.append(f"{SHORT_NAMES.get(key, key)} {_text(old)} → {_text(value)}")
    return "; ".join(parts) or "same settings"


def _param_changes(layers: list[str], before: list[dict], after: list[dict]) -> list[str]:
    """Each changed layer parameter, the layer named by its type and place among its kind."""
    parts = []
    kinds = [_kind(entry) for entry in layers]
    for index, (old, new) in enumerate(zip(before, after, strict=True)):
        kind = kinds[index]
        place = kinds[: index + 1].count(kind)
        label = kind if kinds.count(kind) == 1 else f"{kind} {place}"
        for key in new:
            if old.get(key) != new[key]:
                parts.append(f"{label} {key} {_text(old.get(key))} → {_text(new[key])}")
    return parts


def _kind(entry: str) -> str:
    """ "Residual(5)" -> "Residual"."""
    return entry.split("(", 1)[0]


def _held(entry: str) -> int | None:
    """How many layers a container entry holds ("Residual(5)" -> 5); None for a layer."""
    count = entry.partition("(")[2].rstrip(")")
    return int(count) if count.isdigit() else None


def _shown(layers: list[str]) -> str:
    """ "Conv2d-Residual[Conv2d-ReLU]-Branches[Conv2d | ]-Linear": the layers as a person reads
    them, each block's layers in brackets, its branches apart."""
    entries = iter(layers)

    def sequence(count: int | None) -> list[str]:
        shown: list[str] = []
        while count is None or len(shown) < count:
            entry = next(entries, None)
            if entry is None:
                break
            kind, held = _kind(entry), _held(entry)
            if held is None:
                shown.append(kind)
            elif kind == "Branches":
                shown.append(f"Branches[{' | '.join(sequence(held))}]")
            elif kind == "Branch":
                shown.append("-".join(sequence(held)))
            else:
                shown.append(f"{kind}[{'-'.join(sequence(held))}]")
        return shown

    return "-".join(sequence(None))


class RunLog:
    """Every run of this project, oldest first."""

    def __init__(self) -> None:
        self.runs: list[RunSummary] = []

    def add(self, project: Project, dataset: str, curves: int | None = None) -> RunSummary:
        number = max((r.number for r in self.runs), default=0) + 1
        run = RunSummary(
            number,
            f"Run {number}",
            project.name or "network",
            dataset,
            describe_layers(project),
            project.training.to_dict(),
            curves=curves,
            layer_params=describe_params(project),
            trained=False,
        )
        run.changes = differences(self.runs[-1] if self.runs else None, run)
        self.runs.append(run)
        return run

    def find(self, number: int) -> RunSummary | None:
        return next((r for r in self.runs if r.number == number), None)

    def clear(self) -> None:
        self.runs = []

    # --- files ---------------------------------------------------------------------------------

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = spreadsheet_writer(out)
        writer.writerow(CSV_COLUMNS)
        for r in self.runs:
            writer.writerow(spreadsheet_row(
                (r.number, r.name, r.network, _text(r.parameters), r.dataset, r.task, r.changes,
                 _text(r.train_accuracy), _text(r.val_accuracy), _text(r.test_accuracy),
                 _text(r.test_r2), _text(r.baseline_constant), _text(r.baseline_linear),
                 _text(r.seconds))
            ))  # fmt: skip
        return out.getvalue()

    def to_json(self) -> str:
        data = {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "runs": [r.to_dict() for r in self.runs],
        }
        return json.dumps(data, indent=2, allow_nan=False, default=str) + "\n"

    def save(self, path: str | Path) -> None:
        """Beside the project, but never through a link or over a file that is not a runs file."""
        write_own_file(path, self.to_json(), _is_runs_file, "runs file")

    def save_csv(self, path: str | Path) -> None:
        write_text_atomically(path, self.to_csv())

    @classmethod
    def load(cls, path: str | Path) -> RunLog:
        """Read a runs file; RunsFileError names what is wrong. The file is read whole first."""
        try:
            data = read_json(path, MAX_RUNS_BYTES, "runs file")
        except OSError as error:
            raise RunsFileError(f"Cannot read runs file {path}: {os_reason(error)}") from None
        except JsonInputError as error:
            raise RunsFileError(f"Cannot read runs file {path}: {error.reason}") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise RunsFileError(f"{path} is not a netbuilder runs file")
        if data.get("schema_version") != SCHEMA_VERSION:
            raise RunsFileError(f"{path}: unsupported runs file version")
        log = cls()
        try:
            log.runs = [RunSummary.from_dict(entry) for entry in data.get("runs", [])]
        except (TypeError, ValueError, OverflowError) as error:
            raise RunsFileError(f"{path}: {error}") from None
        return log


def _is_runs_file(head: bytes) -> bool:
    """The start of a file this log wrote (even one damaged since): its format is named there."""
    return f'"format": "{FORMAT}"'.encode() in head


def runs_path(project_path: str | Path) -> Path:
    """`lenet.nbproj` -> `lenet.runs.json`, in the same folder."""
    return Path(project_path).with_suffix(".runs.json")


def finite(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)
