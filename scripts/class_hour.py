"""A class hour, scripted: the scenes a teacher runs on a 1024x768 projector, in the real window.

Run it on a real X display (Xvfb + a window manager; `tests/test_class_hour.py` starts both):

    DISPLAY=:99 .venv/bin/python scripts/class_hour.py --shots shots/class_hour

It opens lesson 1 in presenter mode, trains the linear and the ReLU spiral, switches to lesson 4,
trains a few batches on synthetic digits, changes the learning rate from the run bar, draws a
digit, opens Evaluation and ends with File > New. Keys go through the window's own shortcuts
(QTest on the real window). After each step it saves a screenshot of the whole screen and checks
that the text each view shows about the project (run bar, Training panel, Predict's source,
Evaluation's test set, decision regions) belongs to the project that is open now. It prints one
line per step and ends with `class hour: N steps, M failures`; the exit status is 1 on a failure.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QPoint, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton  # noqa: E402

from netbuilder.document.bundled import EXAMPLES, LESSONS  # noqa: E402

WAIT_S = 240


class ClassHour:
    """The scene, step by step; each check that fails is recorded, and the scene goes on."""

    def __init__(self, window, shots: Path) -> None:
        self.window, self.shots = window, shots
        self.steps = 0
        self.failures: list[str] = []

    # --- what a person does ---------------------------------------------------------------------

    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        """A key press on the focused widget of the real window, as its shortcuts see it."""
        self.window.activateWindow()
        target = QApplication.focusWidget() or self.window
        QTest.keyClick(target, key, modifiers)
        settle()

    def wait_until(self, condition, what: str, seconds: float = WAIT_S) -> bool:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                self.fail(f"timed out waiting for {what}")
                return False
            settle(50)
        return True

    def answer_dialogs(self, button_text: str) -> None:
        """Click `button_text` in the next modal dialog, as a person reading it would."""

        def click() -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(100, click)
                return
            for button in box.findChildren(QPushButton):
                if button.text().replace("&", "") == button_text:
                    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                    return
            self.fail(f"dialog {box.windowTitle()!r} has no button {button_text!r}")
            box.close()

        QTimer.singleShot(100, click)

    def draw_digit(self, pad) -> None:
        """A 7, drawn with the mouse on the pad."""
        side = min(pad.width(), pad.height())
        left, top = (pad.width() - side) // 2, (pad.height() - side) // 2

        def at(x: float, y: float) -> QPoint:
            return QPoint(left + round(x * side), top + round(y * side))

        stroke = [(0.25, 0.22), (0.5, 0.22), (0.72, 0.22), (0.62, 0.45), (0.52, 0.65), (0.45, 0.8)]
        QTest.mousePress(
            pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(*stroke[0])
        )
        for point in stroke[1:]:
            QTest.mouseMove(pad, at(*point))
            settle(20)
        QTest.mouseRelease(
            pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(*stroke[-1])
        )
        settle()

    # --- what the script checks -----------------------------------------------------------------

    def fail(self, what: str) -> None:
        self.failures.append(f"step {self.steps + 1}: {what}")
        print(f"  FAIL {what}", flush=True)

    def check(self, condition: bool, what: str) -> None:
        if not condition:
            self.fail(what)

    def step(self, name: str) -> None:
        """Finish a step: a screenshot of the whole screen, named for the step."""
        self.steps += 1
        settle()
        path = self.shots / f"{self.steps:02d}-{name}.png"
        screen_shot(path)
        print(f"step {self.steps}: {name} -> {path}", flush=True)


def settle(ms: int = 150) -> None:
    """Let the window work for `ms`. A nested event loop, not QTest.qWait: qWait keeps the
    interpreter lock while it sleeps and starves the threads that load torch and train."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def screen_shot(path: Path) -> None:
    """What the projector shows: the whole X screen (window manager included) where `import`
    exists, else Qt's grab of the screen."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.environ.get("DISPLAY") and _has("import"):
        subprocess.run(["import", "-window", "root", str(path)], check=False, timeout=60)
        if path.exists():
            return
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0).save(str(path), "PNG")


def _has(program: str) -> bool:
    return any((Path(folder) / program).exists() for folder in os.environ["PATH"].split(os.pathsep))


def run_text(window) -> str:
    bar = window.run_bar
    return f"{bar.epoch.text()} {bar.progress.text()}".strip()


def scene(hour: ClassHour) -> None:
    window = hour.window
    training = window.feature("training")

    # 1. Lesson 1 on the projector.
    window.feature("lessons").open_lesson(LESSONS / "01-linear-vs-relu.json")
    hour.press(Qt.Key.Key_F5)
    hour.check(window.feature("presenter").active, "F5 enters presenter mode")
    hour.check("Epoch" not in run_text(window), f"a fresh lesson's run bar: {run_text(window)!r}")
    hour.step("lesson1-presenter")

    # 2. Train the linear spiral, then the ReLU spiral.
    for preset, name in (("spiral_linear", "linear"), ("spiral_relu", "relu")):
        if name == "relu":
            window.load_preset(EXAMPLES / f"{preset}.json")
        trained: list = []
        training.model_trained.connect(trained.append)
        hour.press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        hour.wait_until(
            lambda got=trained: got and not training.busy, f"the {name} spiral to train"
        )
        training.model_trained.disconnect(trained.append)
        hour.check(
            "Test accuracy" in run_text(window), f"run bar after training: {run_text(window)!r}"
        )
        hour.check(window.dock("regions.view").isVisible(), "the decision regions are on screen")
        hour.step(f"spiral-{name}-trained")
    relu_accuracy = run_text(window)

    # 3. Lesson 4: nothing of the spiral is left.
    window.feature("lessons").open_lesson(LESSONS / "04-lenet5.json")
    settle(500)
    hour.check(
        run_text(window) != relu_accuracy and "Epoch 40" not in run_text(window),
        f"lesson 4's run bar still shows the spiral: {run_text(window)!r}",
    )
    hour.check(not window.dock("regions.view").isVisible(), "no decision regions for LeNet-5")
    hour.check(
        window.feature("predict").trained is None, "Predict has no model before LeNet-5 is trained"
    )
    hour.step("lesson4-open")

    # 4. A few batches on synthetic digits (MNIST is not on this machine: the app offers them).
    settings = window.document.project.training
    from dataclasses import replace

    from netbuilder.gui import commands

    commands.change_training(window.document, replace(settings, limit_train=2000, epochs=2))
    batches: list = []
    training.batch_reported.connect(batches.append)
    hour.answer_dialogs("Train on synthetic digits")
    hour.press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    hour.wait_until(lambda: len(batches) >= 3, "a few batches of LeNet-5")
    hour.check(window.document.project.dataset == "synthetic-digits", "trains on synthetic digits")
    hour.step("lenet-training")

    # 5. The lesson asks for a higher learning rate: change it from presenter mode.
    rate = getattr(window.run_bar, "rate", None)
    control = getattr(rate, "box", None)
    hour.check(
        control is not None and control.isVisible(), "a learning-rate control in the run bar"
    )
    if control is not None:
        control.setValue(0.01)
        hour.wait_until(  # the running training takes it: its next batches report it
            lambda: abs(batches[-1].learning_rate - 0.01) < 1e-9,
            "the running training to take the run bar's learning rate",
            60,
        )
    hour.step("lenet-learning-rate")
    finished: list = []
    training.model_trained.connect(finished.append)
    hour.press(Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)  # Stop
    hour.wait_until(lambda: finished and not training.busy, "LeNet-5 to stop")
    training.batch_reported.disconnect(batches.append)
    training.model_trained.disconnect(finished.append)
    hour.step("lenet-stopped")

    # 6. Draw a digit.
    hour.press(Qt.Key.Key_F5)  # back to the full window for Predict and Evaluation
    hour.check(not window.feature("presenter").active, "F5 leaves presenter mode")
    prediction = window.feature("predict")
    predict_dock = window.dock("predict.pad")
    predict_dock.show()
    predict_dock.raise_()
    settle(300)
    hour.draw_digit(prediction.panel.pad)
    settle(500)
    source = prediction.source_text()
    hour.check("LeNet" in source, f"Predict's model is LeNet-5: {source!r}")
    hour.check(prediction.panel.bar_values().sum() > 0.99, "the bars show probabilities")
    hour.step("predict-drawn")

    # 7. Evaluation: the test set it names is the one LeNet-5 trained on.
    evaluation_dock = window.dock("predict.evaluation")
    evaluation_dock.show()
    evaluation_dock.raise_()
    settle(500)
    test_set = prediction.evaluation_panel.test_set.currentText()
    hour.check("ynthetic" in test_set, f"Evaluation's test set: {test_set!r}")
    hour.step("evaluation")

    # 8. File > New: every view starts clean.
    hour.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(500)
    hour.check(
        "Test accuracy" not in run_text(window), f"File > New's run bar: {run_text(window)!r}"
    )
    hour.check(prediction.trained is None, "File > New: Predict has no model")
    hour.check("LeNet" not in prediction.source_text(), f"File > New: {prediction.source_text()!r}")
    hour.check(
        not window.feature("lessons").dock.isVisible(), "File > New: lesson 4's panel is gone"
    )
    result = training.panel.result.text()
    hour.check("accuracy" not in result.lower(), f"File > New: Training panel says {result!r}")
    hour.step("file-new")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", default="shots/class_hour", help="folder for the screenshots")
    parser.add_argument("--size", default="1024x768", help="the window's size, WxH")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    from netbuilder.gui.main_window import MainWindow
    from netbuilder.gui.standalone import application

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(
            QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat),
            data_folder=Path(folder),
            torch_in_background=True,
        )
        window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
        errors: list[str] = []
        window.show_error = lambda title, text: errors.append(f"{title}: {text}")
        window.resize(width, height)
        window.show()
        hour = ClassHour(window, Path(args.shots))
        hour.wait_until(lambda: "training" in window.features, "torch to load", 120)
        if "training" in window.features:
            window.feature("training").threads = 1
            window.feature("training").close_guard.ask_stop = lambda: "discard"
            scene(hour)
        for error in errors:
            hour.fail(f"an error dialog: {error}")
        window.document.undo_stack.setClean()
        window.close()
        app.processEvents()
    print(f"class hour: {hour.steps} steps, {len(hour.failures)} failures")
    for failure in hour.failures:
        print(failure)
    return 1 if hour.failures else 0


if __name__ == "__main__":
    sys.exit(main())
