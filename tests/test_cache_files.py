"""The data caches (generated digits, decoded image folders) and unpacked dataset files are the
app's own files, written the one safe way (safe_io.write_own_file): atomically, never over a
user's file, never through a link."""

from __future__ import annotations

import os
from pathlib import Path

from netbuilder.engine import image_folder
from netbuilder.engine.data import load_dataset
from tests.idx_files import write_idx_folder
from tests.test_image_folder import shape_folder


def test_a_users_file_named_like_the_digits_cache_is_kept(tmp_path, monkeypatch):
    monkeypatch.setattr("netbuilder.engine.data._SYNTHETIC_CACHE_MIN", 0)
    cache = tmp_path / "synthetic-digits-4-100-10000.pt"
    cache.write_bytes(b"my notes, not a cache")
    dataset = load_dataset("synthetic-digits", tmp_path, limit_train=100, seed=4)
    assert len(dataset.train) == 100
    assert cache.read_bytes() == b"my notes, not a cache"
    assert sorted(p.name for p in tmp_path.iterdir()) == [cache.name], "no temporary left"


def test_the_image_cache_never_writes_through_a_link_at_a_guessable_name(tmp_path):
    shapes = shape_folder(tmp_path / "shapes", per_class=4, corrupt=False)
    data = tmp_path / "data"
    listing = image_folder._list_files(shapes.resolve())
    cache = image_folder._cache_path(listing, None, data)
    cache.parent.mkdir(parents=True)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    os.symlink(victim, cache.with_name(f"{cache.name}.{os.getpid()}.tmp"))  # a planted link
    first = load_dataset(str(shapes), data)
    assert victim.read_text() == "precious"
    assert cache.is_file() and len(first.classes) == 3


def test_a_link_in_place_of_the_image_cache_is_left_alone(tmp_path):
    shapes = shape_folder(tmp_path / "shapes", per_class=4, corrupt=False)
    data = tmp_path / "data"
    cache = image_folder._cache_path(image_folder._list_files(shapes.resolve()), None, data)
    cache.parent.mkdir(parents=True)
    victim = tmp_path / "victim.pt"
    victim.write_bytes(b"PK\x03\x04 a user's own archive")
    os.symlink(victim, cache)
    dataset = load_dataset(str(shapes), data)
    assert len(dataset.train) + len(dataset.test) == 12
    assert victim.read_bytes() == b"PK\x03\x04 a user's own archive"
    assert Path(os.readlink(cache)) == victim


def test_unpacking_a_gzipped_dataset_never_writes_through_a_planted_link(tmp_path):
    from tests.test_data import random_splits

    raw = write_idx_folder(tmp_path / "FashionMNIST" / "raw", random_splits(), gz=True)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    os.symlink(victim, raw / "train-images-idx3-ubyte.part")  # the old temporary's name
    dataset = load_dataset("fashion-mnist", tmp_path, download=False)
    assert len(dataset.test) == 40
    assert victim.read_text() == "precious"
    assert (raw / "train-images-idx3-ubyte").read_bytes()[:4] == b"\x00\x00\x08\x03"
