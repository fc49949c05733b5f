"""Which language the environment asks for, and the translation files' upkeep."""

import json
import shutil

import pytest

from netbuilder.document.bundled import TRANSLATIONS
from netbuilder.document.languages import chosen_language, language_of, system_language
from netbuilder.document.ts_catalog import read_ts
from tests.paths import ROOT


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_HK.UTF-8"}, "zh_TW"),
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "zh_TW:en"}, "zh_TW"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:zh_CN"}, "zh_CN"),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"LC_ALL": "C", "LANGUAGE": "zh_CN"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_system_language_is_read_as_gettext_reads_it(environ, language):
    assert system_language(environ) == language


def test_tags_and_saved_choices():
    assert language_of("zh-Hant-HK") == "zh_TW" and language_of("zh-Hans") == "zh_CN"
    assert language_of("ja_JP") is None
    assert chosen_language("zh_TW", {"LANG": "en_US"}) == "zh_TW"
    assert chosen_language("system", {"LANG": "zh_TW.UTF-8"}) == "zh_TW"
    assert chosen_language("klingon", {"LANG": "zh_CN.UTF-8"}) == "zh_CN"


def _translations_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_ts_files_hold_every_string_the_source_has(tmp_path):
    """Qt's lupdate run again over the source changes no `.ts` file: a string added to the code
    without running `scripts/translations.py update` fails here."""
    script = _translations_script()
    copy = tmp_path / "i18n"
    shutil.copytree(TRANSLATIONS, copy)
    script.update(folder=copy)
    for ts in sorted(copy.glob("zh_CN/*.ts")):
        committed = TRANSLATIONS / "zh_CN" / ts.name
        assert committed.is_file(), f"{ts.name}: run scripts/translations.py update"
        assert ts.read_text("utf-8") == committed.read_text("utf-8"), f"{ts.name} is stale"
    assert sorted(p.name for p in copy.glob("zh_CN/*.ts")) == sorted(
        p.name for p in TRANSLATIONS.glob("zh_CN/*.ts")
    )


def test_traditional_chinese_is_simplified_through_opencc_s2tw():
    """zh_TW is never edited by hand: it is zh_CN converted with s2tw (and the glossary's fixes)."""
    script = _translations_script()
    convert = script.s2tw()
    simplified = sorted(p.name for p in TRANSLATIONS.glob("zh_CN/*.ts"))
    assert simplified == sorted(p.name for p in TRANSLATIONS.glob("zh_TW/*.ts"))
    for name in simplified:
        made = script.to_traditional((TRANSLATIONS / "zh_CN" / name).read_text("utf-8"), convert)
        assert made == (TRANSLATIONS / "zh_TW" / name).read_text("utf-8"), name


def test_s2tw_keeps_the_tutorials_words():
    """s2tw, not s2twp: 参数 stays 參數 (not 引數), 激活函数 stays 激活函數 (not 啟用函式)."""
    script = _translations_script()
    text = "<translation>激活函数的参数, 优化器, 下采样</translation>"
    assert script.to_traditional(text, script.s2tw()) == (
        "<translation>激活函數的參數, 優化器, 下採樣</translation>"
    )


def test_a_ts_file_reads_without_qt(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
        "<context><name>messages</name>"
        "<message><source>Train</source><translation>训练</translation></message>"
        '<message><source>Stop</source><translation type="unfinished">停</translation></message>'
        '<message numerus="yes"><source>%n epoch(s)</source><translation>'
        "<numerusform>%n 个 epoch</numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert read_ts(ts) == {
        ("messages", "Train"): "训练",
        ("messages", "%n epoch(s)"): "%n 个 epoch",
    }


def test_the_lessons_texts_and_the_lesson_panel_have_a_file_each(tmp_path):
    """The lessons' JSON texts go to `lesson_texts.ts`, gui/lessons/' own strings to `lessons.ts`:
    one file for both made each `update` overwrite the other's strings."""
    script = _translations_script()
    assert "lessons" in script.areas() and script.LESSON_TEXTS not in script.areas()
    script.update(folder=tmp_path)
    texts = _sources(tmp_path / "zh_CN" / "lesson_texts.ts")
    panel = _sources(tmp_path / "zh_CN" / "lessons.ts")
    assert ("lessons", "1. Linear vs ReLU on the spiral") in texts
    assert {context for context, _ in texts} == {"lessons"}
    assert ("LessonPanel", "Look for:") in panel and not texts & panel


def _sources(ts) -> set[tuple[str, str]]:
    """Every (context, source) of a `.ts` file, translated or not."""
    from xml.etree import ElementTree

    return {
        (context.findtext("name"), message.findtext("source"))
        for context in ElementTree.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def test_every_example_s_name_is_translated_and_lessons_name_presets_as_the_menu_does():
    """The Presets menu and `netbuilder examples` show the examples' names from
    `example_texts.ts`; a lesson that says "Presets > NAME" must say the name the menu shows."""
    from netbuilder.document.bundled import EXAMPLES, LESSONS, TRANSLATIONS
    from netbuilder.document.ts_catalog import read_ts

    names = {json.loads(p.read_text("utf-8"))["name"] for p in EXAMPLES.glob("*.json")}
    shown = read_ts(TRANSLATIONS / "zh_CN" / "example_texts.ts")
    assert {source for context, source in shown if context == "examples"} == names
    lessons = read_ts(TRANSLATIONS / "zh_CN" / "lesson_texts.ts")
    for path in LESSONS.glob("*.json"):
        for text in json.loads(path.read_text("utf-8")).values():
            for name in names:
                if isinstance(text, str) and f"Presets > {name}" in text:
                    assert shown[("examples", name)] in lessons[("lessons", text)], path.name


def test_the_examples_names_have_their_own_file(tmp_path):
    script = _translations_script()
    assert script.EXAMPLE_TEXTS not in script.areas()
    script.update(folder=tmp_path)
    texts = _sources(tmp_path / "zh_CN" / "example_texts.ts")
    assert ("examples", "Small ResNet (2 residual blocks)") in texts
    assert {context for context, _ in texts} == {"examples"}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_stand_ins_before_torch_loads_say_what_replaces_them(language):
    """The greyed docks and run bar shown while torch loads are replaced a moment later: in every
    language they must have the same words, or the name of a dock changes under the user's eyes."""
    from netbuilder.gui.torch_placeholders import BAR_TEXTS, DOCKS

    words = {}
    for ts in (TRANSLATIONS / language).glob("*.ts"):
        words.update(read_ts(ts))
    for title, *_ in DOCKS:
        assert words[("TorchPlaceholders", title)] == words[("TrainingDocks", title)], title
    for text in BAR_TEXTS:
        assert words[("TorchPlaceholders", text)] == words[("RunActions", text)], text
