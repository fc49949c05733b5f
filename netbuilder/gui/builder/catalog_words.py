"""The layer catalog's words in the user's language: category names, one-line explanations and
parameter help. They are English data in `document/catalog.py` (which cannot import Qt), marked
there for lupdate in the context "catalog", and translated here, where the builder shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "catalog"


def catalog_text(text: str) -> str:
    """`text` from the layer catalog as the user's language says it."""
    return QCoreApplication.translate(CONTEXT, text) if text else text
