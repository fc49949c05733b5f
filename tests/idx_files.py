"""Write small MNIST-format (IDX) datasets for tests, as torchvision and Debian lay them out."""

from __future__ import annotations

import gzip
import struct
from pathlib import Path

import numpy as np

FILES = {
    ("train", "images"): "train-images-idx3-ubyte",
    ("train", "labels"): "train-labels-idx1-ubyte",
    ("test", "images"): "t10k-images-idx3-ubyte",
    ("test", "labels"): "t10k-labels-idx1-ubyte",
}


def idx_bytes(array: np.ndarray) -> bytes:
    """An IDX file: magic (0, 0, uint8 type 0x08, number of dims), big-endian dims, the data."""
    header = struct.pack(">BBBB", 0, 0, 0x08, array.ndim) + struct.pack(
        f">{array.ndim}I", *array.shape
    )
    return header + np.ascontiguousarray(array, dtype=np.uint8).tobytes()


def write_idx_folder(
    folder: Path, splits: dict[str, tuple[np.ndarray, np.ndarray]], gz: bool = False
) -> Path:
    """splits = {"train": (images (N,28,28) uint8, labels (N,)), "test": (...)}."""
    folder.mkdir(parents=True, exist_ok=True)
    for split, (images, labels) in splits.items():
        for kind, array in (("images", images), ("labels", labels)):
            data = idx_bytes(array)
            name = FILES[(split, kind)]
            if gz:
                (folder / f"{name}.gz").write_bytes(gzip.compress(data))
            else:
                (folder / name).write_bytes(data)
    return folder


def digit_splits(
    train: int = 600, test: int = 200, seed: int = 0
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Synthetic digits as numpy arrays, for writing into IDX files."""
    from netbuilder.engine.synthetic_digits import generate

    result = {}
    for offset, (name, count) in enumerate((("train", train), ("test", test))):
        split = generate(count, seed=seed + offset)
        result[name] = (split.images.numpy(), split.labels.numpy().astype(np.uint8))
    return result
