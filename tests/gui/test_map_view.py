"""The Map tab as a user meets it: the sample under the pointer shown beside the map (an image
enlarged pixel for pixel, a table's row, a point's x and y), progress while it computes and a
Cancel, and for 2-D sets the plane bent by the layers instead of a t-SNE."""

from __future__ import annotations

import dataclasses
import functools

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project, TrainingSettings, load_project
from netbuilder.engine import embedding
from netbuilder.engine.dataset import Split
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.plane_bending import BentPlane
from netbuilder.engine.table import load_csv
from netbuilder.engine.two_d import generate
from netbuilder.gui import language
from netbuilder.gui.predict.embedding_view import EmbeddingView
from tests.paths import EXAMPLES
from tests.test_plane_bending import bend
from tests.test_predict_command import digits_dataset, trained_digit_reader

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def few_digits(count: int = 60) -> Split:
    test = digits_dataset().test
    return Split(test.features[:count], test.labels[:count])


@functools.cache
def spiral_reader():
    project = load_project(EXAMPLES / "spiral_relu.json")
    project.training.epochs, project.training.device = 3, "cpu"
    return run_experiment(project, generate("spiral", {"points": 40}))


def table_reader(tmp_path):
    """A table of three features (one named like markup) and three classes, trained briefly."""
    generator = np.random.default_rng(0)
    rows = ["height,<b>weight</b>,age,kind"]
    for number in range(90):
        kind = number % 3
        values = generator.normal(kind * 2.0, 0.5, size=3)
        rows.append(",".join(f"{v:.3f}" for v in values) + f",{'abc'[kind]}")
    path = tmp_path / "animals.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    network = Network([Layer("Linear", {"out_features": 8}), Layer("ReLU"),
                       Layer("Linear", {"out_features": 3})], (3,))  # fmt: skip
    training = TrainingSettings(epochs=2, validation_fraction=0.0, device="cpu")
    return run_experiment(Project(network, training, str(path), "animals"), load_csv(path))


@pytest.fixture
def view(qtbot):
    view = EmbeddingView()
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    return view


def draw(qtbot, view) -> None:
    with qtbot.waitSignal(view.computed, timeout=120_000):
        assert view.compute()


def hover(view, number: int) -> None:
    view.scatter.sigHovered.emit(view.scatter, [view.scatter.points()[number]], None)


