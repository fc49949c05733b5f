"""The "reconstruct the input" task (issue 23): the target is the input, the output must have the
input's shape, denoising corrupts the input only, and the scores are pixel errors, not accuracy."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch

from netbuilder.document.analysis import analyse
from netbuilder.document.network import Network
from netbuilder.document.project import load_project, project_to_dict
from netbuilder.document.settings import SettingsError, TrainingSettings
from netbuilder.engine import reconstruction
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.training import train
from netbuilder.engine.training_events import (
    EpochReport,
    ReconstructionSnapshot,
    TrainingError,
)
from tests.paths import EXAMPLES
from tests.test_training import blob_dataset


def _autoencoder(**training) -> object:
    project = load_project(EXAMPLES / "autoencoder_mlp.json")
    project.dataset = "blobs"
    settings = dict(epochs=1, batch_size=64, validation_fraction=0.1, device="cpu")
    project.training = dataclasses.replace(project.training, **{**settings, **training})
    return project


def test_the_presets_have_the_issue_s_parameter_counts():
    for name, count in (("autoencoder_mlp.json", 202_258), ("autoencoder_conv.json", 9_569)):
        project = load_project(EXAMPLES / name)
        analysis = analyse(project.network, 10, project.training.loss, project.training.objective)
        assert analysis.valid, analysis.problems
        assert analysis.total_parameters == count
        assert project.training.objective == "reconstruct"


def test_old_projects_open_as_classifiers():
    settings = TrainingSettings.from_dict({"loss": "cross_entropy"})
    assert (settings.objective, settings.denoise) == ("classify", 0.0)
    with pytest.raises(SettingsError):
        TrainingSettings.from_dict({"objective": "reconstruct", "folds": 5})


def test_the_output_must_have_the_input_s_shape_with_the_fix():
    network = Network.of(("Flatten", {}), ("Linear", {"out_features": 784}),
                         input_shape=(1, 28, 28))  # fmt: skip
    (problem,) = analyse(network, 10, "mse", "reconstruct").errors
    assert problem.code == "output_not_input" and problem.index == 1
    assert "end with Unflatten(1, 28, 28)" in problem.message
    network.layers[1].params["out_features"] = 10
    (problem,) = analyse(network, 10, "mse", "reconstruct").errors
    assert "end with Linear(784) and Unflatten(1, 28, 28)" in problem.message
    # the same network is what a classifier needs: no problem there
    assert analyse(network, 10, "mse", "classify").valid


def test_binary_cross_entropy_needs_a_sigmoid_at_the_end():
    project = load_project(EXAMPLES / "autoencoder_mlp.json")
    network = project.network
    assert analyse(network, 10, "cross_entropy", "reconstruct").valid  # Sigmoid, then Unflatten
    del network.layers[-2]  # the Sigmoid
    (problem,) = analyse(network, 10, "cross_entropy", "reconstruct").errors
    assert problem.code == "bce_needs_sigmoid"
    assert analyse(network, 10, "mse", "reconstruct").valid


def test_the_code_layer_is_no_collapse_and_sigmoid_is_no_squashed_logit():
    project = load_project(EXAMPLES / "autoencoder_mlp.json")
    codes = {p.code for p in analyse(project.network, 10, "mse", "reconstruct").problems}
    assert not codes
    classify = {p.code for p in analyse(project.network, 10, "mse", "classify").problems}
    assert "linear_collapse" in classify  # as a classifier the same network earns the lint


def test_targets_are_the_inputs_and_noise_goes_to_the_input_only():
    x = torch.rand(8, 1, 28, 28)
    labels = torch.arange(8)
    ((clean_in, target),) = reconstruction.with_targets(iter([(x, labels)]), 0.0)
    assert torch.equal(target, x) and torch.equal(clean_in, x)
    ((noisy, target),) = reconstruction.with_targets(iter([(x, labels)]), 0.3)
    assert torch.equal(target, x)
    assert not torch.equal(noisy, x) and noisy.min() >= 0 and noisy.max() <= 1


def test_training_minimises_the_distance_to_the_input():
    seen = []
    dataset = reconstruction.for_task(_autoencoder(), blob_dataset(600))
    assert (dataset.mean, dataset.std, dataset.task) == (0.0, 1.0, "reconstruction")
    model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(784, 784), torch.nn.Sigmoid(),
                                torch.nn.Unflatten(1, (1, 28, 28)))  # fmt: skip
    settings = _autoencoder(epochs=2, optimizer="adam", learning_rate=0.01).training
    calls = []
    original = reconstruction.score

    def spy(outputs, targets):
        calls.append(targets)
        return original(outputs, targets)

    reconstruction.score = spy
    try:
        train(model, dataset, settings, seen.append)
    finally:
        reconstruction.score = original
    # every target the loop scored is a batch of training images (pixels 0..1), not labels
    assert calls and all(t.shape[1:] == (1, 28, 28) and t.dtype == torch.float32 for t in calls)
    epochs = [e for e in seen if isinstance(e, EpochReport)]
    assert epochs[-1].train_loss < epochs[0].train_loss
    assert epochs[-1].prediction_shares == ()  # no classes predicted: the doctor stays quiet
    # the accuracy slot holds the mean squared pixel error, which a loss of mse is (per batch)
    assert epochs[-1].train_accuracy == pytest.approx(epochs[-1].train_loss, rel=0.05)
    snapshots = [e for e in seen if isinstance(e, ReconstructionSnapshot)]
    assert snapshots and snapshots[-1].outputs.shape == (10, 1, 28, 28)
    assert sorted(snapshots[-1].labels) == list(range(10))  # one test image of each class


def test_a_wrong_output_shape_stops_before_training():
    dataset = reconstruction.for_task(_autoencoder(), blob_dataset(100))
    model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(784, 10))
    with pytest.raises(TrainingError, match="reconstructing needs the input's shape"):
        train(model, dataset, _autoencoder().training)


def test_the_experiment_reports_reconstruction_mse_and_no_accuracy():
    project = _autoencoder(epochs=3, optimizer="adam", learning_rate=0.003, batch_size=32)
    trained = run_experiment(project, blob_dataset(3000))
    metrics = trained.metrics()
    assert "test_accuracy" not in metrics and trained.evaluation is None
    r = trained.reconstruction
    assert 0 < metrics["test_reconstruction_mse"] == r.mse < 0.6 * r.mean_image_mse
    assert trained.task == "reconstruction" and (trained.mean, trained.std) == (0.0, 1.0)
    # the test MSE is the mean over pixels of (reconstruction - image)^2, pixels in 0..1
    images = trained.test_split.features.float().unsqueeze(1) / 255
    rebuilt = reconstruction.reconstruct(trained.model, trained.test_split.features)
    assert float(np.mean((rebuilt - images.numpy()) ** 2)) == pytest.approx(r.mse, rel=1e-4)
    saved = project_to_dict(trained.project)["training"]
    assert saved["objective"] == "reconstruct"


def test_encode_and_decode_split_the_network_at_the_code():
    trained = run_experiment(_autoencoder(), blob_dataset(200))
    model = trained.model
    images = trained.test_split.features[:5].float().unsqueeze(1) / 255
    index = reconstruction.code_index(model, images)
    assert index == 3  # Flatten, Linear 128, ReLU, Linear 2
    codes = reconstruction.encode(model, images, index)
    assert codes.shape == (5, 2)
    drawn = reconstruction.decode(model, codes, index)
    rebuilt = reconstruction.reconstruct(model, images)
    np.testing.assert_allclose(drawn, rebuilt, atol=1e-5)


def test_a_single_step_of_an_autoencoder_records_each_image_s_error():
    """The Step view shows labels and predictions: for a reconstruction, each image's pixel error
    (the target, 0, as the label), never the image itself where a number is read."""
    from netbuilder.engine.single_step import take_step

    model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(16, 16), torch.nn.Sigmoid(),
                                torch.nn.Unflatten(1, (1, 4, 4)))  # fmt: skip
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x = torch.rand(6, 1, 4, 4)
    record, _loss, _outputs = take_step(model, optimizer, reconstruction.loss_function("mse"), x, x)
    assert record.labels.shape == (6,) and not record.labels.any()
    assert record.predictions.shape == (6,) and (record.predictions > 0).all()
    assert record.predictions_after.mean() < record.predictions.mean()


def test_denoising_snapshots_show_the_noisy_input_and_the_clean_target():
    model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(16, 16), torch.nn.Sigmoid(),
                                torch.nn.Unflatten(1, (1, 4, 4)))  # fmt: skip
    images = torch.rand(3, 1, 4, 4)
    noisy = reconstruction.snapshot(model, images, 0.3, 1, 5)
    np.testing.assert_array_equal(noisy.targets, images.numpy())
    assert not np.array_equal(noisy.inputs, noisy.targets)
    again = reconstruction.snapshot(model, images, 0.3, 1, 6)
    np.testing.assert_array_equal(again.inputs, noisy.inputs)  # the same noise: only the net moves
    clean = reconstruction.snapshot(model, images, 0.0, 1, 5)
    np.testing.assert_array_equal(clean.inputs, clean.targets)


def test_snapshots_leave_training_s_random_numbers_alone():
    model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(16, 16),
                                torch.nn.Unflatten(1, (1, 4, 4)))  # fmt: skip
    images = torch.rand(2, 1, 4, 4)
    torch.manual_seed(5)
    expected = torch.rand(3)
    torch.manual_seed(5)
    reconstruction.snapshot(model, images, 0.3, 1, 1)
    assert torch.equal(torch.rand(3), expected)
