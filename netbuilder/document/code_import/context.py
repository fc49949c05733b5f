"""What one reading of a listing carries along: its text, the notes it makes, and its budgets."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

from netbuilder.document.messages import Message, MessageError
from netbuilder.document.network import Layer

MOST_STEPS = 200_000
"""Expressions looked at in one reading: far beyond any real model, so a hostile listing ends."""
MOST_LAYERS = 5_000
"""Layers made in one reading, each written one and each placed copy (a class that builds ten
of a class that builds ten ...)."""
MOST_NOTES = 100
"""Notes kept; the rest are counted ("and 12 more")."""
DEEPEST_CLASSES = 8
"""How deep classes may build one another (a class that builds itself stops here)."""


class CodeImportError(MessageError):
    """A listing netbuilder refuses to read at all (too long, not Python, no model in it);
    `notes` says what was seen on the way."""

    def __init__(self, message: Message, notes: list[Message] | None = None) -> None:
        super().__init__(message)
        self.notes = list(notes or [])


@dataclass
class Reading:
    """The listing being read, the notes so far, the sizes it states, and its budgets."""

    source: str
    notes: list[Message] = field(default_factory=list)
    sizes: dict[str, tuple[int, int]] = field(default_factory=dict)
    """A layer's uid -> the input size the listing gave it (in_features, in_channels, ...) and
    the line it is on."""
    steps: int = 0
    layers_made: int = 0
    input_claim: tuple[tuple[int, ...], Message] | None = None
    """An input shape the listing states (a view at the start, a Reshape module), and its note."""
    lines: list[str] = field(default_factory=list)
    dropped_notes: int = 0

    def __post_init__(self) -> None:
        self.lines = self.source.splitlines()

    def note(self, kind: str, node: ast.AST | None = None, /, **args: Any) -> None:
        """Add the note `kind` (a messages code) about `node`'s line, once."""
        line = getattr(node, "lineno", 0) if node is not None else 0
        message = Message(kind, {"line": line, **args})
        if message in self.notes:
            return
        if len(self.notes) >= MOST_NOTES:
            self.dropped_notes += 1
            return
        self.notes.append(message)

    def tick(self) -> None:
        self.steps += 1
        if self.steps > MOST_STEPS:
            raise CodeImportError(Message("code_too_complex", {"most": MOST_STEPS}))

    def made(self, layer: Layer, size: tuple[int, int] | None = None) -> Layer:
        """Count a new layer (refusing past the budget) and remember the size the listing gave."""
        self.layers_made += 1
        if self.layers_made > MOST_LAYERS:
            raise CodeImportError(Message("code_too_many_layers", {"most": MOST_LAYERS}))
        if size is not None:
            self.sizes[layer.uid] = size
        return layer

    def copy_of(self, layer: Layer) -> Layer:
        """A fresh copy of a layer (a module called again makes another block), sizes kept."""
        copy = self.made(layer.duplicate(), self.sizes.get(layer.uid))
        for old, new in zip(_leaves(layer), _leaves(copy), strict=True):
            if old.uid in self.sizes:
                self.sizes[new.uid] = self.sizes[old.uid]
        return copy

    def shown(self, node: ast.AST, most: int = 60) -> str:
        """The listing's own text for `node`, on one line and cut short."""
        start, end = getattr(node, "lineno", 0), getattr(node, "end_lineno", 0)
        if not 1 <= start <= len(self.lines):
            return type(node).__name__
        first = self.lines[start - 1].encode("utf-8")  # offsets count UTF-8 bytes
        if start == end:
            text = first[node.col_offset : node.end_col_offset].decode("utf-8", "replace")
        else:
            text = first[node.col_offset :].decode("utf-8", "replace")
            text += " " + " ".join(self.lines[start : min(end, start + 5)])
        text = " ".join(text.split())
        return text if len(text) <= most else text[: most - 3] + "..."


def _leaves(layer: Layer) -> list[Layer]:
    found = []
    for child in layer.children:
        found.append(child)
        found.extend(_leaves(child))
    return found
