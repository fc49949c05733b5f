"""A new project starts clean: everything a project shows belongs to its session, which
File > New, Open, a preset, a lesson or recovery replaces, and every view follows it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from netbuilder.document.lesson import LESSONS
from netbuilder.engine.data import default_data_dir
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.engine.two_d import generate
from netbuilder.gui import commands
from netbuilder.gui.training.controller import State
from tests.gui.conftest import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
WAIT_MS = 60_000
SPIRAL_LESSON = LESSONS / "01-linear-vs-relu.json"
LENET_LESSON = LESSONS / "04-lenet5.json"


def set_training(window, **changes) -> None:
    document = window.document
    commands.change_training(document, dataclasses.replace(document.project.training, **changes))


def train(qtbot, window, dataset=None) -> None:
    training = window.feature("training")
    with qtbot.waitSignal(training.model_trained, timeout=WAIT_MS):
        assert training.panel.start(dataset=dataset)
    qtbot.waitUntil(lambda: training.state == State.IDLE, timeout=WAIT_MS)


def train_spiral_lesson(qtbot, window) -> None:
    """Lesson 1, trained with two folds: a score, fold results, faded curves and regions."""
    assert window.feature("lessons").open_lesson(SPIRAL_LESSON) is not None
    set_training(window, epochs=2, folds=2)
    train(qtbot, window)
    assert window.run_bar.progress.format().startswith("2-fold: ")
    assert "2-fold cross-validation" in window.feature("training").panel.result.text()
    assert len(window.feature("training").plots.history.runs) == 2, "one run per fold"
    assert "class" in window.feature("regions").describe(0.0, 0.5)


def assert_starts_clean(window) -> None:
    """Nothing any view shows comes from an earlier project."""
    training, bar, panel = (
        window.feature("training"),
        window.run_bar,
        window.feature("training").panel,
    )
    assert bar.progress.format() == "Not trained yet" and bar.epoch.text() == ""
    assert panel.result.text() == "" and panel.progress.format() == "Not started"
    assert {label.text() for label in panel.stats.values()} == {"–"}
    assert training.plots.history.runs == [] and training.plots.curves == {}, "no faded runs"
    plots = training.plots
    for plot in (plots.loss_plot, plots.accuracy_plot, plots.lr_plot, plots.speed_plot):
        assert plot.getPlotItem().viewRange()[0] == [0, 1], "no earlier run's epochs on an axis"
    assert plots.loss_plot.getPlotItem().viewRange()[1] == [0, 1], "nor its loss"
    assert training.trained_model is None and window.document.session.trained is None
    assert (
        window.feature("regions").frame is None
        and window.feature("regions").describe(0.0, 0.5) == ""
    )
    assert window.feature("predict").trained is None
    assert window.feature("predict").source_text().startswith("No model yet")
    assert window.feature("predict").evaluation_panel.evaluation is None
    assert window.feature("predict").evaluation_panel.test_set.currentData() == ""  # its own split
    assert (
        window.feature("training").runs.log.runs == []
        and window.document.session.latest_run is None
    )
    assert not window.feature("training").run_actions.save_model.isEnabled()
    assert all(dock.isHidden() for dock in window.feature("predict").docks.values()), (
        "no model, no Predict tab"
    )
    assert not window.feature("step").records and window.dock("step.view").isHidden()
    classes = window.document.num_classes
    assert window.feature("training").plots.chance.value() == pytest.approx(100 / classes)


def test_a_lesson_after_a_trained_lesson_and_file_new_start_clean(qtbot, training_window):
    """The scripted scene: lesson 1 trained, lesson 4, a few batches, File > New."""
    window = training_window
    train_spiral_lesson(qtbot, window)
    assert window.feature("lessons").open_lesson(LENET_LESSON) is not None
    assert_starts_clean(window)
    assert not window.dock("regions.view").isVisible()

    set_training(window, epochs=1, batch_size=50)
    train(qtbot, window, synthetic_digits(200, 40, seed=3))
    assert window.run_bar.epoch.text() == "Epoch 1/1"
    assert window.run_bar.progress.format().startswith("Test accuracy ")
    assert len(window.feature("training").plots.history.runs) == 1, "LeNet's own run, nothing faded"
    (row,) = window.feature("training").runs.log.runs
    assert row.name == "Run 1" and row.network == "LeNet-5"
    assert "from run 1 " in window.feature("predict").source_text(), (
        "one numbering with the Runs table"
    )
    assert window.feature("predict").evaluation_panel.test_set.currentData() == "mnist"

    loss = window.feature("training").plots.loss_plot.getPlotItem()
    loss.getViewBox().autoRange()  # as painting does: the axes fit the run's curves
    assert loss.viewRange()[1] != [0, 1]

    assert window.new_document()
    assert_starts_clean(window)
    assert window.feature("training").panel.data.data_dir() == default_data_dir()
    assert loss.viewRange() == [[0, 1], [0, 1]], "no earlier run's loss or epochs on the axes"


def test_the_second_projects_first_run_is_run_1_in_predict_too(qtbot, training_window):
    window = training_window
    set_training(window, epochs=1, batch_size=50)
    digits = synthetic_digits(200, 40, seed=4)
    for _ in range(2):
        train(qtbot, window, digits)
    assert "from run 2 " in window.feature("predict").source_text()
    window.load_preset(EXAMPLES / "logistic_regression.json")
    set_training(window, epochs=1, batch_size=50)
    train(qtbot, window, digits)
    assert [run.name for run in window.feature("training").runs.log.runs] == ["Run 1"]
    assert "from run 1 " in window.feature("predict").source_text()


def test_an_image_folder_model_is_not_evaluated_on_the_last_models_dataset(
    qtbot, training_window, tmp_path
):
    window = training_window
    set_training(window, epochs=1, batch_size=50)
    train(qtbot, window, synthetic_digits(200, 40, seed=5))
    prediction = window.feature("predict")
    trained = window.feature("training").trained_model
    fashion = dataclasses.replace(trained, project=trained.project.copy())
    fashion.project.dataset = "fashion-mnist"
    prediction.set_model(fashion)
    assert prediction.evaluation_panel.test_set.currentData() == "fashion-mnist"
    shapes = dataclasses.replace(trained, project=trained.project.copy())
    shapes.project.dataset = str(tmp_path / "shapes")
    prediction.set_model(shapes)
    panel = prediction.evaluation_panel
    assert panel.test_set.currentData() == "" and panel.test_set.currentText() == (
        "Its own test split"
    )
    assert prediction.evaluate_on("") and panel.evaluation is not None


def test_the_data_folder_is_the_datasets_own_not_the_last_projects(
    qtbot, training_window, tmp_path
):
    window = training_window
    data = window.feature("training").panel.data
    fashion_folder = tmp_path / "fashion-mnist"
    fashion_folder.mkdir()
    data.dataset.setCurrentIndex(data.dataset.findData("fashion-mnist"))
    data.folder.setText(str(fashion_folder))
    data.folder.editingFinished.emit()
    assert window.new_document()
    assert window.document.project.dataset == "mnist"
    assert data.data_dir() == default_data_dir(), "MNIST is not looked for in the other folder"
    assert str(fashion_folder) not in data.status.text()
    data.dataset.setCurrentIndex(data.dataset.findData("fashion-mnist"))
    assert data.data_dir() == fashion_folder, "the folder chosen for Fashion-MNIST is kept for it"
    assert window.feature("predict").data_dir("fashion-mnist") == fashion_folder
    assert window.feature("predict").data_dir("mnist") == default_data_dir()


def test_a_start_that_fails_before_its_first_batch_leaves_no_run(qtbot, training_window):
    window = training_window
    training = window.feature("training")
    points = generate("spiral")  # (x, y) points for LeNet-5, which wants 28x28 images
    errors: list[tuple[str, str]] = []
    training.panel.show_error = lambda title, text: errors.append((title, text))
    with qtbot.waitSignal(training.training_failed, timeout=WAIT_MS):
        assert training.panel.start(dataset=points)
    qtbot.waitUntil(lambda: training.state == State.IDLE, timeout=WAIT_MS)
    assert training.runs.log.runs == [] and training.runs.table.rowCount() == 0
    assert training.plots.history.runs == [] and training.plots.curves == {}
    assert window.document.session.latest_run is None
    assert errors, "the failure itself is still said"


def test_after_stop_the_run_bar_and_the_panel_say_the_same_epoch(qtbot, training_window):
    window = training_window
    training = window.feature("training")
    set_training(window, epochs=5, batch_size=10)
    stop_once = []

    def stop(_report) -> None:
        if not stop_once:
            stop_once.append(True)
            training.stop()

    training.batch_reported.connect(stop)
    train(qtbot, window, synthetic_digits(400, 40, seed=6))
    panel = training.panel
    assert window.run_bar.epoch.text() == "Epoch 1/5"
    assert panel.stats["epoch"].text() == "1 / 5"
    assert "during epoch 1" in panel.result.text() and "after 0 epochs" not in panel.result.text()


def open_everything(window):
    for path in sorted(EXAMPLES.glob("*.json")):
        yield path.name, lambda p=path: window.open_file(p)
    for path in sorted(LESSONS.glob("*.json")):
        yield path.name, lambda p=path: window.feature("lessons").open_lesson(p) is not None


def test_opening_any_example_or_lesson_leaves_it_unmodified(qtbot, training_window):
    window = training_window
    asked: list[str] = []
    window.ask_save_changes = lambda: asked.append("asked") or QMessageBox.StandardButton.Discard
    window.show()
    window.dock("training.panel").show()  # the Training panel shows each project as it opens
    for name, open_it in open_everything(window):
        assert open_it(), name
        assert not window.document.modified and not window.isWindowModified(), name
    assert window.close() and asked == [], "closing asks nothing: nothing changed"


def test_a_view_echoing_the_opened_project_is_not_an_edit(qtbot, training_window):
    """A view that answers the new project with an edit (a rounded value, a form that reads
    itself back) cannot mark it changed: the document takes no edit while it is replaced."""
    window = training_window
    document = window.document
    document.network_reset.connect(lambda: set_training(window, epochs=7))
    assert window.open_file(EXAMPLES / "lenet5.json")
    assert not document.modified and document.project.training.epochs != 7
    assert not Path(document.path).with_suffix(".runs.json").exists()


def test_the_regression_fit_is_the_projects_own(qtbot, training_window):
    window = training_window
    window.load_preset(EXAMPLES / "regression.json")
    set_training(window, epochs=2)
    train(qtbot, window)
    assert window.feature("fit").frame is not None
    window.load_preset(EXAMPLES / "lenet5.json")
    assert (
        window.feature("fit").frame is None
        and window.feature("fit").points is None
        and window.feature("fit").source is None
    )
    assert window.feature("regions").frame is None
