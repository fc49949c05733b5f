"""The window at a projector's 1024x768 and a laptop's 1366x768: nothing clipped, nothing squeezed."""

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from netbuilder.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
SIZES = [(1024, 768), (1366, 768)]


def _sideways_clipped(dock: QWidget) -> list[str]:
    """Buttons and labels in `dock` cut off at the left or right by the dock or a scroll area."""
    clipped = []
    for widget in dock.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QLabel)) or not widget.isVisibleTo(dock):
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not dock.parentWidget():
            if parent is dock or isinstance(parent, QAbstractScrollArea):
                area = parent.viewport() if parent is not dock else parent
                left = widget.mapTo(area, QPoint(0, 0)).x()
                if left < 0 or left + widget.width() > area.width():
                    clipped.append(widget.text() or type(widget).__name__)
                    break
            parent = parent.parentWidget()
    return clipped


@pytest.fixture
def larger_text(window):
    window.set_text_scale(1.25)
    yield
    window.set_text_scale(1.0)


@pytest.mark.parametrize("size", SIZES)
def test_the_training_panel_fits_its_width(window, qtbot, size, larger_text):
    window.resize(*size)
    dock = window.dock("training.panel")
    dock.raise_()
    QApplication.processEvents()
    assert _sideways_clipped(dock) == []


@pytest.mark.parametrize("size", SIZES)
def test_the_lock_banner_covers_no_block(window, size):
    window.resize(*size)
    window.set_editing_locked(True)
    QApplication.processEvents()
    canvas, banner = window.canvas, window.canvas.lock_banner
    assert banner.isVisible() and banner.text() == "Editing locked while training"
    items = [*canvas.blocks.values(), canvas.input_item, canvas.output_item]
    for item in items:
        in_viewport = canvas.mapFromScene(item.sceneBoundingRect()).boundingRect()
        block = in_viewport.translated(canvas.viewport().mapTo(canvas, QPoint(0, 0)))
        assert not block.intersects(banner.geometry()), item.uid
    window.set_editing_locked(False)
    QApplication.processEvents()
    assert banner.isHidden()


def test_the_training_panel_leaves_the_canvas_room_at_1024(qtbot, tmp_path):
    """Long choices (an optimizer's, a dataset's full name) widen their lists, not the panel."""
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.dock("training.panel").raise_()
    QApplication.processEvents()
    assert window.canvas.width() >= 400


def _places(window) -> dict[str, tuple]:
    docks = [
        window.dock("builder.palette"),
        window.dock("builder.inspector"),
        window.dock("builder.problems"),
    ]
    widgets = [window.canvas, window.run_bar, *docks]
    return {widget.objectName() or type(widget).__name__: widget.geometry() for widget in widgets}


