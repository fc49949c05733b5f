"""Data augmentation: it changes the training batches the model sees and never the validation
ones; the preview is deterministic; the settings round-trip; --augment's words parse or say why."""

from __future__ import annotations

import dataclasses
import json

import pytest
import torch
from torch import nn

from netbuilder.document.augmentation import augment_lints, augment_text, parse_augment
from netbuilder.document.messages import MessageError
from netbuilder.document.project import load_project, project_to_dict, save_project
from netbuilder.document.settings import SettingsError, TrainingSettings
from netbuilder.engine.augment import GROUPS, build_augment, preview
from netbuilder.engine.training import train
from tests.paths import EXAMPLES
from tests.test_training import blob_dataset

AUGMENTED = {"augment_shift": 3, "augment_rotate": 15.0, "augment_noise": 0.1}


class Recorder(nn.Module):
    """A tiny classifier that keeps a copy of every input it is given, with the mode it was in."""

    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
        self.seen: list[tuple[bool, torch.Tensor]] = []

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.seen.append((self.training, x.detach().clone()))
        return self.net(x)


def inputs_seen(**augment: object) -> tuple[list[torch.Tensor], list[torch.Tensor]]:
    """(training inputs, evaluation inputs) of one epoch on the blobs."""
    model = Recorder()
    settings = TrainingSettings(epochs=1, batch_size=50, device="cpu", validation_fraction=0.2,
                                **augment)  # fmt: skip
    train(model, blob_dataset(300), settings)
    trained = [x for training, x in model.seen if training]
    evaluated = [x for training, x in model.seen if not training]
    return trained, evaluated


def test_augmentation_changes_the_training_batches_and_never_the_validation_ones():
    plain_train, plain_eval = inputs_seen()
    aug_train, aug_eval = inputs_seen(**AUGMENTED)
    assert len(plain_train) == len(aug_train) == 5  # 240 samples in batches of 50
    for plain, augmented in zip(plain_train, aug_train, strict=True):
        assert plain.shape == augmented.shape
        assert not torch.allclose(plain, augmented), "an augmented batch is the plain one"
    assert len(plain_eval) == len(aug_eval) and len(aug_eval) >= 2
    for plain, augmented in zip(plain_eval, aug_eval, strict=True):
        assert torch.equal(plain, augmented), "validation (or a check) saw augmented images"


def test_without_augmentation_the_training_batches_are_the_images_as_they_are():
    plain_train, _ = inputs_seen()
    again, _ = inputs_seen(augment_shift=0, augment_flip=False)
    for first, second in zip(plain_train, again, strict=True):
        assert torch.equal(first, second)


def test_each_group_of_a_batch_draws_its_own_parameters():
    """torchvision draws one set of parameters per call; the batch must not move as one."""
    augment = build_augment(TrainingSettings(augment_rotate=40.0, augment_shift=4), (28, 28))
    image = torch.zeros(1, 1, 28, 28, dtype=torch.uint8)
    image[..., 4:24, 12:16] = 255  # a bar: every turn and shift shows
    batch = image.expand(64, -1, -1, -1).contiguous()
    out = augment(batch)
    assert out.dtype == torch.float32 and out.shape == (64, 1, 28, 28)
    assert 0.0 <= float(out.min()) and float(out.max()) <= 1.0
    distinct = {tuple(x.flatten().tolist()) for x in out}
    assert len(distinct) == GROUPS, "each of the groups should be changed its own way"


def test_each_augmentation_changes_the_images():
    image = torch.zeros(8, 1, 28, 28, dtype=torch.uint8)
    image[:, :, 6:22, 3:12] = 200
    on = {"augment_shift": 3, "augment_rotate": 20.0, "augment_scale": 0.3,
          "augment_flip": True, "augment_brightness": 0.5, "augment_contrast": 0.5,
          "augment_noise": 0.2, "augment_erase": 1.0}  # fmt: skip
    for name, value in on.items():
        settings = TrainingSettings(**{name: value})
        shown = torch.cat([preview(settings, image, seed) for seed in range(4)])
        assert not torch.equal(shown, image.repeat(4, 1, 1, 1)), name
    assert build_augment(TrainingSettings(), (28, 28)) is None


def test_the_preview_is_the_same_for_the_same_settings_and_leaves_randomness_alone():
    images = blob_dataset(16).train.features[:8].unsqueeze(1)
    settings = TrainingSettings(**AUGMENTED, augment_erase=0.5)
    torch.manual_seed(7)
    state = torch.random.get_rng_state()
    first = preview(settings, images, seed=3)
    assert torch.equal(torch.random.get_rng_state(), state)
    assert torch.equal(preview(settings, images, seed=3), first)
    assert first.dtype == torch.uint8 and first.shape == images.shape
    assert not torch.equal(preview(settings, images, seed=4), first)
    other = dataclasses.replace(settings, augment_rotate=40.0)
    assert not torch.equal(preview(other, images, seed=3), first)
    assert torch.equal(preview(TrainingSettings(), images), images)


def test_augmentation_settings_round_trip_through_the_project_file(tmp_path):
    project = load_project(EXAMPLES / "lenet5.json")
    project.training = dataclasses.replace(project.training, **AUGMENTED, augment_flip=True)
    path = tmp_path / "p.json"
    save_project(project, path)
    assert json.loads(path.read_text())["training"]["augment_shift"] == 3
    assert load_project(path).training == project.training


