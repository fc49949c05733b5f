"""Tables: a CSV file of numeric feature columns and a label column, and generated functions.

The label column is `label`, or the one named by `target`, else the last. Class labels may be
strings; a numeric target with many distinct values (or task="regression") makes a regression
dataset whose labels are float targets. A seeded fifth of the rows is the test split.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import torch

from netbuilder.document.limits import MAX_CLASS_NAME, MAX_CLASSES, MAX_DATA_BYTES, MAX_FEATURES
from netbuilder.document.messages import Message
from netbuilder.document.safe_io import decode_text, open_regular, os_reason, read_text
from netbuilder.document.user_data import MANY_VALUES
from netbuilder.engine.dataset import Dataset, DataUnavailableError, Split

TASKS = ("auto", "classification", "regression")
TEST_FRACTION = 0.2
HEADER_BYTES = 10_000_000  # a header row longer than this is not one


def load_csv(
    path: str | Path, target: str | None = None, task: str | None = None, seed: int = 0
) -> Dataset:
    """The table in path as a dataset of float32 features (N, F); errors name row and column."""
    path = Path(path).expanduser()
    header, rows = _read_rows(path)
    column = _target_column(path, header, target)
    names = [name for i, name in enumerate(header) if i != column]
    features = _features(path, header, rows, column)
    raw = [row[column].strip() for row in rows]
    task = _task(raw, task or "auto")
    if task == "regression":
        labels, classes = _numbers(path, header[column], raw), ("y",)
    else:
        labels, classes = _classes(raw)
    train, test = _split(features, labels, seed)
    return Dataset.from_splits(
        name="table",
        title=f"{path.name} ({len(names)} features → {header[column]}, {task})",
        train=train,
        test=test,
        classes=classes,
        synthetic=False,
        source=str(path.resolve()),
        task=task,
        standardise=True,
    )


def csv_header(path: str | Path) -> list[str] | None:
    """A CSV's column names from its header row; None if it cannot be read."""
    try:
        with open_regular(Path(path).expanduser(), MAX_DATA_BYTES, "CSV file") as stream:
            first = stream.read(HEADER_BYTES).split(b"\n", 1)[0]
        return [name.strip() for name in next(csv.reader([decode_text(first)]), [])]
    except (OSError, csv.Error):
        return None


def feature_names(path: str | Path, target: str | None = None) -> list[str] | None:
    """The names of a table's feature columns, in the features' order (every column but the
    label, chosen as load_csv chooses it); None if the header cannot be read."""
    header = csv_header(path) or []
    if len(header) < 2:
        return None
    if target in header:
        skip = header.index(target)
    else:
        skip = header.index("label") if "label" in header else len(header) - 1
    return [name for i, name in enumerate(header) if i != skip]


def csv_input_shape(path: str | Path) -> tuple[int] | None:
    """(F,) from a CSV's header alone (every column but the label); None if it cannot be read."""
    header = csv_header(path) or []
    return (len(header) - 1,) if len(header) >= 2 else None


def read_features(path: str | Path, feature_count: int) -> tuple[list[str], torch.Tensor]:
    """The rows of a CSV to predict on: (header, float32 (N, F)); a label column is ignored."""
    path = Path(path).expanduser()
    header, rows = _read_rows(path, need_label=False)
    if len(header) == feature_count + 1:
        column = _target_column(path, header, None)
        return header, _features(path, header, rows, column)
    if len(header) != feature_count:
        raise DataUnavailableError(
            f"{path} has {len(header)} columns, but the model takes {feature_count} features."
        )
    return header, _features(path, header, rows, None)


def _read_rows(path: Path, need_label: bool = True) -> tuple[list[str], list[list[str]]]:
    try:
        text = read_text(path, MAX_DATA_BYTES, "CSV file")
        lines = io.StringIO(text, newline="")
        table = [row for row in csv.reader(lines) if any(cell.strip() for cell in row)]
    except (OSError, csv.Error) as error:
        reason = os_reason(error) if isinstance(error, OSError) else str(error)
        args = {"path": str(path), "reason": reason}
        raise DataUnavailableError(Message("csv_unreadable", args), path.parent) from None
    if table and len(table[0]) > MAX_FEATURES + 1:
        raise DataUnavailableError(
            f"{path} has {len(table[0]):,} columns; a table may have at most "
            f"{MAX_FEATURES:,} feature columns and a label column."
        )
    if len(table) < 2 or len(table[0]) < (2 if need_label else 1):
        if need_label:
            raise DataUnavailableError(Message("csv_needs_rows", {"path": str(path)}))
        raise DataUnavailableError(f"{path} needs a header row, then one row per sample.")
    header = [name.strip() for name in table[0]]
    for number, row in enumerate(table[1:], start=2):
        if len(row) != len(header):
            args = {"path": str(path), "row": number, "count": len(row), "columns": len(header)}
            raise DataUnavailableError(Message("csv_row_length", args))
    return header, table[1:]


