"""Drawing a digit for a trained network: the pad, the live chart, what each layer sees."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from netbuilder.engine.digit_image import CENTRE, centre_of_mass
from netbuilder.engine.synthetic_digits import DIGIT_STROKES
from netbuilder.gui.predict.panel import PredictPanel

# Qt's offscreen platform says this whenever a top-level window is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def pad_point(pad, x: float, y: float) -> QPoint:
    square = pad._square()
    return QPoint(round(square.x() + x * square.width()), round(square.y() + y * square.height()))


def mouse_stroke(pad, points) -> None:
    """One stroke as a user draws it: press, moves with the button held, release."""
    left = Qt.MouseButton.LeftButton
    QTest.mousePress(pad, left, Qt.KeyboardModifier.NoModifier, pad_point(pad, *points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, pad_point(pad, x, y))
    QTest.mouseRelease(pad, left, Qt.KeyboardModifier.NoModifier, pad_point(pad, *points[-1]))


def test_network_reads_digits_drawn_with_the_mouse(qtbot, panel):
    read = []
    for digit, strokes in DIGIT_STROKES.items():
        panel.clear()
        before = panel.bar_values()
        for stroke in strokes:
            mouse_stroke(panel.pad, stroke)
            after = panel.bar_values()
            assert not np.allclose(before, after), f"chart unchanged after a stroke of {digit}"
            before = after
        assert panel.prediction is not None and not panel.prediction.empty
        read.append(panel.prediction.top == digit)
        assert panel.answer.text() == str(panel.prediction.top)
        assert panel.bar_values().argmax() == panel.prediction.top
    assert sum(read) >= 8, read


def test_input_shown_is_centred_mnist_style(qtbot, panel):
    mouse_stroke(panel.pad, [(0.1, 0.1), (0.12, 0.35)])  # a short line in a corner
    digit = panel.digit
    rows, _ = np.nonzero(digit)
    assert rows.max() - rows.min() + 1 == 20
    cy, cx = centre_of_mass(digit)
    assert abs(cy - CENTRE) <= 0.5 and abs(cx - CENTRE) <= 0.5
    assert not panel.input_view.pixmap().isNull()


def test_chart_updates_during_a_stroke(qtbot, panel):
    pad = panel.pad
    QTest.mousePress(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pad_point(pad, 0.5, 0.1)
    )
    QTest.mouseMove(pad, pad_point(pad, 0.5, 0.5))
    qtbot.waitUntil(lambda: panel.bar_values().any(), timeout=2000)  # throttled, before release
    assert pad._current is not None
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pad_point(pad, 0.5, 0.9)
    )


def test_undo_and_clear(qtbot, panel):
    panel.pad.add_stroke(DIGIT_STROKES[4][0])
    one_stroke = panel.bar_values()
    panel.pad.add_stroke(DIGIT_STROKES[4][1])
    panel.undo_button.click()
    panel.refresh()
    assert len(panel.pad.strokes) == 1
    assert np.allclose(panel.bar_values(), one_stroke, atol=0.01)  # joins repainted
    panel.clear_button.click()
    assert panel.pad.is_empty() and panel.prediction.empty
    assert not panel.bar_values().any()
    assert "Nothing drawn" in panel.confidence.text()


def test_no_model_says_so(qtbot):
    panel = PredictPanel()
    qtbot.addWidget(panel)
    panel.pad.add_stroke([(0.5, 0.1), (0.5, 0.9)])
    assert panel.prediction is None and "No trained model" in panel.confidence.text()


def test_every_layer_can_be_shown(qtbot, panel, trained):
    for stroke in DIGIT_STROKES[8]:
        panel.pad.add_stroke(stroke)
    view = panel.activations
    layers = list(trained.model.children())
    assert view.layer_box.count() == len(layers)
    panel.show_activations_for(0)
    assert view.current().is_feature_maps and view.stack.currentWidget() is view.maps_widget
    first = view.image_data().copy()
    assert first.shape[-1] == 4 and first.shape[0] > 28  # 8 maps of 24x24, tiled
    panel.show_activations_for(len(layers) - 1)
    assert view.layer_box.currentIndex() == len(layers) - 1
    assert view.stack.currentWidget() is view.bars_widget
    assert np.allclose(view.bars.opts["height"], view.current().values)
    view.layer_box.setCurrentIndex(2)  # chosen in the panel
    assert view.current().name == "MaxPool2d"
    panel.clear()
    for stroke in DIGIT_STROKES[1]:
        panel.pad.add_stroke(stroke)
    assert view.layer_box.currentIndex() == 2  # the choice is kept for the next drawing


def test_picture_files(qtbot, panel, tmp_path):
    from PIL import Image

    from tests.test_predict_command import digit_picture

    path = tmp_path / "two.png"
    Image.fromarray(255 - digit_picture(2)).save(path)
    panel.predict_file(path)
    assert panel.prediction.top == 2
    assert "inverted" in panel.source_label.text()
    panel.predict_file(tmp_path / "missing.png")  # an error message, not an exception
    assert "missing.png" in panel.confidence.text()


def test_screenshot(qtbot, panel, tmp_path):
    for stroke in DIGIT_STROKES[3]:
        mouse_stroke(panel.pad, stroke)
    panel.show_activations_for(0)
    assert panel.grab().save(str(tmp_path / "predict.png"))


def shown_pixels(panel) -> np.ndarray:
    """The input view's 28x28 pixels as (28, 28, 3), as the user sees them (one per cell)."""
    image = panel.input_view.pixmap().toImage()
    cell = image.width() // 28
    return np.array(
        [
            [image.pixelColor(x * cell + cell // 2, y * cell + cell // 2).getRgb()[:3]
             for x in range(28)]
            for y in range(28)
        ]
    )  # fmt: skip


def test_why_colours_the_input_by_the_attribution_for_the_class_asked(qtbot, panel):
    for stroke in DIGIT_STROKES[7]:
        mouse_stroke(panel.pad, stroke)
    plain = shown_pixels(panel)
    assert (plain[..., 0] == plain[..., 2]).all(), "grey before Why? is on"
    with qtbot.waitSignal(panel.why.changed):
        panel.why.toggle.setChecked(True)
    result = panel.why_result
    assert result is not None and result.target == panel.prediction.top
    assert result.method == "integrated-gradients"
    coloured = shown_pixels(panel)
    assert (coloured[..., 0] != coloured[..., 2]).any(), "red and blue where pixels mattered"
    assert f"Why {panel.prediction.top}" in panel.input_caption.text()
    other = (panel.prediction.top + 1) % 10
    panel.why.set_target(other)
    assert panel.why_result.target == other
    panel.why.method_box.setCurrentIndex(2)  # Grad-CAM: the model has convolutions
    assert panel.why_result.method == "gradcam" and panel.why_result.target == other
    panel.clear()
    assert panel.why_result is None, "an empty pad has nothing to explain"
    panel.why.toggle.setChecked(False)
    for stroke in DIGIT_STROKES[1]:
        mouse_stroke(panel.pad, stroke)
    assert panel.why_result is None
    assert "input" in panel.input_caption.text()


@pytest.mark.parametrize("size", [(1366, 430), (1024, 380)])
def test_why_never_covers_the_networks_input(qtbot, trained, size):
    """At 1366x768 the Predict dock is about 430 pixels tall: Why? once drew over the picture."""
    panel = PredictPanel()
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_model(trained)

    def place(widget):
        return widget.geometry().translated(widget.parentWidget().mapTo(panel, QPoint(0, 0)))

    shown = [place(w) for w in (panel.why.toggle, panel.why.method_box)]
    assert not any(rect.intersects(place(panel.input_view)) for rect in shown)
    assert all(panel.rect().contains(rect) for rect in shown)
