"""Files the commands write for other programs to read."""

from __future__ import annotations

import json
from pathlib import Path


def print_json(path: str, values: dict) -> None:
    from netbuilder.document.project import write_text_atomically

    write_text_atomically(Path(path), json.dumps(values, indent=2) + "\n")
