"""CSV cells that a spreadsheet shows as text, never runs as a formula.

A cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return) is a formula to Excel,
LibreOffice and Google Sheets: a run named `=HYPERLINK(...)` would act when the export is opened.
As OWASP recommends ("CSV injection"), such a cell gets a leading `'`, which the spreadsheet shows
as text. A plain number (`-0.25`, `1e-05`) is left alone: it cannot call anything, and prefixing it
would turn every negative value into text that no chart or sum can use.
Rows end in CRLF (RFC 4180), so a cell holding a line break is quoted and stays one cell.
"""

from __future__ import annotations

import csv
import re
from typing import Any, TextIO

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def spreadsheet_cell(value: object) -> str:
    """str(value), with a `'` in front when a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def spreadsheet_row(values: tuple | list) -> list[str]:
    return [spreadsheet_cell(v) for v in values]


def spreadsheet_writer(stream: TextIO) -> Any:
    """A csv.writer whose rows end in CRLF: a CR or LF inside a cell is then always quoted."""
    return csv.writer(stream, lineterminator="\r\n")
