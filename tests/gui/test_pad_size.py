"""The drawing pad never changes size under the pen: not during a stroke, not after predictions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from netbuilder.gui.predict.panel import THROTTLE_MS, PredictPanel
from tests.gui.settle import flush_posted_events
from tests.test_predict_command import trained_digit_reader

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot):
    panel = PredictPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_model(trained_digit_reader())
    flush_posted_events()
    return panel


def draw_a_seven(qtbot, panel: PredictPanel, sizes: list) -> None:
    """A real mouse stroke, letting each throttled prediction land between moves."""
    pad = panel.pad
    side = pad.side()
    points = [(0.25, 0.2), (0.75, 0.2), (0.6, 0.45), (0.5, 0.65), (0.45, 0.85)]
    to_pixel = [QPoint(int(x * side), int(y * side)) for x, y in points]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, to_pixel[0])
    for point in to_pixel[1:]:
        # The throttled prediction comes within THROTTLE_MS; then any relayout it caused.
        with qtbot.waitSignal(panel.prediction_changed, timeout=THROTTLE_MS + 10_000):
            QTest.mouseMove(pad, point)
        flush_posted_events()
        sizes.append(pad.size())
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, to_pixel[-1])
    flush_posted_events()
    sizes.append(pad.size())


def test_pad_size_is_fixed_during_strokes_and_after_predictions(qtbot, panel, tmp_path):
    first = panel.pad.size()
    sizes = []
    for _ in range(2):  # the first prediction after every Clear used to grow the pad
        panel.clear()
        flush_posted_events()
        sizes.append(panel.pad.size())
        draw_a_seven(qtbot, panel, sizes)
        assert panel.prediction is not None and not panel.prediction.empty
    panel.activations.show_activations_for(7)  # a dense layer: bars instead of maps
    flush_posted_events()
    sizes.append(panel.pad.size())
    assert {(s.width(), s.height()) for s in sizes} == {(first.width(), first.height())}
    assert panel.pad.side() >= 360
    assert panel.grab().save(str(tmp_path / "predict.png"))
