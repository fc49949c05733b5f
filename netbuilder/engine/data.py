"""Datasets as in-memory uint8 tensors, and batches built on the training device.

The named datasets are the catalog's (document/datasets.py). MNIST, Fashion-MNIST and KMNIST come
through torchvision's downloader (its file lists, mirrors and checksums), and files that the
catalog's checksums show to be another dataset's are refused; any folder with the four standard
IDX files works too; and "synthetic-digits" is generated offline. All IDX files are read by one
reader, `engine/idx.py`. Training and prediction share one normalisation, `normalise`.
"""

from __future__ import annotations

import dataclasses
import gzip
import http.client
import os
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import torch

from netbuilder.document.dataset_files import check_idx_folder, identify_idx_folder
from netbuilder.document.datasets import DATASETS, IDX_FILES, NAMES, class_names
from netbuilder.document.messages import Message
from netbuilder.document.safe_io import write_own_file
from netbuilder.document.two_d import TWO_D_NAMES, is_two_d
from netbuilder.engine import two_d
from netbuilder.engine.cache_file import save_cache
from netbuilder.engine.dataset import Dataset, DataUnavailableError, ImageSplit, WrongDataFilesError
from netbuilder.engine.idx import read_idx_split
from netbuilder.engine.image_folder import load_image_folder
from netbuilder.engine.table import load_csv, sine_dataset
from netbuilder.engine.torchvision_sets import NAMES as TORCHVISION_SETS
from netbuilder.engine.torchvision_sets import load_torchvision_set

DATASET_NAMES = tuple(name for name in NAMES if not is_two_d(name))
DIGIT_CLASSES = class_names("mnist")
_TORCHVISION = tuple(  # the MNIST-format sets torchvision reads; CIFAR-10 and EMNIST: NAMES
    spec.id for spec in DATASETS.values() if spec.torchvision and spec.idx
)
_SYNTHETIC_CACHE_MIN = 20000  # below this many images, generating is quicker than caching

Progress = Callable[[str, float], None]


def default_data_dir() -> Path:
    """$NETBUILDER_DATA_DIR, else the per-user data folder of this platform, + netbuilder/data."""
    override = os.environ.get("NETBUILDER_DATA_DIR")
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / "netbuilder" / "data"


def load_dataset(
    name: str,
    data_dir: str | Path | None = None,
    *,
    download: bool = True,
    progress: Progress | None = None,
    limit_train: int | None = None,
    seed: int = 0,
    image_size: tuple[int, int] | None = None,
    target: str | None = None,
    task: str | None = None,
    params: dict[str, Any] | None = None,
) -> Dataset:
    """Load "mnist", "fashion-mnist", "synthetic-digits", a folder of the four IDX files, or a
    folder of images with one subfolder per class (image_size (H, W) resizes those), a CSV table
    (`target` names its label column; `task` "regression" or "classification", else guessed), or
    "sine", a generated function to fit.

    limit_train keeps the first N training samples after a seeded shuffle (synthetic digits are
    already in random order, so only N are generated). The test split is always whole.
    """
    if limit_train is not None and limit_train < 1:
        raise DataUnavailableError(f"limit_train must be at least 1, not {limit_train}")
    root = Path(data_dir).expanduser() if data_dir is not None else default_data_dir()
    if root.exists() and not root.is_dir():
        raise DataUnavailableError(Message("data_folder_not_folder", {"path": str(root)}), root)
    if is_two_d(name):  # generated 2-D points; `params` are theirs (points, noise, ...)
        return _limit(two_d.generate(name, params), limit_train, seed)
    if name == "synthetic-digits":
        return _load_synthetic(root, limit_train, seed)
    target, task, image_size = _options(params, target, task, image_size)
    if name == "sine" or name.lower().endswith(".csv"):
        dataset = sine_dataset(seed=seed) if name == "sine" else load_csv(name, target, task, seed)
    elif name in _TORCHVISION:
        dataset = _load_torchvision(name, root, download, progress)
    elif name in TORCHVISION_SETS:
        dataset = load_torchvision_set(name, root, download, progress)
    elif Path(name).expanduser().is_dir() and not has_idx_files(Path(name).expanduser()):
        dataset = load_image_folder(name, root, size=image_size, seed=seed, progress=progress)
    elif Path(name).expanduser().is_dir():
        dataset = read_idx_folder(name)
    elif any(sep in name for sep in ("/", "\\")) or name.startswith(("~", ".")):
        path = str(Path(name).expanduser())
        raise DataUnavailableError(Message("no_such_folder", {"path": path}), Path(name))
    else:
        valid = ", ".join(DATASET_NAMES + TWO_D_NAMES)
        raise DataUnavailableError(Message("unknown_data", {"name": repr(name), "valid": valid}))
    return _limit(dataset, limit_train, seed)


