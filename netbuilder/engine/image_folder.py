"""A folder of images in torchvision's ImageFolder layout, decoded once into one uint8 tensor.

One subfolder per class (or `train/` and `test/` folders that each hold them). Images of any size,
grayscale or colour, PNG/JPEG/BMP/WebP, are decoded the way prediction decodes a picture
(`picture.load_picture`: turned upright, resized to one size) and stacked (N, C, H, W); the
decoded tensor is cached in the data folder, keyed on the file list and modification times, so a
second run starts at once. Unreadable images are skipped and listed on the dataset.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch

from netbuilder.document.messages import Message
from netbuilder.document.safe_io import walk_files
from netbuilder.engine.cache_file import save_cache
from netbuilder.engine.dataset import Dataset, DataUnavailableError, ImageSplit
from netbuilder.engine.digit_image import ImageError
from netbuilder.engine.picture import load_picture, picture_header

FORMATS = ("PNG", "JPEG", "BMP", "WEBP")  # the only decoders Pillow may use here
EXTENSIONS = (".png", ".jpg", ".jpeg", ".bmp", ".webp")
GRAY_MODES = ("1", "L", "LA", "I", "I;16", "F")
DEFAULT_SIZE = {1: (28, 28), 3: (32, 32)}  # when the images differ in size
TEST_FRACTION = 0.2
CACHE_FORMAT = "netbuilder-image-folder-cache"
CACHE_VERSION = 2  # 2: photos turned upright by their EXIF orientation, as in prediction

Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class _Listing:
    """The files found, before decoding: (path, class index, is a test image)."""

    folder: Path
    classes: tuple[str, ...]
    files: list[tuple[Path, int, bool]]
    has_test_folder: bool


def load_image_folder(
    folder: str | Path,
    cache_dir: Path | None = None,
    *,
    size: tuple[int, int] | None = None,
    seed: int = 0,
    progress: Progress | None = None,
) -> Dataset:
    """The dataset in folder; size (height, width) overrides the images' common size."""
    listing = _list_files(Path(folder).expanduser().resolve())
    cache = _cache_path(listing, size, cache_dir)
    payload = _read_cache(cache) if cache else None
    if payload is None:
        payload = _decode_all(listing, size, progress)
        if cache:
            save_cache(payload, cache)
    return _dataset(listing, payload, seed)


# --- finding the files --------------------------------------------------------------------------


def _list_files(folder: Path) -> _Listing:
    if not folder.is_dir():
        raise DataUnavailableError(Message("no_such_folder", {"path": str(folder)}), folder)
    train, test = folder / "train", folder / "test"
    if train.is_dir() and test.is_dir():
        classes = _class_names(train)
        files = _files_of(train, classes, False) + _files_of(test, classes, True)
        return _Listing(folder, classes, files, True)
    classes = _class_names(folder)
    listing = _Listing(folder, classes, _files_of(folder, classes, False), False)
    counts = [sum(1 for f in listing.files if f[1] == i) for i in range(len(classes))]
    if max(counts) < 2:  # known before decoding anything
        _no_test_images(folder)
    return listing


def _class_names(folder: Path) -> tuple[str, ...]:
    names = sorted(e.name for e in os.scandir(folder) if e.is_dir() and not e.name.startswith("."))
    if len(names) < 2:
        args = {"folder": str(folder), "name": repr(names[0]) if names else ""}
        code = "one_class_folder" if names else "no_class_folders"
        raise DataUnavailableError(Message(code, args), folder)
    return tuple(names)


def _files_of(folder: Path, classes: tuple[str, ...], test: bool) -> list[tuple[Path, int, bool]]:
    files = []
    for index, name in enumerate(classes):
        found = sorted(
            path
            for path in walk_files(folder / name, within=folder / name)
            if path.name.lower().endswith(EXTENSIONS) and not path.name.startswith(".")
        )
        if not found:
            message = Message("class_folder_empty", {"folder": str(folder / name)})
            raise DataUnavailableError(message, folder / name)
        files += [(path, index, test) for path in found]
    return files


# --- decoding -----------------------------------------------------------------------------------


def _decode_all(
    listing: _Listing, size: tuple[int, int] | None, progress: Progress | None
) -> dict[str, object]:
    """Read every image once: headers first (channels, common size), then pixels."""
    skipped: list[list[str]] = []
    headers = _headers(listing, skipped)
    channels, height, width = _shape(headers, size)
    kept = [f for f in listing.files if f[0] in headers]
    images = torch.empty((len(kept), channels, height, width), dtype=torch.uint8)
    good = torch.zeros(len(kept), dtype=torch.bool)
    for i, (path, _label, _test) in enumerate(kept):
        try:
            images[i] = torch.from_numpy(load_picture(path, (channels, height, width), FORMATS))
            good[i] = True
        except Exception as error:  # noqa: BLE001 - a truncated file fails only when decoded
            skipped.append([str(path), _reason(error)])
        if progress and (i % 64 == 0 or i == len(kept) - 1):
            progress(f"Decoding images: {i + 1} of {len(kept)}", (i + 1) / len(kept))
    labels = torch.tensor([label for _, label, _ in kept], dtype=torch.int64)
    is_test = torch.tensor([test for _, _, test in kept], dtype=torch.bool)
    return {
        "format": CACHE_FORMAT,
        "version": CACHE_VERSION,
        "images": images[good],
        "labels": labels[good],
        "is_test": is_test[good],
        "skipped": sorted(skipped),
    }


