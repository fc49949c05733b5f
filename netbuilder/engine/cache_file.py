"""The app's caches of decoded or generated data: torch files it keeps in the data folder.

Written the one safe way for the app's own files (safe_io.write_own_file): atomically, never
through a link, never over a file of the same name that is not one of ours.
"""

from __future__ import annotations

from pathlib import Path

import torch

from netbuilder.document.safe_io import write_own_file

_TORCH_FILE = b"PK\x03\x04"  # torch.save writes a zip archive


def is_torch_file(head: bytes) -> bool:
    """Whether a file's first bytes are those of a torch.save file."""
    return head.startswith(_TORCH_FILE)


def save_cache(payload: dict[str, object], path: Path) -> bool:
    """torch.save payload to path as the app's own file; False when it cannot be (a read-only
    data folder, a full disk, a user's file of that name): a cache is only a shortcut."""
    try:
        write_own_file(path, lambda stream: torch.save(payload, stream), is_torch_file, "cache")
    except (OSError, RuntimeError):  # torch.save reports an unwritable file as RuntimeError
        return False
    return True
