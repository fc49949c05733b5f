"""The Sweep dialog: a sweep in its own process fills the ranked table and the Runs table, and
Apply best to project is one undo step."""

from __future__ import annotations

import dataclasses

import pytest

from netbuilder.document.project import load_project
from netbuilder.gui import language
from netbuilder.gui.sweep.dialog import SweepDialog, apply_values_as_edit
from netbuilder.gui.sweep.space import candidates, ranked
from netbuilder.gui.training.integration import open_host
from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def moons():
    project = load_project(EXAMPLES / "moons_relu.json")
    project.training = dataclasses.replace(
        project.training, epochs=3, device="cpu", validation_fraction=0.2
    )
    return project


def test_the_rows_name_hidden_layers_by_number_but_not_the_output_layer():
    names = [name for name, _range, _on in candidates(moons())]
    assert "learning_rate" in names and "1.out_features" in names
    assert "3.out_features" not in names  # the output layer's width is the number of classes


def test_ranked_puts_the_best_complete_trial_first():
    trials = [
        {"number": 0, "state": "complete", "value": 0.8},
        {"number": 1, "state": "pruned", "value": None},
        {"number": 2, "state": "complete", "value": 0.9},
        {"number": 3, "state": "failed", "value": None},
    ]
    assert [t["number"] for t in ranked(trials, maximize=True)] == [2, 0, 1, 3]
    assert [t["number"] for t in ranked(trials, maximize=False)] == [0, 2, 1, 3]


def test_applying_settings_and_a_layer_width_is_one_undo_step(qtbot):
    window, _controller = open_host(moons())
    qtbot.addWidget(window)
    document = window.document
    apply_values_as_edit(document, {"learning_rate": 0.05, "1.out_features": 24})
    assert document.project.training.learning_rate == 0.05
    assert document.project.network.layers[0].params["out_features"] == 24
    document.undo_stack.undo()
    assert document.project.training.learning_rate == 0.01
    assert document.project.network.layers[0].params["out_features"] == 16


def test_a_sweep_in_the_app_ranks_its_trials_and_applies_the_best(qtbot):
    window, controller = open_host(moons())
    qtbot.addWidget(window)
    dialog = SweepDialog(window.document, controller.runs, window)
    qtbot.addWidget(dialog)
    for row in range(dialog.space.rowCount()):
        box, field = dialog.space.cellWidget(row, 0), dialog.space.cellWidget(row, 1)
        box.setChecked(box.text() == "learning_rate")
        if box.text() == "learning_rate":
            field.setText("log:0.005..0.2")
    dialog.trial_count.setValue(3)
    with qtbot.waitSignal(dialog.sweep_ended, timeout=240_000):
        assert dialog.start()
    assert len(dialog.trials) >= 3
    assert dialog.ranking.rowCount() == len(dialog.trials)
    best = dialog.best()
    assert best is not None and dialog.ranking.item(0, 0).text() == str(best["number"])
    complete = [t for t in dialog.trials if t["state"] == "complete"]
    assert len(controller.runs.log.runs) == len(complete)  # each finished trial is a run
    assert controller.runs.log.runs[0].baseline_linear is not None
    assert dialog.apply_button.isEnabled()
    lines = [i for i in dialog.plots.lines.getPlotItem().items if hasattr(i, "getData")]
    assert len(lines) == len(complete)  # one line per complete trial in parallel coordinates
    assert set(dialog.importances) <= {"learning_rate"}  # {} while the scores are all equal
    assert dialog.apply_best()
    lr = best["params"]["learning_rate"]
    assert window.document.project.training.learning_rate == pytest.approx(lr)
    window.document.undo_stack.undo()
    assert window.document.project.training.learning_rate == 0.01


def test_the_dialog_speaks_chinese_and_back(qtbot):
    window, controller = open_host(moons())
    qtbot.addWidget(window)
    dialog = SweepDialog(window.document, controller.runs, window)
    qtbot.addWidget(dialog)
    try:
        language.apply_language("zh_CN")
        qtbot.waitUntil(lambda: dialog.apply_button.text() == "把最佳取值应用到项目")
        assert dialog.ranking.horizontalHeaderItem(2).text() == "验证得分"
        assert dialog.windowTitle() == "超参数搜索"
    finally:
        language.apply_language("en")
    qtbot.waitUntil(lambda: dialog.apply_button.text() == "Apply best to project")


