"""No stale messages: failures clear when their cause is gone, the Input block names the chosen
dataset, and missing MNIST is said once, in the app's words, with two ways forward."""

from __future__ import annotations

import pytest

from netbuilder.gui import commands
from netbuilder.gui.training.controller import State
from netbuilder.gui.training.panel import FOLDER, SYNTHETIC
from tests.gui.test_training_start_rule import host, project  # noqa: F401 - the fixture
from tests.idx_files import digit_splits, write_idx_folder
from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT_MS = 30_000


def fail_for_missing_mnist(qtbot, controller, folder, answer: str) -> list[tuple[str, str]]:
    panel = controller.panel
    panel.data.folder.setText(str(folder))
    asked: list[tuple[str, str]] = []
    panel.choose_way_forward = lambda title, text: asked.append((title, text)) or answer
    controller.download_allowed = False  # as when offline
    with qtbot.waitSignal(controller.training_failed, timeout=WAIT_MS):
        assert panel.start()
    qtbot.waitUntil(lambda: controller.state == State.IDLE, timeout=WAIT_MS)
    return asked


def test_missing_mnist_is_said_once_in_the_apps_words(qtbot, host, tmp_path):  # noqa: F811
    window, controller = host(project(dataset="mnist"))
    panel = controller.panel
    asked = fail_for_missing_mnist(qtbot, controller, tmp_path, "")
    ((title, text),) = asked
    assert title == "Data not available"
    assert text.startswith(f"MNIST is not in {tmp_path}, and it could not be downloaded")
    for jargon in ("--", "urlopen", "Errno", "idx3-ubyte", "synthetic-digits"):
        assert jargon not in text, jargon
    assert window.errors == [], "no second dialog"
    assert panel.result.text() == "", "not repeated in the Run box"
    status = panel.data.status.text()
    assert "could not be downloaded" in status and text not in status
    assert panel.data.use_synthetic.isVisibleTo(panel)
    panel.data.dataset.setCurrentIndex(panel.data.dataset.findData("fashion-mnist"))
    assert "could not be downloaded" not in panel.data.status.text(), "the cause is gone"
    assert panel.progress.format() == "Not started"


def test_the_synthetic_way_forward_trains_at_once(qtbot, host, tmp_path):  # noqa: F811
    window, controller = host(project(dataset="mnist"))
    panel, started = controller.panel, []

    def choose(title: str, text: str) -> str:
        panel.start = lambda *a, **k: started.append(panel.data.name()) or True
        return SYNTHETIC

    panel.data.folder.setText(str(tmp_path))
    panel.choose_way_forward = choose
    controller.download_allowed = False
    with qtbot.waitSignal(controller.training_failed, timeout=WAIT_MS):
        assert panel.start()
    qtbot.waitUntil(lambda: started == ["synthetic-digits"], timeout=WAIT_MS)
    assert window.document.project.dataset == "synthetic-digits"
    assert "Synthetic digits" in window_input_text(window)


def test_the_folder_way_forward_asks_for_the_folder(qtbot, host, tmp_path, monkeypatch):  # noqa: F811
    window, controller = host(project(dataset="mnist"))
    data = controller.panel.data
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    monkeypatch.setattr("netbuilder.gui.training.dialogs.ask_folder", lambda *args: str(chosen))
    fail_for_missing_mnist(qtbot, controller, tmp_path, FOLDER)
    assert data.data_dir() == chosen
    assert "could not be downloaded" not in data.status.text()


def test_a_run_error_clears_once_the_network_changes(qtbot, host, tmp_path):  # noqa: F811
    folder = write_idx_folder(tmp_path / "digits", digit_splits(100, 50))
    window, controller = host(project(dataset=str(folder)))
    panel = controller.panel
    controller.training_failed.emit(
        "failed_training_stopped", "The loss became NaN: lower the rate"
    )
    assert "NaN" in panel.result.text()
    document = window.document
    linear = document.network.layers[1]
    commands.change_param(document, linear.uid, "bias", False)
    assert panel.result.text() == "" and panel.progress.format() == "Not started"


def window_input_text(window) -> str:
    from netbuilder.gui.builder.canvas_content import input_content

    return input_content(window.document.analysis, window.document.project.dataset).detail


def test_the_input_block_names_the_dataset_chosen(qtbot, host, tmp_path):  # noqa: F811
    folder = write_idx_folder(tmp_path / "my-digits", digit_splits(100, 50))
    window, controller = host(project(dataset="mnist"))
    data = controller.panel.data
    data.dataset.setCurrentIndex(data.dataset.findData("fashion-mnist"))
    assert window.document.project.dataset == "fashion-mnist"
    assert window_input_text(window) == "Fashion-MNIST images"
    data.set_dataset(str(folder))
    data.dataset_changed.emit(str(folder))
    assert window_input_text(window) == "my-digits images"


def test_a_regression_shows_its_input_and_its_one_output_value():
    from netbuilder.document.analysis import analyse
    from netbuilder.document.project import load_project
    from netbuilder.gui.builder.canvas_content import input_content, output_content

    project = load_project(EXAMPLES / "regression.json")
    analysis = analyse(project.network, 1)
    assert input_content(analysis, project.dataset).detail == "sine: x values"
    assert input_content(analysis, "/data/houses.csv").detail == "houses.csv: table rows"
    output = output_content(analysis, 1)
    assert output.title == "Output: 1 value" and "regression" in output.tooltip
    assert output_content(analysis, 10).title == "Output: 10 classes"
