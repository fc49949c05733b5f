"""Entry point for the GUI: `run()` opens the builder window (or renders it to a PNG and quits)."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from netbuilder.core.project import load_project
from netbuilder.gui import files, theme
from netbuilder.gui.display import display_problem

SCREENSHOT_SIZE = (1600, 1000)


def application() -> QApplication:
    """The one QApplication, created with the names QSettings uses."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("netbuilder")
    app.setOrganizationName("netbuilder")
    theme.base_font()
    return app


def run(project_path: str | None = None, screenshot: str | None = None) -> int:
    """Open the builder on `project_path` (default: the LeNet-5 example as an untitled document).

    With `screenshot`, render the window offscreen to that PNG file and return without waiting.
    """
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return _screenshot(project_path, screenshot)
    problem = display_problem()
    if problem:
        print(f"netbuilder: error: {problem}", file=sys.stderr)
        return 1
    app = application()
    from netbuilder.gui.main_window import MainWindow

    window = MainWindow()
    _open_initial(window, project_path)
    window.show()
    return app.exec()


def _open_initial(window, project_path: str | None) -> None:
    if project_path:
        window.open_file(project_path)
    else:
        window.load_preset(files.DEFAULT_PRESET)


def _screenshot(project_path: str | None, target: str) -> int:
    app = application()
    from netbuilder.gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(
            QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        )
        window.show_error = lambda title, text: print(text, file=sys.stderr)
        _open_initial(window, project_path)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        app.processEvents()
        window.canvas.fit_to_view()
        app.processEvents()
        saved = window.grab().save(str(target), "PNG")
        window.document.undo_stack.setClean()
        window.hide()
        window.deleteLater()
        app.processEvents()
    return 0 if saved else 1


def standalone(factory: Callable[..., QWidget]) -> None:
    """Open one panel on its own, on the LeNet-5 example, for quick work on that panel."""
    from netbuilder.gui.document import Document

    app = application()
    theme.apply_theme(app, False)
    document = Document(load_project(files.DEFAULT_PRESET))
    widget = factory(document)
    widget.resize(900, 600)
    widget.show()
    sys.exit(app.exec())


if __name__ == "__main__":
    sys.exit(run(*sys.argv[1:2]))
