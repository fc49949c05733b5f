"""Regenerate the README's screenshots from the real window, after short real runs.

On an X screen (Xvfb + a window manager), as a person would see the app:

    Xvfb :9 -screen 0 1366x768x24 & DISPLAY=:9 openbox &
    DISPLAY=:9 .venv/bin/python scripts/screenshots.py

Without DISPLAY it renders offscreen. It writes builder.png, builder-dark.png, training.png,
predict.png and evaluation.png at 1366x768, and presenter_lenet5.png at 1024x768, into
resources/screenshots/. (spiral_*.png come from `netbuilder train ... --regions-png`.)
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from class_hour import ClassHour, settle  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from netbuilder.document.bundled import EXAMPLES  # noqa: E402

SHOTS = ROOT / "resources" / "screenshots"


def save(window, name: str) -> None:
    settle(400)
    window.grab().save(str(SHOTS / name), "PNG")
    print(f"wrote {SHOTS / name}", flush=True)


def main() -> int:
    from netbuilder.gui import commands
    from netbuilder.gui.main_window import MainWindow
    from netbuilder.gui.standalone import application

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(
            QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat),
            data_folder=Path(folder),
        )
        window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
        window.feature("training").threads = 1
        window.feature("training").close_guard.ask_stop = lambda: "discard"
        window.resize(1366, 768)
        window.show()
        hour = ClassHour(window, Path(folder))
        window.load_preset(EXAMPLES / "lenet5.json")
        window.canvas.fit_to_view()
        save(window, "builder.png")
        window.set_dark(True)
        save(window, "builder-dark.png")
        window.set_dark(False)

        training = window.feature("training")
        settings = window.document.project.training
        commands.change_training(window.document, replace(settings, limit_train=6000, epochs=3))
        hour.answer_dialogs("Train on synthetic digits")
        trained: list = []
        training.model_trained.connect(trained.append)
        hour.press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        hour.wait_until(lambda: trained and not training.busy, "LeNet-5 to train")
        save(window, "training.png")

        prediction = window.feature("predict")
        window.dock("predict.pad").show()
        window.dock("predict.pad").raise_()
        settle(500)
        hour.draw_digit(prediction.panel.pad)
        save(window, "predict.png")
        window.dock("predict.evaluation").show()
        window.dock("predict.evaluation").raise_()
        save(window, "evaluation.png")

        window.resize(1024, 768)
        window.feature("presenter").enter(full_screen=False)
        settle(800)
        save(window, "presenter_lenet5.png")
        window.feature("presenter").leave()
        window.document.undo_stack.setClean()
        window.close()
        app.processEvents()
    return 1 if hour.failures else 0


if __name__ == "__main__":
    sys.exit(main())
