"""k-fold cross-validation in the app: one Train, K runs, each fold a row in the Runs table."""

from __future__ import annotations

import dataclasses

import pytest

from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project
from netbuilder.document.settings import SettingsError, TrainingSettings
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.gui.training.controller import State
from netbuilder.gui.training.integration import open_host

WAIT_MS = 60_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def folds_project(folds: int) -> Project:
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 10})], (1, 28, 28))
    settings = TrainingSettings(
        optimizer="adam", batch_size=50, epochs=3, learning_rate=0.005, device="cpu", folds=folds
    )
    return Project(network, settings, "synthetic-digits", "tiny")


@pytest.fixture
def host(qtbot):
    window, controller = open_host(folds_project(3))
    qtbot.addWidget(window)
    controller.threads = 1
    return window, controller


def wait_idle(qtbot, controller) -> None:
    qtbot.waitUntil(lambda: controller.state == State.IDLE, timeout=WAIT_MS)


def test_one_train_makes_a_run_per_fold_with_its_validation_accuracy(qtbot, host):
    window, controller = host
    digits = synthetic_digits(300, 60, seed=4)
    results = []
    controller.folds_finished.connect(results.append)
    assert controller.panel.start(dataset=digits)
    wait_idle(qtbot, controller)

    runs = controller.runs.log.runs
    assert [r.name for r in runs] == ["Run 1 · fold 1/3", "Run 2 · fold 2/3", "Run 3 · fold 3/3"]
    assert "3-fold cross-validation" in runs[0].changes
    assert [r.changes for r in runs[1:]] == ["fold 2 of 3", "fold 3 of 3"]
    (result,) = results
    assert [r.val_accuracy for r in runs] == pytest.approx(result.accuracies)
    assert all(r.test_accuracy is None for r in runs)  # scored on held-out folds, not the test set
    assert all(0.25 < a <= 1.0 for a in result.accuracies)  # above chance (0.1) on each fold
    assert controller.runs.table.rowCount() == 3
    assert len(controller.plots.history.runs) == 3  # each fold has its own curves
    text = controller.panel.result.text()
    assert "3-fold cross-validation" in text
    assert f"{result.mean:.2%} ± {result.std:.2%}" in text


def test_stop_ends_the_fold_and_skips_the_rest(qtbot, host):
    window, controller = host
    digits = synthetic_digits(3000, 60, seed=4)
    results = []
    controller.folds_finished.connect(results.append)
    controller.batch_reported.connect(lambda _r: controller.stop())
    assert controller.panel.start(dataset=digits)
    wait_idle(qtbot, controller)
    (result,) = results
    assert len(result.accuracies) == 1 and result.folds == 3
    assert "stopped after 1 of 3" in controller.panel.result.text()
    assert len(controller.runs.log.runs) == 1


def test_the_folds_field_edits_the_project_and_rejects_one_fold(qtbot, host):
    window, controller = host
    form = controller.panel.form
    assert form.folds.value() == 3
    assert not form.validation.isEnabled()  # each fold holds out its own part
    form.folds.setValue(0)
    assert window.document.project.training.folds == 0
    assert form.validation.isEnabled()
    assert form.folds.text() == "off"
    form.folds.setValue(1)
    assert window.document.project.training.folds == 0  # unchanged
    assert "at least 2 folds" in form.problem.text()
    with pytest.raises(SettingsError, match="at least 2 folds"):
        dataclasses.replace(TrainingSettings(), folds=1).check()


def test_the_run_bar_ends_on_the_mean_and_the_model_names_its_held_out_fold(qtbot):
    from netbuilder.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.feature("training").threads = 1
    window.document.reset(folds_project(2), None)
    assert window.feature("training").panel.start(dataset=synthetic_digits(200, 40, seed=5))
    wait_idle(qtbot, window.feature("training"))
    assert window.run_bar.progress.format().startswith("2-fold: ")
    assert window.feature("training").trained_model.dataset_title.endswith("fold 2/2 held out")
    assert "fold 2/2 held out" in window.feature("predict").source_text()
