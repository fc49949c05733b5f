"""The Map tab: a t-SNE map of the test set at a chosen layer, never another model's map, and a
click that reads the test image in Predict."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication

from netbuilder.engine.dataset import Split
from netbuilder.gui.predict.embedding_view import EmbeddingView
from netbuilder.gui.predict.panel import PredictPanel
from tests.test_predict_command import digits_dataset, trained_digit_reader

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def small_test() -> Split:
    """300 test digits: a map in a few seconds (the app maps up to 2,000)."""
    test = digits_dataset().test
    return Split(test.features[:300], test.labels[:300])


@pytest.fixture
def view(qtbot):
    view = EmbeddingView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    return view


def test_the_map_of_the_test_set_at_the_last_linear_input(qtbot, view):
    trained, test = trained_digit_reader(), small_test()
    assert not view.draw_button.isEnabled()
    view.set_source(trained, test)
    assert view.draw_button.isEnabled()
    assert view.layer_box.currentData() == "7", "the last Linear's input by default"
    assert [view.layer_box.itemData(i) for i in range(view.layer_box.count())] == [
        "",
        "0",
        "3",
        "7",
    ]
    with qtbot.waitSignal(view.computed, timeout=120_000):
        assert view.compute()
        assert not view.compute(), "one map at a time"
        assert not view.draw_button.isEnabled()
    assert view.point_count() == len(test.labels) == 300
    assert len(view.scatter.points()) == 300
    wrong = int((view.embedding.labels != view.embedding.predictions).sum())
    assert f"the {wrong} the network got wrong" in view.status.text()


def test_a_map_for_the_model_before_is_never_shown(qtbot, view):
    trained, test = trained_digit_reader(), small_test()
    view.set_source(trained, test)
    view.compute()
    job = view.job
    view.set_source(None, None)  # another project opened while it computed
    qtbot.waitUntil(lambda: not job.thread.is_alive(), timeout=120_000)
    QCoreApplication.processEvents()  # whatever the worker sent has arrived
    assert view.embedding is None and len(view.scatter.points()) == 0
    assert not view.draw_button.isEnabled()
    assert "Train a network" in view.status.text()


def test_clicking_a_point_reads_that_test_image_in_predict(qtbot, view):
    trained, test = trained_digit_reader(), small_test()
    view.set_source(trained, test)
    with qtbot.waitSignal(view.computed, timeout=120_000):
        view.compute()
    point = view.scatter.points()[17]
    with qtbot.waitSignal(view.sample_clicked) as clicked:
        view._on_clicked(view.scatter, [point])
    index = clicked.args[0]
    assert index == int(view.embedding.indices[17])
    panel = PredictPanel()
    qtbot.addWidget(panel)
    panel.set_model(trained)
    panel.show_image(test.features[index].numpy(), "test image")
    assert np.array_equal(panel.digit, test.features[index].numpy())
    assert panel.prediction.top == int(view.embedding.predictions[17])
    assert "test image" in panel.source_label.text()
