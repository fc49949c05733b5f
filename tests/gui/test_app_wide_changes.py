"""Python's cycle collector runs on the GUI thread between events (gui/garbage.py): never while Qt
walks its widgets and scenes to tell them of a new font or palette, never on a worker thread."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCENE_FREED_DURING_BROADCAST = textwrap.dedent(
    """
    import gc
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QGraphicsWidget

    from netbuilder.gui import garbage, theme

    app = QApplication([])
    garbage.collect_between_events()


    class ClosedPlotScene(QGraphicsScene):  # once unreachable, freed only by the cycle collector
        def __init__(self):
            super().__init__()
            self.cycle = self


    closed = []
    changing = []


    class Handler(QGraphicsWidget):  # as pyqtgraph's items: Python runs when the font changes
        def event(self, event):
            if changing and event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
                closed.clear()  # the plots of a closed window become garbage...
                if gc.isenabled():  # ...and the collector runs, as an allocation may start it
                    gc.collect()
            return super().event(event)


    closed.extend(ClosedPlotScene() for _ in range(20))  # a closed window's plots, made earlier
    shown = []
    for _ in range(2):
        scene, item = QGraphicsScene(), Handler()
        scene.addItem(item)
        view = QGraphicsView(scene)
        view.show()
        shown.append((scene, item, view))
    app.processEvents()
    changing.append(True)
    {change}
    print("survived")
    """
)


@pytest.mark.parametrize(
    "change",
    [
        "theme.apply_text_scale(app, theme.base_font(), 1.5)",
        "theme.apply_theme(app, dark=True)",
    ],
)
def test_a_scene_in_garbage_does_not_crash_a_font_or_palette_change(change):
    script = SCENE_FREED_DURING_BROADCAST.format(change=change)
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )  # conftest's QT_QPA_PLATFORM=offscreen reaches the child through the environment
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout


def test_garbage_is_collected_on_the_gui_thread_between_events(qtbot):
    """A window turns automatic collection off (a worker thread's allocations never start one)
    and a timer on the GUI thread collects instead: a closed plot's cycle is still freed."""
    import gc
    import threading
    import weakref

    from PySide6.QtWidgets import QWidget

    from netbuilder.gui import garbage

    garbage.collect_between_events()
    assert not gc.isenabled()

    class Cyclic(QWidget):
        def __init__(self):
            super().__init__()
            self.cycle = self

    collected_on = []

    def note_thread(phase, _info):
        if phase == "stop":
            collected_on.append(threading.current_thread())

    gc.callbacks.append(note_thread)
    try:
        gone = weakref.ref(Cyclic())
        kept = []
        worker = threading.Thread(target=lambda: kept.extend([n] for n in range(100_000)))
        worker.start()
        worker.join()
        assert gone() is not None and not collected_on  # no collection on the worker thread
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    finally:
        gc.callbacks.remove(note_thread)
    assert set(collected_on) == {threading.main_thread()}
