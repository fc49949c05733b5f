"""What the commands print and write: terminal-safe text, and files for other programs to read."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from netbuilder.document.terminal import printable

__all__ = ["printable", "say", "make_output_streams_safe", "print_json"]


def say(text: object, stream=None) -> None:
    """Print one terminal-safe line to stdout (or stream)."""
    print(printable(text), file=stream or sys.stdout, flush=True)


def make_output_streams_safe() -> None:
    """Never fail on printing a character the terminal's encoding lacks: write an escape instead."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def print_json(path: str, values: dict) -> None:
    from netbuilder.document.safe_io import write_text_atomically

    write_text_atomically(Path(path), json.dumps(values, indent=2) + "\n")
