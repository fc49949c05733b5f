"""Translations read straight from Qt's `.ts` files, for the front ends that run without Qt.

The window loads the compiled `.qm` with a `QTranslator`; the command line must not import Qt, so it
reads the same `.ts` files (Qt's documented XML: context, source, translation) here. Unfinished
and obsolete entries count as untranslated, as `lrelease` treats them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

from netbuilder.document.bundled import TRANSLATIONS
from netbuilder.document.languages import ENGLISH

Translate = Callable[[str, str], str]
"""(context, source text) -> the text to show."""


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """Every finished translation in one `.ts` file, by (context, source)."""
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = forms[0] if forms else (translation.text or "")
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found


@functools.cache
def catalog(language: str) -> dict[tuple[str, str], str]:
    """All of a language's translations, from every `.ts` file shipped for it."""
    if language == ENGLISH:
        return {}
    merged: dict[tuple[str, str], str] = {}
    for path in sorted((TRANSLATIONS / language).glob("*.ts")):
        merged.update(read_ts(path))
    return merged


def translator(language: str) -> Translate:
    """A translate function for `language`: the source text where there is no translation."""
    table = catalog(language)
    return lambda context, source: table.get((context, source), source)
