"""The regression fit view: the network's prediction drawn over the data while it trains."""

import numpy as np
import pytest

from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT_MS = 120_000


def test_the_fit_follows_training_on_sine_and_ends_close_to_it(qtbot, window, tmp_path):
    window.resize(1400, 900)
    window.open_file(EXAMPLES / "regression.json")
    view, training = window.feature("fit"), window.feature("training")
    assert view.dock.isVisible() and view.points is not None, "the sine points, before training"
    assert not window.dock("regions.view").isVisible()
    window.document.project.training.epochs = 12
    frames = []
    view.frame_shown.connect(lambda: frames.append(view.curve_data()[1].copy()))
    with qtbot.waitSignal(training.model_trained, timeout=WAIT_MS):
        assert training.panel.start()
    qtbot.waitUntil(lambda: not training.busy, timeout=WAIT_MS)
    assert len(frames) >= 3, "live frames during training, then the final one"
    assert not np.allclose(frames[0], frames[-1]), "the curve moved as the network learnt"
    x, y = view.curve_data()
    inside = np.abs(x) <= 1.9  # the data's range, not the margins the curve extrapolates into
    error = np.abs(y[inside] - (np.sin(3 * x[inside]) + x[inside] / 2))
    assert error.mean() < 0.15 and error.max() < 0.6, f"mean {error.mean():.3f}"
    assert view.dock.isVisible() and not view.caption.text().startswith("Train to see")
    plots = training.plots.accuracy_plot.getPlotItem()
    assert plots.titleLabel.text == "R² (fit)", "a regression has no accuracy"
    assert not training.plots.chance.isVisible()
    assert window.run_bar.progress.format().startswith("Test R² 0.")
    window.grab().save(str(tmp_path / "window.png"))
    assert (
        view.export_png(str(tmp_path / "fit.png")) and (tmp_path / "fit.png").stat().st_size > 1000
    )
    window.open_file(EXAMPLES / "lenet5.json")
    assert not view.dock.isVisible(), "image data hides the fit"
    training.plots.set_task("classification")
    assert plots.titleLabel.text == "Accuracy" and training.plots.chance.isVisible()
    window.document.undo_stack.setClean()


def test_image_projects_hide_the_fit(window):
    assert not window.dock("fit.view").isVisible()


def test_the_sine_curve_is_a_dataset_of_its_own_in_the_panel(window, tmp_path):
    window.open_file(EXAMPLES / "regression.json")
    data = window.feature("training").panel.data
    assert data.dataset.currentText() == "Sine curve (1-D regression, generated)"
    assert "regression" in data.status.text() and "images" not in data.status.text()
    window.open_file(EXAMPLES / "mlp_784_512_10.json")
    data.dataset.setCurrentIndex(data.dataset.findData("sine"))
    assert tuple(window.document.project.network.input_shape) == (1,)
    data.dataset.setCurrentIndex(data.dataset.findData("synthetic-digits"))
    assert tuple(window.document.project.network.input_shape) == (1, 28, 28)
    data.dataset.setCurrentIndex(data.dataset.findData("sine"))
    table = tmp_path / "houses.csv"
    table.write_text(
        "rooms,area,age,price\n" + "".join(f"{i},{i * 3},{i % 7},{i * 9}\n" for i in range(30))
    )
    data.set_dataset(str(table))
    data.dataset_changed.emit(str(table))  # as the Table (CSV)… button does
    assert tuple(window.document.project.network.input_shape) == (3,), "the table's 3 features"
    window.document.undo_stack.setClean()


def test_a_loaded_sine_model_draws_its_fit(qtbot, window, tmp_path):
    import dataclasses

    from netbuilder.document.project import load_project
    from netbuilder.engine.experiment import run_experiment
    from netbuilder.engine.table import sine_dataset

    project = load_project(EXAMPLES / "regression.json")
    project.training = dataclasses.replace(project.training, epochs=15, device="cpu")
    trained = run_experiment(project, sine_dataset(seed=project.training.seed))
    trained.save(tmp_path / "sine.pt")
    window.open_file(EXAMPLES / "regression.json")
    view = window.feature("fit")
    assert view.frame is None, "no fit before a model"
    loaded = window.feature("predict").load_model(str(tmp_path / "sine.pt"))  # File > Load model
    assert window.feature("training").trained_model is loaded, (
        "shared with Training even after an open"
    )
    assert view.dock.isVisible() and view.frame is not None
    x, y = view.curve_data()
    inside = np.abs(x) <= 1.9
    assert np.abs(y[inside] - (np.sin(3 * x[inside]) + x[inside] / 2)).mean() < 0.2


def test_the_first_frame_replaces_whatever_the_caption_said_before_it(qtbot):
    """The view keeps a flag, not a comparison with the invitation's words: a note shown before
    the first frame ("Nothing to export yet") gives way to the caption too."""
    from netbuilder.engine.fit import CURVE, FitFrame, FitPoints
    from netbuilder.gui.fit.view import CAPTIONS, FitView

    view = FitView()
    qtbot.addWidget(view)
    x = np.linspace(-1, 1, 5)
    points = FitPoints(CURVE, x, x, x, x, (-1.0, 1.0, -1.0, 1.0), (-1.0, 1.0))
    view.show_frame(FitFrame(points, x, x))
    assert view.caption.text() == CAPTIONS[CURVE]
    view.set_points(points)  # new data (another run): no fit until its first frame
    assert not view.export_png("unused.png")
    assert view.caption.text().startswith("Nothing to export yet")
    view.show_frame(FitFrame(points, x, x))
    assert view.caption.text() == CAPTIONS[CURVE]
    view.caption.setText("Saved fit.png")
    view.show_frame(FitFrame(points, x, -x))
    assert view.caption.text() == "Saved fit.png", "later frames leave a note alone"
