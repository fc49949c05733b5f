"""The title the engine gives the data a model was trained on, in the user's language.

The engine (no Qt) writes it in English, and a model file keeps it so: "Synthetic digits
(generated, not MNIST)", "Spiral arms (classes 3, points 200, noise 0.2, test_fraction 0.25,
seed 0)", "…, fold 2/3 held out". Where the window shows it, the parts it knows are put in the
user's language; what it does not know (a folder's or table's name) is shown as written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from netbuilder.document.datasets import DATASETS
from netbuilder.document.two_d import TWO_D_DATASETS

PARAMETER_WORDS = {  # how the engine names a 2-D dataset's parameters in its title
    "classes": QT_TRANSLATE_NOOP("DatasetTitles", "classes"),
    "points": QT_TRANSLATE_NOOP("DatasetTitles", "points"),
    "noise": QT_TRANSLATE_NOOP("DatasetTitles", "noise"),
    "test_fraction": QT_TRANSLATE_NOOP("DatasetTitles", "test_fraction"),
    "seed": QT_TRANSLATE_NOOP("DatasetTitles", "seed"),
}
FOLD = re.compile(r"(.+), fold (\d+)/(\d+) held out")
"""engine/kfold.py's title of a cross-validation's fold."""
TWO_D = re.compile(r"(.+) \(((?:\w+ [^,()]+)(?:, \w+ [^,()]+)*)\)")
"""engine/two_d.py's title: the catalog's title and each parameter with its value."""
_CATALOG = {spec.title for spec in DATASETS.values()} | {s.label for s in DATASETS.values()}


def dataset_title_text(title: str) -> str:
    """`title` (the engine's English) with its known words in the app's language."""
    fold = FOLD.fullmatch(title)
    if fold is not None:
        text = QCoreApplication.translate("DatasetTitles", "{title}, fold {k}/{folds} held out")
        return text.format(title=dataset_title_text(fold[1]), k=fold[2], folds=fold[3])
    two_d = TWO_D.fullmatch(title)
    if two_d is not None and two_d[1] in {name for name, _params in TWO_D_DATASETS.values()}:
        parts = [part.split(" ", 1) for part in two_d[2].split(", ")]
        if all(key in PARAMETER_WORDS for key, _value in parts):
            separator = QCoreApplication.translate("DatasetTitles", ", ")
            words = separator.join(f"{_parameter(key)} {value}" for key, value in parts)
            name = QCoreApplication.translate("datasets", two_d[1])
            return QCoreApplication.translate("DatasetTitles", "{title} ({parameters})").format(
                title=name, parameters=words
            )
    if title in _CATALOG:  # the catalog's words are marked in context "datasets" (document.ts)
        return QCoreApplication.translate("datasets", title)
    return _users_data(title)


TASKS = {  # a table's task as the engine names it
    "classification": QT_TRANSLATE_NOOP("DatasetTitles", "classification"),
    "regression": QT_TRANSLATE_NOOP("DatasetTitles", "regression"),
}
IMAGES = re.compile(r"images in (.+) \((\d+x\d+x\d+)\)")
"""engine/image_folder.py: a folder of pictures, named by the folder."""
TABLE = re.compile(r"(.+) \((\d+) features → (.+), (classification|regression)\)")
"""engine/table.py: a CSV file, its feature count, the target column and the task."""
FROM = re.compile(r"(.+) from (.+)")
"""engine/data.py: IDX files from a folder (a known dataset's, or unknown)."""


def _users_data(title: str) -> str:
    """The titles of the user's own data; the names in them (folder, file, column) as they are."""
    images = IMAGES.fullmatch(title)
    if images is not None:
        text = QCoreApplication.translate("DatasetTitles", "images in {folder} ({shape})")
        return text.format(folder=images[1], shape=images[2])
    table = TABLE.fullmatch(title)
    if table is not None:
        text = QCoreApplication.translate(
            "DatasetTitles", "{file} ({count} features → {target}, {task})"
        )
        task = QCoreApplication.translate("DatasetTitles", TASKS[table[4]])
        return text.format(file=table[1], count=table[2], target=table[3], task=task)
    found = FROM.fullmatch(title)
    if found is not None and (found[1] in _CATALOG or found[1] == "IDX files"):
        what = QCoreApplication.translate("DatasetTitles", "IDX files")
        if found[1] in _CATALOG:
            what = QCoreApplication.translate("datasets", found[1])
        text = QCoreApplication.translate("DatasetTitles", "{what} from {folder}")
        return text.format(what=what, folder=found[2])
    return title


def _parameter(key: str) -> str:
    return QCoreApplication.translate("DatasetTitles", PARAMETER_WORDS[key])


PROGRESS = (  # the engine's words while it loads data (engine/data.py, remote/runner.py, ...)
    (re.compile(r"Loading (.+)…"), QT_TRANSLATE_NOOP("DatasetTitles", "Loading {0}…")),
    (re.compile(r"Loaded (.+)"), QT_TRANSLATE_NOOP("DatasetTitles", "Loaded {0}")),
    (
        re.compile(r"Downloading (.+) \(([^()]+)\)…"),
        QT_TRANSLATE_NOOP("DatasetTitles", "Downloading {0} ({1})…"),
    ),
    (
        re.compile(r"Downloading (.+): ([^:]+)"),
        QT_TRANSLATE_NOOP("DatasetTitles", "Downloading {0}: {1}"),
    ),
    (
        re.compile(r"Downloaded (.+): ([^:]+)"),
        QT_TRANSLATE_NOOP("DatasetTitles", "Downloaded {0}: {1}"),
    ),
    (
        re.compile(r"Decoding images: (\d+) of (\d+)"),
        QT_TRANSLATE_NOOP("DatasetTitles", "Decoding images: {0} of {1}"),
    ),
)
"""Each with its blanks in order: a dataset (its name or title) first, then a file, size or
count, shown as written."""


def progress_text(message: str) -> str:
    """The engine's progress `message` in the app's language; one it does not know, as it is."""
    for pattern, template in PROGRESS:
        found = pattern.fullmatch(message)
        if found is not None:
            first, *rest = found.groups()
            text = QCoreApplication.translate("DatasetTitles", template)
            return text.format(dataset_title_text(first), *rest)  # an id (mnist) stays
    return message
