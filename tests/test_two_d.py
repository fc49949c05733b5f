"""The generated 2-D datasets: shapes, labels, determinism, balance, and how projects keep them."""

import json

import pytest
import torch

from netbuilder.document.analysis import analyse
from netbuilder.document.network import Network
from netbuilder.document.project import (
    Project,
    ProjectError,
    load_project,
    project_from_dict,
    project_to_dict,
)
from netbuilder.document.two_d import TWO_D_NAMES, check_data_params
from netbuilder.engine.data import load_dataset
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.training_events import TrainingError
from netbuilder.engine.two_d import generate
from tests.paths import EXAMPLES

CLASSES = {"spiral": 3, "moons": 2, "circles": 2, "xor": 2, "blobs": 4}


@pytest.mark.parametrize("name", TWO_D_NAMES)
def test_shapes_labels_and_balance(name):
    data = generate(name, {"points": 40})
    k = CLASSES[name]
    assert data.num_classes == k and data.input_shape == (2,)
    assert data.train.features.dtype == torch.float32 and data.train.features.shape == (30 * k, 2)
    assert data.test.features.shape == (10 * k, 2)
    for split, per_class in ((data.train, 30), (data.test, 10)):
        assert torch.equal(torch.bincount(split.labels, minlength=k), torch.full((k,), per_class))
    assert data.train.features.abs().max() < 3 and (data.mean, data.std) == (0.0, 1.0)


@pytest.mark.parametrize("name", TWO_D_NAMES)
def test_a_seed_gives_the_same_points_and_another_seed_others(name):
    a, b = generate(name, {"seed": 5}), generate(name, {"seed": 5})
    assert torch.equal(a.train.features, b.train.features)
    assert torch.equal(a.test.labels, b.test.labels)
    assert not torch.equal(a.train.features, generate(name, {"seed": 6}).train.features)


def test_classes_and_noise_are_parameters():
    assert generate("spiral", {"classes": 5, "points": 10}).num_classes == 5
    clean = generate("blobs", {"noise": 0.0, "points": 10}).train.features
    assert len(torch.unique(clean, dim=0)) == 4  # every point sits on its blob's centre


def test_xor_labels_follow_the_quadrants():
    data = generate("xor", {"noise": 0.0})
    x, y = data.train.features.T
    assert torch.equal(data.train.labels, ((x > 0) != (y > 0)).long())


def test_load_dataset_dispatches_and_limits():
    data = load_dataset("moons", params={"points": 50}, limit_train=20)
    assert len(data.train) == 20 and len(data.test) == 24  # round(12.5) per class


def test_parameters_round_trip_and_old_files_still_load():
    project = Project(dataset="spiral", dataset_params={"points": 80})
    saved = project_to_dict(project)
    assert saved["dataset"]["params"] == check_data_params("spiral", {"points": 80})
    assert project_from_dict(json.loads(json.dumps(saved))).dataset_params["points"] == 80
    old = {**saved, "dataset": {"name": "mnist"}}
    assert project_from_dict(old).dataset_params == {}


@pytest.mark.parametrize(
    "params, words",
    [({"points": 0}, "points is 0"), ({"arms": 3}, "no parameter"), ({"noise": "a"}, "number")],
)
def test_bad_parameters_reject_the_file_with_the_reason(tmp_path, params, words):
    path = tmp_path / "p.json"
    data = project_to_dict(Project(dataset="spiral"))
    data["dataset"]["params"] = params
    path.write_text(json.dumps(data))
    with pytest.raises(ProjectError, match=words):
        load_project(path)


def test_conv_on_points_gets_the_usual_error_on_its_block():
    network = Network.of(("Conv2d", {"out_channels": 4}), input_shape=(2,))
    analysis = analyse(network)
    assert not analysis.valid and analysis.errors[0].index == 0


def test_an_image_network_on_points_says_how_to_fix_it():
    project = Project(dataset="spiral")  # the default network takes 1x28x28 images
    with pytest.raises(TrainingError, match=r"set the input to 2 "):
        run_experiment(project, generate("spiral"))


def test_the_spiral_pair_through_netbuilder_train(tmp_path, capsys):
    """The curriculum's first lesson: linear layers fail on the spiral, a ReLU between them wins."""
    from netbuilder.cli.main import main

    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # 2 threads on busy cores are many times slower
    accuracy = {}
    for name in ("spiral_linear", "spiral_relu"):
        metrics = tmp_path / f"{name}.json"
        assert main(["train", str(EXAMPLES / f"{name}.json"), "--metrics-out", str(metrics)]) == 0
        accuracy[name] = json.loads(metrics.read_text())["test_accuracy"]
    torch.set_num_threads(threads)
    capsys.readouterr()
    assert accuracy["spiral_linear"] < 0.60 and accuracy["spiral_relu"] >= 0.95, accuracy