def test_pointing_at_a_dot_shows_its_image_enlarged_pixel_for_pixel(qtbot, view):
    trained, test = trained_digit_reader(), few_digits()
    view.set_source(trained, test)
    assert view.preview.picture.isHidden()
    assert "Point at a dot" in view.preview.words.text()
    draw(qtbot, view)
    hover(view, 5)
    sample = int(view.embedding.indices[5])
    picture = view.preview.picture.pixmap().toImage()
    factor = picture.width() // 28
    assert factor >= 4 and picture.width() == picture.height() == 28 * factor
    pixels = test.features[sample].numpy()
    for row, column in ((14, 14), (5, 20), (20, 9), (0, 0)):
        shown = picture.pixelColor(column * factor + factor // 2, row * factor + factor // 2)
        assert shown.red() == pixels[row, column], "nearest neighbour: each pixel a square"
    classes = trained.classes
    said = classes[int(view.embedding.predictions[5])]
    true = classes[int(view.embedding.labels[5])]
    assert view.preview.words.text().splitlines() == [
        f"a {true}, read as {said}",
        f"test image {sample + 1}",
    ]
    assert not view.preview.picture.isHidden() and not view.preview.wide
    view.set_source(trained, test)  # a new model: its map and the sample shown go
    assert view.preview.sample is None and view.preview.picture.isHidden()


def test_progress_while_collecting_then_a_busy_bar_named_for_tsne(qtbot, view, monkeypatch):
    monkeypatch.setattr(embedding, "BATCH", 20)  # three batches of the 60 digits
    seen = []
    view.progressed.connect(  # connected after the view's own slot: sees what it made of it
        lambda _ticket, stage, done, total: seen.append(
            (stage, done, total, view.progress.maximum(), view.status.text())
        )
    )
    view.set_source(trained_digit_reader(), few_digits())
    assert view.progress.isHidden()
    with qtbot.waitSignal(view.computed, timeout=120_000):
        view.compute()
        assert view.progress.isVisible() and view.cancel_button.isVisible()
        assert view.progress.value() == 0 and view.progress.maximum() == 60
        assert "Step 1 of 2" in view.status.text()
    assert [entry[:4] for entry in seen] == [
        ("activations", 20, 60, 60),
        ("activations", 40, 60, 60),
        ("activations", 60, 60, 60),
        ("projection", 0, 0, 0),  # a busy bar: t-SNE says nothing of how far it is
    ]
    assert "t-SNE" in seen[-1][4]
    assert view.progress.isHidden() and view.cancel_button.isHidden()
    assert view.point_count() == 60


def test_a_cancelled_map_never_appears(qtbot, view):
    trained, test = trained_digit_reader(), few_digits()
    view.set_source(trained, test)
    assert view.compute()
    job = view.job
    view.cancel()
    assert view.draw_button.isEnabled() and view.progress.isHidden()
    assert "Pick a layer" in view.status.text()
    qtbot.waitUntil(lambda: not job.thread.is_alive(), timeout=120_000)
    QCoreApplication.processEvents()  # whatever the worker sent has arrived
    assert view.embedding is None and len(view.scatter.points()) == 0
    draw(qtbot, view)  # and the next one does
    assert view.point_count() == 60


def test_a_2d_set_shows_the_plane_bent_by_the_layers(qtbot, view):
    trained = spiral_reader()
    test = trained.test_split
    view.set_source(trained, test)
    boxes = [view.layer_box.itemText(i) for i in range(view.layer_box.count())]
    assert boxes == [
        "the input plane",
        "after layer 1 (Linear)",
        "after layer 2 (ReLU)",
        "after layer 3 (Linear)",
    ]
    assert view.layer_box.currentData() == "1", "what the last Linear reads: the ReLU's output"
    draw(qtbot, view)
    result = view.embedding
    assert isinstance(result, BentPlane) and result.width == 100
    assert len(view.scatter.points()) == len(test)
    xs, ys = view.grid[0].getData()
    assert len(xs) == 13 * 81 and np.isnan(xs[80]), "13 lines, each ended by a gap"
    assert "PCA" in view.status.text() and "folds" in view.status.text()
    assert max(bend(line) for line in result.lines) > 0.05, "the ReLU folds the grid"
    hover(view, 3)
    x, y = test.features[int(result.indices[3])].tolist()
    assert view.preview.words.text().splitlines()[1:] == [f"x = {x:.2f}", f"y = {y:.2f}"]
    assert view.preview.picture.isHidden()
    with qtbot.waitSignal(view.computed, timeout=60_000):  # choosing a layer redraws at once
        view.layer_box.setCurrentIndex(1)
    assert view.embedding.layer == "0" and view.preview.sample is None
    assert max(bend(line) for line in view.embedding.lines) < 1e-3, "a Linear keeps it straight"
    with qtbot.waitSignal(view.computed, timeout=60_000):
        view.layer_box.setCurrentIndex(0)
    assert np.allclose(view.embedding.points, test.features[view.embedding.indices].numpy())


def test_a_table_maps_and_shows_a_row_as_plain_text(qtbot, view, tmp_path):
    trained = table_reader(tmp_path)
    test = trained.test_split
    view.set_source(trained, test)
    assert not view.plane and view.layer_box.currentData() == "2"
    draw(qtbot, view)
    assert view.point_count() == len(test) == 18
    assert "18 test rows" in view.status.text()
    hover(view, 4)
    values = test.features[int(view.embedding.indices[4])].tolist()
    lines = view.preview.words.text().splitlines()
    assert lines[1:] == [
        f"height = {values[0]:.4g}",
        f"<b>weight</b> = {values[1]:.4g}",
        f"age = {values[2]:.4g}",
    ]
    assert view.preview.words.textFormat() == Qt.TextFormat.PlainText
    assert view.preview.wide, "room for the row's name = value lines"
    assert view.preview.picture.isHidden()


def test_the_map_speaks_chinese_and_back(qtbot, view):
    view.set_source(spiral_reader(), spiral_reader().test_split)
    try:
        language.apply_language("zh_CN")
        QCoreApplication.processEvents()
        assert view.cancel_button.text() == "取消"
        assert view.layer_box.itemText(0) == "输入平面"
        assert "平面" in view.status.text()
    finally:
        language.apply_language("en")
        QCoreApplication.processEvents()
    assert view.cancel_button.text() == "Cancel"
    assert view.layer_box.itemText(0) == "the input plane"


def test_an_image_folder_maps_and_shows_its_colour_pictures(qtbot, view, tmp_path):
    from PIL import Image

    from netbuilder.engine.image_folder import load_image_folder

    generator = np.random.default_rng(1)
    for name, colour in (("red", (200, 30, 30)), ("blue", (30, 30, 200))):
        (tmp_path / "colours" / name).mkdir(parents=True)
        for number in range(20):
            pixels = np.clip(colour + generator.normal(0, 20, (12, 12, 3)), 0, 255)
            Image.fromarray(pixels.astype(np.uint8)).save(
                tmp_path / "colours" / name / f"{number}.png"
            )
    data = load_image_folder(tmp_path / "colours", tmp_path / "cache")
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 8}), Layer("ReLU"),
                       Layer("Linear", {"out_features": 2})], (3, 12, 12))  # fmt: skip
    training = TrainingSettings(epochs=1, validation_fraction=0.0, device="cpu")
    trained = run_experiment(Project(network, training, str(tmp_path / "colours")), data)
    test = trained.test_split
    view.set_source(trained, test)
    draw(qtbot, view)
    assert view.point_count() == len(test) >= 5
    hover(view, 2)
    sample = int(view.embedding.indices[2])
    picture = view.preview.picture.pixmap().toImage()
    factor = picture.width() // 12
    assert factor >= 4 and picture.height() == 12 * factor
    red, green, blue = test.features[sample][:, 7, 3].tolist()
    shown = picture.pixelColor(3 * factor + 1, 7 * factor + 1)
    assert (shown.red(), shown.green(), shown.blue()) == (red, green, blue)
    assert view.preview.words.text().startswith(f"a {trained.classes[int(test.labels[sample])]}")


