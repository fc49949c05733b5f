"""Predict, Evaluation, Activations, the decision regions, the fit and One step speak Chinese with
the glossary's words, and switch back to English live, keeping what they show."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtWidgets import QDockWidget, QMainWindow

from netbuilder.engine.fit import CURVE, FitFrame, FitPoints
from netbuilder.engine.regions import plane_extent, region_probabilities
from netbuilder.engine.synthetic_digits import DIGIT_STROKES
from netbuilder.engine.two_d import generate
from netbuilder.gui import language
from netbuilder.gui.fit.view import FitView
from netbuilder.gui.predict.integration import attach_prediction, origin_text
from netbuilder.gui.regions.view import RegionsView
from netbuilder.gui.step.view import StepView, demo_record
from tests.test_predict_command import digits_dataset, trained_digit_reader

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def trained():
    return trained_digit_reader()


def switch(qtbot, widget, choice: str, heard: list) -> None:
    """Apply a language and wait until the views heard it (Qt posts LanguageChange)."""
    count = len(heard)
    language.apply_language(choice)
    qtbot.waitUntil(lambda: len(heard) > count)


def titles(window: QMainWindow) -> set[str]:
    return {dock.windowTitle() for dock in window.findChildren(QDockWidget)}


def test_predict_and_evaluation_switch_to_chinese_and_back_keeping_their_state(qtbot, trained):
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = attach_prediction(window)
    controller.set_model(trained)
    controller.set_test_data(digits_dataset())
    panel, evaluation = controller.panel, controller.evaluation_panel
    for stroke in DIGIT_STROKES[7]:
        panel.pad.add_stroke(stroke)
    panel.refresh()
    evaluation.normalised.setChecked(True)
    evaluation.select_cell(7, 7)
    heard: list[str] = []
    language.on_language_change(panel, lambda: heard.append(language.current_language()))
    answer, bars, matrix = panel.answer.text(), panel.bar_values(), evaluation.matrix_values()
    strokes = [list(s) for s in panel.pad.strokes]
    try:
        switch(qtbot, panel, "zh_CN", heard)
        assert {"预测", "评估", "激活值"} <= titles(window)
        assert panel.undo_button.text() == "撤销笔画" and panel.clear_button.text() == "清除"
        assert panel.confidence.text().startswith("把握 ")
        assert panel.chart.getPlotItem().titleLabel.text == "各类别的概率"
        assert "模型：" in panel.model_info.text() and "来自" in panel.model_info.text()
        assert controller.load_action.text() == "加载模型…"
        assert evaluation.summary.text().startswith("测试准确率 ")
        assert "损失" in evaluation.summary.text() and "测试图片" in evaluation.summary.text()
        assert evaluation.test_set.itemText(0) == "它自己的测试集"
        assert evaluation.test_set.itemText(1).endswith(" 测试集")
        plot = evaluation.matrix_widget.getPlotItem()
        assert plot.titleLabel.text == "混淆矩阵"
        assert plot.getAxis("left").labelText == "真实类别"
        assert plot.getAxis("bottom").labelText == "预测类别"
        assert evaluation.per_class_widget.getPlotItem().titleLabel.text == "各类别的准确率"
        assert evaluation.cell_title.text().startswith("标签 7，预测为 7：")
        tile = evaluation.tiles_layout.itemAt(0).widget()
        assert "置信度" in tile.toolTip()
        assert "神经元" in panel.activations.bars_widget.getPlotItem().getAxis("bottom").labelText
        assert "特征图" in panel.activations.note.text()
        assert panel.pad.toolTip() == "用鼠标、手写笔或手指写一个数字"
        # nothing was lost: the drawing, the answer, the chart, the matrix and the clicked cell
        assert panel.answer.text() == answer and np.allclose(panel.bar_values(), bars)
        assert [list(s) for s in panel.pad.strokes] == strokes
        assert np.allclose(evaluation.matrix_values(), matrix) and evaluation.cell == (7, 7)
        assert evaluation.normalised.isChecked()

        switch(qtbot, panel, "en", heard)
        assert {"Predict", "Evaluation", "Activations"} <= titles(window)
        assert panel.undo_button.text() == "Undo stroke"
        assert panel.confidence.text().endswith(" sure")
        assert panel.model_info.text().startswith("Model: <b>small cnn</b>, from a run on ")
        assert evaluation.summary.text().startswith("Test accuracy ")
        assert evaluation.test_set.itemText(0) == "Its own test split"
        assert plot.titleLabel.text == "Confusion matrix"
        assert plot.getAxis("left").labelText == "true class"
        assert evaluation.cell_title.text().startswith("True 7, predicted 7: ")
        assert panel.answer.text() == answer and evaluation.cell == (7, 7)
    finally:
        language.apply_language("en")


def test_a_message_instead_of_an_answer_is_said_again_in_the_new_language(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = attach_prediction(window)
    panel = controller.panel
    heard: list[str] = []
    language.on_language_change(panel, lambda: heard.append(language.current_language()))
    assert panel.confidence.text() == "No trained model yet. Train a network, or open a model file."
    try:
        switch(qtbot, panel, "zh_CN", heard)
        assert panel.confidence.text() == "还没有训练好的模型。请训练一个网络，或打开一个模型文件。"
        assert controller.evaluation_panel.summary.text().startswith("还没有评估")
        assert panel.activations.layer_box.currentText() == "（写一个数字，查看每一层的输出）"
        assert origin_text(("run", 3)) == "第 3 次训练", "the window's words for a run"
        switch(qtbot, panel, "en", heard)
        assert panel.confidence.text().startswith("No trained model yet. ")
        assert panel.activations.layer_box.currentText().startswith("(draw a digit")
    finally:
        language.apply_language("en")


def test_regions_fit_and_one_step_switch_live(qtbot):
    torch.manual_seed(0)
    regions, fit, step = RegionsView(), FitView(), StepView()
    for view in (regions, fit, step):
        qtbot.addWidget(view)
    spiral = generate("spiral")
    regions.set_dataset(spiral)
    model = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.ReLU(), torch.nn.Linear(8, 3))
    regions.show_frame(region_probabilities(model, plane_extent(spiral), 20))
    regions.describe(0.1, 0.2)
    x = np.linspace(-1, 1, 5)
    fit.show_frame(
        FitFrame(FitPoints(CURVE, x, x, x, x, (-1.0, 1.0, -1.0, 1.0), (-1.0, 1.0)), x, x)
    )
    step.show_step(demo_record())
    heard: list[str] = []
    language.on_language_change(step, lambda: heard.append(language.current_language()))
    image, curve = regions.image_array(), fit.curve_data()
    try:
        switch(qtbot, step, "zh_CN", heard)
        assert "类别" in regions.hover.text() and "x +0.10, y +0.20" in regions.hover.text()
        assert regions.export_button.text() == "导出 PNG…"
        assert fit.caption.text().startswith("点：训练数据")
        assert fit.plot.getPlotItem().getAxis("bottom").labelText == "输入 x"
        headers = [step.layers.horizontalHeaderItem(c).text() for c in range(4)]
        assert headers == ["层", "‖梯度‖", "‖更新量‖", "更新量/权重"]
        assert "epoch" in step.summary.text() and "损失" in step.summary.text()
        assert "学习率" in step.summary.text()
        assert step.batch.title.text().startswith("<b>这个 batch</b>")
        assert "标签" in step.batch.title.text()
        assert "梯度" in step.maps.state.text() and "优化器" not in step.maps.title.text()
        assert step.maps.title.text().startswith("<b>层 ")
        # the same pictures as before
        assert np.array_equal(regions.image_array(), image)
        assert all(np.array_equal(a, b) for a, b in zip(fit.curve_data(), curve, strict=True))
        assert step.record is not None and step.layers.rowCount() == len(step.record.layers)

        switch(qtbot, step, "en", heard)
        assert "class" in regions.hover.text()
        assert fit.caption.text().startswith("Dots: training data")
        assert step.layers.horizontalHeaderItem(0).text() == "Layer"
        assert "loss " in step.summary.text() and step.batch.title.text().startswith(
            "<b>The batch</b>"
        )
    finally:
        language.apply_language("en")


def test_the_model_source_has_room_for_two_chinese_lines_at_any_font_size(qtbot):
    """A Chinese line is taller than a Latin one, and presenter mode's font larger: the source
    line above the pad keeps room for two lines of either (it was two Latin lines of the first
    font, which cut the second Chinese line)."""
    from PySide6.QtWidgets import QLabel

    from netbuilder.gui.predict.panel import PredictPanel
    from netbuilder.gui.theme import sized_font

    panel = PredictPanel()
    qtbot.addWidget(panel)

    def two_chinese_lines() -> int:
        label = QLabel("模型：这是一行<br>画布此后已修改")
        label.setFont(panel.model_info.font())
        return label.sizeHint().height()

    assert panel.model_info.height() >= two_chinese_lines()
    before = panel.model_info.height()
    panel.setFont(sized_font(24))  # as presenter mode makes the app font larger
    assert panel.model_info.height() >= two_chinese_lines() > before
