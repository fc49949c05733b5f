"""Wiring lessons into a main window: `attach_lessons(window)`.

The window needs `menuBar()`, `document.reset(project, path)`, `maybe_save()` and `show_error`;
optional `add_panel(...)`. Lessons come from resources/lessons/*.json, and Lessons > Open lesson
file… opens a teacher's own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog

from netbuilder.document.lesson import LESSONS, Lesson, LessonError, lesson_files, load_lesson
from netbuilder.gui.docks import add_dock
from netbuilder.gui.document import on_session_replaced
from netbuilder.gui.lessons.panel import LessonPanel

Area = Qt.DockWidgetArea


class Lessons(QObject):
    """The Lessons menu and panel; `open_lesson` sets the window up for one lesson."""

    def __init__(self, window, folder: Path = LESSONS) -> None:
        super().__init__(window)
        self.window, self.folder = window, folder
        self.panel = LessonPanel()
        self.dock = _dock(window, self.panel)
        self.dock.hide()
        self._opening = False  # a lesson is replacing the project: its panel stays
        on_session_replaced(window, self._on_project_replaced)
        self.menu = window.menuBar().addMenu("&Lessons")
        self.menu.aboutToShow.connect(self._fill_menu)
        self._fill_menu()
        problems = getattr(window, "problems", None)  # the doctor's diagnoses link to lessons
        if problems is not None and hasattr(problems, "lesson_requested"):
            problems.lesson_requested.connect(self.open_lesson)

    def _fill_menu(self) -> None:
        self.menu.clear()
        for path in lesson_files(self.folder):
            try:
                title = load_lesson(path).title
            except LessonError:
                continue
            action = self.menu.addAction(title)
            action.triggered.connect(lambda _checked=False, p=path: self.open_lesson(p))
        self.menu.addSeparator()
        self.menu.addAction("Open lesson file…").triggered.connect(lambda: self.open_lesson())

    def open_lesson(self, path: str | Path | None = None) -> Lesson | None:
        """Load the lesson's project as a new untitled document and explain it beside the canvas.

        Not while a run is going (as File > New and Open): its results belong to this project."""
        if getattr(self.window.document, "locked", False):
            self.window.statusBar().showMessage("Stop training before opening a lesson.", 5000)
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, "Open lesson", str(self.folder), "netbuilder lessons (*.json)"
            )
            if not path:
                return None
        try:
            lesson = load_lesson(path)
        except LessonError as error:
            self.window.show_error("Cannot open lesson", str(error))
            return None
        if not self.window.maybe_save():
            return None
        self._opening = True
        try:
            self.window.document.reset(lesson.project, None)
        finally:
            self._opening = False
        self.panel.show_lesson(lesson)
        self.dock.show()
        self.dock.raise_()
        explorers = getattr(self.window, "explorers", None)
        if lesson.explore and explorers is not None:
            explorers.open(lesson.explore)
        return lesson

    def _on_project_replaced(self, _session) -> None:
        """Another project (File > New, Open, a preset) is no lesson: its panel goes."""
        if not self._opening:
            self.dock.hide()


def _dock(window, panel: LessonPanel) -> QDockWidget:
    return add_dock(window, "Lesson", panel, Area.LeftDockWidgetArea)


def attach_lessons(window) -> Lessons:
    return Lessons(window)
