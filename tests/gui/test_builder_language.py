"""The builder in Chinese: the palette, blocks, inspector, Problems list, code view, layer table,
status summary and lock banner say their words in the chosen language, and English again after a
live switch back, keeping what the user had (selection, typed filter, scroll, the editors)."""

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from netbuilder.document.catalog import CATALOG, CATEGORIES
from netbuilder.document.ts_catalog import catalog
from netbuilder.gui import commands, language
from netbuilder.gui.builder import StatusSummary
from netbuilder.gui.builder.catalog_words import CONTEXT
from netbuilder.gui.builder.palette import CATEGORY_ROLE, TYPE_ROLE

LINEAR_DOC = "Fully connected: every output is a weighted sum of all inputs plus a bias."


class CatalogWords(QTranslator):
    """The layer catalog's words in the context "catalog", where document/catalog.py marks them
    (their translation is the document area's, in document.ts): a few, enough to see that the
    builder passes every catalog text it shows through that context."""

    WORDS = {
        "Activation": "激活函数",
        "Linear": "全连接层",
        LINEAR_DOC: "全连接层：每个输出都是所有输入的加权和再加上偏置。",
        "Number of filters (output feature maps).": "卷积核的个数（输出特征图数）。",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        """The catalog's word, or None (a null string: the next translator is asked)."""
        return self.WORDS.get(source) if context == "catalog" else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def _views(window):
    builder = window.feature("builder")
    return builder, window.canvas, window.findChild(StatusSummary)


def _group(palette, category: str):
    return next(g for g in palette._groups() if g.data(0, CATEGORY_ROLE) == category)


def _entry(palette, type_id: str):
    return next(e for e in palette.entries() if e.data(0, TYPE_ROLE) == type_id)


def _block(canvas, type_id: str):
    uid = next(layer.uid for layer in canvas.document.network.layers if layer.type_id == type_id)
    return canvas.block_for(uid)


def test_the_builder_speaks_chinese_and_english_again_without_losing_state(qtbot, builder_window):
    window = builder_window
    builder, canvas, summary = _views(window)
    conv = window.document.network.layers[0].uid
    canvas.select_layer(conv)
    editor = builder.inspector.editor("out_channels")
    builder.palette.filter_box.setText("sig")
    filtered = builder.palette.visible_type_ids()
    header = lambda: builder.layer_table.horizontalHeaderItem(3).text()  # noqa: E731
    catalog = CatalogWords()
    try:
        language.apply_language("zh_CN")
        QCoreApplication.installTranslator(catalog)
        qtbot.waitUntil(lambda: header() == "参数")
        qtbot.waitUntil(lambda: _group(builder.palette, "Activation").text(0) == "激活函数")

        # The palette: categories and explanations in the catalog's words, the filter as typed.
        palette = builder.palette
        assert _group(palette, "Linear").text(0) == "全连接层"
        assert "全连接层：" in _entry(palette, "Linear").toolTip(0)
        assert _entry(palette, "Linear").text(0) == "Linear"  # layer types stay as PyTorch has them
        assert palette.filter_box.placeholderText() == "筛选层…"
        assert palette.filter_box.text() == "sig" and palette.visible_type_ids() == filtered
        # The blocks: words translated, type names and key parameters not.
        assert canvas.input_item.content.title == "输入"
        assert "通道" in canvas.input_item.content.tooltip
        assert canvas.output_item.content.title == "输出：10 个类别"
        sigmoid = _block(canvas, "Sigmoid").content
        assert (sigmoid.title, sigmoid.category_text, sigmoid.detail) == ("Sigmoid", "激活函数", "")
        conv_block = canvas.block_for(conv).content
        assert conv_block.title == "Conv2d" and conv_block.detail == "6@5x5 pad 2"
        assert conv_block.params_text.endswith("个参数")
        assert canvas.lock_banner.text() == "训练期间已锁定编辑"
        assert canvas.selected_uid() == conv
        # The inspector: the same editors, with translated help and words around them.
        inspector = builder.inspector
        assert inspector.uid == conv and inspector.editor("out_channels") is editor
        assert editor.toolTip() == "卷积核的个数（输出特征图数）。"
        assert inspector.inferred_text().startswith("输入 1 × 28 × 28 → 输出 6 × 28 × 28")
        assert "in_channels = 1（由输入决定）" in inspector.inferred_text()
        # The other docks and the status bar.
        assert window.dock("builder.palette").windowTitle() == "层"
        assert window.dock("builder.problems").windowTitle() == "问题"
        assert builder.problems.item(0).text() == "没有问题：网络可以开始训练。"
        assert builder.code_view.copy_button.text() == "复制(&C)"
        assert builder.code_view.status.text() == "此网络的 PyTorch 代码："
        table = builder.layer_table
        assert (
            table.row_texts(0)[1] == "输入" and table.row_texts(table.rowCount() - 1)[1] == "合计"
        )
        assert "参数 <b>" in summary.text() and "✔ 有效" in summary.text()

        QCoreApplication.removeTranslator(catalog)
        language.apply_language("en")
        qtbot.waitUntil(lambda: header() == "Parameters")
        qtbot.waitUntil(lambda: _group(builder.palette, "Activation").text(0) == "Activation")
        assert palette.filter_box.placeholderText() == "Filter layers…"
        assert palette.filter_box.text() == "sig" and palette.visible_type_ids() == filtered
        assert _entry(palette, "Linear").toolTip(0) == f"<b>Linear</b><br>{LINEAR_DOC}"
        assert canvas.input_item.content.title == "Input"
        assert canvas.output_item.content.title == "Output: 10 classes"
        assert _block(canvas, "Sigmoid").content.category_text == "Activation"
        assert canvas.lock_banner.text() == "Editing locked while training"
        assert canvas.selected_uid() == conv
        assert inspector.editor("out_channels") is editor
        assert editor.toolTip() == "Number of filters (output feature maps)."
        assert inspector.inferred_text().startswith("in 1 × 28 × 28 → out 6 × 28 × 28")
        assert window.dock("builder.palette").windowTitle() == "Layers"
        assert window.dock("builder.problems").windowTitle() == "Problems"
        assert builder.problems.item(0).text() == "No problems: the network is ready to train."
        assert builder.code_view.copy_button.text() == "&Copy"
        assert table.row_texts(0)[1] == "Input"
        assert "Parameters <b>" in summary.text() and "✔ valid" in summary.text()
    finally:
        QCoreApplication.removeTranslator(catalog)
        language.apply_language("en")


def test_a_switch_keeps_the_code_view_and_problems_where_they_were_scrolled(qtbot, builder_window):
    window = builder_window
    builder = window.feature("builder")
    code = builder.code_view.editor
    code.resize(code.width(), 60)  # so the code scrolls
    bar = code.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 3)
    bar.setValue(3)
    problems = builder.problems
    problems.setCurrentRow(0)
    try:
        language.apply_language("zh_CN")
        qtbot.waitUntil(lambda: builder.code_view.status.text() == "此网络的 PyTorch 代码：")
        assert bar.value() == 3
        assert problems.currentRow() == 0
    finally:
        language.apply_language("en")
    qtbot.waitUntil(lambda: builder.code_view.status.text() == "PyTorch code for this network:")
    assert bar.value() == 3