def _options(
    params: dict[str, Any] | None, target: str | None, task: str | None, size
) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The project's options for the user's data (data_options), under the caller's (the CLI's)."""
    params = params or {}
    size = size or (tuple(params["image_size"]) if "image_size" in params else None)
    return target or params.get("target"), task or params.get("task"), size


def _limit(dataset: Dataset, limit_train: int | None, seed: int) -> Dataset:
    if limit_train is None or limit_train >= len(dataset.train):
        return dataset
    order = torch.randperm(len(dataset.train), generator=torch.Generator().manual_seed(seed))
    train = dataset.train.subset(order[:limit_train].sort().values)
    return Dataset.from_splits(
        name=dataset.name, title=dataset.title, train=train, test=dataset.test,
        classes=dataset.classes, synthetic=dataset.synthetic,
        source=f"{dataset.source} (first {limit_train} training samples)", skipped=dataset.skipped,
        task=dataset.task, standardise=isinstance(dataset.mean, tuple),  # per column, as before
    )  # fmt: skip


# --- MNIST and Fashion-MNIST through torchvision ------------------------------------------------


def _load_torchvision(name: str, root: Path, download: bool, progress: Progress | None) -> Dataset:
    import torchvision.datasets as tvd

    spec = DATASETS[name]
    title, classes = spec.title, spec.classes
    klass = getattr(tvd, spec.torchvision)
    raw = root / spec.folder
    if not has_idx_files(raw) and has_idx_files(root):  # the files lie directly in the folder
        _refuse_other_files(name, root)  # (as Debian puts them)
        found = read_idx_folder(root)
        return dataclasses.replace(found, name=name, title=title, classes=classes)
    _ensure_raw_files(klass, raw, title, download, progress)
    _refuse_other_files(name, raw)
    return Dataset.from_splits(
        name=name,
        title=title,
        train=_read_split(raw, "train", len(classes)),  # our reader, not torchvision's: it
        test=_read_split(raw, "t10k", len(classes)),  # opens only files, checks the header first
        classes=classes,
        synthetic=False,
        source=str(raw),
    )


def _refuse_other_files(name: str, folder: Path) -> None:
    """Files that are another known dataset's (Fashion-MNIST's, read as MNIST) are refused."""
    why = check_idx_folder(name, folder).refusal_message()
    if why:
        raise WrongDataFilesError(why, folder)


def _ensure_raw_files(
    klass: type, raw: Path, title: str, download: bool, progress: Progress | None
) -> None:
    """Make the four uncompressed files exist in raw: unpack .gz files found there, or download."""
    resources: list[tuple[str, str]] = klass.resources
    missing = [
        (filename, md5)
        for filename, md5 in resources
        if not (raw / filename.removesuffix(".gz")).is_file()
        and not ((raw / filename).is_file() and _unpack(raw / filename, strict=not download))
    ]
    if not missing:
        return
    if not download:
        raise _missing_error(title, raw, Message("download_off"))
    created = _make_folders(raw, title)
    try:
        _download(klass, raw, title, missing, progress)
    except BaseException:
        _remove_partial(raw, missing, created)
        raise


def _make_folders(folder: Path, title: str) -> list[Path]:
    """Create folder and its missing parents; return those created, deepest first."""
    created = []
    for path in (folder, *folder.parents):
        if path.exists():
            break
        created.append(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        _remove_partial(folder, [], created)
        why = Message("folder_not_created", {"details": str(error)})
        raise _missing_error(title, folder, why) from error
    return created


def _remove_partial(raw: Path, files: list[tuple[str, str]], created: list[Path]) -> None:
    """After a failed download: delete what it wrote and the folders made for it, if empty."""
    for filename, _md5 in files:
        for leftover in (raw / filename, raw / filename.removesuffix(".gz")):
            leftover.unlink(missing_ok=True)
    for folder in created:
        try:
            folder.rmdir()
        except OSError:  # not empty (the user's files) or not ours to remove
            break


def _download(
    klass: type,
    raw: Path,
    title: str,
    missing: list[tuple[str, str]],
    progress: Progress | None,
) -> None:
    from torchvision.datasets import utils as tv_utils

    for i, (filename, md5) in enumerate(missing):
        if progress:
            progress(f"Downloading {title}: {filename}", i / len(missing))
        errors = []
        for mirror in klass.mirrors:
            try:
                tv_utils.download_and_extract_archive(
                    f"{mirror}{filename}", download_root=str(raw), filename=filename, md5=md5
                )
                break
            except (OSError, RuntimeError, ValueError, EOFError, http.client.HTTPException) as e:
                errors.append(f"{mirror}: {e}")
        else:
            why = Message("download_failed", {"details": "; ".join(errors)})
            raise _missing_error(title, raw, why)
        if progress:
            progress(f"Downloaded {title}: {filename}", (i + 1) / len(missing))


def _unpack(archive: Path, strict: bool) -> bool:
    """Decompress a .gz next to itself; a bad one is an error when it cannot be downloaded again.

    The unpacked file is the app's own (safe_io.write_own_file): written atomically, never through
    a link or over a file of that name that is not an IDX file.
    """
    try:
        write_own_file(archive.with_suffix(""), lambda s: _inflate(archive, s), _is_idx, "file")
        return True
    except (_Corrupt, OSError) as error:
        if strict:
            raise DataUnavailableError(
                f"{archive} is corrupt or truncated ({error})", archive.parent, (archive.name,)
            ) from error
        return False


class _Corrupt(Exception):
    """A gzip archive that cannot be read to its end (not an OSError: no failure to write)."""


def _inflate(archive: Path, stream: BinaryIO) -> None:
    try:
        with gzip.open(archive, "rb") as source:
            while block := source.read(1 << 20):
                stream.write(block)
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise _Corrupt(str(error) or type(error).__name__) from error


def _is_idx(head: bytes) -> bool:
    """The first bytes of an IDX file of unsigned bytes (magic 0x0801 or 0x0803)."""
    return head[:4] in (b"\x00\x00\x08\x01", b"\x00\x00\x08\x03")


def _missing_error(title: str, raw: Path, why: Message) -> DataUnavailableError:
    names = tuple(f + ".gz" for f in IDX_FILES)
    listing = "\n".join(f"  {n}" for n in names)
    args = {"title": title, "folder": str(raw), "why": why, "parent": str(raw.parent.parent),
            "files": listing}  # fmt: skip
    return DataUnavailableError(Message("data_missing", args), raw, names)


# --- Any folder of IDX files --------------------------------------------------------------------


def read_idx_folder(folder: str | Path) -> Dataset:
    """A Dataset from the four standard IDX files in folder (each may be gzipped)."""
    folder = Path(folder).expanduser()
    known = identify_idx_folder(folder)  # by the files' checksums, not the folder's name
    return Dataset.from_splits(
        name="idx",
        title=f"{known.title if known else 'IDX files'} from {folder}",
        train=_read_split(folder, "train"),
        test=_read_split(folder, "t10k"),
        classes=known.classes if known else DIGIT_CLASSES,
        synthetic=False,
        source=str(folder),
    )


def has_idx_files(folder: Path) -> bool:
    """Whether all four IDX files (each maybe gzipped or dot-spelled) are in folder."""
    try:
        for base in IDX_FILES:
            _find_idx(folder, base)
    except DataUnavailableError:
        return False
    return True


def _read_split(folder: Path, prefix: str, classes: int = 10) -> ImageSplit:
    images_path = _find_idx(folder, f"{prefix}-images-idx3-ubyte")
    labels_path = _find_idx(folder, f"{prefix}-labels-idx1-ubyte")
    return read_idx_split(images_path, labels_path, classes)


def _find_idx(folder: Path, base: str) -> Path:
    """base, base.gz, or the common spelling with a dot (train-images.idx3-ubyte)."""
    dotted = base.replace("-idx", ".idx")
    for name in (base, base + ".gz", dotted, dotted + ".gz"):
        if (folder / name).is_file():
            return folder / name
    names = IDX_FILES
    args = {"path": str(folder / base), "base": base, "names": ", ".join(names)}
    raise DataUnavailableError(Message("idx_file_missing", args), folder, names)


# --- Generated digits ---------------------------------------------------------------------------


def _load_synthetic(root: Path, limit_train: int | None, seed: int) -> Dataset:
    """Generated digits, cached in root when there are enough to be worth it and root is writable."""
    from netbuilder.engine import synthetic_digits as sd

    train_count, test_count = min(limit_train or 60000, 60000), 10000
    cache = root / f"synthetic-digits-{seed}-{train_count}-{test_count}.pt"
    if train_count + test_count >= _SYNTHETIC_CACHE_MIN and cache.is_file():
        try:
            cached = sd.from_payload(torch.load(cache, weights_only=True), train_count, test_count,
                                     seed)  # fmt: skip
        except Exception:  # any unreadable cache is simply regenerated
            cached = None
        if cached is not None:
            return cached
    dataset = sd.synthetic_digits(train_count, test_count, seed)
    if train_count + test_count >= _SYNTHETIC_CACHE_MIN:
        save_cache(sd.cache_payload(dataset, train_count, test_count), cache)
    return dataset
