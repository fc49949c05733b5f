"""Broken IDX dataset folders for `train --dataset FOLDER`: refused before training, naming the file."""

from __future__ import annotations

import gzip
import struct

import numpy as np
import pytest

from tests.idx_files import FILES, idx_bytes, write_idx_folder


def good_folder(folder, train_labels=None, test_labels=None):
    rng = np.random.default_rng(1)
    images = rng.integers(0, 256, (32, 28, 28), dtype=np.uint8)
    train = train_labels if train_labels is not None else rng.integers(0, 10, 32)
    test = test_labels if test_labels is not None else rng.integers(0, 10, 32)
    return write_idx_folder(folder, {"train": (images, train), "test": (images, test)})


def header(*shape: int) -> bytes:
    return struct.pack(">BBBB", 0, 0, 0x08, len(shape)) + struct.pack(f">{len(shape)}I", *shape)


def train_images(folder, data: bytes, gz: bool = False):
    name = FILES[("train", "images")]
    (folder / name).unlink()
    if gz:
        (folder / f"{name}.gz").write_bytes(gzip.compress(data, 1))
        return f"{name}.gz"
    (folder / name).write_bytes(data)
    return name


def gzip_of_zeros(head: bytes, zeros: int) -> bytes:
    """A small gzip that inflates to head + `zeros` zero bytes (written in chunks)."""
    import io

    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as stream:
        stream.write(head)
        block = bytes(1 << 20)
        for _ in range(zeros >> 20):
            stream.write(block)
    return buffer.getvalue()


CASES = {
    "zero images": (header(0, 28, 28), "0 images"),
    "overflowing count": (header(0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF), "claims"),
    "huge images": (header(1, 65536, 65536), "28x28"),
    "truncated": (header(32, 28, 28) + bytes(100), "truncated"),
    "bad magic": (b"\x00\x00\x0c\x03" + bytes(8), "magic"),
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_broken_image_files_are_refused(refuse, project_file, tmp_path, case, gz):
    folder = good_folder(tmp_path / "data")
    data, word = CASES[case]
    name = train_images(folder, data, gz)
    refuse(["train", project_file, "--dataset", folder, "--device", "cpu"], name, word)


def test_a_gzip_that_inflates_far_beyond_its_header_is_not_read_whole(
    refuse, project_file, tmp_path
):
    folder = good_folder(tmp_path / "data")
    name = FILES[("train", "images")]
    (folder / name).unlink()
    (folder / f"{name}.gz").write_bytes(gzip_of_zeros(header(32, 28, 28), 64 << 20))
    refuse(["train", project_file, "--dataset", folder, "--device", "cpu"], name, "more data")
    claims = gzip_of_zeros(header(3_000_000, 28, 28), 4 << 20)
    (folder / f"{name}.gz").write_bytes(claims)
    refuse(["train", project_file, "--dataset", folder, "--device", "cpu"], name, "claims")


@pytest.mark.parametrize("split", ["train", "test"])
def test_labels_outside_the_classes_name_the_file(refuse, project_file, tmp_path, split):
    labels = np.arange(32) % 10
    labels[5] = 12
    folder = good_folder(tmp_path / "data", **{f"{split}_labels": labels})
    name = FILES[(split, "labels")]
    outcome = refuse(["train", project_file, "--dataset", folder, "--device", "cpu"], name, "12")
    assert "training" not in outcome.out


def test_labels_file_with_no_labels(refuse, project_file, tmp_path):
    folder = good_folder(tmp_path / "data")
    name = FILES[("test", "labels")]
    (folder / name).write_bytes(idx_bytes(np.zeros(0, np.uint8)))
    refuse(["train", project_file, "--dataset", folder, "--device", "cpu"], name, "0 labels")
