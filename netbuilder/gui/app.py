"""Entry point for the GUI: `run()` opens the builder window (or renders it to a PNG and quits)."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, qInstallMessageHandler

from netbuilder.document.terminal import printable
from netbuilder.gui import files
from netbuilder.gui.display import display_problem
from netbuilder.gui.pictures import save_png
from netbuilder.gui.standalone import application

SCREENSHOT_SIZE = (1600, 1000)
STARTED = time.perf_counter()
"""When the GUI's modules began to load: the startup report counts from here."""


def run(
    project_path: str | None = None,
    screenshot: str | None = None,
    report_startup: str = "",
    presenter: bool = False,
    size: tuple[int, int] | None = None,
    as_example: bool = False,
) -> int:
    """Open the builder on `project_path` (default: the LeNet-5 example as an untitled document).

    With `screenshot`, render the window offscreen to that PNG file and return without waiting
    (at `size`, default SCREENSHOT_SIZE; with `presenter`, in presenter mode).
    With `as_example`, the project opens as a new untitled one (a shipped example stays as shipped).
    With `report_startup` "paint", print what the first painted window showed and quit at once;
    with "ready", also wait for torch to load in the background (benchmarks/startup.py).
    """
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return _screenshot(project_path, screenshot, presenter, size or SCREENSHOT_SIZE, as_example)
    problem = display_problem()
    if problem:
        print(f"netbuilder: error: {printable(problem)}", file=sys.stderr)
        return 1
    app = application()
    from netbuilder.gui import recovery
    from netbuilder.gui.main_window import MainWindow
    from netbuilder.gui.settings_file import user_settings

    settings = user_settings()
    start_language(settings)

    last_crash = recovery.enable_crash_log(recovery.data_folder())
    if last_crash is not None:
        crashed = QCoreApplication.translate(
            "App", "netbuilder: the last run crashed; its report is in {path}"
        )
        print(crashed.format(path=printable(last_crash)), file=sys.stderr)
    window = MainWindow(settings, torch_in_background=True)
    # Train starts at once: the training process imports torch while the user builds
    window.engine.loaded.connect(lambda: window.feature("training").warm_up())
    open_initial(window, project_path, as_example)
    if report_startup:
        _report_startup(window, wait_for_torch=report_startup == "ready")
    window.show()
    window.warn_if_no_font()
    window.offer_recovery()
    return app.exec()


def start_language(settings: QSettings) -> str:
    """The language chosen in View > Language (or, by default, the system's), installed before
    any window makes its texts; returns the language now shown."""
    from netbuilder.gui import language

    return language.apply_language(language.saved_choice(settings))


def _report_startup(window, wait_for_torch: bool) -> None:
    """Print the first paint (with the project's blocks) and torch's arrival, then quit."""
    from netbuilder.gui.engine_loader import on_first_paint

    def painted() -> None:
        blocks = window.canvas.ordered_items()
        print(
            f"first paint {time.perf_counter() - STARTED:.3f} s, torch loaded: "
            f"{'torch' in sys.modules}, pyqtgraph loaded: {'pyqtgraph' in sys.modules}, "
            f"blocks: {len(blocks)}, last block: "
            f"{blocks[-1].content.shape_text if blocks else '-'}, "
            f"{blocks[-1].content.params_text if blocks else '-'}",
            flush=True,
        )
        if not wait_for_torch:
            os._exit(0)  # before the loader starts: nothing to wait for, nothing to clean up

    def ready() -> None:
        print(f"torch ready {time.perf_counter() - STARTED:.3f} s")
        window.document.undo_stack.setClean()
        window.close()

    on_first_paint(window.canvas.viewport(), painted)
    window.engine.loaded.connect(ready)
    window.engine.failed.connect(lambda text: (print(text), window.close()))


def open_initial(window, project_path: str | None, as_example: bool = False) -> None:
    """The command line's project: a file opens as itself, an example (or none: LeNet-5) as a new
    untitled project, so that Save asks where instead of writing into the installed package."""
    if project_path and not as_example:
        window.open_file(project_path)
    else:
        window.load_preset(project_path or files.DEFAULT_PRESET)


@contextlib.contextmanager
def _quiet_offscreen():
    """The offscreen platform says it cannot size or raise windows, once per dock: it renders
    without them, so that is no news for the user. Other messages go where they went before."""
    previous = None

    def handler(kind, context, message: str) -> None:
        if message.startswith("This plugin does not support"):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _screenshot(
    project_path: str | None,
    target: str,
    presenter: bool,
    size: tuple[int, int],
    as_example: bool = False,
) -> int:
    app = application()
    from netbuilder.gui import language
    from netbuilder.gui.main_window import MainWindow

    shown_before = language.current_language()
    with _quiet_offscreen(), tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        start_language(settings)  # fresh settings: the language LANG asks for
        window = MainWindow(settings, data_folder=Path(folder))
        window.show_error = lambda title, text: print(text, file=sys.stderr)
        window.show_font_advice = lambda text: print(f"netbuilder: {text}", file=sys.stderr)
        window.warn_if_no_font()
        open_initial(window, project_path, as_example)
        window.resize(*size)
        window.show()
        app.processEvents()
        window.canvas.fit_to_view()
        app.processEvents()
        if presenter:
            window.feature("presenter").enter(full_screen=False)
            for _ in range(3):  # the new font's layout requests post further ones
                app.processEvents()
        problem = _save_screenshot(window, target)
        window.feature("presenter").leave()  # the app's font and palette are shared: put them back
        window.document.undo_stack.setClean()
        window.hide()
        window.deleteLater()
        app.processEvents()
    language.apply_language(shown_before)  # in-process callers (tests) get their language back
    if problem:
        print(f"netbuilder: error: {printable(problem)}", file=sys.stderr)
    return 1 if problem else 0


def _save_screenshot(window, target: str) -> str:
    """Write the window's picture the one safe way; why it failed, or ''."""
    try:
        save_png(window.grab(), target)
    except OSError as error:
        return str(error)
    return ""


if __name__ == "__main__":
    sys.exit(run(*sys.argv[1:2]))
