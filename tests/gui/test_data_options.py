"""The Training panel's options for the user's own data: a CSV's target and task, an image
folder's size. Saved in the project, undoable, and used by the run as `netbuilder train` uses
--target, --task and --image-size."""

from __future__ import annotations

import random

import pytest

from netbuilder.document.network import Layer, Network
from netbuilder.document.project import project_from_dict, project_to_dict
from netbuilder.gui import commands
from netbuilder.gui.training import dialogs
from netbuilder.gui.training.integration import open_host
from tests.gui.test_training_panel import small_project
from tests.test_image_folder import shape_folder

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT_MS = 60_000


def _table(path, text_kind=False):
    rng = random.Random(0)
    rows = ["a,b,y,kind"]
    for _ in range(80):
        a, b = rng.uniform(-1, 1), rng.uniform(-1, 1)
        rows.append(f"{a:.4f},{b:.4f},{a + 2 * b:.4f},{_kind(a, text_kind)}")
    path.write_text("\n".join(rows) + "\n")
    return path


def _kind(a, text):
    return ("up" if a > 0 else "down") if text else int(a > 0)


@pytest.fixture
def table_host(qtbot, tmp_path, monkeypatch, request):
    project = small_project(epochs=2)
    project.network = Network([Layer("Linear", {"out_features": 2})], (1, 28, 28))
    window, controller = open_host(project)
    qtbot.addWidget(window)
    controller.close_guard.ask_stop = lambda: True
    controller.errors = []
    controller.panel.show_error = lambda title, text: controller.errors.append((title, text))
    table = _table(tmp_path / "t.csv", text_kind="text" in request.node.name)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: str(table))
    controller.panel.data.table.click()
    return window, controller


def _run(qtbot, controller):
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT_MS)


def _choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_a_tables_target_and_task_are_chosen_saved_undone_and_trained_with(qtbot, table_host):
    window, controller = table_host
    options, document = controller.panel.data.options, window.document
    assert not options.isHidden() and tuple(document.project.network.input_shape) == (3,)
    columns = [options.target.itemData(i) for i in range(options.target.count())]
    assert columns == ["", "a", "b", "y"] and options.target.itemText(0) == "kind (default)"
    _choose(options.target, "y")
    _choose(options.task, "regression")
    assert document.project.dataset_params == {"target": "y", "task": "regression"}
    saved = project_to_dict(document.project)
    assert saved["dataset"]["params"] == {"target": "y", "task": "regression"}
    assert project_from_dict(saved).dataset_params == document.project.dataset_params
    assert document.num_classes == 1, "a regression: one value, known before Train"
    commands.change_param(document, document.project.network.layers[-1].uid, "out_features", 1)
    trained = []
    controller.model_trained.connect(trained.append)
    assert controller.panel.start()
    _run(qtbot, controller)
    assert not controller.errors and len(trained) == 1
    model = trained[0]
    assert model.task == "regression" and model.project.training.loss == "mse", "as the CLI"
    assert model.regression.r2 > 0.0, "learnt something of y = a + 2b"
    document.undo()  # the out_features change
    document.undo()
    assert document.project.dataset_params == {"target": "y"}
    assert options.task.currentData() == "auto", "the form follows the undo"


def test_a_text_target_for_a_regression_is_a_clear_message_not_a_crash(qtbot, table_host):
    window, controller = table_host
    errors = controller.errors
    _choose(controller.panel.data.options.task, "regression")  # the default target: kind
    with qtbot.waitSignal(controller.training_failed, timeout=WAIT_MS) as failed:
        assert controller.panel.start()
    _run(qtbot, controller)
    title, message = failed.args
    assert "row 2, column 'kind'" in message and "must hold a number" in message
    assert "classification" in message, "the message names the way out"
    assert errors and "row 2, column 'kind'" in errors[0][1], "and the panel shows it"
    assert window.document.project.dataset_params == {"task": "regression"}


def test_an_image_folders_resize_sets_the_input_block_and_is_saved(qtbot, tmp_path, monkeypatch):
    folder = shape_folder(tmp_path / "shapes", per_class=4, corrupt=False)
    window, controller = open_host(small_project(epochs=1))
    qtbot.addWidget(window)
    monkeypatch.setattr(dialogs, "ask_folder", lambda *args: str(folder))
    controller.panel.data.images.click()
    options, document = controller.panel.data.options, window.document
    assert not options.isHidden() and not options.form.isRowVisible(0)
    assert options.height.value() == 0 and "32×32" in options.own_size.text()
    options.height.setValue(20)
    options.width.setValue(24)
    options.width.editingFinished.emit()
    assert document.project.dataset_params == {"image_size": [20, 24]}
    assert tuple(document.project.network.input_shape) == (3, 20, 24)
    assert project_from_dict(project_to_dict(document.project)).dataset_params == {
        "image_size": [20, 24]
    }
    document.undo()
    assert tuple(document.project.network.input_shape) == (3, 32, 32)
    assert options.height.value() == 0


def test_other_datasets_show_no_options(qtbot):
    window, controller = open_host(small_project(epochs=1))
    qtbot.addWidget(window)
    assert controller.panel.data.options.isHidden()
