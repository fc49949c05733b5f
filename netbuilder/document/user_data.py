"""What the document can tell about the user's own data before training: an image folder's
classes are its subfolders (or those of its train/ folder); a table's, its target column's
values, or one output when that column is a number to predict (a regression)."""

from __future__ import annotations

import csv
import io
import math
import os
from functools import lru_cache
from pathlib import Path

from netbuilder.document.limits import MAX_CLASSES, MAX_DATA_BYTES
from netbuilder.document.safe_io import read_text

IDX_NAME = "train-images"  # an MNIST-format folder holds files named so: 10 digit classes


def user_data_classes(name: str) -> int | None:
    """How many classes the data at this absolute path has, or None when that needs loading it."""
    folder = Path(name)
    try:
        if not folder.is_dir():
            return None
        return _folder_classes(str(folder), folder.stat().st_mtime_ns)
    except OSError:
        return None


@lru_cache(maxsize=32)
def _folder_classes(folder: str, _mtime_ns: int) -> int | None:
    entries = list(os.scandir(folder))
    if any(e.is_file() and e.name.startswith(IDX_NAME) for e in entries):
        return 10
    names = {e.name for e in entries if e.is_dir() and not e.name.startswith(".")}
    if {"train", "test"} <= names:
        names = {
            e.name
            for e in os.scandir(Path(folder) / "train")
            if e.is_dir() and not e.name.startswith(".")
        }
    return len(names) if len(names) >= 2 else None


MANY_VALUES = 20  # a numeric target with more distinct values than this is a regression target
MAX_TABLE_BYTES = 64 << 20  # larger tables are left to the loader


def table_classes(path: str, target: str | None = None, task: str | None = None) -> int | None:
    """A CSV table's outputs as the loader will decide them: 1 for a regression (`task`, or a
    numeric target with many values), else its target's distinct values; None if unreadable."""
    try:
        stat = os.stat(path)
        if not Path(path).is_file() or stat.st_size > MAX_TABLE_BYTES:
            return None
    except (OSError, ValueError):
        return None
    return _table_classes(path, target, task, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _table_classes(path: str, target: str | None, task: str | None, *_stamp: int) -> int | None:
    values = _target_values(path, target)
    if values is None:
        return None
    distinct = set(values)
    numeric = all(map(_number, distinct))
    if task == "regression":  # a column of words: the loader's message names the row
        return 1 if numeric else None
    if task != "classification" and len(distinct) > MANY_VALUES and numeric:
        return 1
    return len(distinct) if 2 <= len(distinct) <= MAX_CLASSES else None


def _target_values(path: str, target: str | None) -> list[str] | None:
    """The target column's cells (`target`, else `label`, else the last column)."""
    try:
        text = read_text(path, MAX_DATA_BYTES, "table")  # a FIFO or /dev/zero never blocks
        rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    except (OSError, UnicodeError, csv.Error):
        return None
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    header = [name.strip() for name in rows[0]]
    name = target or ("label" if "label" in header else header[-1])
    if name not in header:
        return None
    column = header.index(name)
    return [row[column].strip() for row in rows[1:] if len(row) == len(header)]


def _number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False