def test_a_problem_s_block_says_error_in_the_chosen_language(qtbot, builder_window):
    window = builder_window
    canvas = window.canvas
    flatten = next(layer for layer in window.document.network.layers if layer.type_id == "Flatten")
    assert commands.delete_layer(window.document, flatten.uid)  # the Linear after it: an error
    linear = next(layer for layer in window.document.network.layers if layer.type_id == "Linear")
    try:
        language.apply_language("zh_CN")
        qtbot.waitUntil(lambda: canvas.input_item.content.title == "输入")
        assert "错误：" in canvas.block_for(linear.uid).content.tooltip
        assert canvas.output_item.content.params_text == "共 2.57k 个参数"
    finally:
        language.apply_language("en")
    qtbot.waitUntil(lambda: canvas.input_item.content.title == "Input")
    assert "Error:" in canvas.block_for(linear.uid).content.tooltip


def test_the_catalog_s_words_are_translated_in_the_context_the_builder_asks(qtbot):
    """The catalog's texts are the document area's to mark and translate (document.ts); the
    builder shows them through the context "catalog" (gui/builder/catalog_words.py)."""
    table = catalog("zh_CN")
    contexts = {context for (context, source) in table if source == LINEAR_DOC}
    if not contexts:
        pytest.skip("the layer catalog's texts are not translated yet (document.ts)")
    assert CONTEXT in contexts, (
        f"the catalog is translated in {contexts}, the builder asks {CONTEXT!r}"
    )
    texts = [*CATEGORIES, *(t.doc for t in CATALOG.values())]
    texts += [p.doc for t in CATALOG.values() for p in t.params]
    assert [text for text in texts if (CONTEXT, text) not in table] == []
    assert table[(CONTEXT, "Activation")] == "激活函数"
    assert "全连接层" in table[(CONTEXT, LINEAR_DOC)]
