"""The decision-regions view: it follows 2-D projects, redraws while training, hovers, exports."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from netbuilder.gui.main_window import MainWindow
from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT_MS = 60_000


@pytest.fixture
def window(qtbot, tmp_path):
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.feature("training").close_guard.ask_stop = lambda: True
    window.open_file(EXAMPLES / "spiral_relu.json")
    window.show()
    return window


def test_regions_change_while_training_and_end_on_the_final_model(qtbot, window, tmp_path):
    view, training = window.feature("regions"), window.feature("training")
    assert view.dock.isVisible() and view.dataset is not None
    assert not window.document.analysis.errors, "the 3-class network fits the 3-class spiral"
    frames = []
    view.frame_shown.connect(lambda: frames.append(view.image_array()))
    with qtbot.waitSignal(training.model_trained, timeout=WAIT_MS):
        assert training.panel.start()
    qtbot.waitUntil(lambda: not training.busy, timeout=WAIT_MS)
    assert len(frames) >= 3, "live frames during training, then the final one"
    assert not np.array_equal(frames[0], frames[-1]), "the regions changed as the network learnt"
    assert not training.plots.filters.isVisible(), "regions take the filter view's place"
    assert training.plots.chance.value() == pytest.approx(100 / 3), "chance: one arm in three"
    assert not view.hover.text().startswith("Train to see"), "no stale invitation after training"
    text = view.describe(0.0, 0.9)
    assert "class" in text and "%" in text
    assert view.export_png(str(tmp_path / "r.png")) and (tmp_path / "r.png").stat().st_size > 1000
    evaluation = window.dock("predict.evaluation")
    assert not evaluation.isHidden(), "Evaluation joined the tabs"
    assert not view.visibleRegion().isEmpty(), "the regions stay in front, not Evaluation"


def test_image_projects_hide_the_regions(qtbot, window):
    window.open_file(EXAMPLES / "lenet5.json")
    assert not window.dock("regions.view").isVisible()


def test_the_training_panel_edits_the_data_and_undo_restores_it(qtbot, window):
    box = window.feature("training").panel.data.params
    assert box.isVisible() and box.editors["points"].value() == 200
    box.editors["points"].setValue(50)
    box.editors["points"].editingFinished.emit()
    assert window.document.project.dataset_params["points"] == 50
    assert len(window.feature("regions").dataset.train) == 3 * 38, "the view shows the new points"
    window.document.undo_stack.undo()
    assert (
        window.document.project.dataset_params["points"] == 200
        and box.editors["points"].value() == 200
    )


def test_choosing_points_or_images_sets_the_input_block(qtbot, window):
    combo = window.feature("training").panel.data.dataset
    combo.setCurrentIndex(combo.findData("moons"))
    project = window.document.project
    assert project.dataset == "moons" and project.network.input_shape == (2,)
    assert window.document.num_classes == 2 and not window.document.analysis.valid, "3 outputs"
    combo.setCurrentIndex(combo.findData("mnist"))
    assert (
        project.network.input_shape == (1, 28, 28) and not window.dock("regions.view").isVisible()
    )
    window.document.undo_stack.setClean()  # closing asks nothing


def test_a_layout_saved_with_regions_does_not_bring_them_back_for_images(qtbot, window, tmp_path):
    assert window.dock("regions.view").isVisible()
    window.save_preferences()  # the layout of a 2-D session, regions dock shown
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    later = MainWindow(settings=settings)  # the next start, on the default LeNet-5
    qtbot.addWidget(later)
    later.show()
    assert later.document.project.dataset != "spiral"
    assert not later.dock("regions.view").isVisible()