def _target_column(path: Path, header: list[str], target: str | None) -> int:
    if target is not None:
        if target not in header:
            args = {"path": str(path), "name": repr(target), "columns": ", ".join(header)}
            raise DataUnavailableError(Message("csv_no_column", args))
        return header.index(target)
    return header.index("label") if "label" in header else len(header) - 1


def _features(
    path: Path, header: list[str], rows: list[list[str]], skip: int | None
) -> torch.Tensor:
    columns = [i for i in range(len(header)) if i != skip]
    values = [[_number(path, header[i], number, row[i]) for i in columns]
              for number, row in enumerate(rows, start=2)]  # fmt: skip
    return torch.tensor(values, dtype=torch.float32)


def _number(path: Path, column: str, row: int, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        args = {"path": str(path), "row": row, "column": repr(column), "text": repr(text.strip())}
        code = "csv_feature_not_number" if text.strip() else "csv_feature_missing"
        raise DataUnavailableError(Message(code, args))
    return value


def _task(raw: list[str], task: str) -> str:
    if task not in TASKS:
        raise DataUnavailableError(f"Unknown task {task!r}: use one of {', '.join(TASKS)}")
    if task != "auto":
        return task
    numeric = all(_is_number(value) for value in raw)
    return "regression" if numeric and len(set(raw)) > MANY_VALUES else "classification"


def _is_number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def _numbers(path: Path, column: str, raw: list[str]) -> torch.Tensor:
    """A regression's targets; a value that is no number is an error naming its row."""
    for row, text in enumerate(raw, start=2):
        if not _is_number(text):
            args = {"path": str(path), "row": row, "column": repr(column), "text": repr(text)}
            code = "csv_target_not_number" if text else "csv_target_missing"
            raise DataUnavailableError(Message(code, args))
    return torch.tensor([float(text) for text in raw], dtype=torch.float32)


def _classes(raw: list[str]) -> tuple[torch.Tensor, tuple[str, ...]]:
    """Class indices for the labels, classes sorted (numerically when they are all numbers)."""
    names = sorted(set(raw), key=lambda v: (float(v), v) if _is_number(v) else (math.inf, v))
    if len(names) < 2 or len(names) > MAX_CLASSES:
        args = {"count": len(names), "most": MAX_CLASSES}
        raise DataUnavailableError(Message("csv_classes", args))
    long = next((name for name in names if len(name) > MAX_CLASS_NAME), None)
    if long is not None:
        raise DataUnavailableError(
            f"The label {long[:40]!r}... is {len(long):,} characters long; a class name may "
            f"have at most {MAX_CLASS_NAME:,}."
        )
    index = {name: i for i, name in enumerate(names)}
    return torch.tensor([index[v] for v in raw], dtype=torch.int64), tuple(names)


def _split(features: torch.Tensor, labels: torch.Tensor, seed: int) -> tuple[Split, Split]:
    order = torch.randperm(len(labels), generator=torch.Generator().manual_seed(seed))
    held = max(1, round(len(labels) * TEST_FRACTION))
    test, train = order[:held].sort().values, order[held:].sort().values
    return Split(features[train], labels[train]), Split(features[test], labels[test])


# --- a generated function, for the regression lesson --------------------------------------------


def sine_dataset(points: int = 1000, noise: float = 0.1, seed: int = 0) -> Dataset:
    """y = sin(3x) + x/2 + noise for x uniform in [-2, 2]: one feature, a curve a line cannot fit."""
    generator = torch.Generator().manual_seed(seed)
    x = torch.rand(points, 1, generator=generator) * 4 - 2
    y = torch.sin(3 * x[:, 0]) + x[:, 0] / 2 + noise * torch.randn(points, generator=generator)
    train, test = _split(x, y, seed)
    return Dataset.from_splits(
        name="sine",
        title="sine: y = sin(3x) + x/2 + noise",
        train=train,
        test=test,
        classes=("y",),
        synthetic=True,
        source="generated",
        task="regression",
        standardise=True,
    )
