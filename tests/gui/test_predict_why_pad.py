"""Why? on the drawing pad: the attribution laid over the strokes, following them, never stale."""

from __future__ import annotations

import copy
import dataclasses

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from netbuilder.engine.synthetic_digits import DIGIT_STROKES
from netbuilder.gui.predict.why import heat_image
from tests.gui.test_predict_panel import mouse_stroke, pad_point

# Qt's offscreen platform says this whenever a top-level window is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def small_seven(pad) -> None:
    """A 7 at half size in the pad's top-left quarter: the network's 28x28 input is the digit
    cropped, enlarged and centred, so its grid lies far from the pad's own square."""
    for stroke in DIGIT_STROKES[7]:
        mouse_stroke(pad, [(0.05 + x / 2, 0.05 + y / 2) for x, y in stroke])


def why_on(qtbot, panel) -> None:
    with qtbot.waitSignal(panel.why.changed):
        panel.why.toggle.setChecked(True)


def pad_rgb(pad) -> np.ndarray:
    """The pad as the user sees it, (H, W, 3)."""
    image = pad.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    stride = image.bytesPerLine()
    data = np.frombuffer(image.constBits(), np.uint8, stride * image.height())
    rows = data.reshape(image.height(), stride)[:, : 3 * image.width()]
    return rows.reshape(image.height(), image.width(), 3).copy()  # the image's memory goes


def cell_centre(panel, row: int, col: int) -> QPoint:
    """Where the centre of a cell of the network's 28x28 input lies on the pad (widget pixels)."""
    place, square = panel._pad_place, panel.pad._square()
    x = place.x() + (col + 0.5) * place.width() / 28
    y = place.y() + (row + 0.5) * place.height() / 28
    return pad_point(panel.pad, x, y) if square.width() else QPoint()


def same_image(a: QImage, b: QImage) -> bool:
    return a.convertToFormat(QImage.Format.Format_RGBA8888) == b.convertToFormat(
        QImage.Format.Format_RGBA8888
    )


def test_the_pad_shows_red_where_pixels_pushed_toward_the_class(qtbot, panel):
    small_seven(panel.pad)
    assert panel.pad.overlay() is None, "Why? is off: a plain drawing"
    before = pad_rgb(panel.pad)
    square = panel.pad._square().toRect().adjusted(2, 2, -2, -2)  # the drawing, not its frame
    drawing = before[square.top() : square.bottom(), square.left() : square.right()]
    assert (drawing[..., 0] == drawing[..., 2]).all(), "grey and white only"
    why_on(qtbot, panel)
    result = panel.why_result
    assert result is not None and panel.pad.overlay() is not None
    assert same_image(panel.pad.overlay(), heat_image(result.values)), "the 28x28 view's answer"
    after = pad_rgb(panel.pad)
    # the cells that pushed hardest toward the class, where the pad has ink: red over white
    values = result.values
    strong = np.argwhere(values > 0.5 * values.max())
    points = [cell_centre(panel, row, col) for row, col in strong]
    on_ink = [p for p in points if before[p.y(), p.x()].min() > 200]
    assert len(on_ink) >= 3, "the strongest cells lie on the strokes"
    for point in on_ink:
        r, g, b = (int(v) for v in after[point.y(), point.x()])
        assert r > g + 60 and r > b + 60, f"red dominant on the stroke at {point}: {(r, g, b)}"
        assert r > 150, "the white ink still shows through"
    # where nothing mattered (far from the digit, bottom right of the pad) the pad is unchanged
    corner = pad_point(panel.pad, 0.9, 0.9)
    assert (after[corner.y(), corner.x()] == before[corner.y(), corner.x()]).all()
    shown = panel.pad.overlay()
    panel.why.set_target(1)  # a bar clicked: why (not) 1, on the pad as in the 28x28 view
    assert panel.why_result.target == 1
    assert same_image(panel.pad.overlay(), heat_image(panel.why_result.values))
    assert not same_image(panel.pad.overlay(), shown)


def test_the_heat_lies_on_the_strokes_not_on_the_28x28_grid_stretched_to_the_pad(qtbot, panel):
    small_seven(panel.pad)
    why_on(qtbot, panel)
    before_ink = panel.pad.pixels() > 128
    rgb = pad_rgb(panel.pad)
    square = panel.pad._square().toRect()
    rgb = rgb[square.y() : square.y() + square.height(), square.x() : square.x() + square.width()]
    r, g, b = (rgb[..., i].astype(int) for i in range(3))
    red = (r > g + 60) & (r > b + 60)
    assert red.sum() > 50
    side = min(red.shape[0], before_ink.shape[0])
    rows, cols = np.nonzero(red[:side, :side])
    ink_rows, ink_cols = np.nonzero(before_ink)
    assert rows.max() < ink_rows.max() + side * 0.05, "not below the drawing"
    assert cols.max() < ink_cols.max() + side * 0.05, "not right of the drawing"
    assert rows.min() > ink_rows.min() - side * 0.05 and cols.min() > ink_cols.min() - side * 0.05


