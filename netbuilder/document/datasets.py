"""The dataset catalog: one entry per dataset the app knows by name, as `catalog` is for layers.

Each entry says what the data is (title, input shape, classes and their names, task, splits),
where it comes from (provenance, licence), which files make it up with their published MD5
checksums (torchvision's own, so a download and a folder found on disk are checked alike), and
how the exported script gets it. Labels and generated titles are marked for Qt's lupdate (context
"datasets"; `dataset_label` shows one in the user's language); dataset names and class names
are names and stay as they are. The Training panel, the Input and Output blocks, the CLI,
evaluation, Predict and script export all look datasets up here. Pure Python.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netbuilder.document.messages import QT_TRANSLATE_NOOP
from netbuilder.document.two_d import TWO_D_DATASETS, TWO_D_INPUT, check_data_params
from netbuilder.document.user_data import table_classes, user_data_classes

CLASSIFICATION, REGRESSION = "classification", "regression"
IDX_FILES = (
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
)
"""The four files of an MNIST-format dataset (each may be gzipped)."""


@dataclass(frozen=True)
class KnownFile:
    """One published file: its name, the MD5 of the file as published (torchvision checks its
    downloads against it) and, where known, the MD5 of its uncompressed content, which stays the
    same when a distribution (Debian) compresses the file again."""

    name: str
    md5: str
    content_md5: str = ""


@dataclass(frozen=True)
class DatasetSpec:
    """Everything the app knows about one named dataset."""

    id: str
    title: str
    label: str  # the Dataset box's entry
    input_shape: tuple[int, ...]
    classes: tuple[str, ...]  # () when the dataset's parameters decide (2-D points)
    task: str = CLASSIFICATION
    splits: tuple[str, ...] = ("train", "test")
    provenance: str = ""
    licence: str = ""
    folder: str = ""  # where its files lie under the data folder (torchvision's layout)
    files: tuple[KnownFile, ...] = ()
    download_size: str = ""
    torchvision: str = ""  # the torchvision.datasets class that reads (and downloads) it
    marker: str = ""  # a file in `folder` that shows torchvision's download is there
    script: str = "folder"  # how the exported script gets it: torchvision, generated, folder
    generated: bool = False

    @property
    def downloadable(self) -> bool:
        return bool(self.torchvision)

    @property
    def idx(self) -> bool:
        """Its files are the four MNIST-format IDX files."""
        return any(f.name.startswith(IDX_FILES[0]) for f in self.files)


def _mnist_files(md5s: tuple[str, ...], contents: tuple[str, ...] = ()) -> tuple[KnownFile, ...]:
    contents = contents or ("",) * 4
    return tuple(
        KnownFile(f"{name}.gz", md5, content)
        for name, md5, content in zip(IDX_FILES, md5s, contents, strict=True)
    )


DIGITS = tuple(string.digits)
FASHION = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)  # fmt: skip
KUZUSHIJI = ("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo")
CIFAR10 = (
    "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck",
)  # fmt: skip
_IMAGE = (1, 28, 28)

_NAMED = (
    DatasetSpec(
        "mnist", "MNIST", QT_TRANSLATE_NOOP("datasets", "MNIST handwritten digits"), _IMAGE, DIGITS,
        provenance="LeCun, Cortes and Burges: 70,000 handwritten digits from NIST",
        licence="CC BY-SA 3.0", folder="MNIST/raw", download_size="12 MB",
        torchvision="MNIST", script="torchvision",
        files=_mnist_files(
            ("f68b3c2dcbeaaa9fbdd348bbdeb94873", "d53e105ee54ea40749a09fcbcd1e9432",
             "9fb629c4189551a2d022fa330f9573f3", "ec29112dd5afa0611ce80d1b7f02629c"),
            ("6bbc9ace898e44ae57da46a324031adb", "a25bea736e30d166cdddb491f175f624",
             "2646ac647ad5339dbf082846283269ea", "27ae3e4e09519cfbb04c329615203637"),
        ),
    ),
    DatasetSpec(
        "fashion-mnist", "Fashion-MNIST", QT_TRANSLATE_NOOP("datasets", "Fashion-MNIST clothing"), _IMAGE, FASHION,
        provenance="Zalando Research: 70,000 photos of clothing, as MNIST-format images",
        licence="MIT", folder="FashionMNIST/raw", download_size="30 MB",
        torchvision="FashionMNIST", script="torchvision",
        files=_mnist_files(
            ("8d4fb7e6c68d591d4c3dfef9ec88bf0d", "25c81989df183df01b3e8a0aad5dffbe",
             "bef4ecab320f06d8554ea6380940ec79", "bb300cfdad3c16e7a12a480ee83cd310"),
            ("f4a8712d7a061bf5bd6d2ca38dc4d50a", "9018921c3c673c538a1fc5bad174d6f9",
             "8181f5470baa50b63fa0f6fddb340f0a", "15d484375f8d13e6eb1aabb0c3f46965"),
        ),
    ),
    DatasetSpec(
        "kmnist", "Kuzushiji-MNIST", QT_TRANSLATE_NOOP("datasets", "Kuzushiji-MNIST (Japanese characters)"), _IMAGE, KUZUSHIJI,
        provenance="ROIS-DS CODH: 70,000 cursive Japanese (Kuzushiji) characters, 10 classes",
        licence="CC BY-SA 4.0", folder="KMNIST/raw", download_size="20 MB",
        torchvision="KMNIST", script="torchvision",
        files=_mnist_files(
            ("bdb82020997e1d708af4cf47b453dcf7", "e144d726b3acfaa3e44228e80efcd344",
             "5c965bf0a639b31b8f53240b1b52f4d7", "7320c461ea6c1c855c0b718fb2a4b134"),
        ),
    ),
    DatasetSpec(
        "emnist-digits", "EMNIST digits", QT_TRANSLATE_NOOP("datasets", "EMNIST digits"), _IMAGE, DIGITS,
        provenance="Cohen et al. 2017: 280,000 handwritten digits from NIST Special Database 19",
        licence="public domain (NIST)", folder="EMNIST/raw", download_size="560 MB",
        torchvision="EMNIST", files=(KnownFile("gzip.zip", "58c8d27c78d21e728a6bc7b3cc06412e"),),
        marker="emnist-digits-test-images-idx3-ubyte",
    ),
    DatasetSpec(
        "emnist-letters", QT_TRANSLATE_NOOP("datasets", "EMNIST letters"), QT_TRANSLATE_NOOP("datasets", "EMNIST letters a-z"), _IMAGE,
        tuple(string.ascii_lowercase),
        provenance="Cohen et al. 2017: 145,600 handwritten letters, upper and lower case merged",
        licence="public domain (NIST)", folder="EMNIST/raw", download_size="560 MB",
        torchvision="EMNIST", files=(KnownFile("gzip.zip", "58c8d27c78d21e728a6bc7b3cc06412e"),),
        marker="emnist-letters-test-images-idx3-ubyte",
    ),
    DatasetSpec(
        "cifar10", "CIFAR-10", QT_TRANSLATE_NOOP("datasets", "CIFAR-10 colour photos (3x32x32)"), (3, 32, 32), CIFAR10,
        provenance="Krizhevsky 2009: 60,000 32x32 colour photos in 10 classes",
        licence="no licence stated (free to use, cite Krizhevsky 2009)",
        folder="cifar-10-batches-py", download_size="170 MB", torchvision="CIFAR10",
        marker="test_batch",
        files=(
            KnownFile("data_batch_1", "c99cafc152244af753f735de768cd75f"),
            KnownFile("data_batch_2", "d4bba439e000b95fd0a9bffe97cbabec"),
            KnownFile("data_batch_3", "54ebc095f3ab1f0389bbae665268c751"),
            KnownFile("data_batch_4", "634d18415352ddfa80567beed471001a"),
            KnownFile("data_batch_5", "482c414d41f54cd18b22e5b47cb7c3cb"),
            KnownFile("test_batch", "40351d587109b95175f43aff81a1287e"),
        ),
    ),
    DatasetSpec(
        "synthetic-digits", QT_TRANSLATE_NOOP("datasets", "Synthetic digits"), QT_TRANSLATE_NOOP("datasets", "Synthetic digits (generated, not MNIST)"),
        _IMAGE, DIGITS, provenance="generated by netbuilder from stroke outlines, offline",
        licence="part of netbuilder", generated=True, script="app-only",
    ),
    DatasetSpec(
        "sine", QT_TRANSLATE_NOOP("datasets", "sine: y = sin(3x) + x/2 + noise"), QT_TRANSLATE_NOOP("datasets", "Sine curve (1-D regression, generated)"), (1,),
        ("y",), task=REGRESSION, provenance="generated: y = sin(3x) + x/2 + noise",
        licence="part of netbuilder", generated=True, script="generated",
    ),
)  # fmt: skip
TWO_D_LABEL = QT_TRANSLATE_NOOP("datasets", "{title} (2-D points)")
_TWO_D = tuple(
    DatasetSpec(
        name,
        title,
        TWO_D_LABEL.format(title=title),
        TWO_D_INPUT,
        (),
        provenance="generated x, y points",
        licence="part of netbuilder",
        generated=True,
        script="generated",
    )
    for name, (title, _params) in TWO_D_DATASETS.items()
)
DATASETS: dict[str, DatasetSpec] = {spec.id: spec for spec in (*_NAMED, *_TWO_D)}
"""Every named dataset, in the order the Dataset box offers them."""
NAMES = tuple(DATASETS)


def dataset_spec(name: str) -> DatasetSpec | None:
    """The catalog's entry for a named dataset; None for the user's own data (a path)."""
    return DATASETS.get(name)


def dataset_title(name: str) -> str:
    """The catalog's title ("Fashion-MNIST", "Spiral arms"); the user's data: its file's name."""
    spec = DATASETS.get(name)
    return spec.title if spec else (Path(name).name or name)


