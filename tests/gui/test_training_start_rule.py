"""The Training panel's Start follows the toolbar's Train rule, and the training-sample count
is a project setting the panel, the saved file and the command line all honour."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from netbuilder.cli.main import main as cli_main
from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project, load_project, save_project
from netbuilder.document.settings import TrainingSettings
from netbuilder.gui import commands
from netbuilder.gui.plain_text import tip
from netbuilder.gui.training.controller import State
from netbuilder.gui.training.integration import open_host
from tests.idx_files import digit_splits, write_idx_folder

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT_MS = 30_000


def project(dataset: str = "synthetic-digits", **training) -> Project:
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 10})], (1, 28, 28))
    settings = TrainingSettings(batch_size=32, epochs=1, device="cpu", **training)
    return Project(network, settings, dataset, "tiny")


@pytest.fixture
def host(qtbot):
    def make(start: Project):
        window, controller = open_host(start)
        qtbot.addWidget(window)
        controller.close_guard.ask_stop = lambda: True
        window.errors = []
        controller.panel.show_error = lambda title, text: window.errors.append((title, text))
        window.show()
        return window, controller

    return make


def test_start_is_disabled_with_the_reason_while_the_network_is_invalid(qtbot, host):
    window, controller = host(project(dataset="mnist"))
    panel, document = controller.panel, window.document
    assert panel.start_button.isEnabled() and panel.start_reason.isHidden()
    # no Flatten: Linear gets an image
    commands.delete_layer(document, document.network.layers[0].uid)
    assert not panel.start_button.isEnabled()
    assert not panel.start_reason.isHidden()
    reason = panel.start_reason.text()
    assert reason.startswith("Cannot train yet (1 error)") and "insert a Flatten" in reason
    assert panel.start_button.toolTip() == tip(reason)  # the same words, as plain text
    with qtbot.assertNotEmitted(controller.run_started, wait=100):
        assert panel.start() is False  # as a shortcut or a stray click would
        window.train_action.trigger()
    assert controller.state == State.IDLE and not controller.busy
    assert document.project.dataset == "mnist", "no switch to synthetic digits"
    assert controller.plots.history.runs == [], "no phantom run in the plots"
    assert window.errors == []
    document.undo()  # the Flatten is back
    assert panel.start_button.isEnabled() and panel.start_reason.isHidden()


def test_training_samples_is_saved_in_the_project_and_used_by_start(qtbot, host, tmp_path):
    folder = write_idx_folder(tmp_path / "digits", digit_splits(400, 100))
    window, controller = host(project(dataset=str(folder)))
    panel = controller.panel
    assert panel.form.limit_train.text() == "all"
    panel.form.limit_train.setValue(120)
    assert window.document.project.training.limit_train == 120
    window.document.undo()
    assert window.document.project.training.limit_train == 0
    assert panel.form.limit_train.value() == 0
    window.document.redo()
    assert panel.form.limit_train.value() == 120
    path = tmp_path / "p.json"
    save_project(window.document.project, path)
    assert load_project(path).training.limit_train == 120
    with qtbot.waitSignal(controller.data_loaded, timeout=WAIT_MS) as loaded:
        assert panel.start()
    assert loaded.args[2] == 120
    controller.stop()  # the count is what matters here, not the training
    qtbot.waitUntil(lambda: controller.state == State.IDLE, timeout=WAIT_MS)
    assert window.errors == []


def test_the_command_line_honours_the_projects_training_samples(tmp_path, capsys):
    folder = write_idx_folder(tmp_path / "digits", digit_splits(400, 100))
    path = tmp_path / "p.json"
    save_project(project(dataset=str(folder), limit_train=90), path)
    assert cli_main(["train", str(path)]) == 0
    assert "(90 training" in capsys.readouterr().out
    assert cli_main(["train", str(path), "--limit-train", "70"]) == 0
    assert "(70 training" in capsys.readouterr().out


def test_older_project_files_without_the_setting_train_on_everything():
    settings = TrainingSettings.from_dict({"epochs": 2})
    assert settings.limit_train == 0
    with pytest.raises(ValueError, match="limit_train"):
        dataclasses.replace(settings, limit_train=-1).check()
    assert np.isfinite(settings.learning_rate)
