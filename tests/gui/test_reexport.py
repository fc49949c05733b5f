"""A loaded model can be exported again, and the Code view exports the full training script."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project, load_project
from netbuilder.document.script_export import training_script
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.model_export import load_torchscript
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.gui.builder.code_view import CodeView
from netbuilder.gui.document import Document
from netbuilder.gui.predict.integration import attach_prediction
from netbuilder.gui.training.controller import TrainingController
from netbuilder.gui.training.model_files import ModelFiles
from tests.paths import EXAMPLES


@pytest.fixture(scope="module")
def saved_model(tmp_path_factory):
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 10})], (1, 28, 28))
    settings = TrainingSettings(epochs=1, device="cpu", validation_fraction=0.0)
    trained = run_experiment(
        Project(network, settings, "synthetic-digits", "tiny"), synthetic_digits(200, 50, seed=1)
    )
    path = tmp_path_factory.mktemp("model") / "tiny.pt"
    trained.save(path)
    return path


def test_file_load_model_makes_the_model_exportable(qtbot, saved_model, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    training = TrainingController()
    prediction = attach_prediction(window, training)
    with qtbot.waitSignal(training.model_trained):
        loaded = prediction.load_model(str(saved_model))
    assert training.trained_model is loaded and prediction.panel.trained is loaded
    target = tmp_path / "tiny.torchscript.pt"
    assert ModelFiles(training).export_torchscript(str(target))
    assert load_torchscript(target) is not None


def test_code_view_exports_the_command_line_training_script(qtbot, tmp_path):
    project = load_project(EXAMPLES / "lenet5.json")
    view = CodeView(Document(project))
    qtbot.addWidget(view)
    path = tmp_path / "train.py"
    with qtbot.waitSignal(view.code_exported):
        view.export(path)
    assert path.read_text() == training_script(project)
    assert "nn.Sequential(" in view.text() and "DistributedDataParallel" not in view.text()


def test_training_panel_checkbox_writes_tensorboard_events(qtbot, tmp_path):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    from netbuilder.gui.training.panel import TrainingPanel

    controller = TrainingController()
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 10})], (1, 28, 28))
    settings = TrainingSettings(epochs=1, device="cpu", validation_fraction=0.0)
    project = Project(network, settings, "synthetic-digits", "tiny net")
    panel = TrainingPanel(controller, lambda: project)
    qtbot.addWidget(panel)
    panel.tensorboard_folder = tmp_path / "runs"
    panel.tensorboard_box.setChecked(True)
    assert "tensorboard --logdir" in panel.tensorboard_box.toolTip()
    with qtbot.waitSignal(controller.model_trained, timeout=30_000):
        assert panel.start(dataset=synthetic_digits(200, 50, seed=1))
    with qtbot.waitSignal(controller.state_changed, timeout=30_000):
        pass
    (run,) = (tmp_path / "runs").iterdir()
    assert run.name.startswith("tiny_net-")
    events = EventAccumulator(str(run)).Reload()
    assert "train/loss" in events.Tags()["scalars"]
    controller.shutdown()
