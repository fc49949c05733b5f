"""Lesson files: every lesson loads with a valid network, and a bad lesson is rejected whole."""

import json
import re
from pathlib import Path

import pytest

from netbuilder.document.analysis import analyse
from netbuilder.document.datasets import dataset_classes
from netbuilder.document.lesson import LessonError, lesson_files, lesson_for_topic, load_lesson
from tests.paths import EXAMPLES, LESSONS


def test_the_lessons_are_numbered_in_order():
    titles = [load_lesson(p).title for p in lesson_files(LESSONS)]
    assert [t.split(".")[0] for t in titles] == [str(n) for n in range(1, 17)]


def test_the_explorer_lessons_name_their_explorer():
    explore = {p.stem: load_lesson(p).explore for p in lesson_files(LESSONS)}
    assert explore["07-activations"] == "activations"
    assert explore["08-adam-himmelblau"] == "optimizers"
    assert explore["09-vanishing-gradients"] == explore["01-linear-vs-relu"] == ""


@pytest.mark.parametrize("path", lesson_files(LESSONS), ids=lambda p: p.stem)
def test_each_lesson_has_a_valid_network_and_its_texts(path):
    lesson = load_lesson(path)
    project = lesson.project
    classes = dataset_classes(project.dataset, project.dataset_params)
    training = project.training
    assert analyse(project.network, classes, training.loss, training.objective).valid
    assert lesson.try_ and lesson.look_for and lesson.question.endswith("?")


def test_the_overfitting_lesson_trains_on_few_samples():
    [path] = [p for p in lesson_files(LESSONS) if "overfitting" in p.stem]
    assert load_lesson(path).project.training.limit_train == 500


def test_every_lesson_the_doctor_links_to_exists():
    doctor = Path(__file__).parent.parent / "netbuilder" / "engine" / "doctor.py"
    topics = set(re.findall(r'lesson="([a-z-]+)"', doctor.read_text()))
    assert {"learning-rate", "activations", "vanishing-gradients", "overfitting"} <= topics
    found = {topic: lesson_for_topic(topic, LESSONS) for topic in topics}
    assert None not in found.values(), found
    assert found["vanishing-gradients"].stem == "09-vanishing-gradients"
    assert lesson_for_topic("astrology", LESSONS) is None


@pytest.mark.parametrize(
    "change, words",
    [
        ({"format": "x"}, "not a netbuilder lesson"),
        ({"project": "missing.json"}, "does not exist"),
        ({"training": {"epochs": 0}}, "epochs"),
        ({"title": 3}, "'title' must be text"),
        ({"topics": "overfitting"}, "'topics' must be a list"),
        ({"explore": "microscope"}, "'explore' must be one of 'activations', 'optimizers'"),
    ],
)
def test_a_bad_lesson_names_the_reason(tmp_path, change, words):
    data = json.loads((LESSONS / "01-linear-vs-relu.json").read_text())
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps({**data, **change}))
    with pytest.raises(LessonError, match=words):
        load_lesson(path)


def test_the_k_fold_lesson_trains_five_folds():
    [path] = [p for p in lesson_files(LESSONS) if "k-fold" in p.stem]
    assert load_lesson(path).project.training.folds == 5


def test_the_augmentation_lesson_starts_plain_on_500_images_of_a_picture_dataset():
    [path] = [p for p in lesson_files(LESSONS) if "augmentation" in p.stem]
    training = load_lesson(path).project.training
    assert training.limit_train == 500 and training.validation_fraction > 0
    assert not training.augment_shift and not training.augment_rotate, "the first run is plain"
    assert "Shift" in load_lesson(path).try_ and "Rotate" in load_lesson(path).try_


def test_the_skip_connection_lessons_pair_their_examples():
    """Lesson 14 pairs the deep Sigmoid stack with its residual twin (same layers, same
    settings), 15 is the small ResNet, 16 the Inception-style branches; a lesson's texts name
    only examples that exist."""
    lessons = {p.stem[:2]: load_lesson(p) for p in lesson_files(LESSONS)}
    skips = lessons["14"].project
    plain = load_lesson(LESSONS / "09-vanishing-gradients.json").project
    assert [x.structure() for x in skips.network.layers[:3]] == [
        x.structure() for x in plain.network.layers[:3]
    ]
    assert {x.type_id for x in skips.network.layers} == {"Flatten", "Linear", "Sigmoid", "Residual"}
    assert skips.training == plain.training
    assert any(x.type_id == "Residual" for x in lessons["15"].project.network.layers)
    assert any(x.type_id == "Branches" for x in lessons["16"].project.network.layers)
    for lesson in lessons.values():
        texts = " ".join((lesson.summary, lesson.try_, lesson.look_for))
        for name in re.findall(r"examples/(\w+)\.json", texts):
            assert (EXAMPLES / f"{name}.json").exists(), (lesson.title, name)
