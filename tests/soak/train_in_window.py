"""Soak: open the real main window, train for a while with the plots live, then close and exit.

Run as a script (tests/test_soak.py does, in a subprocess, offscreen):
    python tests/soak/train_in_window.py [seconds]
Prints one JSON line (batches reported, plot refreshes, reference counts) and exits 0 when the run
trained, the window closed cleanly and the reference counts of None, True and False did not fall.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from netbuilder.document.bundled import EXAMPLES

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
ALLOWED_DROP = 300  # a leak of one reference per emit falls by thousands in a minute
MIN_REPORTS = 200  # trains on past SECONDS until this many batch reports (a busy machine is slow)
EXAMPLE = EXAMPLES / "lenet5.json"


def counts() -> dict[str, int]:
    return {
        "None": sys.getrefcount(None),
        "True": sys.getrefcount(True),
        "False": sys.getrefcount(False),
    }


class Soak:
    def __init__(self, window, dataset) -> None:
        from PySide6.QtCore import QTimer

        self.window, self.dataset = window, dataset
        self.batches = self.epochs = self.grabs = 0
        self.baseline: dict[str, int] | None = None
        self.lowest: dict[str, int] | None = None
        self.trained = None
        controller = window.feature("training")
        controller.batch_reported.connect(self._on_batch)
        controller.epoch_finished.connect(self._on_epoch)
        controller.model_trained.connect(self._on_trained)
        controller.state_changed.connect(self._on_state)
        self.sampler = QTimer(window)
        self.sampler.setInterval(500)
        self.sampler.timeout.connect(self._sample)

    def start(self) -> None:

        self.started = time.monotonic()
        if not self.window.feature("training").panel.start(dataset=self.dataset):
            raise SystemExit("training did not start")
        self.sampler.start()

    def _sample(self) -> None:
        """Every half second: the counts, and now and then a repaint and a resize, as a user would."""
        gc.collect()
        now = counts()
        if self.baseline is None:
            self.baseline = self.lowest = now
        self.lowest = {k: min(v, self.lowest[k]) for k, v in now.items()}
        elapsed = time.monotonic() - self.started
        if elapsed >= SECONDS and (self.batches >= MIN_REPORTS or elapsed >= 2.5 * SECONDS):
            self.window.feature("training").stop()
        ticks = int(elapsed * 2)
        if ticks % 10 == 0:
            self.window.grab()  # paints every visible panel, plots included
            self.grabs += 1
        if ticks % 7 == 0:
            width = 1200 if self.window.width() > 1250 else 1300
            self.window.resize(width, 760)

    def _on_batch(self, report) -> None:
        self.batches += 1

    def _on_epoch(self, report) -> None:
        self.epochs += 1

    def _on_trained(self, trained) -> None:
        self.trained = trained

    def _on_state(self, state: str) -> None:
        from PySide6.QtCore import QTimer

        if state == "idle" and self.trained is not None:
            self.sampler.stop()
            QTimer.singleShot(0, self.window.close)


ERRORS: list[str] = []


def record_error(kind, value, traceback) -> None:
    """An exception in a slot does not stop Qt; here it fails the soak."""
    ERRORS.append(f"{kind.__name__}: {value}")
    sys.__excepthook__(kind, value, traceback)


def main() -> int:
    sys.excepthook = record_error
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = tempfile.mkdtemp(prefix="netbuilder-soak-")
    os.environ["XDG_DATA_HOME"] = folder  # autosave and crash logs go here, not to the user's
    import torch
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from netbuilder.engine.synthetic_digits import synthetic_digits
    from netbuilder.gui import commands
    from netbuilder.gui.main_window import MainWindow
    from netbuilder.gui.standalone import application

    torch.set_num_threads(1)
    app = application()
    window = MainWindow(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.load_preset(EXAMPLE)
    document = window.document
    commands.change_training(document, dataclasses.replace(document.project.training, epochs=1000))
    window.feature("training").threads = 1
    window.resize(1366, 768)
    window.show()
    soak = Soak(window, synthetic_digits(3000, 500, seed=0))
    soak.start()
    app.exec()
    closed = not window.isVisible()
    window.deleteLater()
    app.processEvents()
    plots = window.feature("training").plots
    gc.collect()
    after = counts()
    lowest = {k: min(v, (soak.lowest or after)[k]) for k, v in after.items()}
    baseline = soak.baseline or after
    fell = {k: baseline[k] - lowest[k] for k in baseline if baseline[k] - lowest[k] > ALLOWED_DROP}
    seconds = time.monotonic() - soak.started
    result = {
        "seconds": round(seconds, 1),
        "batch_reports": soak.batches,
        "epochs": soak.epochs,
        "plot_refreshes": plots.refreshes,
        "grabs": soak.grabs,
        "trained": soak.trained is not None,
        "closed": closed,
        "baseline": baseline,
        "lowest": lowest,
        "after": after,
        "fell": fell,
        "errors": ERRORS,
    }
    print(json.dumps(result))
    ok = closed and soak.trained is not None and soak.batches > 20 and seconds >= SECONDS
    return 0 if ok and not fell and not ERRORS else 1


if __name__ == "__main__":
    sys.exit(main())
