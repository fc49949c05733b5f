"""Training inside the GUI against the best headless configuration.

Trains LeNet-5 (examples/lenet5.json) on synthetic MNIST-shaped digits headless through the core
(in this process) with 1 thread, with torch's default, and with the count `netbuilder train`
measures, and keeps the fastest; and, interleaved with those so that a change in the machine's
load weighs on both, inside the main window (offscreen) with the live plots drawing, where it
trains in the window's training process with the threads that process measures. Prints the
GUI/best-headless throughput ratio (target >= 0.90), the event loop's lateness while training
from a QTimer probe every 5 ms from Start to the end (target p99 <= 50 ms), and plot redraws per
second while batches are reported (target >= 10).
The last line is `gui/headless=R p99_ms=L refreshes_per_s=F`.

    .venv/bin/python benchmarks/gui_training.py [--samples 20000] [--epochs 1] [--repeats 3]
        [--busy-core]

With --busy-core another process keeps one core busy (`while 1: pass`) for the whole run,
headless and GUI alike (target ratio >= 0.80).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer, qInstallMessageHandler  # noqa: E402

from netbuilder.document.bundled import EXAMPLES  # noqa: E402
from netbuilder.document.project import Project, load_project  # noqa: E402
from netbuilder.engine.experiment import run_experiment  # noqa: E402
from netbuilder.engine.synthetic_digits import synthetic_digits  # noqa: E402
from netbuilder.engine.threads import choose_threads  # noqa: E402
from netbuilder.gui.app import application  # noqa: E402
from netbuilder.gui.training.controller import State  # noqa: E402
from netbuilder.gui.training.integration import open_host  # noqa: E402

EXAMPLE = EXAMPLES / "lenet5.json"
PROBE_MS = 5


def lenet_project(epochs: int) -> Project:
    project = load_project(EXAMPLE)
    project.training = dataclasses.replace(project.training, epochs=epochs, device="cpu")
    return project


def headless(project: Project, dataset, threads: int | str) -> float:
    """Samples per second of the core trainer alone in a fresh thread: `threads` torch threads, or
    "measured" as `netbuilder train` chooses them."""
    result = {}

    def work() -> None:
        if threads == "measured":
            result["threads"] = choose_threads(project, dataset)
        else:
            torch.set_num_threads(threads)
        result["trained"] = run_experiment(project, dataset)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    return result["trained"].result.finished.samples_per_second


def make_window(project: Project):
    """The real main window when it can be built, else the panel's stand-in window."""
    try:
        from netbuilder.gui.main_window import MainWindow

        folder = tempfile.mkdtemp(prefix="netbuilder-bench-")
        window = MainWindow(
            QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        )
        window.document.reset(project)
        return window, window.feature("training"), "MainWindow"
    except Exception as error:  # noqa: BLE001 - any failure means: use the stand-in
        print(
            f"(MainWindow unavailable: {type(error).__name__}: {error}; using the stand-in window)"
        )
        window, controller = open_host(project)
        return window, controller, "TrainingHostWindow"


class LatencyProbe:
    """A precise QTimer; how late each tick fires is how long the event loop was busy."""

    def __init__(self, interval_ms: int = PROBE_MS) -> None:
        self.interval = interval_ms / 1000
        self.late: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, now - self.last - self.interval))
        self.last = now


