"""The language the window speaks, switched at once and remembered.

Qt's way: the `.ts` files of a language (netbuilder/resources/i18n/<language>/) compiled by Qt's
`lrelease` into one `.qm` (at the first start, into the cache folder, again whenever they change),
loaded with a `QTranslator` beside Qt's own (`qt_zh_CN.qm`: OK, Cancel, the file dialogs).
Installing or removing a translator makes Qt send every widget a `LanguageChange` event; views
re-set their texts then (`on_language_change`), so nothing needs a restart.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QStandardPaths,
    QTranslator,
)

from netbuilder.document.bundled import TRANSLATIONS
from netbuilder.document.languages import ENGLISH, LANGUAGES, chosen_language

SETTING = "language"
"""The QSettings key: a language code, or "system" to follow LANG/LANGUAGE."""

_installed: list[QTranslator] = []


def saved_choice(settings: QSettings) -> str:
    value = settings.value(SETTING, "system")
    return value if isinstance(value, str) and value in LANGUAGES else "system"


def current_language() -> str:
    """The language the app shows now (English before any translator is installed)."""
    app = QCoreApplication.instance()
    value = app.property("netbuilder_language") if app is not None else None
    return value if isinstance(value, str) else ENGLISH


def apply_language(choice: str | None) -> str:
    """Show the app in `choice` ("system", None or a code); returns the language now shown."""
    language = chosen_language(choice)
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != ENGLISH:
        for path in (_compiled(language), *_qt_catalogs(language)):
            translator = QTranslator(app)
            if path is not None and translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(language.replace("_", "-") if language != ENGLISH else "en-US"))
    app.setProperty("netbuilder_language", language)
    return language


def choose_language(settings: QSettings, choice: str) -> str:
    """The user's pick in View > Language: remembered, and shown at once."""
    settings.setValue(SETTING, choice)
    return apply_language(choice)


def on_language_change(widget: QObject, retranslate: Callable[[], None]) -> None:
    """Call `retranslate` whenever the app's language changes while `widget` lives."""
    watcher = _LanguageWatcher(widget, retranslate)
    widget.installEventFilter(watcher)


class _LanguageWatcher(QObject):
    def __init__(self, widget: QObject, retranslate: Callable[[], None]) -> None:
        super().__init__(widget)
        self._retranslate = retranslate

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def _qt_catalogs(language: str) -> list[Path]:
    """Qt's own translations of its dialogs and buttons, shipped with PySide6 (qt_ alone lacks
    the buttons: they are in qtbase_)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [
        p for p in (folder / f"qtbase_{language}.qm", folder / f"qt_{language}.qm") if p.is_file()
    ]


def _compiled(language: str) -> Path | None:
    """The language's `.ts` files as one `.qm` in the cache folder, compiled when they change."""
    sources = sorted((TRANSLATIONS / language).glob("*.ts"))
    if not sources:
        return None
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()[:16]
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    target = cache / "i18n" / f"netbuilder_{language}_{digest}.qm"
    if target.is_file():
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        lrelease = Path(PySide6.__file__).parent / "lrelease"
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        command = [str(lrelease), "-silent", *map(str, sources), "-qm", str(partial)]
        subprocess.run(command, check=True, capture_output=True, timeout=60)
        os.replace(partial, target)  # another window starting now never reads half a file
    except (OSError, subprocess.SubprocessError):
        return None  # no cache folder or no lrelease: the window stays in English, and works
    return target if target.is_file() else None
