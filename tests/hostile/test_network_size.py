"""Networks too big for the machine, too deep to train, or shaped for other data: said before training."""

from __future__ import annotations

import torch

from netbuilder.document.network import Layer, Network
from netbuilder.document.project import save_project
from netbuilder.engine.preflight import check_before_training, estimate_memory

from .conftest import small_project


def project_with(layers, input_shape=(1, 28, 28)):
    project = small_project()
    project.network = Network(layers, input_shape)
    return project


def eight_billion_parameters():
    wide = [Layer("Linear", {"out_features": 22000}) for _ in range(17)]
    return [Layer("Flatten"), *wide, Layer("Linear", {"out_features": 10})]


def test_an_eight_billion_parameter_mlp_is_refused_before_allocating(
    refuse, tmp_path, idx_folder, monkeypatch
):
    from netbuilder.engine import preflight

    monkeypatch.setattr(preflight, "free_memory", lambda device: 16_000_000_000)  # any machine
    path = tmp_path / "huge.json"
    project = project_with(eight_billion_parameters())
    project.name = "huge"
    save_project(project, path)
    argv = ["train", path, "--dataset", idx_folder, "--device", "cpu", "--checkpoint", "m.pt"]
    refuse(argv, "huge is too big to train on cpu", "7.76G parameters", "16.0 GB free")


def test_the_estimate_counts_weights_gradients_optimizer_and_activations(idx_folder):
    from netbuilder.engine.data import read_idx_folder

    dataset = read_idx_folder(idx_folder)
    project = project_with([Layer("Flatten"), Layer("Linear", {"out_features": 10})])
    project.training.optimizer = "adam"
    estimate = estimate_memory(project, dataset)
    weights = 7850 * 4 * 4  # weights, gradients, two Adam states
    activations = (784 + 784 + 10) * 32 * 4 * 2
    data = 256 * 784 + 256 * 8
    assert estimate.parameters == 7850 and estimate.bytes == weights + activations + data


def test_absurd_depth_is_warned_about(idx_folder):
    from netbuilder.engine.data import read_idx_folder

    layers = [
        Layer("Flatten"),
        *[Layer("ReLU") for _ in range(1200)],
        Layer("Linear", {"out_features": 10}),
    ]
    warnings = check_before_training(
        project_with(layers), read_idx_folder(idx_folder), torch.device("cpu")
    )
    assert any("1,202 layers" in w and "slowly" in w for w in warnings)


def test_an_input_shape_that_does_not_match_the_dataset_is_named(refuse, tmp_path, idx_folder):
    path = tmp_path / "vector.json"
    project = project_with([Layer("Linear", {"out_features": 10})], input_shape=(784,))
    project.name = "vector"
    save_project(project, path)
    argv = ["train", path, "--dataset", idx_folder, "--device", "cpu"]
    refuse(argv, "gives inputs of shape 1×28×28", "the network's input is 784")


def test_thread_timing_never_builds_a_network_too_big_to_train(monkeypatch, idx_folder):
    from netbuilder.engine import preflight, threads
    from netbuilder.engine.data import read_idx_folder

    monkeypatch.setattr(preflight, "free_memory", lambda device: 16_000_000_000)
    monkeypatch.setattr(threads, "thread_candidates", lambda leave_free=0: [1, 2])

    built = []
    monkeypatch.setattr(threads, "measure", lambda *args: built.append(args) or {1: 1.0, 2: 1.0})
    project = project_with(eight_billion_parameters())
    project.training.device = "cpu"
    try:
        assert threads.choose_threads(project, read_idx_folder(idx_folder)) == 1
        assert built == [], "the 8-billion-parameter network was built to time it"
    finally:
        torch.set_num_threads(1)
