"""The evaluation panel and the Predict/Evaluation docks wired into a main window."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from netbuilder.engine.synthetic_digits import DIGIT_STROKES
from netbuilder.gui.evaluation.panel import MAX_TILES, EvaluationPanel
from netbuilder.gui.predict.integration import attach_prediction
from tests.test_predict_command import digits_dataset, trained_digit_reader

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def trained():
    return trained_digit_reader()


@pytest.fixture(scope="module")
def test_split():
    return digits_dataset().test  # the split trained_digit_reader was scored on


@pytest.fixture
def panel(qtbot, trained, test_split):
    panel = EvaluationPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 720)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_evaluation(trained.evaluation, test_split.images, trained.classes)
    return panel


def click_cell(panel: EvaluationPanel, true: int, predicted: int) -> None:
    """A real left click on the centre of the cell, through the scene's click handling."""
    view = panel.matrix_widget
    scene_point = panel.matrix_widget.getPlotItem().vb.mapViewToScene(QPointF(predicted, true))
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(scene_point),
    )


def test_matrix_totals_and_accuracy(panel, trained, test_split):
    evaluation = trained.evaluation
    assert panel.matrix_values().sum() == len(test_split) == evaluation.confusion.sum()
    trace = np.trace(panel.matrix_values()) / panel.matrix_values().sum()
    assert trace == pytest.approx(evaluation.accuracy)
    assert f"{evaluation.accuracy:.1%}" in panel.summary.text()
    nonzero = np.count_nonzero(evaluation.confusion)
    assert len(panel._texts) == nonzero  # one count per non-empty cell
    assert {t.toPlainText() for t in panel._texts} >= {str(evaluation.confusion[0, 0])}
    assert np.allclose(panel.per_class.opts["height"], np.nan_to_num(evaluation.per_class_accuracy))


def test_row_normalised_toggle(panel, trained):
    panel.normalised.setChecked(True)
    assert np.allclose(panel.matrix_values().sum(axis=1), 1.0)
    panel.normalised.setChecked(False)
    assert panel.matrix_values().sum() == trained.evaluation.confusion.sum()


def test_clicking_cells_shows_their_images_most_confident_first(qtbot, panel, trained, tmp_path):
    evaluation = trained.evaluation
    off = evaluation.confusion - np.diag(np.diag(evaluation.confusion))
    true, predicted = np.unravel_index(off.argmax(), off.shape)  # the commonest mistake
    for cell in ((int(true), int(predicted)), (3, 3)):
        with qtbot.waitSignal(panel.cell_selected, timeout=2000):
            click_cell(panel, *cell)
        expected = evaluation.indices_for_cell(*cell)[:MAX_TILES]
        assert panel.cell == cell
        assert list(panel.shown_indices) == list(expected)
        assert np.all(np.diff(evaluation.confidences[panel.shown_indices]) <= 0)
        assert panel.tiles_layout.count() == len(expected)
        tiles = [panel.tiles_layout.itemAt(i).widget() for i in range(len(expected))]
        assert [t.property("test_index") for t in tiles] == list(expected)
    click_cell(panel, int(true), int(predicted))
    qtbot.waitUntil(lambda: panel.tiles_layout.itemAt(0).widget().isVisible())
    assert panel.grab().save(str(tmp_path / "evaluation.png"))


class FakeTrainingController(QObject):
    model_trained = Signal(object)


def test_attach_prediction_docks_and_follows_training(qtbot, trained):
    window = QMainWindow()
    qtbot.addWidget(window)
    training = FakeTrainingController()
    controller = attach_prediction(window, training)
    titles = {dock.windowTitle() for dock in window.findChildren(QDockWidget)}
    assert {"Predict", "Evaluation"} <= titles
    assert controller.load_action in [
        a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
    ]
    training.model_trained.emit(trained)
    assert controller.panel.trained is trained
    assert controller.evaluation_panel.evaluation is trained.evaluation
    controller.panel.pad.add_stroke(DIGIT_STROKES[7][0])
    controller.show_activations_for(1)
    assert controller.panel.activations.layer_box.currentIndex() == 1


def test_loaded_model_is_evaluated_on_test_data(qtbot, tmp_path, trained, test_split):
    path = tmp_path / "model.pt"
    trained.save(path)
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = attach_prediction(window)
    loaded = controller.load_model(str(path))
    assert loaded.evaluation is None and controller.evaluation_panel.evaluation is None
    controller.set_test_data(digits_dataset())
    shown = controller.evaluation_panel.evaluation
    assert shown.confusion.sum() == len(test_split)
    assert shown.accuracy == pytest.approx(trained.evaluation.accuracy)


def test_evaluate_on_starts_at_the_models_own_dataset_and_is_off_for_other_data(qtbot, trained):
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = attach_prediction(window)
    panel = controller.evaluation_panel
    assert trained.project.dataset == "synthetic-digits"
    controller.set_model(trained)
    assert panel.test_set.currentData() == "synthetic-digits"  # not "MNIST test set"
    assert panel.evaluate_button.isEnabled()
    points = dataclasses.replace(trained, project=trained.project.copy())
    points.project.network.input_shape = (2,)
    points.project.dataset = "spiral"
    controller.set_model(points)
    assert not panel.evaluate_button.isEnabled()  # the digit test sets do not fit a 2-D model
    assert "28x28" in panel.evaluate_button.toolTip()


def tile_colours(panel) -> list[bool]:
    """For each tile: whether its picture has colour (an attribution) rather than grey."""
    coloured = []
    for i in range(panel.tiles_layout.count()):
        picture = panel.tiles_layout.itemAt(i).widget().findChildren(QLabel)[0].pixmap().toImage()
        samples = [picture.pixelColor(x, y) for x in range(0, 84, 3) for y in range(0, 84, 3)]
        coloured.append(any(c.red() != c.blue() for c in samples))
    return coloured


def test_why_colours_the_mistakes_by_what_pushed_them_to_their_answer(qtbot, trained):
    window = QMainWindow()
    qtbot.addWidget(window)
    training = FakeTrainingController()
    controller = attach_prediction(window, training)
    panel = controller.evaluation_panel
    assert not panel.why_box.isEnabled(), "no model: nothing to ask why"
    training.model_trained.emit(trained)
    assert panel.why_box.isEnabled()
    evaluation = trained.evaluation
    off = evaluation.confusion - np.diag(np.diag(evaluation.confusion))
    true, predicted = np.unravel_index(off.argmax(), off.shape)
    panel.select_cell(int(true), int(predicted))
    assert not any(tile_colours(panel))
    asked = []
    explain = panel.explainer
    panel.explainer = lambda pixels, target: asked.append(target) or explain(pixels, target)
    panel.why_box.setChecked(True)
    assert all(tile_colours(panel)) and asked == [int(predicted)] * len(asked) and asked
    training.model_trained.emit(None)
    assert not panel.why_box.isEnabled()