@pytest.mark.parametrize("size", SIZES)
def test_the_run_bar_and_training_tab_are_there_at_the_first_paint(qtbot, tmp_path, size):
    """Greyed until torch has loaded, in the places they keep afterwards: nothing moves."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, torch_in_background=True)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    assert "training" not in window.features  # torch has not loaded
    bar_actions = {action.iconText(): action for action in window.run_bar.actions()}
    for name in ("Pause", "Step", "Undo step", "Stop"):
        assert not bar_actions[name].isEnabled()
    assert window.run_bar.isVisible() and window.toolBarArea(window.run_bar) is not None
    names = {
        dock.objectName() for dock in window.tabifiedDockWidgets(window.dock("builder.inspector"))
    }
    assert "training_dock" in names
    before = _places(window)
    with qtbot.waitSignal(window.engine.loaded, timeout=120_000):
        window.engine.load_in_background()
    QApplication.processEvents()
    assert (
        "training" in window.features
        and window.feature("training").run_actions.stop in window.run_bar.actions()
    )
    assert window.dock("training.panel") in window.tabifiedDockWidgets(
        window.dock("builder.inspector")
    )
    assert _places(window) == before


@pytest.mark.parametrize("size", SIZES)
def test_a_lesson_reads_without_scrolling(window, qtbot, size):
    window.resize(*size)
    window.dock(
        "builder.code"
    ).raise_()  # a tall bottom tab in front, as after Predict or Evaluation
    QApplication.processEvents()
    half = window.height() // 2
    window.resizeDocks([window.dock("builder.code")], [half], Qt.Orientation.Vertical)
    lessons = [a for a in window.feature("lessons").menu.actions() if a.text()[:1].isdigit()]
    longest = max(lessons, key=lambda action: len(_lesson_text(window, action)))
    longest.trigger()
    text = window.feature("lessons").panel.text
    qtbot.waitUntil(lambda: text.document().size().height() <= text.viewport().height())
    assert text.verticalScrollBar().maximum() == 0
    assert window.canvas.height() >= 300  # the canvas beside it keeps its room


def _lesson_text(window, action) -> str:
    action.trigger()
    return window.feature("lessons").panel.plain_text()


def test_a_layout_saved_at_1024_keeps_the_palette_readable_at_1366(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    small = MainWindow(settings)
    qtbot.addWidget(small)
    small.resize(1024, 768)
    small.show()
    small.dock("training.panel").raise_()
    small.resizeDocks(
        [small.dock("builder.palette")], [60], Qt.Orientation.Horizontal
    )  # pushed aside
    QApplication.processEvents()
    small.save_preferences()
    small.close()
    large = MainWindow(settings)
    qtbot.addWidget(large)
    large.resize(1366, 768)
    large.show()
    QApplication.processEvents()
    tree = large.feature("builder").palette.tree
    assert tree.sizeHintForColumn(0) <= tree.viewport().width()  # "AdaptiveAvgPool2d" uncut


def _shown_whole(widget: QWidget, dock: QWidget) -> bool:
    """Whether `widget` lies wholly inside `dock` and every scroll view between them."""
    parent = widget.parentWidget()
    while parent is not None and parent is not dock.parentWidget():
        if parent is dock or isinstance(parent, QAbstractScrollArea):
            area = parent.viewport() if parent is not dock else parent
            top_left = widget.mapTo(area, QPoint(0, 0))
            if not area.rect().contains(QRect(top_left, widget.size())):
                return False
        parent = parent.parentWidget()
    return True


@pytest.mark.parametrize("size", SIZES)
def test_the_loss_and_accuracy_plots_show_whole_when_training_starts(window, size):
    window.resize(*size)
    window.feature("result_docks").raise_plots()  # what starting a run does
    QApplication.processEvents()
    plots = window.feature("training").plots
    for plot in (plots.loss_plot, plots.accuracy_plot):
        assert _shown_whole(plot, window.dock("training.plots")) and plot.height() >= 200


@pytest.mark.parametrize("size", SIZES)
def test_the_pads_buttons_show_when_predict_comes_forward(window, qtbot, size):
    window.resize(*size)
    window.feature("result_docks").show_model_docks()
    window.feature("result_docks").raise_prediction()  # what a trained or loaded model does
    panel, dock = window.feature("predict").panel, window.dock("predict.pad")
    buttons = (panel.undo_button, panel.clear_button, panel.open_button)
    qtbot.waitUntil(lambda: all(_shown_whole(button, dock) for button in buttons))


def _an_evaluation():
    import numpy as np

    from netbuilder.engine.evaluation import Evaluation

    rng = np.random.default_rng(0)
    labels = rng.integers(0, 10, 1000)
    predictions = np.where(rng.random(1000) < 0.9, labels, rng.integers(0, 10, 1000))
    confusion = np.zeros((10, 10), np.int64)
    np.add.at(confusion, (labels, predictions), 1)
    per_class = confusion.diagonal() / confusion.sum(axis=1)
    confidences = np.ones(1000, np.float32)
    return Evaluation(0.9, 0.3, confusion, per_class, labels, predictions, confidences)


@pytest.mark.parametrize("size", SIZES)
def test_the_confusion_matrix_and_its_title_fit(window, qtbot, size):
    window.resize(*size)
    window.feature("result_docks").show_model_docks()
    dock, panel = window.dock("predict.evaluation"), window.feature("predict").evaluation_panel
    panel.set_evaluation(_an_evaluation())
    QApplication.processEvents()
    dock.raise_()  # the user clicks the Evaluation tab
    matrix = panel.matrix_widget
    qtbot.waitUntil(lambda: _shown_whole(matrix, dock))
    title = matrix.getPlotItem().titleLabel.item.boundingRect().width()
    assert title <= matrix.width()
    box = matrix.getPlotItem().getViewBox()
    cell = min(box.width(), box.height()) / 10
    counts = [text for text in panel._texts if text.isVisible()]
    widths = [QFontMetrics(t.textItem.font()).horizontalAdvance(t.toPlainText()) for t in counts]
    assert counts and max(widths) <= cell  # the counts never run into each other


def _inside_the_dock(widget: QWidget, dock: QWidget) -> bool:
    """Whether `widget` lies inside what the dock shows (its scroll area's view, if it has one)."""
    area = dock.widget()
    shown = QRect(area.mapTo(dock, QPoint(0, 0)), area.size())
    if isinstance(area, QAbstractScrollArea):
        shown = QRect(area.viewport().mapTo(dock, QPoint(0, 0)), area.viewport().size())
    return shown.contains(QRect(widget.mapTo(dock, QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize("presenting", [False, True], ids=["1366x768", "presenter-1024x768"])
def test_the_networks_input_shows_whole_with_why_on(qtbot, tmp_path, presenting):
    """The 28x28 input under "Why 4: red for, blue against" ran past the Predict dock's bottom."""
    from netbuilder.engine.synthetic_digits import DIGIT_STROKES
    from tests.test_predict_command import trained_digit_reader

    size = (1024, 768) if presenting else (1366, 768)
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    path = tmp_path / "digits.pt"
    trained_digit_reader().save(path)
    if presenting:
        window.feature("presenter").enter(full_screen=False)
        QApplication.processEvents()
    prediction = window.feature("predict")
    prediction.load_model(str(path))  # File > Load model: Predict comes forward
    panel, dock = prediction.panel, window.dock("predict.pad")
    panel.why.toggle.setChecked(True)
    for stroke in DIGIT_STROKES[4]:
        panel.pad.add_stroke(list(stroke))
    dock.show()  # the Predict tab clicked (presenter mode shows only the demo's panels)
    dock.raise_()
    shown = (panel.input_view, panel.input_caption, panel.answer, panel.undo_button)
    try:
        assert panel.why_result is not None and "Why" in panel.input_caption.text()
        # the presenter's font and the dock's new height lay out in turns
        qtbot.waitUntil(lambda: all(_inside_the_dock(widget, dock) for widget in shown))
        assert dock.isVisible() and panel.input_view.isVisible()
        assert panel.pad.side() >= 240 and panel.input_view.image_rect().width() >= 4 * 28
    finally:
        window.feature("presenter").leave()
        window.document.undo_stack.setClean()