def test_the_window_bends_the_spiral_and_forgets_it_with_the_project(qtbot, training_window):
    """A trained 2-D model's plane is on the Map at once; another project opened while a map is
    being computed leaves no map of the old model behind."""
    from netbuilder.gui import commands
    from netbuilder.gui.training.controller import State
    from tests.paths import LESSONS

    window = training_window
    assert window.load_preset(EXAMPLES / "spiral_relu.json")
    training = window.feature("training")
    settings = window.document.project.training
    commands.change_training(window.document, dataclasses.replace(settings, epochs=2))
    with qtbot.waitSignal(training.model_trained, timeout=60_000):
        assert training.panel.start()
    qtbot.waitUntil(lambda: training.state == State.IDLE, timeout=60_000)
    view = window.dock("predict.map").widget()
    qtbot.waitUntil(lambda: view.embedding is not None, timeout=60_000)
    assert isinstance(view.embedding, BentPlane) and view.embedding.layer == "1"
    assert view.point_count() == len(view.split)
    assert view.compute()
    job = view.job
    assert window.feature("lessons").open_lesson(LESSONS / "04-lenet5.json") is not None
    qtbot.waitUntil(lambda: not job.thread.is_alive(), timeout=60_000)
    QCoreApplication.processEvents()  # whatever the worker sent has arrived
    assert view.trained is None and view.embedding is None
    assert len(view.scatter.points()) == 0
    assert all(curve.xData is None or len(curve.xData) == 0 for curve in view.grid)
    assert view.preview.sample is None


def test_leaving_presenter_mode_after_training_keeps_the_plots_and_the_map(qtbot, training_window):
    """Trained while presenting: leaving puts back the layout from before, but the plots and the
    model's panels (the Map with the bent plane) stay among the tabs, not hidden with it."""
    from netbuilder.gui import commands

    window = training_window
    assert window.load_preset(EXAMPLES / "spiral_relu.json")
    from tests.gui.test_presenter_scenes import enter, leave

    enter(window)
    training = window.feature("training")
    settings = window.document.project.training
    commands.change_training(window.document, dataclasses.replace(settings, epochs=1))
    with qtbot.waitSignal(training.model_trained, timeout=60_000):
        assert training.panel.start()
    leave(window)
    for dock_id in ("training.plots", "predict.map"):
        assert window.dock(dock_id).isVisibleTo(window), dock_id
    assert window.dock("predict.activations").isHidden()  # points: no pictures to show


def test_the_map_and_the_regions_come_forward_tall_enough_to_read(qtbot, training_window):
    """In a 1024x768 window the bottom tabs are short: a plane or a map raised there grows to a
    readable height instead of a smudge 50 px tall."""
    from netbuilder.gui.docks import READABLE_PLOT

    window = training_window
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 768))
    assert window.load_preset(EXAMPLES / "spiral_relu.json")
    docks = window.feature("result_docks")
    for dock_id in ("regions.view", "predict.map"):
        dock = window.dock(dock_id)
        window.dock("builder.problems").raise_()
        window.resizeDocks([dock], [120], Qt.Orientation.Vertical)
        docks.show_in_bottom_tabs(dock)
        dock.raise_()
        qtbot.waitUntil(lambda d=dock: d.widget().height() >= READABLE_PLOT, timeout=3000)
        assert dock.height() <= 0.6 * window.height() + 1, "the network stays in view above"


def test_the_legend_fits_a_short_map_in_presenter_modes_large_text(qtbot, view):
    """In presenter mode's short dock the ten keys, one column in large text, ran past the
    plot's bottom (8 and 9 cut): they take as many columns as the height needs."""
    from PySide6.QtWidgets import QApplication

    from netbuilder.gui.presenter import style_plot

    view.resize(900, 330)
    view.set_source(trained_digit_reader(), few_digits())
    draw(qtbot, view)
    box = view.plot.getPlotItem().vb

    def keys_inside() -> bool:
        for _ in range(5):  # the keys' new size lays out first
            QCoreApplication.processEvents()
        shown = view.legend.mapRectToItem(box, view.legend.boundingRect())
        return shown.top() >= 0 and shown.bottom() <= box.height()

    before = QApplication.font()
    try:
        font = QApplication.font()
        font.setPointSizeF(16)  # presenter mode's text, which style_plot gives the keys
        QApplication.setFont(font)
        style_plot(view.plot, {})
        assert keys_inside()
        assert view.legend.columnCount > 1 and len(view.legend.items) == 10
        view.resize(900, 800)  # room again: back to one column
        qtbot.waitUntil(lambda: view.legend.columnCount == 1 and keys_inside())
    finally:
        QApplication.setFont(before)
