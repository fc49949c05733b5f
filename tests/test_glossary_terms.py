"""The glossary's words are the translation's words: wherever an English source text uses a
glossary term, its Chinese translation uses the glossary's Chinese term (激活函数, 学习率, 过拟合,
...), in every `.ts` file of every area.

The glossary (GLOSSARY.zh.md, kept beside the repository as ../shared) is copied into
tests/data/glossary.zh.md so CI, which has only the repository, reads the same table.
"""

import re
from dataclasses import dataclass

import pytest

from netbuilder.document.bundled import TRANSLATIONS
from netbuilder.document.ts_catalog import read_ts
from tests.paths import ROOT

GLOSSARY = ROOT / "tests" / "data" / "glossary.zh.md"
_NOTE = re.compile(r"\s*\([^)]*\)")
_BLANK = re.compile(r"\{[^{}]*\}|%n|--[\w-]+|`[^`]*`")
"""Placeholders, options and code are not words: {layer} in a template or --optimizer in an
example command does not use the term."""


@dataclass(frozen=True)
class Term:
    english: str
    simplified: str
    traditional: str
    case_sensitive: bool  # "dropout (the method)": the layer "Dropout" keeps its name

    @property
    def pattern(self) -> re.Pattern[str]:
        words = r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", self.english)))
        return re.compile(rf"\b{words}\b", 0 if self.case_sensitive else re.IGNORECASE)


def glossary_terms() -> list[Term]:
    """Each row of the glossary's table, a row with "a / b" giving one term per part."""
    terms = []
    for line in GLOSSARY.read_text("utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 3 or cells[0] in ("English", "") or set(cells[0]) <= set("-: "):
            continue
        english, simplified, traditional = (_NOTE.sub("", cell).split(" / ") for cell in cells[:3])
        if not len(english) == len(simplified) == len(traditional):
            raise AssertionError(f"glossary row {cells[:3]}: the parts do not pair up")
        for parts in zip(english, simplified, traditional, strict=True):
            en, zh_cn, zh_tw = (part.strip() for part in parts)
            terms.append(Term(en, zh_cn, zh_tw, "(the method)" in cells[0]))
    return terms


TERMS = glossary_terms()


def test_the_glossary_is_read_whole():
    english = {term.english for term in TERMS}
    for term in ("learning rate", "activation function", "overfitting", "accuracy", "kernel",
                 "stride", "padding", "optimizer", "loss function", "test set", "dropout"):  # fmt: skip
        assert term in english
    dropout = next(term for term in TERMS if term.english == "dropout")
    assert dropout.simplified == "丢弃法" and dropout.case_sensitive
    assert next(t for t in TERMS if t.english == "subsampling").traditional == "下採樣"


def translations(language: str) -> list[tuple[str, str, str]]:
    """(file, English source, translation) for every finished translation of `language`."""
    found = []
    for ts in sorted((TRANSLATIONS / language).glob("*.ts")):
        for (_context, source), text in read_ts(ts).items():
            found.append((ts.name, source, text))
    return found


@pytest.mark.parametrize(
    ("language", "column"), [("zh_CN", "simplified"), ("zh_TW", "traditional")]
)
def test_glossary_terms_are_used_wherever_the_english_uses_them(language, column):
    wrong = []
    for name, source, text in translations(language):
        words = _BLANK.sub(" ", source)
        for term in TERMS:
            chinese = getattr(term, column)
            if term.pattern.search(words) and chinese not in text:
                wrong.append(f"{name}: {term.english!r} -> {chinese!r} missing in {text!r}")
    assert not wrong, "\n".join(wrong)


def test_the_check_finds_a_translation_without_the_term():
    learning_rate = next(term for term in TERMS if term.english == "learning rate")
    assert learning_rate.pattern.search("Epochs between learning-rate drops")
    assert not learning_rate.pattern.search("the learning_rate field")
    dropout = next(term for term in TERMS if term.english == "dropout")
    assert not dropout.pattern.search("Add Dropout or weight decay")
    assert dropout.pattern.search("dropout zeroes units")
