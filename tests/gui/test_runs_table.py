"""The Runs table: each run with what changed, ticks hide curves, rename, CSV, saved beside the project."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest
from PySide6.QtCore import Qt

from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project, save_project
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.gui import commands
from netbuilder.gui.training.controller import State
from netbuilder.gui.training.integration import open_host
from netbuilder.gui.training.runs import RunLog, RunsFileError

WAIT_MS = 30_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def digits():
    return synthetic_digits(300, 100, seed=3)


def tiny_project() -> Project:
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 10})], (1, 28, 28))
    settings = TrainingSettings(
        batch_size=50, epochs=1, learning_rate=0.01, device="cpu", validation_fraction=0.2
    )
    return Project(network, settings, "synthetic-digits", "tiny")


def train_once(qtbot, controller, digits) -> None:
    with qtbot.waitSignal(controller.model_trained, timeout=WAIT_MS):
        assert controller.start(controller.panel_project(), "synthetic-digits", dataset=digits)
    if controller.busy:
        with qtbot.waitSignal(
            controller.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s == State.IDLE
        ):
            pass


@pytest.fixture
def trained_twice(qtbot, digits, tmp_path):
    """A saved project trained with lr 0.01, then with lr 0.05."""
    window, controller = open_host(tiny_project())
    qtbot.addWidget(window)
    controller.threads = 1
    controller.panel_project = lambda: window.document.project
    path = tmp_path / "tiny.json"
    save_project(window.document.project, path)
    window.document.mark_saved(str(path))
    train_once(qtbot, controller, digits)
    changed = dataclasses.replace(window.document.project.training, learning_rate=0.05)
    commands.change_training(window.document, changed)
    train_once(qtbot, controller, digits)
    return window, controller, path


def test_two_runs_name_the_setting_that_changed(trained_twice):
    _window, controller, _path = trained_twice
    runs = controller.runs
    first, second = runs.log.runs
    assert first.changes == "first run"
    assert second.changes == "lr 0.01 → 0.05"
    assert runs.table.rowCount() == 2
    assert runs.table.item(1, 4).text() == "lr 0.01 → 0.05"
    for run in (first, second):
        assert run.network == "tiny" and run.parameters == 784 * 10 + 10
        assert 0 <= run.train_accuracy <= 1 and run.test_accuracy is not None
        assert run.seconds is not None and run.seconds > 0
    assert runs.table.item(0, 2).text() == "7,850"


def test_each_run_shows_its_baselines_beside_its_result(trained_twice):
    _window, controller, path = trained_twice
    runs = controller.runs
    for row, run in enumerate(runs.log.runs):
        assert 0.05 < run.baseline_constant < 0.3  # ten digit classes: about one in ten
        assert run.baseline_linear > run.baseline_constant  # a straight line reads digits
        assert runs.table.item(row, 9).text() == (
            f"linear {run.baseline_linear * 100:.1f} % · majority {run.baseline_constant * 100:.1f} %"
        )
    saved = json.loads(path.with_suffix(".runs.json").read_text())["runs"][0]
    assert saved["baseline_linear"] == runs.log.runs[0].baseline_linear
    rows = list(csv.DictReader(io.StringIO(runs.log.to_csv())))
    assert float(rows[0]["baseline_constant"]) == runs.log.runs[0].baseline_constant


def test_unticking_hides_that_runs_curves_only(trained_twice):
    _window, controller, _path = trained_twice
    runs, plots = controller.runs, controller.plots
    first, second = runs.log.runs
    runs.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not first.visible
    assert not any(c.isVisible() for c in plots.curves[first.curves].values())
    assert all(c.isVisible() for c in plots.curves[second.curves].values())
    runs.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert all(c.isVisible() for c in plots.curves[first.curves].values())


def test_rename_sticks_and_csv_has_the_rows(trained_twice, tmp_path):
    _window, controller, _path = trained_twice
    runs = controller.runs
    runs.table.item(1, 0).setText("faster lr")
    assert runs.log.runs[1].name == "faster lr"
    assert runs.table.item(1, 0).text() == "faster lr"
    runs.table.item(0, 0).setText("   ")  # an empty name is refused
    assert runs.table.item(0, 0).text() == "Run 1"
    assert runs.export_csv(str(tmp_path / "runs.csv"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "runs.csv").read_text())))
    assert [r["name"] for r in rows] == ["Run 1", "faster lr"]
    assert rows[1]["changes"] == "lr 0.01 → 0.05" and rows[1]["parameters"] == "7850"


def test_runs_survive_a_restart(qtbot, trained_twice):
    _window, controller, path = trained_twice
    controller.runs.rename(2, "faster lr")
    runs_file = path.with_suffix(".runs.json")
    data = json.loads(runs_file.read_text())
    assert data["format"] == "netbuilder-runs" and data["schema_version"] == 1
    from netbuilder.document.project import load_project

    window2, controller2 = open_host(load_project(path))
    qtbot.addWidget(window2)
    window2.document.reset(load_project(path), str(path))  # as File > Open does
    table = controller2.runs.table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["Run 1", "faster lr"]
    assert table.item(1, 4).text() == "lr 0.01 → 0.05"
    assert controller2.runs.log.runs == controller.runs.log.runs


def test_a_broken_runs_file_is_named_and_changes_nothing(qtbot, tmp_path):
    project = tiny_project()
    path = tmp_path / "p.json"
    save_project(project, path)
    (tmp_path / "p.runs.json").write_text('{"format": "netbuilder-runs", "schema_version": 1, ')
    with pytest.raises(RunsFileError, match="p.runs.json"):
        RunLog.load(tmp_path / "p.runs.json")
    window, controller = open_host(project)
    qtbot.addWidget(window)
    window.document.reset(project, str(path))
    assert controller.runs.table.rowCount() == 0
    assert "p.runs.json" in controller.runs.message.text()


def test_linear_vs_relu_names_the_layer_change():
    log = RunLog()
    linear = tiny_project()
    linear.network = Network([Layer("Linear", {"out_features": 8}), Layer("Linear")], (2,))
    relu = linear.copy()
    relu.network.layers.insert(1, Layer("ReLU"))
    log.add(linear, "spiral")
    run = log.add(relu, "spiral")
    assert run.changes == "layers Linear-ReLU-Linear (was Linear-Linear)"
    assert log.add(relu, "spiral").changes == "same settings"


def test_a_layer_moved_out_of_a_block_is_a_change_and_blocks_read_as_nested():
    from netbuilder.document.network import branches, residual

    log = RunLog()
    inside = tiny_project()
    inside.network = Network.of(
        residual(("Linear", {"out_features": 2}), "ReLU"),
        branches(["Tanh"], [], merge="add"), "Linear", input_shape=(2,),
    )  # fmt: skip
    log.add(inside, "spiral")
    outside = inside.copy()
    relu = outside.network.layers[0].children.pop()
    outside.network.layers.insert(1, relu)  # the same layers in the same order, one block less
    run = log.add(outside, "spiral")
    assert run.changes == (
        "layers Residual[Linear]-ReLU-Branches[Tanh | ]-Linear "
        "(was Residual[Linear-ReLU]-Branches[Tanh | ]-Linear)"
    )
    merged = outside.copy()
    merged.network.layers[2].params["merge"] = "concat"
    merged.network.layers[0].params["shortcut"] = "projection"
    assert log.add(merged, "spiral").changes == (
        "Residual shortcut identity → projection; Branches merge add → concat"
    )


def test_runs_of_an_untitled_project_are_saved_with_it(qtbot, digits, tmp_path):
    window, controller = open_host(tiny_project())
    qtbot.addWidget(window)
    controller.threads = 1
    controller.panel_project = lambda: window.document.project
    train_once(qtbot, controller, digits)
    assert controller.runs.table.rowCount() == 1
    path = tmp_path / "later.json"
    save_project(window.document.project, path)
    window.document.mark_saved(str(path))  # as File > Save As does
    assert RunLog.load(tmp_path / "later.runs.json").runs == controller.runs.log.runs
    window.document.reset(Project())  # File > New: no runs
    assert controller.runs.table.rowCount() == 0


@pytest.mark.parametrize(
    "change",
    [{"train_accuracy": "high"}, {"parameters": 1.5}, {"layers": "Linear"}, {"visible": 1},
     {"number": None}, {"name": 7}],
)  # fmt: skip
def test_a_hand_edited_run_of_the_wrong_type_is_refused(tmp_path, change):
    good = {"number": 1, "name": "Run 1", "network": "n", "dataset": "spiral"}
    data = {"format": "netbuilder-runs", "schema_version": 1, "runs": [{**good, **change}]}
    (tmp_path / "p.runs.json").write_text(json.dumps(data))
    with pytest.raises(RunsFileError, match="p.runs.json"):
        RunLog.load(tmp_path / "p.runs.json")
    data["runs"] = [good]
    (tmp_path / "p.runs.json").write_text(json.dumps(data))
    assert RunLog.load(tmp_path / "p.runs.json").runs[0].name == "Run 1"


def test_a_model_loaded_after_a_failed_run_is_not_that_runs_result(qtbot, digits):
    window, controller = open_host(tiny_project())
    qtbot.addWidget(window)
    controller.threads = 1
    controller.panel_project = lambda: window.document.project
    train_once(qtbot, controller, digits)
    trained = controller.trained_model
    runs = controller.runs
    runs.start_run(window.document.project, "synthetic-digits")
    runs.note_batch()  # it trained, then the loss became NaN: a run, kept without results
    controller.panel.show_error = lambda title, text: None  # no modal box in a test
    controller.training_failed.emit("failed_training", "loss is NaN")
    controller.set_trained_model(trained)  # File > Load model
    assert runs.log.runs[1].test_accuracy is None and runs.table.item(1, 7).text() == ""


def test_the_apps_own_examples_get_no_runs_file_beside_them(tmp_path):
    from netbuilder.gui import files
    from netbuilder.gui.training.runs_table import _runs_file

    assert _runs_file(str(files.EXAMPLES / "lenet5.json")) is None
    assert _runs_file(str(tmp_path / "mine.json")) == tmp_path / "mine.runs.json"
    assert _runs_file(None) is None


def test_an_autoencoders_run_says_reconstruction_error_where_others_say_accuracy(qtbot):
    """Its Train, Val., Test and Baseline cells, headers and tooltips name the MSE it is."""
    from types import SimpleNamespace

    from netbuilder.document.project import load_project
    from netbuilder.gui import language
    from netbuilder.gui.training.run_columns import HEADERS, TEST
    from netbuilder.gui.training.runs_table import RunsTable
    from tests.paths import EXAMPLES

    table = RunsTable()
    qtbot.addWidget(table)
    history = [SimpleNamespace(train_accuracy=0.0976, val_accuracy=0.0703)]
    metrics = {"test_reconstruction_mse": 0.0715, "mean_image_mse": 0.0643}
    trained = SimpleNamespace(
        model=SimpleNamespace(parameters=lambda: []),
        result=SimpleNamespace(history=history, finished=SimpleNamespace(seconds=1.0)),
        evaluation=None,
        task="reconstruction",
        metrics=lambda: metrics,
    )
    table.start_run(load_project(EXAMPLES / "autoencoder_mlp.json"), "fashion-mnist")
    table.finish_run(trained)
    header = table.table.horizontalHeaderItem
    cells = [table.table.item(0, c).text() for c in range(len(HEADERS))]
    assert cells[5:8] == ["MSE 0.0976", "MSE 0.0703", "MSE 0.0715"]
    assert cells[9] == "mean image MSE 0.0643"
    assert header(TEST).text() == "Test MSE"
    for column in (5, 6, 7):
        assert header(column).toolTip().startswith("Reconstruction error (MSE)")
        assert "ccuracy" not in header(column).toolTip()
        assert table.table.item(0, column).toolTip().startswith("Reconstruction error (MSE)")
    assert "mean training image" in header(9).toolTip()
    table.start_run(tiny_project(), "synthetic-digits")
    classified = SimpleNamespace(**vars(trained))
    classified.task, classified.evaluation = "classification", SimpleNamespace(accuracy=0.9)
    classified.result = SimpleNamespace(
        history=[SimpleNamespace(train_accuracy=0.8, val_accuracy=0.85)],
        finished=SimpleNamespace(seconds=1.0),
    )
    table.finish_run(classified)
    assert header(TEST).text() == "Test", "runs of both kinds: each cell says what it is"
    assert table.table.item(1, TEST).text() == "90.0 %"
    assert table.table.item(1, 5).toolTip() == "Accuracy on the training data"
    assert "Accuracy" in header(5).toolTip() and "Reconstruction error" in header(5).toolTip()
    table.log.runs.pop()
    try:
        language.apply_language("zh_CN")
        qtbot.waitUntil(lambda: header(TEST).text() == "测试均方误差")
        assert header(5).toolTip().startswith("训练集上的重建误差（均方误差）")
        assert table.table.item(0, 9).text() == "平均图像 MSE 0.0643"
    finally:
        language.apply_language("en")
    qtbot.waitUntil(lambda: header(TEST).text() == "Test MSE")