def test_the_overlay_follows_a_stroke_as_it_is_drawn(qtbot, panel):
    why_on(qtbot, panel)
    pad = panel.pad
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(pad, left, none, pad_point(pad, 0.5, 0.1))
    QTest.mouseMove(pad, pad_point(pad, 0.5, 0.4))
    qtbot.waitUntil(lambda: pad.overlay() is not None, timeout=2000)  # before the release
    first = pad.overlay()
    QTest.mouseMove(pad, pad_point(pad, 0.3, 0.9))
    qtbot.waitUntil(lambda: not same_image(pad.overlay(), first), timeout=2000)
    QTest.mouseRelease(pad, left, none, pad_point(pad, 0.3, 0.9))
    assert same_image(pad.overlay(), heat_image(panel.why_result.values))


def test_the_overlay_goes_with_why_the_strokes_and_the_model(qtbot, panel, trained):
    why_on(qtbot, panel)
    small_seven(panel.pad)
    assert panel.pad.overlay() is not None
    panel.why.toggle.setChecked(False)
    assert panel.pad.overlay() is None, "Why? off"
    panel.why.toggle.setChecked(True)
    assert panel.pad.overlay() is not None
    mouse_stroke(panel.pad, [(0.15, 0.3), (0.35, 0.3)])  # a crossbar, as some write their 7
    panel.pad.undo()  # right-click: gone at once, before the re-read
    assert panel.pad.overlay() is None
    panel.refresh()
    assert panel.pad.overlay() is not None, "the 7 without its crossbar is explained again"
    while not panel.pad.is_empty():
        panel.pad.undo()
    panel.refresh()
    assert panel.pad.overlay() is None, "undone to an empty pad"
    small_seven(panel.pad)
    panel.clear_button.click()
    assert panel.pad.overlay() is None, "cleared"
    small_seven(panel.pad)
    panel.set_model(None)  # File > New, another lesson or project
    assert panel.pad.overlay() is None


def test_another_model_never_shows_the_last_ones_overlay(qtbot, panel, trained):
    why_on(qtbot, panel)
    small_seven(panel.pad)
    old = panel.pad.overlay()
    other = dataclasses.replace(trained, model=copy.deepcopy(trained.model))
    torch.manual_seed(1)
    for parameter in other.model.parameters():
        torch.nn.init.normal_(parameter.data, std=0.1)
    panel.set_model(other)
    assert panel.pad.overlay() is not None
    assert same_image(panel.pad.overlay(), heat_image(panel.why_result.values))
    assert not same_image(panel.pad.overlay(), old)


def test_an_opened_file_is_explained_in_the_28x28_view_only(qtbot, panel, tmp_path):
    from PIL import Image

    from tests.test_predict_command import digit_picture

    why_on(qtbot, panel)
    small_seven(panel.pad)
    path = tmp_path / "two.png"
    Image.fromarray(255 - digit_picture(2)).save(path)
    panel.predict_file(path)
    assert panel.why_result is not None, "the 28x28 view shows why"
    assert panel.pad.overlay() is None, "the pad does not show the file"
    small_seven(panel.pad)  # drawing again: the pad is the input once more (it went unread)
    assert panel.source == "" and panel.source_label.text() == ""
    assert panel.prediction.top == 7 and panel.pad.overlay() is not None
    pictures = dataclasses.replace(panel.trained, preprocessing="resize")
    panel.clear()
    small_seven(panel.pad)
    panel.set_model(pictures)  # a model of pictures: the pad is not used
    assert panel.pad.overlay() is None and not panel.pad.isEnabled()


def test_file_new_and_a_lesson_take_the_overlay_away(qtbot, window, trained):
    """The window's way of changing the model: no overlay of the last project's model stays."""
    from netbuilder.document.lesson import LESSONS

    prediction = window.feature("predict")
    panel = prediction.panel

    def explain_a_seven() -> None:
        prediction.set_model(trained)
        window.dock("predict.pad").show()
        window.dock("predict.pad").raise_()
        qtbot.waitUntil(lambda: panel.pad.isVisible())
        panel.why.toggle.setChecked(True)
        small_seven(panel.pad)
        assert panel.pad.overlay() is not None

    explain_a_seven()
    assert window.new_document()
    assert panel.pad.overlay() is None and panel.why_result is None
    explain_a_seven()
    assert window.feature("lessons").open_lesson(LESSONS / "04-lenet5.json") is not None
    assert panel.pad.overlay() is None and panel.why_result is None
