"""The Evaluation panel shows the images behind each cell, after training and after loading."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from netbuilder.gui.evaluation.panel import MAX_TILES, TILE_SCALE
from netbuilder.gui.predict.integration import attach_prediction
from tests.gui.test_evaluation_panel import click_cell
from tests.idx_files import write_idx_folder
from tests.test_predict_command import digits_dataset, trained_digit_reader

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class FakeTraining(QObject):
    model_trained = Signal(object)
    run_started = Signal(object, str)

    def set_trained_model(self, trained) -> None:
        self.model_trained.emit(trained)


@pytest.fixture(scope="module")
def trained():
    return trained_digit_reader()


@pytest.fixture
def host(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    training = FakeTraining()
    controller = attach_prediction(window, training)
    window.errors = []
    controller.show_error = lambda title, text: window.errors.append((title, text))
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window, training, controller


def tile_pixels(tile) -> np.ndarray:
    """The 28x28 picture a tile shows, read back from its (nearest-neighbour) pixmap."""
    from PySide6.QtWidgets import QLabel

    image = tile.findChild(QLabel).pixmap().toImage()
    middle = TILE_SCALE // 2
    return np.array(
        [[image.pixelColor(x * TILE_SCALE + middle, y * TILE_SCALE + middle).red()
          for x in range(28)] for y in range(28)],
        dtype=np.uint8,
    )  # fmt: skip


def assert_cell_shows_exactly_its_images(qtbot, panel, images, cell) -> None:
    with qtbot.waitSignal(panel.cell_selected, timeout=2000):
        click_cell(panel, *cell)
    evaluation = panel.evaluation
    expected = evaluation.indices_for_cell(*cell)[:MAX_TILES]
    assert len(expected) > 0
    assert "not available" not in panel.cell_title.text()
    tiles = [panel.tiles_layout.itemAt(i).widget() for i in range(panel.tiles_layout.count())]
    assert [t.property("test_index") for t in tiles] == list(expected)
    for tile, index in list(zip(tiles, expected, strict=True))[:5]:
        assert evaluation.labels[index] == cell[0] and evaluation.predictions[index] == cell[1]
        assert np.array_equal(tile_pixels(tile), images[index])


def test_after_training_a_cell_click_shows_exactly_that_cells_images(qtbot, host, trained):
    _window, training, controller = host
    assert trained.test_split is not None, "a run keeps the images it was scored on"
    training.model_trained.emit(trained)
    panel = controller.evaluation_panel
    images = trained.test_split.images.numpy()
    evaluation = panel.evaluation
    off = evaluation.confusion - np.diag(np.diag(evaluation.confusion))
    mistake = tuple(int(i) for i in np.unravel_index(off.argmax(), off.shape))
    for cell in (mistake, (2, 2)):
        assert_cell_shows_exactly_its_images(qtbot, panel, images, cell)


def test_a_loaded_model_is_evaluated_on_a_test_set_chosen_in_the_panel(
    qtbot, host, trained, tmp_path
):
    _window, _training, controller = host
    controller.data_dir = lambda *_: tmp_path  # no MNIST there: the click only reports that
    path = tmp_path / "model.pt"
    trained.save(path)
    panel = controller.evaluation_panel
    assert not panel.evaluate_button.isEnabled()
    controller.load_model(str(path))
    assert panel.evaluation is None and panel.evaluate_button.isEnabled()
    test = digits_dataset().test
    images = test.images.numpy()
    folder = write_idx_folder(
        tmp_path / "digits",
        {"train": (images[:10], test.labels.numpy()[:10]), "test": (images, test.labels.numpy())},
    )
    with qtbot.waitSignal(panel.evaluate_requested) as asked:
        panel.test_set.setCurrentIndex(panel.test_set.findData("mnist"))
        panel.evaluate_button.click()
    assert asked.args == ["mnist"]
    assert controller.evaluate_on(str(folder))
    assert panel.evaluation.confusion.sum() == len(test)
    assert panel.evaluation.accuracy == pytest.approx(trained.evaluation.accuracy)
    assert_cell_shows_exactly_its_images(qtbot, panel, images, (4, 4))


def test_missing_test_images_are_reported_in_the_apps_words(qtbot, host, trained, tmp_path):
    window, training, controller = host
    controller.data_dir = lambda *_: tmp_path
    training.model_trained.emit(trained)
    assert not controller.evaluate_on("mnist")
    ((title, text),) = window.errors
    assert "MNIST test images are not on this computer" in text
    assert "--" not in text and "urlopen" not in text