def dataset_label(name: str, translate: Callable[[str, str], str] = lambda c, s: s) -> str:
    """The Dataset box's entry for a named dataset, through `translate(context, source)`
    (`QCoreApplication.translate` in the GUI, `ts_catalog.translator(...)` on the command line):
    the labels and the 2-D titles are marked for Qt's lupdate in context "datasets"."""
    spec = DATASETS[name]
    if name in TWO_D_DATASETS:
        title = translate("datasets", TWO_D_DATASETS[name][0])
        return translate("datasets", TWO_D_LABEL).format(title=title)
    return translate("datasets", spec.label)


def class_names(name: str) -> tuple[str, ...]:
    """A named dataset's class names ("T-shirt/top", ...); () when they depend on the data."""
    spec = DATASETS.get(name)
    return spec.classes if spec else ()


def dataset_input_shape(name: str) -> tuple[int, ...] | None:
    """The Input block's shape a named dataset needs; None for the user's data (read it)."""
    spec = DATASETS.get(name)
    return spec.input_shape if spec else None


def dataset_classes(name: str, params: dict[str, Any] | None = None) -> int | None:
    """How many outputs the network needs: a named dataset's classes (1 for a regression), a
    generated one's `classes` parameter (or 2), an image folder's subfolders, a table's target
    values (1 when it is a number to predict); None when only loading the data can tell."""
    spec = DATASETS.get(name)
    if spec is not None and spec.task == REGRESSION:
        return 1
    if spec is not None and spec.classes:
        return len(spec.classes)
    if name in TWO_D_DATASETS:
        return int(check_data_params(name, params).get("classes", 2))
    if name.lower().endswith(".csv"):
        params = params or {}
        return table_classes(name, params.get("target"), params.get("task"))
    if Path(name).is_absolute():
        return user_data_classes(name)
    return None


def known_file(md5: str) -> tuple[DatasetSpec, KnownFile] | None:
    """The dataset and file whose published or uncompressed MD5 this is, if any."""
    return _BY_MD5.get(md5)


_BY_MD5 = {
    md5: (spec, known)
    for spec in _NAMED
    for known in spec.files
    for md5 in (known.md5, known.content_md5)
    if md5
}


def is_regression(name: str, params: dict[str, Any] | None = None) -> bool:
    """Whether the dataset asks for a number (one output), as far as can be told before loading."""
    return dataset_classes(name, params) == 1


def loss_for(loss: str, was_regression: bool, regression: bool) -> str:
    """The loss that fits a change of dataset: a regression cannot train with cross-entropy (mse);
    classes after a regression go back to cross-entropy; any other choice is the user's."""
    if regression and loss == "cross_entropy":
        return "mse"
    if was_regression and not regression and loss in ("mse", "l1"):
        return "cross_entropy"
    return loss
