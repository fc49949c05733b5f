"""Lessons and explorers in Chinese: the panel, the menus and the explorers switch live, keeping
the open lesson and the explorers' settings; every lesson text has its translation."""

import json
import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from netbuilder.document.bundled import TRANSLATIONS
from netbuilder.document.catalog import CATALOG
from netbuilder.document.ts_catalog import read_ts
from netbuilder.gui import language
from netbuilder.gui.explore.activation_explorer import ActivationExplorer
from tests.paths import LESSONS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

FIELDS = ("title", "summary", "try", "look_for", "question")
GLOSSARY = {  # GLOSSARY.zh.md: where a lesson says the English term, its translation says this
    "accuracy": "准确率",
    "learning rate": "学习率",
    "overfitting": "过拟合",
    "early stopping": "提前终止",
    "initialisation": "初始化",
    "normalisation": "归一化",
    "gradient": "梯度",
    "vanishing gradient": "梯度消失",
    "loss": "损失",
    "validation": "验证",
    "momentum": "动量",
    "k-fold cross-validation": "K折交叉验证",
    "convolution": "卷积",
    "filter": "卷积核",
    "max pooling": "最大池化",
    "parameter": "参数",
    "weight": "权重",
    "spiral": "螺旋",
    "optimizer": "优化器",
    "activation": "激活函数",
    "hidden": "隐藏",
    "sample": "样本",
    "minim": "极小值",
    "test accuracy": "测试准确率",
}
NAMES = re.compile(  # a preset's name, a command, layer types and other names, numbers, files
    r"Spiral: Linear, ReLU, Linear|netbuilder optimize .*--start 0 0"
    r"|\b(Linear|ReLU|LeakyReLU|ELU|Sigmoid|Tanh|Softmax|Dropout|MaxPool|SGD|Adam|MNIST|MLP|CNN"
    r"|LeNet-5|Kaiming|Himmelblau)\b|\d+(?:[.,]\d+)*|torch\.\w+|examples/\S+\.json"
)


