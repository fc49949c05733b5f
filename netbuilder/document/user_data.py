"""What the document can tell about the user's own data without reading it: an image folder's
classes are its subfolders (or those of its train/ folder); a table's are unknown until loaded."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

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
