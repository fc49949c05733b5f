"""The autoencoder views (issue 23): live reconstructions while training, the codes of the test
set, and the latent explorer that decodes the point clicked."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from netbuilder.engine import reconstruction
from netbuilder.gui import language
from netbuilder.gui.autoencoder.view import LatentExplorer
from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT_MS = 120_000


def _decoder_model() -> torch.nn.Sequential:
    torch.manual_seed(0)
    return torch.nn.Sequential(
        torch.nn.Linear(4, 2), torch.nn.Linear(2, 16), torch.nn.Sigmoid(),
        torch.nn.Unflatten(1, (1, 4, 4)),
    )  # fmt: skip


def test_the_explorer_decodes_the_point_clicked(qtbot):
    model = _decoder_model()
    explorer = LatentExplorer()
    qtbot.addWidget(explorer)
    explorer.resize(500, 300)
    explorer.show()
    rng = np.random.default_rng(0)
    codes = rng.normal(size=(200, 2)).astype(np.float32) * 2
    labels = rng.integers(0, 3, 200)
    explorer.set_codes(codes, labels, ("a", "b", "c"), lambda p: reconstruction.decode(model, p, 0))
    qtbot.waitExposed(explorer)
    box = explorer.plot.getPlotItem().getViewBox()
    target = QPointF(1.5, -0.75)
    pixel = explorer.plot.mapFromScene(box.mapViewToScene(target))
    with qtbot.waitSignal(explorer.point_decoded):
        QTest.mouseClick(explorer.plot.viewport(), Qt.MouseButton.LeftButton, pos=pixel)
    x, y = explorer.point
    (left, right), (bottom, top) = box.viewRange()
    assert abs(x - 1.5) < (right - left) / 100 and abs(y + 0.75) < (top - bottom) / 100
    expected = reconstruction.decode(model, np.array([[x, y]], np.float32), 0)[0]
    np.testing.assert_allclose(explorer.decoded, expected, atol=1e-6)
    drawn = explorer.picture.image  # what the user sees is that decoded image, in grey
    assert drawn.shape == (4, 4, 3)
    np.testing.assert_array_equal(drawn[..., 0], np.round(expected[0] * 255).astype(np.uint8))
    other = explorer.decoded.copy()
    explorer.explore_at(-2.0, 2.0)  # a drag goes the same way, point by point
    assert not np.allclose(explorer.decoded, other)


def test_a_classifier_has_no_autoencoder_panel(window):
    window.open_file(EXAMPLES / "lenet5.json")
    assert not window.dock("autoencoder.view").isVisible()
    window.open_file(EXAMPLES / "autoencoder_conv.json")
    assert window.dock("autoencoder.view").isVisible()
    window.open_file(EXAMPLES / "lenet5.json")
    assert not window.dock("autoencoder.view").isVisible()


def test_training_an_autoencoder_shows_reconstructions_codes_and_no_accuracy(qtbot, window):
    window.resize(1366, 768)
    window.open_file(EXAMPLES / "autoencoder_mlp.json")
    training = window.feature("training")
    data = training.panel.data
    data.dataset.setCurrentIndex(data.dataset.findData("synthetic-digits"))
    project = window.document.project
    project.training.epochs, project.training.limit_train = 1, 1500
    view = window.feature("autoencoder")
    snapshots = []
    training.reconstructions_updated.connect(snapshots.append)
    with qtbot.waitSignal(training.model_trained, timeout=WAIT_MS):
        assert training.panel.start()
    qtbot.waitUntil(lambda: not training.busy, timeout=WAIT_MS)
    assert snapshots, "reconstructions came from the training process while it trained"
    assert snapshots[-1].outputs.shape == (10, 1, 28, 28)
    assert view.dock.isVisible() and view.grid.snapshot is not None
    trained = training.trained_model
    assert trained.task == "reconstruction" and trained.evaluation is None
    assert view.explorer.isVisibleTo(view) and view.explorer.decoded.shape == (1, 28, 28)
    plots = training.plots
    assert plots.accuracy_plot.getPlotItem().titleLabel.text == "Reconstruction error"
    assert not plots.chance.isVisible()
    assert window.run_bar.progress.format().startswith("Test MSE 0.")
    assert "accuracy" not in training.panel.result.text().lower()
    # Chinese, live: the panel's words change without rebuilding it
    try:
        language.apply_language("zh_CN")
        qtbot.waitUntil(lambda: view.dock.windowTitle() == "自编码器")
        assert "解码" in view.explorer.caption.text()
        assert "重建" in view.grid.caption.text()
    finally:
        language.apply_language("en")
    qtbot.waitUntil(lambda: view.dock.windowTitle() == "Autoencoder")
    assert view.grid.caption.text().startswith("Top: test images")
    window.document.undo_stack.setClean()


def test_a_step_of_an_autoencoder_shows_in_the_step_view(qtbot):
    """The Step view reads each image's pixel error where a classifier's prediction goes."""
    from netbuilder.engine.single_step import take_step
    from netbuilder.gui.step import StepView

    torch.manual_seed(0)
    model = torch.nn.Sequential(
        torch.nn.Flatten(), torch.nn.Linear(784, 784), torch.nn.Sigmoid(),
        torch.nn.Unflatten(1, (1, 28, 28)),
    )  # fmt: skip
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x = torch.rand(8, 1, 28, 28)
    record, _loss, _out = take_step(model, optimizer, reconstruction.loss_function("mse"), x, x)
    view = StepView()
    qtbot.addWidget(view)
    view.show_step(record)
    assert view.batch.stack.currentWidget() is not view.batch.table  # images, not a table


def test_choosing_to_reconstruct_asks_for_the_input_s_shape_and_undoes(window):
    window.open_file(EXAMPLES / "lenet5.json")
    form = window.feature("training").panel.form
    objective, denoise = form.fields["objective"], form.fields["denoise"]
    assert not denoise.isEnabled()
    objective.setCurrentIndex(objective.findData("reconstruct"))
    assert window.document.project.training.objective == "reconstruct"
    assert denoise.isEnabled() and not form.folds.isEnabled()
    errors = window.document.analysis.errors
    problem = next(p for p in errors if p.code == "output_not_input")
    assert problem.index == len(window.document.network) - 1
    assert {p.code for p in errors} <= {"output_not_input", "bce_needs_sigmoid"}
    assert window.dock("autoencoder.view").isVisible()
    window.document.undo_stack.undo()
    assert window.document.project.training.objective == "classify"
    assert window.document.analysis.valid and not denoise.isEnabled()
    assert not window.dock("autoencoder.view").isVisible()
    window.document.undo_stack.setClean()