def lesson_texts() -> list[str]:
    texts = []
    for path in sorted(LESSONS.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        texts += [data[field] for field in FIELDS if data.get(field)]
    return texts


def test_every_lesson_text_has_a_finished_chinese_translation_in_the_glossary_s_words():
    translated = read_ts(TRANSLATIONS / "zh_CN" / "lesson_texts.ts")
    texts = lesson_texts()
    assert len(texts) == 80
    for text in texts:
        chinese = translated.get(("lessons", text))
        assert chinese, f"no zh_CN translation: {text}"
        for english, word in GLOSSARY.items():
            if english in NAMES.sub("", text).lower():  # a preset's name is a name
                assert word in chinese, f"{english} -> {word}: {chinese}"
        for name in NAMES.finditer(text):  # layer types, names and numbers stay as they are
            assert name.group(0) in chinese, f"{name.group(0)} lost: {chinese}"


def test_a_lesson_and_the_explorers_switch_to_chinese_and_back_live(window, qtbot):
    lessons, explore = window.feature("lessons"), window.feature("explore")
    lesson = lessons.open_lesson(LESSONS / "01-linear-vs-relu.json")
    explore.show_activations()
    explore.show_playground()
    activations, playground = explore.activations, explore.playground
    activations.slots[2].choose("LeakyReLU")
    activations.stop.setValue(3.0)
    playground.set_start(0, 0)
    playground.advance(10)
    path = playground.curves["adam"].getData()[0].copy()
    try:
        language.apply_language("zh_CN")
        qtbot.waitUntil(lambda: "螺旋" in lessons.panel.plain_text())
        text = lessons.panel.plain_text()
        assert text.startswith("1. 螺旋数据上的 Linear 与 ReLU")
        assert "动手试试：" in text and "观察要点：" in text and "课堂提问：" in text
        assert "测试准确率" in text and "ReLU" in text and "Try:" not in text
        assert lessons.panel.lesson is lesson, "the open lesson stays open"
        assert lessons.menu.title() == "课程(&L)" and lessons.dock.windowTitle() == "课程"
        assert lessons.menu.actions()[0].text().startswith("1. 螺旋")
        assert explore.menu.title() == "探索(&X)"
        qtbot.waitUntil(lambda: activations.windowTitle() == "激活函数探索器")
        assert activations.slots[0].title() == "激活函数 1"
        assert activations.tabs.tabText(0) == "曲线"
        assert "雅可比矩阵" in activations.softmax.jacobian_plot.getPlotItem().titleLabel.text
        assert activations.slots[2].type_id == "LeakyReLU" and activations.stop.value() == 3.0
        assert playground.windowTitle() == "优化器游乐场"
        assert playground.reset_button.text() == "重置" and playground.run_button.text() == "运行"
        assert "adam：第 10 步" in playground.status.text()
        assert (playground.curves["adam"].getData()[0] == path).all(), "the race stays"

        language.apply_language("en")
        qtbot.waitUntil(lambda: "Try:" in lessons.panel.plain_text())
        assert lessons.panel.plain_text().startswith("1. Linear vs ReLU on the spiral")
        assert lessons.menu.title() == "&Lessons" and explore.menu.title() == "E&xplore"
        assert activations.windowTitle() == "Activation explorer"
        assert activations.slots[2].type_id == "LeakyReLU"
        assert "adam: step 10" in playground.status.text()
    finally:
        language.apply_language("en")
        activations.close()
        playground.close()


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_the_longest_lesson_in_chinese_reads_without_scrolling(window, qtbot, size):
    """As tests/gui/test_layout_small_screens.py asks of English: a tall bottom tab in front."""
    lessons = window.feature("lessons")
    try:
        language.apply_language("zh_CN")
        window.resize(*size)
        window.dock("builder.code").raise_()
        QApplication.processEvents()
        half = window.height() // 2
        window.resizeDocks([window.dock("builder.code")], [half], Qt.Orientation.Vertical)
        chinese = read_ts(TRANSLATIONS / "zh_CN" / "lesson_texts.ts")
        longest = max(
            sorted(LESSONS.glob("*.json")),
            key=lambda path: sum(
                len(chinese[("lessons", text)])
                for field, text in json.loads(path.read_text("utf-8")).items()
                if field in FIELDS
            ),
        )
        lessons.open_lesson(longest)
        text = lessons.panel.text
        qtbot.waitUntil(lambda: text.document().size().height() <= text.viewport().height())
        assert "课堂提问" in lessons.panel.plain_text()
        assert text.verticalScrollBar().maximum() == 0
        assert window.canvas.height() >= 300
    finally:
        language.apply_language("en")


class _CatalogMarks(QTranslator):
    """A pseudo translation of the layer catalog's words only: «text»."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return f"«{source}»" if context == "catalog" else None  # None: not translated here

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name): an empty one changes no language
        return False


def test_the_activation_explorer_s_tips_are_the_catalog_s_words_in_the_language(qtbot):
    explorer = ActivationExplorer()
    qtbot.addWidget(explorer)
    slot = explorer.slots[2]
    slot.choose("LeakyReLU")
    marks = _CatalogMarks()
    relu = slot.choice.findData("ReLU")
    try:
        QCoreApplication.installTranslator(marks)
        qtbot.waitUntil(lambda: slot.editors[0].toolTip().startswith("«"))
        assert slot.choice.itemData(relu, Qt.ItemDataRole.ToolTipRole).startswith("«")
    finally:
        QCoreApplication.removeTranslator(marks)
    qtbot.waitUntil(lambda: not slot.editors[0].toolTip().startswith("«"))
    assert slot.choice.itemData(relu, Qt.ItemDataRole.ToolTipRole) == CATALOG["ReLU"].doc
