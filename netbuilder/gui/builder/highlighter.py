"""A small Python syntax highlighter for the generated code."""

from __future__ import annotations

import keyword
import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

LIGHT = {
    "keyword": "#8250df",
    "number": "#0550ae",
    "string": "#0a7d2c",
    "comment": "#6e7781",
    "call": "#953800",
}
DARK = {
    "keyword": "#d2a8ff",
    "number": "#79c0ff",
    "string": "#7ee787",
    "comment": "#8b949e",
    "call": "#ffa657",
}

_RULES = (
    ("call", re.compile(r"\b(?:nn|torch)\.\w+")),
    ("keyword", re.compile(r"\b(?:" + "|".join(keyword.kwlist) + r")\b")),
    ("number", re.compile(r"\b\d+(?:\.\d+)?(?:e-?\d+)?\b")),
    ("string", re.compile(r"'[^']*'|\"[^\"]*\"")),
    ("comment", re.compile(r"#.*$")),
)


class PythonHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, dark: bool = False):
        super().__init__(document)
        self.set_dark(dark)

    def set_dark(self, dark: bool) -> None:
        colours = DARK if dark else LIGHT
        self.formats = {name: _format(colour, name) for name, colour in colours.items()}
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        for name, pattern in _RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self.formats[name])


def _format(colour: str, name: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if name == "keyword":
        fmt.setFontWeight(QFont.Weight.Bold)
    if name == "comment":
        fmt.setFontItalic(True)
    return fmt