def in_gui(window, controller, dataset) -> dict[str, float]:
    plots = controller.plots
    window.resize(1600, 1000)
    window.show()
    for dock in controller.docks.values():
        dock.show()
        dock.raise_()
    application().processEvents()
    probe = LatencyProbe()
    loop = QEventLoop()
    controller.state_changed.connect(lambda s: loop.quit() if s == State.IDLE.value else None)
    failures = []
    controller.training_failed.connect(lambda title, text: failures.append(text))
    refreshes = plots.refreshes
    filter_updates = plots.filters.updates
    batches: list[tuple[float, int]] = []  # (when, redraws so far) at each batch report
    note = lambda _report: batches.append((time.perf_counter(), plots.refreshes))  # noqa: E731
    controller.batch_reported.connect(note)
    probe.start()
    started = time.perf_counter()
    controller.panel.start(dataset=dataset)
    loop.exec()
    seconds = time.perf_counter() - started
    probe.stop()
    controller.batch_reported.disconnect(note)
    (first, drawn_first), (last, drawn_last) = batches[0], batches[-1]
    if failures:
        raise SystemExit(f"training failed in the GUI: {failures[0]}")
    late = np.array(probe.late) * 1000
    return {
        "samples_per_second": controller.trained_model.result.finished.samples_per_second,
        "p50_ms": float(np.percentile(late, 50)),
        "p99_ms": float(np.percentile(late, 99)),
        "max_ms": float(late.max()),
        "refreshes_per_second": (drawn_last - drawn_first) / max(last - first, 1e-9),
        "refreshes_per_second_overall": (plots.refreshes - refreshes) / seconds,
        "filter_updates_per_second": (plots.filters.updates - filter_updates) / seconds,
        "seconds": seconds,
    }


def quiet_offscreen(mode, context, message: str) -> None:
    """Qt's offscreen platform says it cannot resize to hints; that is not a result."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=20000)
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3, help="best of this many runs of each")
    parser.add_argument("--busy-core", action="store_true", help="keep one core busy meanwhile")
    args = parser.parse_args()
    busy = None
    if args.busy_core:
        busy = subprocess.Popen([sys.executable, "-c", "while 1: pass"])
    try:
        return measure(args)
    finally:
        if busy is not None:
            busy.kill()
            busy.wait()


def measure(args) -> int:
    qInstallMessageHandler(quiet_offscreen)
    app = application()
    project = lenet_project(args.epochs)
    dataset = synthetic_digits(args.samples, 2000, seed=0)
    default = torch.get_num_threads()
    print(
        f"LeNet-5, {args.samples} synthetic digits, {args.epochs} epoch(s), batch "
        f"{project.training.batch_size}, {os.cpu_count()} CPUs, torch {torch.__version__}, "
        f"default torch threads {default}"
    )
    headless(project, synthetic_digits(2000, 200, seed=1), 1)  # warm-up
    window, controller, kind = make_window(project)
    controller.warm_up()  # as the app does after its first paint
    start_wait = time.perf_counter()
    while not controller.process_ready and time.perf_counter() - start_wait < 60:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    counts = [*sorted({1, default}), "measured"]
    rates: dict = {threads: 0.0 for threads in counts}
    results = []
    for _ in range(args.repeats):  # interleaved, so that a change in the machine's load
        for threads in counts:  # weighs on both sides alike
            rates[threads] = max(rates[threads], headless(project, dataset, threads))
        results.append(in_gui(window, controller, dataset))
    for threads in counts:
        print(f"headless, {threads} torch thread(s): {rates[threads]:,.0f} samples/s")
    best = max(rates.values())
    gui = max(results, key=lambda r: r["samples_per_second"])
    ratio = gui["samples_per_second"] / best
    print(
        f"GUI ({kind}, worker's measured threads): {gui['samples_per_second']:,.0f} samples/s, "
        f"{gui['seconds']:.1f} s (best of {args.repeats})"
    )
    print(f"  throughput GUI / best headless = {ratio:.2f} (target >= 0.90)")
    print(
        f"  event-loop lateness p50 = {gui['p50_ms']:.1f} ms, p99 = {gui['p99_ms']:.1f} ms, "
        f"max = {gui['max_ms']:.1f} ms (target p99 <= 50 ms)"
    )
    print(
        f"  plot refreshes = {gui['refreshes_per_second']:.1f}/s from the first batch report"
        f" to the last (target >= 10), {gui['refreshes_per_second_overall']:.1f}/s from Start"
        " to the end (loading, thread choice and the test evaluation included)"
    )
    print(f"  filter image updates = {gui['filter_updates_per_second']:.1f}/s")
    controller.close_guard.ask_stop = lambda: True
    window.document.undo_stack.setClean()
    window.close()
    app.processEvents()
    print(
        f"{'busy core, ' if args.busy_core else ''}gui/headless={ratio:.2f} p99_ms={gui['p99_ms']:.1f} "
        f"refreshes_per_s={gui['refreshes_per_second']:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
