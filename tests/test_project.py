"""Project files: round trip, and bad files rejected whole with the path and the reason."""

import json

import pytest

from netbuilder.document.network import Network
from netbuilder.document.project import (
    Project,
    ProjectError,
    load_project,
    project_to_dict,
    save_project,
)
from netbuilder.document.settings import TrainingSettings


def sample_project():
    network = Network.of(("Conv2d", {"out_channels": 4, "kernel_size": 3}), "ReLU", "Flatten",
                         ("Linear", {"out_features": 10}), ("Dropout", {"p": 0.25}))  # fmt: skip
    training = TrainingSettings(optimizer="adam", learning_rate=0.002, epochs=3, init="xavier")
    return Project(network, training, "fashion-mnist", "Demo", "A test project")


def test_round_trip(tmp_path):
    path = tmp_path / "demo.json"
    project = sample_project()
    save_project(project, path)
    loaded = load_project(path)
    assert project_to_dict(loaded) == project_to_dict(project)
    assert loaded.training == project.training and loaded.dataset == "fashion-mnist"
    assert [layer.params for layer in loaded.network.layers] == [
        layer.params for layer in project.network.layers
    ]
    assert json.loads(path.read_text())["schema_version"] == 1


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path, monkeypatch):
    path = tmp_path / "demo.json"
    save_project(sample_project(), path)
    before = path.read_text()

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr("os.fsync", crash)
    with pytest.raises(OSError):
        save_project(Project(), path)
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["demo.json"]


def _write(tmp_path, data):
    path = tmp_path / "bad.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def _valid():
    return project_to_dict(sample_project())


def _with(**changes):
    data = _valid()
    for dotted, value in changes.items():
        target = data
        *parents, last = dotted.split("__")
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        target[last] = value
    return data


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "not valid JSON"),
        (json.dumps(_valid())[:200], "truncated"),
        ("[1, 2]", "JSON object"),
        (_with(format="something-else"), "not a netbuilder project"),
        (_with(schema_version=99), "newer netbuilder"),
        (_with(schema_version="1"), "schema_version must be an integer"),
        (_with(network__layers__0__type="Conv3d"), "unknown layer type 'Conv3d'"),
        (_with(network__layers__0__params__kernel_size="3"), "kernel_size must be int"),
        (
            _with(network__layers__0__params__kernel_size=0),
            "layer 1 (Conv2d): kernel_size 0 is below",
        ),
        (_with(network__layers__3__params__colour=1), "layer 4 (Linear) has no parameter 'colour'"),
        (_with(network__layers={}), "'layers' must be a list"),
        (_with(training__learning_rate="fast"), "learning_rate"),
        (_with(training__optimiser="sgd"), "unknown training setting"),
        (_with(dataset__name="cifar"), "unknown dataset"),
    ],
)
def test_bad_files_are_rejected_with_path_and_reason(tmp_path, content, reason):
    path = _write(tmp_path, content)
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    assert str(path) in str(caught.value)
    assert reason in str(caught.value)


def test_missing_file(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        load_project(tmp_path / "nope.json")


def test_binary_file(tmp_path):
    path = tmp_path / "weights.json"
    path.write_bytes(b"\x80\x02\x93\xff" * 10)
    with pytest.raises(ProjectError, match="not a text file"):
        load_project(path)


def test_a_fixed_input_normalisation_round_trips_and_old_files_have_none(tmp_path):
    """An imported model's input convention is kept in the file (dataset.normalisation), only
    when there is one: other projects' files stay exactly as before."""
    project = sample_project()
    assert "normalisation" not in project_to_dict(project)["dataset"]
    project.normalisation = (0.0, 1.0)
    path = tmp_path / "imported.json"
    save_project(project, path)
    assert json.loads(path.read_text())["dataset"]["normalisation"] == {"mean": 0.0, "std": 1.0}
    assert load_project(path).normalisation == (0.0, 1.0)
    assert load_project(path).copy().normalisation == (0.0, 1.0)
    save_project(sample_project(), path)
    assert load_project(path).normalisation is None


@pytest.mark.parametrize(
    "value", [{"mean": 0.0}, {"mean": 0.0, "std": 0.0}, {"mean": "0", "std": 1}, [0, 1],
              {"mean": float("nan"), "std": 1.0}, {"mean": 0, "std": 1, "extra": 2}],
)  # fmt: skip
def test_a_bad_normalisation_is_refused(tmp_path, value):
    data = project_to_dict(sample_project())
    data["dataset"]["normalisation"] = value
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ProjectError, match="normalisation"):
        load_project(path)
