"""Regenerate the README's screenshots: the real window, offscreen, after a short real run.

.venv/bin/python scripts/screenshots.py
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from netbuilder.engine.synthetic_digits import synthetic_digits  # noqa: E402
from netbuilder.gui.main_window import MainWindow  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "resources" / "screenshots"


def settle(app: QApplication, ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    app = QApplication(sys.argv)
    settings = QSettings(str(Path("/tmp/netbuilder-shots.ini")), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(settings=settings)
    window.resize(1600, 1000)
    window.show()
    window.open_file(ROOT / "examples" / "lenet5.json")
    settle(app)
    window.grab().save(str(SHOTS / "builder.png"))
    finished = QEventLoop()
    window.training.model_trained.connect(lambda _: QTimer.singleShot(800, finished.quit))
    window.training.panel.start(dataset=synthetic_digits(12000, 2000, seed=0))
    finished.exec()
    settle(app)
    window.grab().save(str(SHOTS / "training.png"))
    window.training.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
