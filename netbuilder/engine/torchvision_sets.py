"""CIFAR-10 and EMNIST (digits, letters) through torchvision's own downloaders; CIFAR-10 through
its reader too, EMNIST's IDX files through netbuilder's (engine/idx.py), like MNIST's.

A download that fails removes what it wrote and the folders it made, and says where to put the
files instead. EMNIST's images are stored transposed; they are turned upright here, like MNIST.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import torch

from netbuilder.document.datasets import DATASETS, class_names
from netbuilder.engine.dataset import Dataset, DataUnavailableError, ImageSplit
from netbuilder.engine.idx import read_idx_split

Progress = Callable[[str, float], None]

_FILES = {  # how the files that torchvision unpacks are named, for the message when they are not
    "cifar10": "data_batch_1 ... 5, test_batch",
    "emnist-digits": "emnist-digits-*-ubyte",
    "emnist-letters": "emnist-letters-*-ubyte",
}
NAMES = tuple(_FILES)


def load_torchvision_set(
    name: str, root: Path, download: bool, progress: Progress | None
) -> Dataset:
    """One of NAMES from root, downloading it first when allowed and needed."""
    spec = DATASETS[name]
    title, size, folder, files = spec.title, spec.download_size, spec.folder, _FILES[name]
    try:
        splits = _read(name, root)
    except (RuntimeError, OSError) as missing:
        if not download:
            raise _missing(title, root / folder, files, "download is off") from missing
        if progress:
            progress(f"Downloading {title} ({size})…", -1.0)
        try:
            with _undone_on_failure(root):
                splits = _read(name, root, download=True)
        except Exception as error:  # noqa: BLE001 - urllib, http, zip and md5 errors all mean "failed"
            raise _missing(title, root / folder, files, f"the download failed ({error})") from error
    train, test, classes = splits
    return Dataset.from_splits(
        name=name, title=title, train=train, test=test, classes=classes, synthetic=False,
        source=str(root / folder),
    )  # fmt: skip


def _read(
    name: str, root: Path, download: bool = False
) -> tuple[ImageSplit, ImageSplit, tuple[str, ...]]:
    import torchvision.datasets as tvd

    if name == "cifar10":
        sets = [tvd.CIFAR10(str(root), train=t, download=download) for t in (True, False)]
        splits = [_cifar_split(s) for s in sets]
        return splits[0], splits[1], class_names(name)
    return _read_emnist(name, root, download)


def _cifar_split(source) -> ImageSplit:
    images = torch.from_numpy(source.data).permute(0, 3, 1, 2).contiguous()  # HWC -> CHW
    return ImageSplit(images, torch.tensor(source.targets, dtype=torch.int64))


def _read_emnist(
    name: str, root: Path, download: bool
) -> tuple[ImageSplit, ImageSplit, tuple[str, ...]]:
    """EMNIST's IDX files, downloaded by torchvision when missing, read by netbuilder's reader."""
    import torchvision.datasets as tvd

    split, classes = name.removeprefix("emnist-"), class_names(name)
    paths = {
        part: tuple(root / "EMNIST" / "raw" / f"emnist-{split}-{part}-{kind}-ubyte"
                    for kind in ("images-idx3", "labels-idx1"))
        for part in ("train", "test")
    }  # fmt: skip
    if not all(path.is_file() for pair in paths.values() for path in pair):
        if not download:
            raise FileNotFoundError(f"{paths['test'][0]} is missing")
        tvd.EMNIST(str(root), split=split, train=False, download=True)  # the download
    first = 1 if split == "letters" else 0  # letters are labelled 1-26 for a-z (0 is unused)
    train, test = (_emnist_split(read_idx_split(*paths[p], len(classes), first), first)
                   for p in ("train", "test"))  # fmt: skip
    return train, test, classes


def _emnist_split(source: ImageSplit, offset: int) -> ImageSplit:
    images = source.images.transpose(1, 2).contiguous()  # stored transposed: make them upright
    return ImageSplit(images, source.labels - offset)


@contextmanager
def _undone_on_failure(root: Path) -> Iterator[None]:
    """Remove what appeared in root (and root itself if it was made) when the block fails."""
    made = [p for p in (root, *root.parents) if not p.exists()]
    before = set(os.listdir(root)) if root.exists() else set()
    try:
        yield
    except BaseException:
        if root.exists():
            for entry in set(os.listdir(root)) - before:
                path = root / entry
                shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
        for folder in made:
            try:
                folder.rmdir()
            except OSError:
                break
        raise


def _missing(title: str, folder: Path, files: str, why: str) -> DataUnavailableError:
    return DataUnavailableError(
        f"{title} is not available: its files are not in {folder} and {why}.\n"
        f"Put its files ({files}) there, or train on generated digits instead: "
        "--dataset synthetic-digits",
        folder,
    )
