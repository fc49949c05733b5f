"""IDX files (MNIST's format), read one way for every dataset that comes in them: a folder of the
four files, MNIST, Fashion-MNIST and KMNIST from the data folder, and EMNIST.

Only ordinary files are opened (safe_io.open_regular_file: a pipe or device never blocks the
read), plain or gzipped; each header is checked before the data is read or inflated, so a small
gzip that claims gigabytes is refused at once; the data must fill the header's shape exactly, and
labels must name a class. Every error is a DataUnavailableError naming the file. (torchvision's
`read_image_file` takes any path, reads it whole and checks none of this: it is not used.)
"""

from __future__ import annotations

import gzip
import math
import zlib
from pathlib import Path
from typing import BinaryIO, NoReturn

import torch

from netbuilder.document.safe_io import open_regular_file, os_reason
from netbuilder.engine.dataset import DataUnavailableError, ImageSplit


def read_idx_split(
    images_path: Path, labels_path: Path, classes: int, first_label: int = 0
) -> ImageSplit:
    """Images (N, 28, 28) and labels (N,) from two IDX files; labels are counted from
    first_label (EMNIST's letters start at 1) and must be below first_label + classes."""
    images = read_idx(images_path, image=True)
    labels = read_idx(labels_path, image=False).long()
    if len(images) != len(labels):
        raise DataUnavailableError(
            f"{images_path.parent}: {len(images)} images in {images_path.name} but "
            f"{len(labels)} labels in {labels_path.name}",
            images_path.parent,
            (images_path.name, labels_path.name),
        )
    _check_labels(labels_path, labels, classes, first_label)
    return ImageSplit(images.contiguous(), labels)


def _check_labels(path: Path, labels: torch.Tensor, classes: int, first: int) -> None:
    low, high = int(labels.min()), int(labels.max())
    if low < first or high >= first + classes:
        wrong = low if low < first else high
        raise DataUnavailableError(
            f"{path} holds label {wrong}, but the dataset has {classes} "
            f"classes (labels {first} to {first + classes - 1})",
            path.parent,
            (path.name,),
        )


MAX_IDX_ITEMS = 2_000_000  # images or labels in one file; MNIST has 60,000, EMNIST 800,000


def read_idx(path: Path, image: bool) -> torch.Tensor:
    """Read an IDX file of unsigned bytes, checking its header before reading (or inflating) the
    data, so a small gzip that claims gigabytes is refused at once; errors name the file."""
    dims = 3 if image else 1
    try:
        with open_regular_file(path) as raw, _inflated(path, raw) as stream:
            shape = _idx_shape(path, stream.read(4 + 4 * dims), dims)
            size = math.prod(shape)
            data = stream.read(size + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise DataUnavailableError(
            f"Cannot read {path}: {_read_reason(error)}", path.parent, (path.name,)
        ) from error
    if len(data) != size:
        have = f"{len(data)} bytes of data" if len(data) < size else "more data"
        _corrupt(
            path,
            f"its header {list(shape)} needs {size} bytes of data, but it has {have} (truncated?)",
        )
    return torch.frombuffer(bytearray(data), dtype=torch.uint8).reshape(shape)


def _read_reason(error: Exception) -> str:
    return os_reason(error) if isinstance(error, OSError) else str(error) or type(error).__name__


def _inflated(path: Path, stream: BinaryIO) -> BinaryIO:
    return gzip.GzipFile(fileobj=stream, mode="rb") if path.suffix == ".gz" else stream


def _idx_shape(path: Path, header: bytes, dims: int) -> tuple[int, ...]:
    """The shape an IDX header declares, after checking it is one netbuilder can use."""
    expected_magic = 0x0800 | dims  # unsigned bytes, `dims` dimensions
    magic = int.from_bytes(header[:4], "big")
    if len(header) >= 4 and magic != expected_magic:
        _corrupt(path, f"magic number {magic}, expected {expected_magic}")
    if len(header) < 4 + 4 * dims:
        _corrupt(path, f"only {len(header)} bytes, too short for an IDX header")
    shape = tuple(int.from_bytes(header[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims))
    if shape[0] == 0:
        _corrupt(path, "it holds 0 images" if dims == 3 else "it holds 0 labels")
    if shape[0] > MAX_IDX_ITEMS:
        _corrupt(path, f"its header claims {shape[0]:,} items (at most {MAX_IDX_ITEMS:,})")
    if dims == 3 and shape[1:] != (28, 28):
        raise DataUnavailableError(
            f"{path}: images are {shape[1]}x{shape[2]}, netbuilder needs 28x28",
            path.parent,
            (path.name,),
        )
    return shape


def _corrupt(path: Path, problem: str) -> NoReturn:
    raise DataUnavailableError(f"{path} is corrupt: {problem}", path.parent, (path.name,))
