"""A font, palette or style change reaches every widget and scene while Python's cycle collector
waits: were it to free a closed plot's scene mid-broadcast, Qt would step on freed memory."""

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

    from netbuilder.gui import theme

    app = QApplication([])


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
                if gc.isenabled():  # ...and the collector runs, as any allocation may start it
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
