"""Checkpoints: what is saved comes back, and a bad or unsafe file is refused with its path."""

from __future__ import annotations

import pathlib
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from netbuilder.engine.checkpoint import CheckpointError, load_checkpoint, save_checkpoint

PROJECT = {"format": "netbuilder-project", "schema_version": 1, "layers": [{"type": "Linear"}]}
CLASSES = tuple(str(k) for k in range(10))


def trained_model() -> tuple[nn.Module, torch.optim.Optimizer]:
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4), nn.Flatten(), nn.LazyLinear(10))
    model(torch.zeros(2, 1, 28, 28))  # materialise the lazy layer
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    F.cross_entropy(model(torch.randn(8, 1, 28, 28)), torch.arange(8)).backward()
    optimizer.step()
    return model, optimizer


def save(path: Path, model: nn.Module, **changes: object) -> None:
    values = {"project": PROJECT, "epoch": 3, "metrics": {"test_accuracy": 0.97}}
    values |= {"mean": 0.1307, "std": 0.3081, "classes": CLASSES}
    save_checkpoint(path, model, **{**values, **changes})


def test_round_trip_gives_back_everything(tmp_path: Path) -> None:
    model, optimizer = trained_model()
    path = tmp_path / "net.pt"
    save(path, model, optimizer=optimizer)

    ckpt = load_checkpoint(path)
    assert ckpt.project == PROJECT and ckpt.metrics == {"test_accuracy": 0.97}
    assert (ckpt.epoch, ckpt.mean, ckpt.std, ckpt.classes) == (3, 0.1307, 0.3081, CLASSES)
    state = model.state_dict()
    assert list(ckpt.state_dict) == list(state)
    assert all(torch.equal(ckpt.state_dict[k], state[k]) for k in state)
    assert ckpt.optimizer_state["state"][0]["step"] == 1


def test_a_loaded_checkpoint_rebuilds_the_same_predictions(tmp_path: Path) -> None:
    model, _ = trained_model()
    save(tmp_path / "net.pt", model)
    ckpt = load_checkpoint(tmp_path / "net.pt")
    fresh = nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4), nn.Flatten(), nn.Linear(2704, 10))
    fresh.load_state_dict(ckpt.state_dict)
    x = torch.randn(5, 1, 28, 28)
    model.eval()
    fresh.eval()
    assert torch.equal(model(x), fresh(x))
    assert ckpt.optimizer_state is None


def test_saving_replaces_the_old_file_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    model, _ = trained_model()
    path = tmp_path / "net.pt"
    save(path, model, epoch=1)
    save(path, model, epoch=2)
    assert load_checkpoint(path).epoch == 2
    assert [p.name for p in tmp_path.iterdir()] == ["net.pt"]


def test_a_failed_save_keeps_the_previous_checkpoint(tmp_path: Path) -> None:
    model, _ = trained_model()
    path = tmp_path / "net.pt"
    save(path, model, epoch=1)
    with pytest.raises(CheckpointError, match="net.pt.*metrics"):
        save(path, model, epoch=2, metrics={"bad": object()})
    assert load_checkpoint(path).epoch == 1
    assert [p.name for p in tmp_path.iterdir()] == ["net.pt"]


def test_saving_into_a_missing_folder_names_the_path(tmp_path: Path) -> None:
    model, _ = trained_model()
    with pytest.raises(CheckpointError, match="nowhere"):
        save(tmp_path / "nowhere" / "net.pt", model)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(CheckpointError, match="missing.pt.*no such file"):
        load_checkpoint(tmp_path / "missing.pt")


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_corrupt_file_is_refused_with_its_path(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "broken.pt"
    if damage == "garbage":
        path.write_bytes(b"this is not a checkpoint at all" * 10)
    else:
        save(path, trained_model()[0])
        path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(CheckpointError) as caught:
        load_checkpoint(path)
    assert str(path) in str(caught.value)


class _Sneaky:
    """Unpickling this would create a file: the classic pickle attack, made harmless."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return pathlib.Path.touch, (self.marker,)


def test_a_file_with_arbitrary_python_objects_is_refused(tmp_path: Path) -> None:
    path, marker = tmp_path / "evil.pt", tmp_path / "pwned"
    torch.save({"format": "netbuilder-checkpoint", "payload": _Sneaky(marker)}, path)
    with pytest.raises(CheckpointError, match="evil.pt.*Python objects"):
        load_checkpoint(path)
    assert not marker.exists()


def test_other_torch_files_are_not_taken_for_checkpoints(tmp_path: Path) -> None:
    path = tmp_path / "weights.pt"
    torch.save(trained_model()[0].state_dict(), path)
    with pytest.raises(CheckpointError, match="weights.pt.*not a netbuilder checkpoint"):
        load_checkpoint(path)


def test_a_checkpoint_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.pt"
    save(path, trained_model()[0])
    payload = torch.load(path, weights_only=True)
    torch.save({**payload, "schema_version": 2}, path)
    with pytest.raises(CheckpointError, match="future.pt.*newer"):
        load_checkpoint(path)


def test_a_checkpoint_with_a_missing_field_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "partial.pt"
    save(path, trained_model()[0])
    payload = torch.load(path, weights_only=True)
    del payload["normalisation"]
    torch.save(payload, path)
    with pytest.raises(CheckpointError, match="partial.pt.*normalisation"):
        load_checkpoint(path)
