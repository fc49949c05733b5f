"""Wiring lessons into a main window: `attach_lessons(window)`.

The window needs `menuBar()`, `document.reset(project, path)`, `maybe_save()` and `show_error`;
optional `add_panel(...)`. Lessons come from the package (netbuilder/resources/lessons/*.json), and Lessons > Open lesson
file… opens a teacher's own. As a feature it can use the builder (the doctor's diagnoses in its
Problems list link to lessons) and the explorers (a lesson may open one).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFileDialog

from netbuilder.document.lesson import LESSONS, Lesson, LessonError, lesson_files, load_lesson
from netbuilder.gui import messages, plain_text
from netbuilder.gui.docks import add_dock
from netbuilder.gui.document import on_session_replaced
from netbuilder.gui.features import Feature, find_dock
from netbuilder.gui.language import on_language_change
from netbuilder.gui.lessons.panel import LessonPanel, lesson_text

Area = Qt.DockWidgetArea
BOTTOM_AT_LEAST = 90  # the bottom tabs keep a few lines of Problems


class Lessons(QObject):
    """The Lessons menu and panel; `open_lesson` sets the window up for one lesson."""

    def __init__(self, window, folder: Path = LESSONS) -> None:
        super().__init__(window)
        self.window, self.folder = window, folder
        self.explorers = None  # the explore feature's face, once it is there
        self.panel = LessonPanel()
        self.dock = _dock(window, self.panel)
        self.dock.hide()
        self._opening = False  # a lesson is replacing the project: its panel stays
        on_session_replaced(window, self._on_project_replaced)
        self.menu = window.menuBar().addMenu("")
        self.menu.aboutToShow.connect(self._fill_menu)
        self.retranslate()
        on_language_change(self.panel, self.retranslate)

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("LessonsMenu", "&Lessons"))
        self.dock.setWindowTitle(QCoreApplication.translate("LessonsMenu", "Lesson"))
        self._fill_menu()

    def _fill_menu(self) -> None:
        self.menu.clear()
        for path in lesson_files(self.folder):
            try:
                title = load_lesson(path).title
            except LessonError:
                continue
            action = self.menu.addAction(lesson_text(title))
            action.triggered.connect(lambda _checked=False, p=path: self.open_lesson(p))
        self.menu.addSeparator()
        open_file = self.menu.addAction(
            QCoreApplication.translate("LessonsMenu", "Open lesson file…")
        )
        open_file.triggered.connect(lambda: self.open_lesson())

    def open_lesson(self, path: str | Path | None = None) -> Lesson | None:
        """Load the lesson's project as a new untitled document and explain it beside the canvas.

        Not while a run is going (as File > New and Open): its results belong to this project."""
        if getattr(self.window.document, "locked", False):
            why = QCoreApplication.translate(
                "LessonsMenu", "Stop training before opening a lesson."
            )
            if self.window.statusBar().isVisible():
                self.window.statusBar().showMessage(why, 5000)
            else:  # presenter mode hides the status bar: a click must not seem to do nothing
                title = QCoreApplication.translate("LessonsMenu", "Training is running")
                plain_text.inform(self.window, title, why)
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("LessonsMenu", "Open lesson"),
                str(self.folder),
                QCoreApplication.translate("LessonsMenu", "netbuilder lessons (*.json)"),
            )
            if not path:
                return None
        try:
            lesson = load_lesson(path)
        except LessonError as error:
            title = QCoreApplication.translate("LessonsMenu", "Cannot open lesson")
            self.window.show_error(title, messages.error_text(error))
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
        for delay in (0, 300):  # once the dock has its size; again once an explorer has opened
            QTimer.singleShot(delay, self._make_room)
        if lesson.explore and self.explorers is not None:
            self.explorers.open(lesson.explore)
        return lesson

    def _on_project_replaced(self, _session) -> None:
        """Another project (File > New, Open, a preset) is no lesson: its panel goes."""
        if not self._opening:
            self.dock.hide()

    def _make_room(self) -> None:
        """The whole lesson reads without scrolling: the bottom panels give up the height."""
        bottom = _front_bottom_dock(self.window)
        missing = self.panel.missing_height()
        if missing > 0 and bottom is not None and not self.dock.isHidden():
            height = max(bottom.height() - missing, BOTTOM_AT_LEAST)
            self.window.resizeDocks([bottom], [height], Qt.Orientation.Vertical)


def _front_bottom_dock(window) -> QDockWidget | None:
    """The bottom tab in front (resizing one behind it does nothing)."""
    for dock in window.findChildren(QDockWidget):
        bottom = window.dockWidgetArea(dock) == Area.BottomDockWidgetArea
        if bottom and dock.isVisible() and not dock.isFloating():
            return dock
    return None


def _dock(window, panel: LessonPanel) -> QDockWidget:
    """Beside the canvas in the Inspector's column, the widest beside it; the palette's is narrow."""
    beside = find_dock(window, "builder.inspector")
    title = QCoreApplication.translate("LessonsMenu", "Lesson")  # a hidden tab keeps its first
    return add_dock(window, title, panel, Area.RightDockWidgetArea, beside, name=DOCK)


def attach_lessons(window) -> Lessons:
    return Lessons(window)


def _on_available(lessons: Lessons, name: str, other) -> None:
    if name == "builder":  # the doctor's diagnoses link to lessons
        other.problems.lesson_requested.connect(lessons.open_lesson)
    elif name == "explore":
        lessons.explorers = other


DOCK = "lesson_dock"
FEATURE = Feature(
    name="lessons",
    attach=lambda window, _features: attach_lessons(window),
    docks={"lessons.panel": DOCK},
    provides=("open_lesson",),
    optional=("builder", "explore"),
    on_available=_on_available,
)
