"""Training speaks the chosen language, and a live switch keeps everything it shows: the run bar,
the Training panel, the plots (titles, axes, legends), the Runs table, the docks. Texts computed
from a run (its epoch, its result) are said again in the new language, with the same numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDockWidget

from netbuilder.engine.training_events import BatchReport, EpochReport
from netbuilder.gui import language
from netbuilder.gui.training.settings_form import TrainingSettingsForm

BATCH = BatchReport(2, 5, 10, 100, 1280, 0.5, 0.8, 1234.0, 0.3, 0.01, 12.0)
EPOCH = EpochReport(2, 5, 0.4, 0.875, 0.45, 0.85, 0.01, 6.0)


def texts(window) -> dict[str, str]:
    """The texts the test looks at, each by what it is."""
    training = window.feature("training")
    panel, plots, runs, bar = training.panel, training.plots, training.runs, window.run_bar
    loss, accuracy = plots.loss_plot.getPlotItem(), plots.accuracy_plot.getPlotItem()
    header = runs.table.horizontalHeaderItem
    docks = {dock.objectName(): dock.windowTitle() for dock in window.findChildren(QDockWidget)}
    return {
        "start": panel.start_button.text(),
        "pause": training.run_actions.pause.text(),
        "step": training.run_actions.step.iconText(),
        "bar epoch": bar.epoch.text(),
        "rate": bar.rate.label.text(),
        "rate tip": bar.rate.toolTip(),
        "rate now": panel.stat_names["rate"].text(),
        "result": panel.result.text(),
        "speed": panel.stats["speed"].text(),
        "settings box": panel.groups["settings"].title(),
        "dataset": panel.data.labels["dataset"].text(),
        "loss title": loss.titleLabel.text,
        "loss axis": loss.getAxis("left").labelText,
        "accuracy title": accuracy.titleLabel.text,
        "legend": " | ".join(label.text for _sample, label in loss.legend.items),
        "lr title": plots.lr_plot.getPlotItem().titleLabel.text,
        "train column": header(5).text(),
        "validation column": header(6).text(),
        "test column": header(7).text(),
        "run name": runs.table.item(0, 0).text(),
        "changes": runs.table.item(0, 4).text(),
        "dock": docks["training_dock"],
        "runs dock": docks["runs_dock"],
    }


ENGLISH = {
    "start": "▶  Start",
    "pause": "&Pause",
    "step": "Step",
    "bar epoch": "Epoch 2/5",
    "rate": "LR",
    "rate now": "Learning rate now",
    "result": "Epoch 2: training accuracy 87.5%, validation 85.0% (loss 0.450)",
    "speed": "1,234 samples/s",
    "settings box": "Training settings",
    "dataset": "Dataset",
    "loss title": "Loss",
    "loss axis": "loss",
    "accuracy title": "Accuracy",
    "legend": "train (each report) | train (smoothed) | validation (per epoch)",
    "lr title": "Learning rate",
    "train column": "Train",
    "validation column": "Val.",
    "test column": "Test acc.",
    "run name": "Run 1",
    "changes": "first run",
    "dock": "Training",
    "runs dock": "Runs",
}
CHINESE = {
    "start": "▶  开始训练",
    "pause": "暂停(&P)",
    "step": "单步",
    "bar epoch": "Epoch 2/5",
    "rate": "学习率",
    "rate now": "当前学习率",
    "result": "Epoch 2：训练集准确率 87.5%，验证集 85.0%（损失 0.450）",
    "speed": "1,234 样本/秒",
    "settings box": "训练设置",
    "dataset": "数据集",
    "loss title": "损失",
    "loss axis": "损失",
    "accuracy title": "准确率",
    "legend": "训练集（每次报告） | 训练集（平滑） | 验证集（每个 epoch）",
    "lr title": "学习率",
    "train column": "训练集",
    "validation column": "验证集",
    "test column": "测试准确率",
    "run name": "运行 1",
    "changes": "第一次运行",
    "dock": "训练",
    "runs dock": "运行记录",
}


def test_training_switches_language_live_and_keeps_its_state(qtbot, window):
    training = window.feature("training")
    panel, plots, runs = training.panel, training.plots, training.runs
    project = window.document.project
    training.run_started.emit(project, "mnist")  # a run's curves, its row and its numbers
    training.batch_reported.emit(BATCH)
    training.epoch_finished.emit(EPOCH)
    panel.form.epochs.setValue(7)  # a value the user typed
    plots.refresh()
    assert texts(window) | {"rate tip": ""} == ENGLISH | {"rate tip": ""}
    try:
        language.apply_language("zh_CN")
        qtbot.waitUntil(lambda: panel.start_button.text() == CHINESE["start"])
        shown = texts(window)
        assert shown | {"rate tip": ""} == CHINESE | {"rate tip": ""}
        assert shown["rate tip"].startswith("学习率：")
        assert window.run_bar.progress.value() == 300, "the run's progress stays"
        training.run_actions.refresh("paused")
        assert training.run_actions.pause.text() == "继续(&R)"
        language.apply_language("en")
        qtbot.waitUntil(lambda: panel.start_button.text() == ENGLISH["start"])
        assert texts(window) | {"rate tip": ""} == ENGLISH | {"rate tip": ""}
    finally:
        language.apply_language("en")
    # nothing was rebuilt or lost: the run's curves and row, the typed value
    assert len(plots.history.runs) == 1 and plots.history.current.batches.size == 1
    assert runs.table.rowCount() == 1
    assert panel.form.epochs.value() == 7 and window.document.project.training.epochs == 7


def test_a_finished_run_and_an_idle_bar_are_said_again(qtbot, window):
    bar = window.run_bar
    panel = window.feature("training").panel
    try:
        language.apply_language("zh_CN")
        qtbot.waitUntil(lambda: bar.progress.format() == "尚未训练")
        assert panel.progress.format() == "未开始"
        assert bar.rate.label.text() == "学习率"
        data = panel.data
        assert data.dataset.currentText() != "" and "Download" not in data.download.text()
        panel.forget_project()
        assert panel.progress.format() == "未开始"
        language.apply_language("en")
        qtbot.waitUntil(lambda: bar.progress.format() == "Not trained yet")
        assert panel.progress.format() == "Not started" and data.download.text() == "Download"
    finally:
        language.apply_language("en")


def test_the_run_bar_fits_its_chinese_texts(qtbot, window):
    """The widest progress text and the pause button's two texts fit at any language."""
    bar = window.run_bar
    try:
        language.apply_language("zh_CN")
        qtbot.waitUntil(lambda: bar.progress.format() == "尚未训练")
        metrics = bar.progress.fontMetrics()
        assert bar.progress.minimumWidth() >= metrics.horizontalAdvance("测试准确率 100.0%")
        pause = bar.widgetForAction(window.feature("training").run_actions.pause)
        assert pause.text() == "暂停"
        assert pause.minimumWidth() >= pause.fontMetrics().horizontalAdvance("继续")
    finally:
        language.apply_language("en")


