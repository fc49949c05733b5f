"""Where each dataset's files are kept: the data folder follows the dataset, not the last project.

A folder the user chose for Fashion-MNIST is remembered for Fashion-MNIST only, so a new project
on MNIST starts in MNIST's own folder (or the app's), never in another dataset's.
"""

from __future__ import annotations

from pathlib import Path

from netbuilder.engine.data import default_data_dir

GROUP = "data_folders"


def folder_for(settings, dataset: str) -> Path:
    """The folder remembered for `dataset`, else the app's own data folder. (The one folder that
    earlier versions kept for every dataset is not used: it was often another dataset's.)"""
    key = _key(dataset)
    value = settings.value(key) if key and hasattr(settings, "value") else None
    if isinstance(value, str) and value.strip():
        return Path(value.strip()).expanduser()
    return default_data_dir()


def remember(settings, dataset: str, folder: str | Path) -> None:
    """Keep `folder` as `dataset`'s data folder (built-in datasets only: a path has its own)."""
    key = _key(dataset)
    if key and hasattr(settings, "setValue"):
        settings.setValue(key, str(folder))


def _key(dataset: str) -> str | None:
    if not dataset or "/" in dataset or "\\" in dataset:
        return None  # an image folder or a table: its files are where its path says
    return f"{GROUP}/{dataset}"