def test_an_old_project_without_augmentation_opens_with_it_all_off():
    data = json.loads((EXAMPLES / "lenet5.json").read_text())
    assert not any(key.startswith("augment_") for key in data["training"])
    project = load_project(EXAMPLES / "lenet5.json")
    assert augment_text(project.training) == "none"
    saved = project_to_dict(project)["training"]
    assert {k: v for k, v in saved.items() if k in data["training"]} == data["training"]


def test_settings_refuse_augmentation_out_of_range():
    for name, value in (("augment_shift", 9), ("augment_rotate", -1.0), ("augment_erase", 1.5)):
        with pytest.raises(SettingsError, match=name):
            TrainingSettings(**{name: value}).check()


def test_augment_words_parse():
    values = parse_augment("shift=3, rotate=10,flip")
    assert values["augment_shift"] == 3 and values["augment_rotate"] == 10.0
    assert values["augment_flip"] is True and values["augment_noise"] == 0.0
    assert augment_text(TrainingSettings(**values)) == "shift=3,rotate=10,flip"
    assert parse_augment("none") == parse_augment("") == parse_augment("off")
    assert not any(parse_augment("none").values())


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("shfit=3", "'shfit' is not an augmentation. Use some of: shift, rotate"),
        ("shift", "shift needs a value from 0 to 8, e.g. shift=3"),
        ("shift=2.5", "shift=2.5 is not allowed: use a whole number from 0 to 8"),
        ("rotate=ninety", "rotate=ninety is not allowed: use a number from 0 to 45"),
        ("rotate=90", "rotate=90 is not allowed: use a number from 0 to 45"),
        ("noise=nan", "noise=nan is not allowed"),
        ("flip=maybe", "flip=maybe is not allowed: write flip"),
        ("shift=1,shift=2", "shift is given twice"),
    ],
)
def test_bad_augment_words_say_what_is_wrong_and_how_to_fix_it(text, says):
    with pytest.raises(MessageError) as error:
        parse_augment(text)
    assert says in str(error.value)


def test_flipping_digits_is_a_lint_and_flipping_photos_is_not():
    flip = TrainingSettings(augment_flip=True)
    for digits in ("mnist", "synthetic-digits", "emnist-digits"):
        assert [m.code for m in augment_lints(flip, digits)] == ["augment_flip_digits"]
    assert augment_lints(flip, "cifar10") == augment_lints(flip, "fashion-mnist") == []
    assert augment_lints(TrainingSettings(augment_shift=2), "mnist") == []
    assert [m.code for m in augment_lints(TrainingSettings(augment_shift=2), "moons")] == [
        "augment_images_only"
    ]


def test_the_exported_script_augments_its_training_batches_as_the_app_does():
    from netbuilder.document.script_export import training_script

    project = load_project(EXAMPLES / "lenet5.json")
    project.training = dataclasses.replace(project.training, **AUGMENTED, augment_flip=True)
    namespace = {"__name__": "exported_script"}
    exec(compile(training_script(project), "train.py", "exec"), namespace)
    assert namespace["AUGMENT"] == {"shift": 3, "rotate": 15.0, "flip": True, "noise": 0.1}
    images = blob_dataset(64).train.features[:64].unsqueeze(1)
    torch.manual_seed(5)
    scripted = namespace["make_augment"]()(images)
    torch.manual_seed(5)
    ours = build_augment(project.training, (28, 28))(images)
    assert torch.equal(scripted, ours), "the script draws the same transforms from the same seed"
    batches = namespace["Batches"](
        (images[:, 0], torch.zeros(64, dtype=torch.int64)), "cpu", 0.1, 0.3
    )
    order = torch.arange(64)
    plain = next(batches.batches(order, 64))[0]
    augmented = next(batches.batches(order, 64, namespace["make_augment"]()))[0]
    assert plain.shape == augmented.shape and not torch.allclose(plain, augmented)
    project.training = dataclasses.replace(project.training, **dict.fromkeys(AUGMENTED, 0))
    project.training.augment_flip = False
    namespace = {"__name__": "exported_script"}
    exec(compile(training_script(project), "train.py", "exec"), namespace)
    assert namespace["AUGMENT"] == {} and namespace["make_augment"]() is None


@pytest.mark.slow
def test_the_exported_script_trains_with_augmentation(tmp_path):
    import os
    import subprocess
    import sys

    from netbuilder.document.script_export import training_script
    from tests.idx_files import digit_splits, write_idx_folder

    data = write_idx_folder(tmp_path / "digits", digit_splits(600, 200))
    project = load_project(EXAMPLES / "lenet5.json")
    project.training = dataclasses.replace(project.training, **AUGMENTED, batch_size=64)
    script = tmp_path / "train.py"
    script.write_text(training_script(project))
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
    args = [sys.executable, str(script), "--data", str(data), "--device", "cpu", "--epochs", "1"]
    result = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "augmenting the training images: {'shift': 3, 'rotate': 15.0, 'noise': 0.1}" in (
        result.stdout
    )
