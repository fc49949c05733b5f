"""The generated 2-D datasets' names and parameters: what a project file may say about them.

Pure Python, so project files and forms can check parameters without torch; the engine's
`engine/two_d.py` generates the points. Titles and parameter docs are marked for Qt's lupdate
(context "datasets"): front ends translate them where they show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from netbuilder.document.messages import QT_TRANSLATE_NOOP, Message, english, explained


@dataclass(frozen=True)
class DataParam:
    """One parameter of a generated dataset: its default, range and a one-line doc."""

    name: str
    default: int | float
    low: int | float
    high: int | float
    doc: str

    def problem(self, value: Any) -> str | None:
        """Why value is not allowed here (in English), or None."""
        message = self.check(value)
        return english(message) if message else None

    def check(self, value: Any) -> Message | None:
        """Why value is not allowed here, or None."""
        expected = type(self.default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            args = {"name": self.name, "actual": type(value).__name__}
            return Message("data_param_not_number", args)
        if expected is int and not isinstance(value, int):
            return Message("data_param_not_whole", {"name": self.name, "value": repr(value)})
        if not self.low <= value <= self.high:
            args = {"name": self.name, "value": value, "low": self.low, "high": self.high}
            return Message("data_param_out_of_range", args)
        return None


_POINTS = DataParam("points", 200, 4, 5000, QT_TRANSLATE_NOOP("datasets", "points per class"))
_TEST = DataParam(
    "test_fraction",
    0.25,
    0.05,
    0.9,
    QT_TRANSLATE_NOOP("datasets", "share of each class held out as the test set"),
)
_SEED = DataParam(
    "seed",
    0,
    0,
    2**31 - 1,
    QT_TRANSLATE_NOOP("datasets", "the random seed: the same seed gives the same points"),
)


def _classes(default: int) -> DataParam:
    return DataParam(
        "classes", default, 2, 10, QT_TRANSLATE_NOOP("datasets", "how many classes (arms, blobs)")
    )


def _noise(default: float) -> DataParam:
    return DataParam(
        "noise",
        default,
        0.0,
        2.0,
        QT_TRANSLATE_NOOP("datasets", "how far points scatter from the clean shape"),
    )


TWO_D_DATASETS: dict[str, tuple[str, tuple[DataParam, ...]]] = {
    "spiral": (
        QT_TRANSLATE_NOOP("datasets", "Spiral arms"),
        (_classes(3), _POINTS, _noise(0.2), _TEST, _SEED),
    ),
    "moons": (QT_TRANSLATE_NOOP("datasets", "Two moons"), (_POINTS, _noise(0.1), _TEST, _SEED)),
    "circles": (QT_TRANSLATE_NOOP("datasets", "Circles"), (_POINTS, _noise(0.08), _TEST, _SEED)),
    "xor": (QT_TRANSLATE_NOOP("datasets", "XOR quadrants"), (_POINTS, _noise(0.05), _TEST, _SEED)),
    "blobs": (
        QT_TRANSLATE_NOOP("datasets", "Gaussian blobs"),
        (_classes(4), _POINTS, _noise(0.3), _TEST, _SEED),
    ),
}
TWO_D_NAMES = tuple(TWO_D_DATASETS)
TWO_D_INPUT = (2,)


class DataParamError(ValueError):
    """A generated dataset's parameters are unknown or out of range; `.message` is the Message
    front ends translate (None for a plain text)."""

    def __init__(self, reason: str | Message) -> None:
        self.message, text = explained(reason)
        super().__init__(text)


def is_two_d(name: str) -> bool:
    return name in TWO_D_DATASETS


def data_params(name: str) -> tuple[DataParam, ...]:
    return TWO_D_DATASETS[name][1] if name in TWO_D_DATASETS else ()


def check_data_params(name: str, values: dict[str, Any] | None) -> dict[str, Any]:
    """All of name's parameters (defaults filled in) after checking values; {} for other datasets."""
    values = dict(values or {})
    specs = {p.name: p for p in data_params(name)}
    unknown = sorted(set(values) - set(specs))
    if unknown:
        args = {"dataset": repr(name), "names": ", ".join(unknown)}
        raise DataParamError(Message("data_params_unknown", args))
    for key, value in values.items():
        problem = specs[key].check(value)
        if problem:
            raise DataParamError(
                Message("data_param_bad", {"dataset": repr(name), "problem": problem})
            )
    return {key: values.get(key, spec.default) for key, spec in specs.items()}
