"""The languages netbuilder speaks, and which one a system asks for.

English is the source language; Simplified Chinese is translated by hand (the terms in the
curriculum's glossary) and Traditional Chinese is made from it with OpenCC (`scripts/translations.py`).
The front ends ask here which language the environment wants, so the window and the command line
agree: `LANGUAGE` (a GNU list such as `zh_TW:zh_CN`) first, then `LC_ALL`, `LC_MESSAGES`, `LANG`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

ENGLISH = "en"
SIMPLIFIED = "zh_CN"
TRADITIONAL = "zh_TW"
LANGUAGES: dict[str, str] = {ENGLISH: "English", SIMPLIFIED: "简体中文", TRADITIONAL: "繁體中文"}
"""Each language's code and its own name for itself (as a language menu shows it)."""

_TRADITIONAL_REGIONS = ("TW", "HK", "MO")
_TRADITIONAL_SCRIPT = "HANT"


def language_of(tag: str) -> str | None:
    """The language of a locale name or tag ('zh_CN.UTF-8', 'zh-Hant-HK', 'en_GB'), or None
    for one netbuilder does not speak."""
    parts = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")
    if not parts or not parts[0]:
        return None
    base, rest = parts[0].lower(), [part.upper() for part in parts[1:]]
    if base == "en":
        return ENGLISH
    if base != "zh":
        return None
    traditional = _TRADITIONAL_SCRIPT in rest or any(r in _TRADITIONAL_REGIONS for r in rest)
    return TRADITIONAL if traditional else SIMPLIFIED


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language the environment asks for, as gettext reads it; English when it names none
    that netbuilder speaks, and for the plain C locale."""
    locale = next((environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(k)), "")
    if locale.split(".")[0] in ("C", "POSIX"):
        return ENGLISH
    for tag in [*environ.get("LANGUAGE", "").split(":"), locale]:
        language = language_of(tag) if tag else None
        if language is not None:
            return language
    return ENGLISH


def chosen_language(choice: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """A saved choice ('zh_TW', or 'system'/None to follow the environment) as a language."""
    return choice if choice in LANGUAGES else system_language(environ)
