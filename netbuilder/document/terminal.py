"""Text for a terminal: user-derived strings (file names, class names, CSV labels) printed raw
could recolour or rewrite it, so every one goes through `printable` first."""

from __future__ import annotations

import re

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