def input_shape_of(name: str, size: tuple[int, int] | None = None) -> tuple[int, int, int] | None:
    """The (C, H, W) an image folder's images will have, from their headers alone; None when
    name is not a readable image folder (loading it then says why)."""
    folder = Path(name).expanduser()
    if not folder.is_dir():
        return None
    try:
        return _shape(_headers(_list_files(folder.resolve()), []), size)
    except (DataUnavailableError, OSError):
        return None


def _headers(
    listing: _Listing, skipped: list[list[str]]
) -> dict[Path, tuple[str, tuple[int, int]]]:
    headers = {}
    for path, _label, _test in listing.files:
        try:
            headers[path] = picture_header(path, FORMATS)
        except Exception as error:  # noqa: BLE001 - Pillow raises many kinds for a bad file
            skipped.append([str(path), _reason(error)])
    if not headers:
        message = Message("no_images_readable", {"folder": str(listing.folder)})
        raise DataUnavailableError(message)
    return headers


def _shape(
    headers: dict[Path, tuple[str, tuple[int, int]]], size: tuple[int, int] | None
) -> tuple[int, int, int]:
    """Colour if any image is; the common size, else the default for the channels."""
    channels = 3 if any(mode not in GRAY_MODES for mode, _ in headers.values()) else 1
    sizes = {wh for _, wh in headers.values()}
    height, width = size or (sizes.pop()[::-1] if len(sizes) == 1 else DEFAULT_SIZE[channels])
    return channels, height, width


def _reason(error: Exception) -> str:
    if isinstance(error, ImageError):
        return error.reason
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


# --- the cache ----------------------------------------------------------------------------------


def _cache_path(listing: _Listing, size: tuple[int, int] | None, root: Path | None) -> Path | None:
    if root is None:
        return None
    try:
        stamps = [(str(p), p.stat().st_mtime_ns, p.stat().st_size) for p, _, _ in listing.files]
    except OSError:
        return None
    key = json.dumps([CACHE_VERSION, str(listing.folder), size, listing.classes, stamps])
    digest = hashlib.sha256(key.encode()).hexdigest()[:24]
    return root / "image-folder-cache" / f"{listing.folder.name}-{digest}.pt"


def _read_cache(path: Path) -> dict[str, object] | None:
    if not path.is_file():
        return None
    try:
        payload = torch.load(path, map_location="cpu", weights_only=True)
    except Exception:  # noqa: BLE001 - an unreadable cache is simply decoded again
        return None
    ok = (
        isinstance(payload, dict)
        and payload.get("format") == CACHE_FORMAT
        and payload.get("version") == CACHE_VERSION
    )
    return payload if ok else None


# --- splits -------------------------------------------------------------------------------------


def _dataset(listing: _Listing, payload: dict[str, object], seed: int) -> Dataset:
    images, labels = payload["images"], payload["labels"]
    is_test = payload["is_test"] if listing.has_test_folder else _held_out(labels, seed)
    _check_every_class(listing, labels[~is_test], "training")
    if not bool(is_test.any()):
        _no_test_images(listing.folder)
    skipped = tuple((str(p), str(r)) for p, r in payload["skipped"])
    channels, height, width = images.shape[1:]
    return Dataset.from_splits(
        name="image-folder",
        title=f"images in {listing.folder.name} ({channels}x{height}x{width})",
        train=ImageSplit(images[~is_test], labels[~is_test]),
        test=ImageSplit(images[is_test], labels[is_test]),
        classes=listing.classes,
        synthetic=False,
        source=str(listing.folder),
        skipped=skipped,
    )


def _no_test_images(folder: Path) -> None:
    raise DataUnavailableError(Message("no_test_images", {"folder": str(folder)}), folder)


def _held_out(labels: torch.Tensor, seed: int) -> torch.Tensor:
    """A seeded TEST_FRACTION of each class (at least one where a class has two or more)."""
    generator = torch.Generator().manual_seed(seed)
    is_test = torch.zeros(len(labels), dtype=torch.bool)
    for label in labels.unique():
        (members,) = torch.nonzero(labels == label, as_tuple=True)
        count = round(len(members) * TEST_FRACTION) or (1 if len(members) >= 2 else 0)
        chosen = members[torch.randperm(len(members), generator=generator)[:count]]
        is_test[chosen] = True
    return is_test


def _check_every_class(listing: _Listing, labels: torch.Tensor, what: str) -> None:
    counts = torch.bincount(labels, minlength=len(listing.classes))
    empty = [listing.classes[i] for i in torch.nonzero(counts == 0).flatten().tolist()]
    if empty:
        raise DataUnavailableError(
            f"{listing.folder}: no readable {what} images for class {', '.join(empty)}: "
            "add images to its folder, or remove it.",
            listing.folder,
        )
