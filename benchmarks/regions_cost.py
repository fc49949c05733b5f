"""What live decision regions cost training, in the main window (offscreen).

Trains the spiral_relu example on a larger spiral twice in alternation, with the regions view
redrawing live and with the frames switched off, and prints redraws per second (target >= 5) and,
as the last line, the throughput ratio with / without regions (target >= 0.90).

    .venv/bin/python benchmarks/regions_cost.py [--points 1000] [--epochs 8] [--repeats 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402

from netbuilder.document.bundled import EXAMPLES  # noqa: E402
from netbuilder.document.project import load_project  # noqa: E402
from netbuilder.gui.main_window import MainWindow  # noqa: E402
from netbuilder.gui.standalone import application  # noqa: E402
from netbuilder.gui.training import worker  # noqa: E402

EXAMPLE = EXAMPLES / "spiral_relu.json"


class _NoFrames(worker.RegionProbe):
    def frame(self, force: bool = False):
        return None


def train_once(window: MainWindow, live: bool) -> tuple[float, float]:
    """(training samples per second, region redraws per second) for one run."""
    worker.RegionProbe = _Probe if live else _NoFrames
    view, training = window.feature("regions"), window.feature("training")
    shown = view.frames_shown
    loop = QEventLoop()
    training.model_trained.connect(loop.quit)
    started = time.perf_counter()
    training.panel.start()
    QTimer.singleShot(600_000, loop.quit)
    loop.exec()
    training.model_trained.disconnect(loop.quit)
    seconds = time.perf_counter() - started
    while training.busy:
        application().processEvents()
    finished = training.trained_model.result.finished
    live_frames = view.frames_shown - shown - 1  # the last one shows the final model
    return finished.samples_per_second, live_frames / min(finished.seconds, seconds)


_Probe = worker.RegionProbe


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=1000)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    app = application()
    project = load_project(EXAMPLE)
    project.dataset_params["points"] = args.points
    project.training.epochs = args.epochs
    folder = Path(tempfile.mkdtemp(prefix="netbuilder-bench-"))
    path = folder / "spiral.json"
    from netbuilder.document.project import save_project

    save_project(project, path)
    window = MainWindow(settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.open_file(path)
    window.show()
    results: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for _ in range(args.repeats):
        for live in (False, True):
            results[live].append(train_once(window, live))
    with_regions = max(speed for speed, _ in results[True])
    without = max(speed for speed, _ in results[False])
    redraws = max(rate for _, rate in results[True])
    print(f"samples/s without regions: {without:,.0f}")
    print(f"samples/s with live regions: {with_regions:,.0f}")
    print(f"region redraws per second while training: {redraws:.1f} (target >= 5)")
    window.close()
    app.processEvents()
    print(f"throughput ratio with/without regions: {with_regions / without:.3f} (target >= 0.90)")


if __name__ == "__main__":
    sys.exit(main())
