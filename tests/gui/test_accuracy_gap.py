"""The accuracy plot shades the gap between training and validation accuracy (overfitting)."""

from netbuilder.engine.training_events import EpochReport
from netbuilder.gui.training.plots import TrainingPlots


def test_the_train_validation_gap_is_shaded_for_the_current_run(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.start_run("overfitting")
    for epoch, (train, val) in enumerate([(0.6, 0.55), (0.9, 0.6), (1.0, 0.62)], start=1):
        plots.add_epoch(EpochReport(epoch, 3, 1.0, train, 1.2, val, 0.01, float(epoch)))
    plots.refresh()
    area = plots.gap.path().boundingRect()
    assert area.height() > 30 and area.width() >= 2, "from 100% down to 62% over 2 epochs"
    first = plots.gap
    plots.start_run("next")
    assert plots.gap is not first and first.scene() is None, "only the current run is shaded"
    plots.clear_runs()
    assert plots.gap is None
