"""The Training panel's Data augmentation box: each edit is one undoable change of the project's
settings, the preview grid is the same for the same settings and follows every change, and the
flip lint speaks up for digits only."""

from __future__ import annotations

import dataclasses

import torch
from PySide6.QtCore import QCoreApplication

from netbuilder.document.settings import TrainingSettings
from netbuilder.gui import commands, language
from netbuilder.gui.training.augment_box import AugmentBox

ON = TrainingSettings(augment_shift=3, augment_rotate=20.0, augment_erase=0.5)


def box_for(qtbot, settings: TrainingSettings, dataset: str = "synthetic-digits") -> AugmentBox:
    box = AugmentBox()
    qtbot.addWidget(box)
    box.set_settings(settings, dataset)
    return box


def test_an_edit_in_the_box_is_one_undoable_change_of_the_project(window):
    panel = window.feature("training").panel
    stack, document = window.document.undo_stack, window.document
    before = stack.count()
    panel.augment.fields["augment_rotate"].setValue(15.0)
    assert document.project.training.augment_rotate == 15.0
    assert stack.count() == before + 1
    panel.augment.fields["augment_flip"].setChecked(True)
    assert document.project.training.augment_flip is True and stack.count() == before + 2
    stack.undo()
    stack.undo()
    assert document.project.training.augment_rotate == 0.0
    assert panel.augment.fields["augment_rotate"].value() == 0.0, "the box follows the undo"
    stack.redo()
    assert panel.augment.fields["augment_rotate"].value() == 15.0
    assert document.project.training.learning_rate == panel.form.read().learning_rate


def test_an_undone_project_change_reaches_the_box_and_the_preview(window):
    panel = window.feature("training").panel
    training = window.document.project.training
    commands.change_training(window.document, dataclasses.replace(training, augment_shift=4))
    assert panel.augment.fields["augment_shift"].value() == 4
    assert panel.augment.grid.isVisibleTo(panel.augment)
    window.document.undo_stack.undo()
    assert not panel.augment.grid.isVisibleTo(panel.augment), "all off: no grid"


def test_the_preview_is_the_same_for_the_same_settings(qtbot):
    first, second = box_for(qtbot, ON), box_for(qtbot, ON)
    rows = first.preview_rows()
    assert len(rows) == 3 and rows[0].shape == (6, 1, 28, 28)
    for a, b in zip(rows, second.preview_rows(), strict=True):
        assert torch.equal(a, b)
    assert first.grid.image == second.grid.image
    assert not torch.equal(rows[1], rows[0]), "the augmented row differs from the originals"
    assert not torch.equal(rows[1], rows[2]), "two draws, two different rows"


def test_the_preview_is_redrawn_when_a_setting_changes(qtbot):
    box = box_for(qtbot, ON)
    before = box.grid.image
    with qtbot.waitSignal(box.settings_changed) as changed:
        box.fields["augment_rotate"].setValue(40.0)
    assert changed.args[0].augment_rotate == 40.0
    assert box.grid.image != before
    box.fields["augment_rotate"].setValue(20.0)
    assert box.grid.image == before, "back to the same settings: the same grid"


def test_flipping_digits_says_why_it_is_wrong(qtbot):
    box = box_for(qtbot, TrainingSettings(augment_flip=True), "mnist")
    assert box.lint.isVisibleTo(box) and "mirrored 2, 3" in box.lint.text()
    box.set_settings(TrainingSettings(augment_flip=True), "cifar10")
    assert not box.lint.isVisibleTo(box)
    box.set_settings(TrainingSettings(augment_flip=False), "mnist")
    assert not box.lint.isVisibleTo(box)


def test_the_box_speaks_chinese_and_back(qtbot):
    box = box_for(qtbot, TrainingSettings(augment_flip=True), "mnist")
    try:
        language.apply_language("zh_CN")
        QCoreApplication.processEvents()
        assert box.fields["augment_flip"].text() == "水平翻转"
        assert box.labels["augment_rotate"].text() == "旋转（度）"
        assert "数字" in box.lint.text()
        assert box.fields["augment_noise"].specialValueText() == "关闭"
    finally:
        language.apply_language("en")
        QCoreApplication.processEvents()
    assert box.fields["augment_flip"].text() == "Horizontal flip"
    assert box.fields["augment_flip"].isChecked()


def test_the_runs_table_names_a_changed_augmentation_and_not_an_older_runs_missing_one():
    from netbuilder.document.project import load_project
    from netbuilder.gui.training.runs import RunLog
    from tests.paths import EXAMPLES

    project = load_project(EXAMPLES / "lenet5.json")
    log = RunLog()
    first = log.add(project, "mnist")
    for key in list(first.settings):  # a run saved before augmentation existed
        if key.startswith("augment_"):
            del first.settings[key]
    assert log.add(project, "mnist").changes == "same settings"
    project.training = dataclasses.replace(project.training, augment_shift=2)
    assert log.add(project, "mnist").changes == "augment shift 0 → 2"


def test_the_preview_leaves_the_canvas_room_at_1024(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from netbuilder.gui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.dock("training.panel").raise_()
    training = window.document.project.training
    on = dataclasses.replace(training, augment_shift=2, augment_flip=True, augment_rotate=10.0)
    commands.change_training(window.document, on)
    QApplication.processEvents()
    box = window.feature("training").panel.augment
    assert box.grid.isVisible() and box.lint.isVisible()
    assert window.canvas.width() >= 400
    window.document.undo_stack.setClean()  # closing asks nothing


def test_the_preview_shows_generated_digits_until_the_dataset_is_here(tmp_path):
    from netbuilder.gui.training.augment_box import preview_images

    images, stand_in = preview_images("mnist", str(tmp_path))
    assert images is not None and images.shape == (6, 1, 28, 28) and stand_in
    images, stand_in = preview_images("synthetic-digits", str(tmp_path))
    assert images is not None and not stand_in
    assert preview_images("cifar10", str(tmp_path)) == (None, False), "no grey digits for photos"
    assert preview_images("moons", str(tmp_path)) == (None, False)


def test_the_app_trains_with_augmentation_and_the_run_remembers_it(qtbot, training_window):
    from netbuilder.engine.synthetic_digits import synthetic_digits
    from netbuilder.gui.training.controller import State

    window = training_window
    training = window.document.project.training
    on = dataclasses.replace(training, epochs=1, batch_size=50, augment_shift=2,
                             augment_rotate=10.0)  # fmt: skip
    commands.change_training(window.document, on)
    feature = window.feature("training")
    with qtbot.waitSignal(feature.model_trained, timeout=60_000) as trained:
        assert feature.panel.start(dataset=synthetic_digits(300, 100))
    qtbot.waitUntil(lambda: feature.state == State.IDLE, timeout=60_000)
    assert trained.args[0].project.training.augment_shift == 2
    assert trained.args[0].metrics()["test_accuracy"] > 0.0
