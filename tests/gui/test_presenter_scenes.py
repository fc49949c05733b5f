"""Presenter mode at a projector's 1024x768: every example's whole network readable at once, plots
without a legend over the curves, decision regions that fill their place, Train without the
Training panel, and leaving that puts back exactly the panels that were there."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox

from netbuilder.gui.main_window import MainWindow
from tests.paths import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MIN_TEXT_PIXELS = 22


def make_window(qtbot, tmp_path, size=(1024, 768), background=False) -> MainWindow:
    window = MainWindow(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        data_folder=tmp_path,
        torch_in_background=background,
    )
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    return window


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.feature("training").close_guard.ask_stop = lambda: "discard"
    yield window
    window.feature("presenter").leave()


def settle() -> None:
    for _ in range(4):  # the new font's layout requests post further ones
        QApplication.processEvents()


def enter(window) -> None:
    window.feature("presenter").enter(full_screen=False)
    settle()


def leave(window) -> None:
    window.feature("presenter").leave()
    settle()


def panels(window) -> dict[str, tuple]:
    """Each dock: shown, in front of its tab group, its View > Panels tick, and where it is."""
    return {
        dock.objectName(): (
            not dock.isHidden(),
            dock.isVisible(),
            dock.toggleViewAction().isChecked(),
            window.dockWidgetArea(dock),
        )
        for dock in window.findChildren(QDockWidget)
    }


def block_text_pixels(window) -> float:
    return QFontInfo(QApplication.font()).pixelSize() * window.canvas.zoom()


@pytest.mark.parametrize("name", sorted(path.name for path in EXAMPLES.glob("*.json")))
def test_every_example_shows_whole_and_readable_at_1024x768(window, name):
    window.load_preset(EXAMPLES / name)
    enter(window)
    canvas = window.canvas
    assert len(canvas.ordered_items()) <= 16
    assert all(canvas.items_visible()), f"{name}: every block inside the canvas's view"
    assert not canvas.verticalScrollBar().isVisible()
    assert not canvas.horizontalScrollBar().isVisible()
    assert block_text_pixels(window) >= MIN_TEXT_PIXELS
    assert all(item.compact for item in canvas.ordered_items())


def test_lenet_at_1366x768_too_and_cards_come_back_on_leaving(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, (1366, 768))
    window.load_preset(EXAMPLES / "lenet5.json")
    card = window.canvas.input_item.card_rect()
    enter(window)
    assert all(window.canvas.items_visible())
    assert block_text_pixels(window) >= MIN_TEXT_PIXELS
    leave(window)
    assert not any(item.compact for item in window.canvas.ordered_items())
    assert window.canvas.input_item.card_rect() == card


def test_plots_show_their_keys_beside_the_title_not_over_the_curves(window):
    plots = window.feature("training").plots
    window.feature("training").run_started.emit(window.document.project.copy(), "mnist")
    enter(window)
    for plot in (plots.loss_plot, plots.accuracy_plot):
        item = plot.getPlotItem()
        assert not item.legend.isVisible()
        assert "validation" in item.titleLabel.text and "train" in item.titleLabel.text
        assert not item.getAxis("left").autoSIPrefix  # no "(x0.001)" to cut off
        assert plot.isVisible()

    for widget in (plots.lr_plot, plots.speed_plot, plots.filters, plots.gradients):
        assert not widget.isVisible(), "left out rather than scrolled to"
    assert plots.chance.label.orthoPos >= 0.15, "'chance' in large text, clear of the axis"
    leave(window)
    bottom = plots.accuracy_plot.getPlotItem().getAxis("bottom")
    bottom.setRange(0.0, 0.4)  # presenting from early in a run
    enter(window)
    bottom.setRange(0.0, 0.5)
    assert bottom.autoSIPrefixScale == 1.0, "half an epoch reads 0.5, never 500"
    leave(window)
    item = plots.loss_plot.getPlotItem()
    assert item.legend.isVisible() and item.titleLabel.text == "Loss"
    assert plots.speed_plot.isVisible() and plots.filters.isVisible()
    assert plots.chance.label.orthoPos == 0.05


def test_decision_regions_fill_a_square_and_their_axes_fit_the_data(window):
    window.load_preset(EXAMPLES / "spiral_relu.json")
    view = window.feature("regions")
    enter(window)
    plot = view.plot
    assert plot.width() >= window.width() // 2 and plot.height() >= window.height() // 2
    (x0, x1), (y0, y1) = plot.getPlotItem().vb.viewRange()
    points = view.dataset.train.features.numpy()
    span = points.max(axis=0) - points.min(axis=0)
    assert x1 - x0 <= 1.5 * span[0] and y1 - y0 <= 1.5 * span[1]
    assert all(window.canvas.items_visible())


def test_train_in_presenter_mode_does_not_bring_in_the_training_panel(window):
    window.load_preset(EXAMPLES / "lenet5.json")
    project = window.document.project
    started = []
    window.feature("training").panel.start = lambda: started.append(
        window.feature("training").run_started.emit(project.copy(), project.dataset)
    )
    enter(window)
    window.train_action.trigger()
    settle()
    assert started
    panel_dock, plots_dock = window.dock("training.panel"), window.dock("training.plots")
    assert not panel_dock.isVisible() and plots_dock.isVisible()
    assert {name for name, state in panels(window).items() if state[1]} == {plots_dock.objectName()}
    assert all(window.canvas.items_visible())


@pytest.mark.parametrize("name", ["lenet5.json", "spiral_relu.json"])
def test_leaving_puts_back_every_panel_tab_and_tick(window, name):
    window.load_preset(EXAMPLES / name)
    settle()
    before = panels(window)
    enter(window)
    assert panels(window) != before
    leave(window)
    assert panels(window) == before


@pytest.mark.parametrize("name", ["lenet5.json", "spiral_relu.json"])
def test_leaving_after_training_started_while_presenting(window, name):
    window.load_preset(EXAMPLES / name)
    settle()
    before = panels(window)
    project = window.document.project
    window.feature("training").panel.start = lambda: window.feature("training").run_started.emit(
        project.copy(), project.dataset
    )
    enter(window)
    window.train_action.trigger()
    settle()
    leave(window)
    assert panels(window) == before


def test_leaving_after_switching_from_2d_to_images_while_presenting(window):
    window.load_preset(EXAMPLES / "spiral_relu.json")
    settle()
    enter(window)
    window.load_preset(EXAMPLES / "lenet5.json")
    settle()
    leave(window)
    regions = window.dock("regions.view")
    assert regions.isHidden() and not regions.toggleViewAction().isChecked()


def test_leaving_puts_back_panels_that_came_with_torch_while_presenting(qtbot, tmp_path):
    reference = make_window(qtbot, tmp_path / "a", background=True)
    reference.load_preset(EXAMPLES / "lenet5.json")
    reference.engine.load_now()
    settle()
    window = make_window(qtbot, tmp_path / "b", background=True)
    window.load_preset(EXAMPLES / "lenet5.json")
    enter(window)
    window.engine.load_now()  # torch arrives while presenting
    settle()
    assert (
        window.dock("training.plots").isVisible() and not window.dock("training.panel").isVisible()
    )
    leave(window)
    assert panels(window) == panels(reference)


def test_the_run_bars_rate_box_changes_the_rate_as_the_panel_does(window):
    window.load_preset(EXAMPLES / "lenet5.json")
    document, panel, box = (
        window.document,
        window.feature("training").panel,
        window.run_bar.rate.box,
    )
    before = document.project.training.learning_rate
    enter(window)
    assert box.isVisible() and window.run_bar.rate.visibleRegion().boundingRect().width() > 0
    box.setValue(before * 10)  # idle: an undoable change of the training settings
    assert document.project.training.learning_rate == pytest.approx(before * 10)
    assert panel.form.learning_rate.value() == pytest.approx(before * 10)
    document.undo_stack.undo()
    assert document.project.training.learning_rate == pytest.approx(before)
    assert box.value() == pytest.approx(before)


def test_the_rate_box_changes_a_running_trainings_rate_only(window):
    from netbuilder.gui.training.controller import State

    window.load_preset(EXAMPLES / "lenet5.json")
    controller, box = window.feature("training"), window.run_bar.rate.box
    before = window.document.project.training.learning_rate
    sent = []
    controller.set_learning_rate = sent.append
    controller._set_state(State.RUNNING)  # noqa: SLF001 - a run without training
    try:
        box.setValue(0.5)
        assert sent == [0.5]
        assert window.feature("training").panel.live_rate.value() == pytest.approx(0.5)
        assert window.document.project.training.learning_rate == pytest.approx(before)
    finally:
        controller._set_state(State.IDLE)  # noqa: SLF001
    assert box.value() == pytest.approx(before)


def test_the_drawing_pad_has_an_edge_on_black(qtbot):
    from netbuilder.gui.predict.drawing_pad import DrawingPad

    pad = DrawingPad()
    qtbot.addWidget(pad)
    pad.resize(300, 300)
    picture = pad.grab().toImage()
    square = pad._square()  # noqa: SLF001 - where the pad's edge is drawn
    edge = picture.pixelColor(int(square.center().x()), int(square.top()) + 1)
    inside = picture.pixelColor(int(square.center().x()), int(square.top()) + 20)
    assert abs(edge.lightness() - inside.lightness()) >= 60, "an edge that shows on black"


def test_a_finished_model_does_not_push_the_regions_aside(window):
    from netbuilder.engine.experiment import run_experiment
    from netbuilder.engine.two_d import generate

    window.load_preset(EXAMPLES / "spiral_relu.json")
    enter(window)
    project = window.document.project.copy()
    project.training.epochs = 1
    window.feature("training").run_started.emit(project, project.dataset)
    settle()
    window.feature("training").model_trained.emit(
        run_experiment(project, generate(project.dataset))
    )
    settle()
    shown = {name for name, state in panels(window).items() if state[1]}
    assert shown == {window.dock("regions.view").objectName()}
    assert window.feature("regions").plot.height() >= window.height() // 2


@pytest.mark.parametrize("presenting", [False, True])
def test_loss_and_accuracy_share_the_width_and_their_keys_fit(window, presenting):
    plots = window.feature("training").plots
    window.feature("training").run_started.emit(window.document.project.copy(), "mnist")
    window.dock("training.plots").show()
    window.dock("training.plots").raise_()
    if presenting:
        enter(window)
    settle()
    loss, accuracy = plots.loss_plot, plots.accuracy_plot
    widths = sorted((loss.width(), accuracy.width()))
    assert widths[0] >= 0.8 * widths[1], "loss is as readable as accuracy"
    for plot in (loss, accuracy):
        title = plot.getPlotItem().titleLabel.item.boundingRect().width()
        assert title <= plot.width(), "the title line with its keys is not cut"


def test_the_lock_banner_while_training_makes_no_scroll_bar_and_axes_keep_plain_numbers(window):
    window.load_preset(EXAMPLES / "lenet5.json")
    enter(window)
    window.set_editing_locked(True)  # as while a run trains: the banner shows above the blocks
    settle()
    canvas = window.canvas
    assert canvas.lock_banner.isVisible()
    assert not canvas.verticalScrollBar().isVisible(), "the whole network, banner and all"
    for plot in (
        window.feature("training").plots.loss_plot,
        window.feature("training").plots.accuracy_plot,
    ):
        for side in ("left", "bottom"):
            assert not plot.getPlotItem().getAxis(side).autoSIPrefix, "no '(x0.001)' on an axis"
    window.set_editing_locked(False)


@pytest.mark.parametrize("presenting", [False, True])
def test_the_run_bars_result_is_whole_at_1024x768(window, presenting):
    if presenting:
        enter(window)
    bar = window.run_bar
    bar.progress.setFormat("Test accuracy 99.3%")
    settle()
    progress = bar.progress
    text = progress.fontMetrics().horizontalAdvance(progress.text())
    assert text < progress.width(), "the result is not cut"
    assert progress.isVisible(), "not pushed into the toolbar's overflow menu"
    right = progress.mapTo(window, progress.rect().topRight()).x()
    assert right <= window.width()


def test_the_run_bars_epoch_is_whole_in_presenter_mode(window):
    enter(window)
    epoch = window.run_bar.epoch
    epoch.setText("Epoch 40/40")
    settle()
    assert epoch.fontMetrics().horizontalAdvance(epoch.text()) <= epoch.width(), "not 'Epoch 40/4'"
    assert window.run_bar.progress.isVisible()


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_run_bars_result_stays_on_the_bar_after_a_language_switch_while_presenting(
    window, language
):
    """Switched to Chinese and back in presenter mode, the buttons' widths were measured at
    the presenter's text size with two "M"s of padding each: the result went into the toolbar's
    overflow menu at 1024x768."""
    from netbuilder.gui import language as languages

    enter(window)
    bar = window.run_bar
    try:
        languages.apply_language(language)
        settle()
        languages.apply_language("en")
        settle()
    finally:
        languages.apply_language("en")
    bar.epoch.setText("Epoch 40/40")
    bar.progress.setFormat("Test accuracy 99.3%")
    settle()
    progress = bar.progress
    assert progress.isVisible(), "not pushed into the toolbar's overflow menu"
    assert progress.fontMetrics().horizontalAdvance(progress.text()) < progress.width()
    assert progress.mapTo(window, progress.rect().topRight()).x() <= window.width()


@pytest.mark.parametrize("name", ["inception_small.json", "resnet_small.json", "lenet5.json"])
def test_the_locked_canvas_settles_instead_of_laying_itself_out_forever(window, name):
    """Training shows the lock banner over compact blocks; a scroll bar that came and went with
    each layout made the canvas lay itself out again and again (the GUI at 80% of a core)."""
    assert window.open_file(EXAMPLES / name)
    enter(window)
    canvas = window.canvas
    window.set_editing_locked(True)
    settle()
    counted = []
    original = canvas.relayout

    def counting() -> None:
        counted.append(1)
        original()

    canvas.relayout = counting
    for _ in range(20):
        QApplication.processEvents()
    window.set_editing_locked(False)
    assert len(counted) <= 2
    assert not canvas.horizontalScrollBar().isVisible()
