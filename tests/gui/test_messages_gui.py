"""The GUI words every message through Qt's translation, in one place (gui/messages.py): a
translator installed turns the Problems list, the layer table and the Train reason; without one
the English reads as before, plurals included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from netbuilder.document.messages import Message
from netbuilder.document.network import Network
from netbuilder.document.project import Project, ProjectError, project_from_dict
from netbuilder.engine.training_events import LossNotFiniteError
from netbuilder.gui import messages
from netbuilder.gui.builder import LayerTable, ProblemsPanel
from netbuilder.gui.builder.canvas_content import output_content
from netbuilder.gui.document import Document

WORDS = {
    ("messages", "Layer {number} ({type}): {text}"): "第 {number} 层（{type}）：{text}",
    ("messages", "The network has nothing to learn: add a Linear layer"): "网络没有可学习的参数",
    ("messages", "Cannot open {path}: {reason}"): "无法打开 {path}：{reason}",
    ("messages", "the top level must be a JSON object"): "顶层必须是 JSON 对象",
    ("messages", "Training failed"): "训练失败",
    ("Counted", "%n error(s)"): "%n 个错误",
    ("Counted", "Cannot train yet (%n error(s)): {first}"): "还不能训练（%n 个错误）：{first}",
}


class Translator(QTranslator):
    """A stand-in for a .qm file: the few sentences above, in Chinese."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return WORDS.get((context, source))

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def chinese(qapp):
    translator = Translator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def broken_document() -> Document:
    """Nothing to learn, and an output that is not the classes: two errors, one a layer's."""
    return Document(Project(Network.of("Flatten", "ReLU"), dataset="mnist"))


def test_problems_and_counts_go_through_qt_translation(qtbot, chinese):
    document = broken_document()
    problems = ProblemsPanel(document)
    table = LayerTable(document)
    qtbot.addWidget(problems)
    qtbot.addWidget(table)
    texts = [problems.item(row).text() for row in range(problems.count())]
    assert "网络没有可学习的参数" in texts
    assert any(text.startswith("第 2 层（ReLU）：The network outputs 784") for text in texts)
    count = len(document.analysis.errors)
    assert table.row_texts(table.rowCount() - 1)[5] == f"{count} 个错误"
    reason = messages.cannot_train(document.analysis)
    assert reason.startswith(f"还不能训练（{count} 个错误）：")


def test_errors_and_failure_titles_go_through_qt_translation(chinese):
    with pytest.raises(ProjectError) as raised:
        project_from_dict([], "bad.json")
    assert messages.error_text(raised.value) == "无法打开 bad.json：顶层必须是 JSON 对象"
    assert messages.failure_title("failed_training") == "训练失败"
    nan = LossNotFiniteError(Message("loss_not_finite", {"epoch": 1, "batch": 2, "lr": 10.0}))
    assert messages.error_text(nan).startswith("Training stopped at epoch 1, batch 2")  # no .qm


def test_without_a_translation_the_english_reads_as_before(qtbot):
    document = broken_document()
    count = len(document.analysis.errors)
    assert count > 1
    assert messages.cannot_train(document.analysis).startswith(
        f"Cannot train yet ({count} errors): "
    )
    assert messages.error_count(1) == "1 error" and messages.error_count(2) == "2 errors"
    assert messages.epoch_count(1) == "1 epoch" and messages.steps_to_undo(3) == (
        "3 steps can be undone"
    )
    assert output_content(document.analysis, 10).detail == f"{count} errors to fix"
    table = LayerTable(document)
    qtbot.addWidget(table)
    last = table.row_texts(2)[5]
    assert last.startswith("The network outputs 784"), "the row names the layer: no prefix"


def test_a_residual_problem_in_chinese_writes_shapes_as_its_blocks_do(qtbot):
    """The Problems list says "16×14×14" in Chinese too, the shape the block below it shows."""
    from netbuilder.document.network import residual
    from netbuilder.gui import language
    from netbuilder.gui.builder.block_item import format_shape
    from tests.nested import conv

    block = residual(conv(16, 2))
    document = Document(Project(Network.of(conv(8), block, "Flatten", ("Linear", {}))))
    try:
        language.apply_language("zh_CN")
        problems = ProblemsPanel(document)
        qtbot.addWidget(problems)
        text = problems.item(0).text()
        assert "Residual" in text and "层" in text and "(" not in text
        assert "8×28×28" in text and "16×14×14" in text
        assert format_shape((16, 14, 14)).replace(" ", "") == "16×14×14"
    finally:
        language.apply_language("en")
