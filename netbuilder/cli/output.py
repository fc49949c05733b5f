"""What the commands print and write: terminal-safe text, and files for other programs to read."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# C0 and C1 control characters except newline and tab, and lone surrogates (from JSON escapes or
# from file names that are not UTF-8): printed raw they would recolour or rewrite the terminal.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: object) -> str:
    """text with every control character and lone surrogate written as an escape like \\x1b."""
    return _UNSAFE.sub(_escape, str(text))


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


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
