"""Keep netbuilder's Chinese translations complete, with Qt's own tools and OpenCC.

    .venv/bin/python scripts/translations.py update       # lupdate: new strings into zh_CN/*.ts
    .venv/bin/python scripts/translations.py traditional  # zh_TW/*.ts from zh_CN/*.ts (OpenCC s2tw)
    .venv/bin/python scripts/translations.py status       # unfinished entries per file

The source is split into areas (one `.ts` per area and language: `window.ts` for the top-level
gui modules, `training.ts` for gui/training/, `document.ts`, `cli.ts`, ...; the lessons' JSON
texts in `lesson_texts.ts`, apart from `lessons.ts`, the strings of gui/lessons/; the examples'
names in `example_texts.ts`), so two
people translating two features never edit the same file. Simplified Chinese is translated by hand,
in Qt Linguist (`.venv/bin/pyside6-linguist netbuilder/resources/i18n/zh_CN/training.ts`) or any
editor, with the terms of `../shared/GLOSSARY.zh.md`; Traditional Chinese is generated from it with
OpenCC's character conversion `s2tw` (never `s2twp`, whose phrase table swaps in Taiwanese
computing words: 参数 -> 引數), then the glossary's corrections. The lessons are JSON, which lupdate
cannot read: their texts are written into a throwaway Python file of QT_TRANSLATE_NOOP marks first.
The window compiles the `.ts` files into one `.qm` at its first start (gui/language.py).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "netbuilder"
I18N = PACKAGE / "resources" / "i18n"
LESSONS = PACKAGE / "resources" / "lessons"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
LESSON_FIELDS = ("title", "summary", "try", "look_for", "question")
LESSON_TEXTS = "lesson_texts"
"""The `.ts` file of the lessons' JSON texts (not `lessons`: that is gui/lessons/' area)."""
LESSON_CONTEXT = "lessons"
"""Their translation context: the panel shows `QCoreApplication.translate("lessons", text)`."""
EXAMPLES = PACKAGE / "examples"
EXAMPLE_TEXTS = "example_texts"
"""The `.ts` file of the shipped examples' names (the Presets menu, `netbuilder examples`)."""
EXAMPLE_CONTEXT = "examples"

TRADITIONAL_FIXES = {"下采樣": "下採樣", "回歸": "迴歸"}
"""Where `s2tw` errs, the glossary's word (GLOSSARY.zh.md: 下採樣; regression is 迴歸, which s2tw
gives for 回归 alone but not inside a phrase such as 按回归处理)."""


def area_of(path: Path) -> str:
    """The `.ts` file a source file's strings go to."""
    parts = path.relative_to(PACKAGE).parts
    if parts[0] == "gui":
        return parts[1] if len(parts) > 2 else "window"
    return parts[0]


def areas() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        found.setdefault(area_of(path), []).append(path)
    return found


def lupdate(sources: list[Path], ts: Path) -> str:
    """Qt's lupdate: adds new strings to `ts` as unfinished, keeps every translation, drops what
    the source no longer has. No line numbers, so an edit elsewhere does not churn the file."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    command = [str(LUPDATE), *map(str, sources), "-locations", "none", "-no-obsolete",
               "-source-language", "en", "-target-language", ts.parent.name, "-ts", str(ts)]  # fmt: skip
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def lesson_marks() -> str:
    """The lessons' texts as Python that lupdate reads: one QT_TRANSLATE_NOOP per text."""
    lines = []
    for path in sorted(LESSONS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for field in LESSON_FIELDS:
            if data.get(field):
                lines.append(f"QT_TRANSLATE_NOOP({LESSON_CONTEXT!r}, {json.dumps(data[field])})")
    return "\n".join(lines) + "\n"


def example_marks() -> str:
    """The examples' names as Python that lupdate reads, like the lessons' texts."""
    names = [json.loads(p.read_text(encoding="utf-8")).get("name") for p in EXAMPLES.glob("*.json")]
    marks = [
        f"QT_TRANSLATE_NOOP({EXAMPLE_CONTEXT!r}, {json.dumps(name)})" for name in names if name
    ]
    return "\n".join(sorted(marks)) + "\n"


def update(language: str = "zh_CN", folder: Path = I18N) -> None:
    for area, sources in areas().items():
        if area in (LESSON_TEXTS, EXAMPLE_TEXTS):
            raise SystemExit(f"gui/{area}/: a package named like the JSON texts' file")
        lupdate(sources, folder / language / f"{area}.ts")
    with tempfile.TemporaryDirectory() as scratch:
        for name, text in ((LESSON_TEXTS, lesson_marks()), (EXAMPLE_TEXTS, example_marks())):
            marks = Path(scratch) / f"{name}.py"
            marks.write_text(text, encoding="utf-8")
            lupdate([marks], folder / language / f"{name}.ts")
    for ts in (folder / language).glob("*.ts"):
        if "<message" not in ts.read_text(encoding="utf-8"):
            ts.unlink()  # an area with nothing to translate


_TRANSLATED = re.compile(r"(<(?:translation|numerusform)\b[^>]*>)([^<]*)(</)")


def to_traditional(ts_text: str, convert) -> str:
    """A zh_CN `.ts` file's text as zh_TW: translations converted, everything else as it was."""

    def traditional(match: re.Match) -> str:
        text = convert(match.group(2))
        for wrong, right in TRADITIONAL_FIXES.items():
            text = text.replace(wrong, right)
        return match.group(1) + text + match.group(3)

    ts_text = ts_text.replace('language="zh_CN"', 'language="zh_TW"', 1)
    return _TRANSLATED.sub(traditional, ts_text)


def s2tw():
    import opencc  # a development tool only: the app reads the generated files

    return opencc.OpenCC("s2tw").convert


def traditional(folder: Path = I18N) -> None:
    convert = s2tw()
    (folder / "zh_TW").mkdir(exist_ok=True)
    for stale in (folder / "zh_TW").glob("*.ts"):
        stale.unlink()
    for ts in sorted((folder / "zh_CN").glob("*.ts")):
        text = to_traditional(ts.read_text(encoding="utf-8"), convert)
        (folder / "zh_TW" / ts.name).write_text(text, encoding="utf-8")


def unfinished(ts: Path) -> Iterator[str]:
    """The source texts of a `.ts` file that have no finished translation yet."""
    from xml.etree import ElementTree

    for message in ElementTree.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            yield message.findtext("source") or ""


def status(folder: Path = I18N) -> int:
    total = 0
    for ts in sorted(folder.glob("*/*.ts")):
        missing = list(unfinished(ts))
        total += len(missing)
        print(f"{ts.relative_to(folder)}: {len(missing)} unfinished")
    return total


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "status"
    if command == "update":
        update()
        traditional()
    elif command == "traditional":
        traditional()
    elif command == "status":
        sys.exit(1 if status() else 0)
    else:
        sys.exit(__doc__)