def test_importances_are_drawn_as_bars(qtbot):
    import pyqtgraph as pg

    from netbuilder.gui.sweep.plots import TrialPlots

    plots = TrialPlots()
    qtbot.addWidget(plots)
    plots.show_importances({"learning_rate": 0.7, "1.out_features": 0.3})
    bars = [i for i in plots.shares.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    assert len(bars) == 1
    assert list(bars[0].opts["width"]) == [0.7, 0.3], "horizontal bars: names on the left"
    names = dict(plots.shares.getAxis("left")._tickLevels[0])
    assert names == {1: "learning_rate", 0: "1.out_features"}, "the most important on top"
    plots.show_importances({"3.2.out_channels_of_a_long_name": 1.0})
    assert dict(plots.shares.getAxis("left")._tickLevels[0])[0] == "3.2.out…ong_name"


def test_parallel_coordinates_stagger_their_names_so_neighbours_never_overlap(qtbot):
    from netbuilder.document.sweep_space import parse_param
    from netbuilder.gui.sweep.plots import TrialPlots

    plots = TrialPlots()
    qtbot.addWidget(plots)
    texts = ["learning_rate=log:0.001..0.3", "batch_size=16,32", "weight_decay=0..0.01"]
    plots.show_trials([], [parse_param(text) for text in texts], maximize=True)
    labels = [label for _x, label in plots.lines.getAxis("bottom")._tickLevels[0]]
    assert labels == ["learning_rate", "\nbatch_size", "weight_decay", "\nscore"]


def test_a_failed_trial_says_why_in_chinese_and_an_autoencoder_sweep_minimizes(qtbot):
    from netbuilder.gui.training.run_columns import TEST

    window, controller = open_host(load_project(EXAMPLES / "autoencoder_mlp.json"))
    qtbot.addWidget(window)
    dialog = SweepDialog(window.document, controller.runs, window)
    qtbot.addWidget(dialog)
    dialog.swept = window.document.project.copy()
    reason = {"code": "trial_pruned", "args": {"epoch": 2}}
    failed = {"number": 0, "state": "failed", "value": None, "params": {}, "metrics": {},
              "epochs": 1, "reason": {"code": "trial_no_score", "args": {}}}  # fmt: skip
    metrics = {"test_reconstruction_mse": 0.05, "mean_image_mse": 0.07}
    complete = [{"number": n, "state": "complete", "value": value, "params": {}, "epochs": 3,
                 "metrics": metrics, "reason": None} for n, value in ((1, 0.06), (2, 0.04))]  # fmt: skip
    pruned = {**failed, "number": 3, "state": "pruned", "reason": reason}
    try:
        language.apply_language("zh_CN")
        for trial in (failed, *complete, pruned):
            dialog._receive({"trial": trial})
        dialog._receive({"trial": {**failed, "number": 4}})
        assert dialog.status.text() == "试验 4 失败：这次试验没有有限的验证得分"
        tips = {dialog.ranking.item(r, 0).text(): dialog.ranking.item(r, 1).toolTip()
                for r in range(dialog.ranking.rowCount())}  # fmt: skip
        assert "在第 2 个 epoch 后停止" in tips["3"] and tips["1"] == ""
    finally:
        language.apply_language("en")
    qtbot.waitUntil(lambda: "has no finite validation score" in dialog.status.text())
    assert dialog.best()["number"] == 2, "the lower reconstruction error is the better"
    assert dialog.ranking.horizontalHeaderItem(2).text() == "Validation error (MSE)"
    runs = controller.runs
    assert [run.task for run in runs.log.runs] == ["reconstruction"] * 2
    assert runs.table.horizontalHeaderItem(TEST).text() == "Test MSE"
    window.document.undo_stack.setClean()


def test_stop_ends_the_sweep_cleanly_and_start_goes_on_with_the_study(qtbot):
    window, controller = open_host(moons())
    qtbot.addWidget(window)
    dialog = SweepDialog(window.document, controller.runs, window)
    qtbot.addWidget(dialog)
    dialog.trial_count.setValue(500)
    with qtbot.waitSignal(dialog.trial_finished, timeout=240_000):
        assert dialog.start()
    with qtbot.waitSignal(dialog.sweep_ended, timeout=60_000):
        dialog.stop()
    assert not dialog.running
    assert dialog.start_button.isEnabled() and not dialog.stop_button.isEnabled()
    seen = {t["number"] for t in dialog.trials}
    with qtbot.waitSignal(dialog.trial_finished, timeout=240_000) as caught:
        assert dialog.start()  # the same search: the same study goes on
    assert caught.args[0]["number"] > max(seen)
    assert len(dialog.trials) > len(seen)  # the earlier trials are kept
    with qtbot.waitSignal(dialog.sweep_ended, timeout=60_000):
        dialog.stop()
