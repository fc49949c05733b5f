"""Round trips: what one part of netbuilder writes, every part reads (the limits are shared, in
document/limits.py). A model trained on a wide table or with long class names is read by
`predict`, a project on that table reopens, and the exported script's checkpoint says how
`predict` must prepare a picture."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PIL import Image

from netbuilder.cli.main import main
from netbuilder.document.limits import MAX_CLASS_NAME
from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project, load_project, save_project
from netbuilder.document.script_export import training_script
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.checkpoint import load_checkpoint

from .conftest import _within

LONG = "c" * 250


def table(path, columns: int, labels=("short", LONG)):
    header = ",".join([*(f"x{i}" for i in range(columns)), "label"])
    rows = [
        ",".join([*(str((r * 7 + i) % 5) for i in range(columns)), labels[r % 2]])
        for r in range(30)
    ]
    path.write_text("\n".join([header, *rows]) + "\n")
    return path


def table_project(path, columns: int) -> Project:
    network = Network([Layer("Linear", {"out_features": 2})], (columns,))
    settings = TrainingSettings(epochs=1, batch_size=8, validation_fraction=0.0, device="cpu")
    return Project(network, settings, str(path), "wide")


@pytest.mark.parametrize("columns", [5000, 3])
def test_a_wide_or_long_labelled_table_model_is_read_by_predict(capsys, tmp_path, columns):
    data = table(tmp_path / "t.csv", columns)
    project = tmp_path / "p.json"
    save_project(table_project(data, columns), project)
    assert load_project(project).network.input_shape == (columns,)  # the saved project reopens
    model = tmp_path / "m.pt"
    argv = ["train", project, "--device", "cpu", "--checkpoint", model]
    assert _within(120, main, [str(a) for a in argv]) == 0, capsys.readouterr()
    assert set(load_checkpoint(model).classes) == {"short", LONG}
    capsys.readouterr()
    assert main(["predict", str(model), "--csv", str(data)]) == 0, capsys.readouterr().err
    assert "row 2: predicted" in capsys.readouterr().out


def test_a_class_name_longer_than_any_reader_takes_is_refused_when_loaded(capsys, tmp_path):
    data = table(tmp_path / "t.csv", 3, ("short", "c" * (MAX_CLASS_NAME + 1)))
    project = tmp_path / "p.json"
    save_project(table_project(data, 3), project)
    assert main(["train", str(project), "--device", "cpu"]) == 1
    assert f"at most {MAX_CLASS_NAME:,}" in capsys.readouterr().err


def test_the_exported_scripts_image_folder_checkpoint_is_predicted_as_pictures(capsys, tmp_path):
    folder = tmp_path / "pets"
    for index, name in enumerate(("cats", LONG)):
        (folder / name).mkdir(parents=True)
        for i in range(6):
            Image.new("RGB", (12, 10), (200 * index, 30 * i, 90)).save(folder / name / f"{i}.png")
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 2})], (3, 8, 8))
    settings = TrainingSettings(epochs=1, batch_size=4, validation_fraction=0.0, device="cpu")
    script = tmp_path / "train.py"
    script.write_text(training_script(Project(network, settings, str(folder), "pets")))
    result = subprocess.run(
        [sys.executable, str(script), "--device", "cpu", "--checkpoint", "m.pt"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    checkpoint = load_checkpoint(tmp_path / "m.pt")
    assert checkpoint.preprocessing == "resize" and set(checkpoint.classes) == {"cats", LONG}
    assert main(["predict", str(tmp_path / "m.pt"), str(folder / "cats" / "0.png")]) == 0
    assert "predicted" in capsys.readouterr().out


def test_a_checkpoint_without_the_preprocessing_record_is_guessed_from_its_input(tmp_path):
    from netbuilder.document.project import project_to_dict
    from netbuilder.engine.checkpoint import save_checkpoint
    from netbuilder.engine.experiment import build_model

    from .test_checkpoints import rewrite

    for shape, expected in (((3, 8, 8), "resize"), ((1, 28, 28), "digit")):
        network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 2})], shape)
        project = Project(network, TrainingSettings(), "mnist", "old")
        path = tmp_path / "old.pt"
        save_checkpoint(
            path, build_model(project, 2), project=project_to_dict(project), mean=0.5, std=0.2,
            classes=("a", "b"), preprocessing="digit",
        )  # fmt: skip
        rewrite(path, path, lambda payload: payload.pop("preprocessing"))
        assert load_checkpoint(path).preprocessing == expected