class SettingsWords(QTranslator):
    """A stand-in for document.ts's "settings" context: a few settings' words in Chinese."""

    WORDS = {
        "Learning rate": "学习率",
        "Optimizer": "优化器",
        "Early stopping patience": "提前终止的耐心",
        "off": "关",
        "How each update follows the gradient": "每次更新如何沿着梯度",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get(source) if context == "settings" else None

    def isEmpty(self) -> bool:
        return False


def test_the_settings_form_says_its_settings_again_and_keeps_what_was_typed(qtbot):
    form = TrainingSettingsForm()
    qtbot.addWidget(form)
    layout = form.layout()
    form.epochs.setValue(9)
    form.early_stopping_patience.setValue(0)
    form.optimizer.setCurrentIndex(form.optimizer.findData("adam"))
    edits = []
    form.settings_changed.connect(edits.append)
    translator = SettingsWords()
    QCoreApplication.installTranslator(translator)
    try:
        label = layout.labelForField(form.learning_rate)
        qtbot.waitUntil(lambda: label.text() == "学习率")
        assert layout.labelForField(form.optimizer).text() == "优化器"
        assert form.optimizer.toolTip() == "每次更新如何沿着梯度"
        assert form.early_stopping_patience.text() == "关"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: label.text() == "Learning rate")
    assert form.early_stopping_patience.text() == "off"
    assert form.epochs.value() == 9 and form.optimizer.currentData() == "adam"
    assert edits == [], "saying the words again is no edit"
