"""Which known dataset a folder's files are, by their MD5 checksums (the catalog's).

A file matches a dataset when the MD5 of the file as it is (torchvision's download) or of its
uncompressed content (the same bytes recompressed, as Debian ships Fashion-MNIST) is one the
catalog lists. Each file is hashed once and remembered by path, size and modification time.
Files the catalog does not know (a user's own IDX files, the tests' small stand-ins) are
allowed; files of ANOTHER known dataset are not: MNIST from Fashion-MNIST's files trains on
clothing. Pure Python.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

from netbuilder.document.datasets import IDX_FILES, DatasetSpec, dataset_spec, known_file
from netbuilder.document.messages import Message, english

_BLOCK = 1 << 20
_hashes: dict[tuple[str, int, int], tuple[str, ...]] = {}


@dataclass(frozen=True)
class FilesCheck:
    """What a dataset's files in a folder turned out to be."""

    claimed: str  # the dataset the files are read as
    folder: Path
    found: tuple[Path, ...]  # the files looked at
    matches: tuple[str | None, ...]  # per file: the known dataset it belongs to, or None

    @property
    def verified(self) -> bool:
        """Every file is the claimed dataset's own."""
        return bool(self.found) and all(m == self.claimed for m in self.matches)

    @property
    def other(self) -> DatasetSpec | None:
        """Another known dataset that some of the files belong to (then they are refused)."""
        for match in self.matches:
            if match is not None and match != self.claimed:
                return dataset_spec(match)
        return None

    def refusal(self) -> str | None:
        """Why the files cannot be read as the claimed dataset, in English; None when they may."""
        message = self.refusal_message()
        return english(message) if message else None

    def refusal_message(self) -> Message | None:
        """Why the files cannot be read as the claimed dataset (front ends translate it); None
        when they may be."""
        other, claimed = self.other, dataset_spec(self.claimed)
        if other is None or claimed is None:
            return None
        args = {"folder": str(self.folder), "other": other.title, "claimed": claimed.title,
                "id": other.id}  # fmt: skip
        return Message("wrong_dataset_files", args)


def find_dataset_files(name: str, data_dir: Path) -> FilesCheck | None:
    """A downloadable dataset's files in the data folder (in torchvision's layout, or for the
    MNIST-format sets the four files right in it, as Debian puts them), checked; None if absent."""
    spec = dataset_spec(name)
    if spec is None or not spec.downloadable:
        return None
    if spec.idx:
        for folder in (data_dir / spec.folder, data_dir):
            if len(_idx_forms(folder)) == len(IDX_FILES):
                return check_idx_folder(name, folder)
        return None
    folder = data_dir / spec.folder
    if not (folder / spec.marker).is_file():
        return None
    listed = [folder / f.name for f in spec.files if not f.name.endswith(".zip")]
    found = tuple(p for p in listed if p.is_file()) or (folder / spec.marker,)
    return FilesCheck(name, folder, found, tuple(identify_file(p) if p in listed else None
                                                for p in found))  # fmt: skip


def check_idx_folder(claimed: str, folder: Path) -> FilesCheck:
    """Check the four IDX files in folder against the catalog."""
    forms = _idx_forms(folder)
    found = tuple(paths[0] for paths in forms)
    return FilesCheck(claimed, folder, found, tuple(_identify_any(paths) for paths in forms))


def identify_idx_folder(folder: Path) -> DatasetSpec | None:
    """The known dataset all four IDX files in folder belong to, if they all belong to one."""
    forms = _idx_forms(folder)
    matches = {_identify_any(paths) for paths in forms}
    if len(forms) == len(IDX_FILES) and len(matches) == 1 and None not in matches:
        return dataset_spec(matches.pop())
    return None


def _identify_any(paths: list[Path]) -> str | None:
    """One file's identity from any of its forms (torchvision keeps the .gz beside the file)."""
    return next((m for m in map(identify_file, paths) if m is not None), None)


def identify_file(path: Path) -> str | None:
    """The id of the known dataset this file belongs to, by its checksums; None if unknown."""
    for md5 in file_md5s(path):
        match = known_file(md5)
        if match is not None:
            return match[0].id
    return None


def file_md5s(path: Path) -> tuple[str, ...]:
    """The MD5 of the file, and of its uncompressed content when it is gzipped; () if unreadable.
    Remembered by path, size and modification time, so each file is hashed once."""
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return ()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _hashes:
        _hashes[key] = _hash(Path(path))
    return _hashes[key]


def _hash(path: Path) -> tuple[str, ...]:
    if not path.is_file():  # a FIFO or device would block or never end
        return ()
    try:
        whole = _md5(open(path, "rb"))
        if path.suffix != ".gz":
            return (whole,)
        known = known_file(whole)  # a published .gz: no need to inflate it
        return (whole,) if known else (whole, _md5(gzip.open(path, "rb")))
    except (OSError, EOFError, zlib.error):
        return ()


def _md5(stream) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with stream:
        while block := stream.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _idx_forms(folder: Path) -> list[list[Path]]:
    """Each IDX file found in folder, with all its forms there (gzipped, plain, dot-spelled)."""
    forms = []
    for base in IDX_FILES:
        dotted = base.replace("-idx", ".idx")
        names = (base + ".gz", base, dotted + ".gz", dotted)
        paths = [folder / name for name in names if (folder / name).is_file()]
        if paths:
            forms.append(paths)
    return forms
