"""The Training panel, the Input and Output blocks, the loss box and the Runs table follow the
dataset catalog: CIFAR-10 is 3x32x32, EMNIST letters has 26 classes, a numeric CSV target is one
value under mse before Train, "Ready" only for the dataset's own files."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.gui.builder.canvas_content import output_content
from netbuilder.gui.training.data_box import DataBox
from netbuilder.gui.training.runs_table import HEADERS, RunsTable
from tests.gui.test_training_start_rule import host, project  # noqa: F401 - the fixture
from tests.idx_files import digit_splits, write_idx_folder

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DEBIAN_FASHION = Path("/usr/share/datasets/fashion-mnist")


def choose(controller, name: str) -> None:
    data = controller.panel.data
    data.dataset.setCurrentIndex(data.dataset.findData(name))


def test_cifar10_gives_the_input_block_its_colour_shape(qtbot, host):  # noqa: F811
    window, controller = host(project(dataset="mnist"))
    document = window.document
    choose(controller, "cifar10")
    assert document.project.network.input_shape == (3, 32, 32)
    assert document.analysis.input_shape == (3, 32, 32)
    choose(controller, "mnist")
    assert document.project.network.input_shape == (1, 28, 28)
    document.undo()
    assert document.project.network.input_shape == (3, 32, 32)


def test_emnist_letters_asks_for_26_outputs(qtbot, host):  # noqa: F811
    window, controller = host(project(dataset="mnist"))
    document = window.document
    choose(controller, "emnist-letters")
    assert document.num_classes == 26
    assert output_content(document.analysis, document.num_classes).title == "Output: 26 classes"
    assert not document.analysis.valid, "Linear(10) no longer fits"
    assert "has 26 classes" in document.analysis.errors[0].message


def test_a_numeric_csv_target_sets_the_output_and_the_loss_before_train(qtbot, host, tmp_path):  # noqa: F811
    table = tmp_path / "houses.csv"
    rows = [f"{i},{i % 4},{i % 3},{i * 2.5 + 1}" for i in range(60)]
    table.write_text("rooms,floor,kind,price\n" + "\n".join(rows) + "\n")
    network = Network([Layer("Linear", {"out_features": 3})], (3,))
    window, controller = host(Project(network, TrainingSettings(device="cpu"), "mnist", "t"))
    document, data = window.document, controller.panel.data
    data.set_dataset(str(table))
    data.dataset_changed.emit(str(table))
    assert document.num_classes == 1
    assert output_content(document.analysis, 1).title == "Output: 1 value"
    assert not document.analysis.valid, "Linear(3) is not 'valid' for one value"
    assert "asks for 1 value (a regression)" in document.analysis.errors[0].message
    assert document.project.training.loss == "mse"
    form_loss = controller.panel.form.loss.currentData()
    assert form_loss == "mse", "the Loss box says what the script will use"
    document.undo()
    assert document.project.training.loss == "cross_entropy"


def status(qtbot, folder: Path, name: str) -> str:
    box = DataBox(folder)
    qtbot.addWidget(box)
    box.dataset.setCurrentIndex(box.dataset.findData(name))
    box.refresh_status()
    return box.status.text()


@pytest.mark.skipif(not DEBIAN_FASHION.is_dir(), reason="dataset-fashion-mnist not installed")
def test_ready_only_when_the_files_are_the_datasets_own(qtbot):
    assert "Ready: found in" in status(qtbot, DEBIAN_FASHION, "fashion-mnist")
    for name in ("mnist", "kmnist"):
        text = status(qtbot, DEBIAN_FASHION, name)
        assert "Ready" not in text and "are Fashion-MNIST, not" in text
    box = DataBox()
    qtbot.addWidget(box)
    box.set_dataset(str(DEBIAN_FASHION))
    assert "IDX files in /usr/share/datasets/fashion-mnist: Fashion-MNIST" in box.status.text()


def test_stand_in_files_are_found_but_not_called_ready(qtbot, tmp_path):
    write_idx_folder(tmp_path / "MNIST" / "raw", digit_splits(30, 10))
    text = status(qtbot, tmp_path, "mnist")
    assert "Ready" not in text and "not the published MNIST files" in text
    assert "Not downloaded yet" in status(qtbot, tmp_path, "kmnist")


def finished(task: str = "classification", r2: float | None = None, accuracy: float = 0.5):
    history = [SimpleNamespace(train_accuracy=accuracy, val_accuracy=accuracy)]
    return SimpleNamespace(
        model=SimpleNamespace(parameters=lambda: []),
        result=SimpleNamespace(history=history, finished=SimpleNamespace(seconds=1.0)),
        evaluation=None,
        task=task,
        regression=SimpleNamespace(r2=r2) if r2 is not None else None,
    )


def test_the_runs_table_shows_r2_as_r2_and_counts_layer_changes(qtbot):
    table = RunsTable()
    qtbot.addWidget(table)
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 3})], (3,))
    first = Project(network, TrainingSettings(loss="mse"), "sine", "t")
    table.start_run(first, "sine")
    table.finish_run(finished("regression", r2=0.875, accuracy=0.8))
    cells = [table.table.item(0, c).text() for c in range(len(HEADERS))]
    test_r2 = HEADERS.index("Test R²")
    assert cells[test_r2] == "R² 0.875"
    assert cells[HEADERS.index("Test acc.")] == ""
    assert cells[HEADERS.index("Train")] == "R² 0.800", "not 80.0 %"
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 1})], (3,))
    run = table.start_run(Project(network, first.training, "sine", "t"), "sine")
    assert run.changes == "Linear out_features 3 → 1"
    csv_text = table.log.to_csv().splitlines()
    assert "test_r2" in csv_text[0] and "0.875" in csv_text[1]


def test_a_start_that_failed_leaves_no_empty_run(qtbot):
    table = RunsTable()
    qtbot.addWidget(table)
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 10})], (1, 28, 28))
    start = Project(network, TrainingSettings(), "mnist", "t")
    table.start_run(start, "mnist")
    table.forget_pending("Training stopped", "The network gives outputs of shape (3,)")
    assert table.log.runs == [] and table.table.rowCount() == 0
    assert table.start_run(start, "mnist").name == "Run 1", "its number is used again"
    table.note_batch(object())
    table.forget_pending("Training stopped", "The loss became NaN")
    assert [run.name for run in table.log.runs] == ["Run 1"], "a run that trained keeps its row"
