"""A network with skip connections through the rest of the engine: the training process, k-fold,
evaluation and predict, checkpoints, TorchScript, TensorBoard's graph and the memory preflight."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

from netbuilder.document.analysis import analyse
from netbuilder.document.network import Network, branches
from netbuilder.document.project import Project, project_to_dict
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.compile import compile_network
from netbuilder.engine.containers import Branches, Residual
from netbuilder.engine.digit_image import predict_digit
from netbuilder.engine.evaluation import evaluate, output_kind
from netbuilder.engine.experiment import model_from_checkpoint, run_experiment
from netbuilder.engine.kfold import cross_validate
from netbuilder.engine.model_export import export_torchscript, exportable_model, load_torchscript
from netbuilder.engine.preflight import estimate_memory
from netbuilder.engine.remote import events
from netbuilder.engine.remote.runner import TrainingJob, run_job
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.engine.training_control import TrainingControl
from netbuilder.engine.training_events import EpochReport
from tests.nested import inception_small, resnet_small

SIZES = {"scalars": 0, "histograms": 0, "images": 0, "tensors": 0, "graph": 0}


@pytest.fixture(scope="module")
def digits():
    return synthetic_digits(300, 100, seed=0)


def project(network: Network, **changes) -> Project:
    settings = TrainingSettings(**{"device": "cpu", "epochs": 1, "batch_size": 32, **changes})
    return Project(network, settings, "mnist", "nested")


@pytest.fixture(scope="module")
def trained(digits):
    return run_experiment(project(resnet_small()), digits)


def test_the_training_process_runs_a_nested_network_and_its_doctor(digits):
    seen = []
    job = TrainingJob(project(inception_small(), epochs=2), "synthetic-digits", dataset=digits)
    run_job(job, TrainingControl(), seen.append)
    assert isinstance(seen[-1], events.RunEnded)
    assert not [event for event in seen if isinstance(event, events.RunFailed)]
    epochs = [event for event in seen if isinstance(event, EpochReport)]
    assert list(epochs[-1].gradient_norms) == [
        "1 Conv2d", "3.1.1 Conv2d", "3.2.1 Conv2d", "3.2.2.1 Conv2d", "6 Linear"
    ]  # fmt: skip
    assert set(epochs[-1].dead_units) == {"2 ReLU", "3.1.2 ReLU"}
    assert set(epochs[-1].saturated_units) == {"3.2.2.2 Tanh"}
    assert any(isinstance(event, events.Diagnosed) for event in seen)
    trained = next(event.trained for event in seen if isinstance(event, events.Trained))
    assert isinstance(trained.model[2], Branches) and trained.evaluation.accuracy > 0.1


def test_k_fold_trains_each_fold_with_its_own_nested_model(digits):
    models = []
    results = cross_validate(
        project(resnet_small()), digits, 2, on_fold=lambda k, t: models.append(t.model)
    )
    assert len(results.accuracies) == 2 and all(0 <= a <= 1 for a in results.accuracies)
    assert models[0] is not models[1] and isinstance(models[1][5], Residual)
    assert not torch.equal(models[0][5].shortcut[0].weight, models[1][5].shortcut[0].weight)


def test_evaluation_and_predict_on_a_nested_network(trained, digits):
    result = evaluate(trained.model, digits.test, trained.mean, trained.std, "cpu")
    assert result.accuracy == trained.evaluation.accuracy
    assert np.allclose(result.probabilities.sum(1), 1, atol=1e-5)
    digit = digits.test.images[0].numpy()
    prediction = predict_digit(trained.model, digit, trained.mean, trained.std, trained.classes)
    assert prediction.probabilities.shape == (10,) and not prediction.empty


def test_a_softmax_inside_the_last_block_does_not_make_the_outputs_probabilities(digits):
    """Branches([], [Softmax], add) outputs x + softmax(x): logits, whatever its last module is."""
    network = Network.of(
        "Flatten", ("Linear", {"out_features": 10}), branches([], ["Softmax"], merge="add")
    )
    model = compile_network(network)
    assert output_kind(model) == "logits"
    result = evaluate(model, digits.test, 0.0, 1.0, "cpu")
    assert np.allclose(result.probabilities.sum(1), 1, atol=1e-5)


def test_a_checkpoint_keeps_the_nested_project_and_its_weights(trained, tmp_path, digits):
    path = tmp_path / "resnet.pt"
    trained.save(path)
    checkpoint = load_checkpoint(path)
    assert checkpoint.project["schema_version"] == 2
    assert checkpoint.project == project_to_dict(trained.project)
    assert "5.shortcut.0.weight" in checkpoint.state_dict
    loaded = model_from_checkpoint(checkpoint)
    assert loaded.project.network.structure() == trained.project.network.structure()
    x = torch.randn(4, 1, 28, 28)
    trained.model.eval()
    assert torch.equal(loaded.model(x), trained.model(x))


def test_torchscript_of_a_nested_network_agrees_with_torch(trained, tmp_path):
    export_torchscript(trained, tmp_path / "resnet.ts")
    scripted = load_torchscript(tmp_path / "resnet.ts")
    model, _ = exportable_model(trained)
    x = torch.rand(3, 1, 28, 28)
    torch.testing.assert_close(scripted(x), model(x))


def test_tensorboard_draws_the_graph_inside_the_blocks(digits, tmp_path):
    run_experiment(project(resnet_small()), digits, tensorboard=tmp_path / "runs")
    accumulated = EventAccumulator(str(tmp_path / "runs"), size_guidance=SIZES).Reload()
    names = [node.name for node in accumulated.Graph().node]
    assert any("Residual[3]/Sequential[body]/Conv2d[0]" in name for name in names)
    assert any("Residual[5]/Sequential[shortcut]/Conv2d[0]" in name for name in names)
    tags = set(accumulated.Tags()["scalars"])
    assert "gradient_norm/5.body.3.weight" in tags


def test_the_memory_estimate_counts_the_values_inside_the_blocks(digits):
    network = resnet_small()
    one, two = (estimate_memory(project(network, batch_size=size), digits).bytes for size in (1, 2))
    values = 28 * 28  # the input
    model = compile_network(network)
    kept = []
    for name, module in model.named_modules():  # every output torch keeps for backward
        if name and not isinstance(module, (torch.nn.Sequential, torch.nn.Identity)):
            module.register_forward_hook(lambda _m, _i, out: kept.append(out.numel()))
    model(torch.zeros(1, 1, 28, 28))
    values += sum(kept)
    assert two - one == values * 4 * 2  # float32, the values and their gradients
    top_level = sum(math.prod(i.output_shape) for i in analyse(network).layers)
    assert values > 28 * 28 + top_level * 2


def test_a_checkpoint_of_a_straight_network_still_opens_as_before(tmp_path, digits):
    """Its project is schema 1, as every checkpoint written before blocks existed."""
    from netbuilder.document.project import load_project
    from tests.paths import EXAMPLES

    lenet = load_project(EXAMPLES / "lenet5.json")
    lenet.training = TrainingSettings(device="cpu", epochs=1, batch_size=64)
    trained = run_experiment(lenet, digits)
    trained.save(tmp_path / "lenet.pt")
    checkpoint = load_checkpoint(tmp_path / "lenet.pt")
    assert checkpoint.project["schema_version"] == 1 and "0.weight" in checkpoint.state_dict
    loaded = model_from_checkpoint(checkpoint)
    x = torch.rand(2, 1, 28, 28)
    trained.model.eval()
    assert torch.equal(loaded.model(x), trained.model(x))
