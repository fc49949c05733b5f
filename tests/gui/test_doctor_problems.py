"""The training doctor in the window: findings in the Problems list, a click applies the fix."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from netbuilder.engine.doctor import Diagnosis, Fix
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.gui import commands
from netbuilder.gui.main_window import MainWindow
from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT_MS = 60_000


@pytest.fixture
def window(qtbot, tmp_path):
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # closing never blocks
    window.open_file(EXAMPLES / "logistic_regression.json")
    window.show()
    return window


def texts(problems) -> list[str]:
    return [problems.item(row).text() for row in range(problems.count())]


def test_a_diagnosis_names_its_layer_and_its_fix_is_one_undoable_click(qtbot, window):
    problems = window.feature("builder").problems
    fix = Fix("fix_lower_lr", {"lr": 0.01}, {"learning_rate": 0.01})
    window.feature("training").diagnosed.emit([Diagnosis("loss_nan", {"lr": 0.1}, "2 Linear", fix)])
    assert texts(problems) == [
        "Training: The loss became NaN (not a number): with learning rate 0.1 the steps are so "
        "big that the weights blew up.",
        "    Fix: Lower the learning rate to 0.01 (click to apply)",
    ]
    problems.itemClicked.emit(problems.item(0))
    assert window.canvas.selected_uid() == window.document.network.layers[1].uid
    before = window.document.project.training.learning_rate
    problems.itemClicked.emit(problems.item(1))
    assert window.document.project.training.learning_rate == 0.01
    window.document.undo_stack.undo()
    assert window.document.project.training.learning_rate == before


def test_a_diagnosis_links_to_its_lesson_and_a_click_opens_it(qtbot, window):
    problems = window.feature("builder").problems
    args = {"layer": "2 Linear", "times": 5000.0, "last_layer": "4 Linear"}
    window.feature("training").diagnosed.emit([Diagnosis("vanishing_gradients", args, "2 Linear", None,
                                              "vanishing-gradients")])  # fmt: skip
    assert texts(problems) == [
        "Training: Vanishing gradients: layer 2 Linear gets a gradient 5,000 times smaller than "
        "layer 4 Linear, so it barely learns. Use ReLU instead of Sigmoid/Tanh, add BatchNorm, or "
        "make the network shallower.",
        "    Lesson: 9. Vanishing gradients: a deep Sigmoid network (click to open)",
    ]
    problems.itemClicked.emit(problems.item(1))
    assert window.feature("lessons").panel.lesson.title.startswith("9. Vanishing gradients")
    assert window.document.project.network.layers[2].type_id == "Sigmoid"


def test_a_flat_run_in_the_app_shows_the_doctors_finding(qtbot, window):
    commands.change_training(
        window.document,
        window.document.project.training.__class__(
            **{**window.document.project.training.to_dict(), "learning_rate": 1e-7, "epochs": 3}
        ),
    )
    controller = window.feature("training")
    errors = []
    controller.panel.show_error = lambda title, text: errors.append((title, text))
    controller.close_guard.ask_stop = lambda: True
    with qtbot.waitSignal(controller.model_trained, timeout=WAIT_MS):
        assert controller.panel.start(dataset=synthetic_digits(600, 100, seed=0)), errors
    qtbot.waitUntil(
        lambda: any("loss is flat" in t for t in texts(window.feature("builder").problems)),
        timeout=WAIT_MS,
    )
    fix_row = next(
        i
        for i, t in enumerate(texts(window.feature("builder").problems))
        if "Raise the learning rate" in t
    )
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT_MS)
    window.feature("builder").problems.itemClicked.emit(
        window.feature("builder").problems.item(fix_row)
    )
    assert window.document.project.training.learning_rate == pytest.approx(1e-6)
