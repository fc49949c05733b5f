"""Damaged and hostile checkpoints for `predict` and `train --resume`: refused, naming the field."""

from __future__ import annotations

import json
import math

import pytest
import torch

from netbuilder.document.project import project_to_dict, save_project
from netbuilder.engine.checkpoint import save_checkpoint, tensor_checksum
from netbuilder.engine.experiment import build_model

from .conftest import make_fifo, small_project


def rewrite(source, target, change):
    payload = torch.load(source, weights_only=True)
    change(payload)
    torch.save(payload, target)
    return target


def _set(*keys_and_value):
    *keys, value = keys_and_value

    def change(payload):
        holder = payload
        for key in keys[:-1]:
            holder = holder[key]
        holder[keys[-1]] = value

    return change


def _damage_weights(payload):
    payload["state_dict"]["1.weight"][0, 0] += 1.0  # one changed number, checksum kept


def _nan_weights(payload):
    payload["state_dict"]["1.weight"][0, 0] = math.nan
    payload["checksum"] = tensor_checksum(payload["state_dict"])


def _other_input(payload):
    project = json.loads(payload["project"])
    project["network"]["input_shape"] = [1, 14, 14]
    payload["project"] = json.dumps(project)


def _huge_project(payload):
    project = json.loads(payload["project"])
    project["network"]["layers"][1:1] = [{"type": "Linear", "params": {"out_features": 22000}}] * 17
    payload["project"] = json.dumps(project)


CASES = {
    "huge_project.pt": (_huge_project, "describes 7,"),
    "epoch_inf.pt": (_set("epoch", math.inf), "epoch"),
    "mean_huge.pt": (_set("normalisation", "mean", 10**400), "mean"),
    "std_zero.pt": (_set("normalisation", "std", 0.0), "std"),
    "std_nan.pt": (_set("normalisation", "std", math.nan), "std"),
    "flipped.pt": (_damage_weights, "checksum"),
    "nan_weights.pt": (_nan_weights, "NaN"),
    "other_input.pt": (_other_input, "1.weight has shape (10, 784) in the checkpoint"),
    "classes.pt": (_set("classes", "0123456789"), "classes"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_damaged_checkpoints_are_refused(refuse, model_file, tmp_path, name):
    change, word = CASES[name]
    model = rewrite(model_file, tmp_path / name, change)
    image = tmp_path / "blank.png"
    image.write_bytes(b"")
    refuse(["predict", model, image], name, word)


def test_files_that_are_not_checkpoints_are_named(refuse, tmp_path):
    image = tmp_path / "x.png"
    image.write_bytes(b"")
    project = tmp_path / "project.json"
    save_project(small_project(), project)
    refuse(["predict", project, image], project, "JSON")
    refuse(["predict", make_fifo(tmp_path / "pipe.pt"), image], "pipe.pt", "ordinary file")
    refuse(["predict", tmp_path / "none.pt", image], "none.pt", "no such file")


def test_resume_with_an_optimizer_state_of_the_wrong_shape(refuse, tmp_path, idx_folder):
    project = small_project()
    project.training.optimizer = "adam"
    model = build_model(project, 10)
    optimizer = torch.optim.Adam(model.parameters())
    model(torch.zeros(2, 1, 28, 28)).sum().backward()
    optimizer.step()
    for state in optimizer.state.values():
        state["exp_avg"] = torch.zeros(3, 3)
    resume = tmp_path / "resume.pt"
    save_checkpoint(resume, model, project=project_to_dict(project), optimizer=optimizer,
                    mean=0.1, std=0.3, classes=tuple("0123456789"))  # fmt: skip
    project_path = tmp_path / "adam.json"
    save_project(project, project_path)
    argv = ["train", project_path, "--dataset", idx_folder, "--device", "cpu", "--resume", resume]
    refuse(argv, "Cannot resume", "exp_avg", "(3, 3)")
