"""The lesson panel: what to try, what to look for, and a question for the class."""

from __future__ import annotations

import html
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from netbuilder.document.lesson import Lesson
from netbuilder.gui.language import on_language_change

TEXTS_CONTEXT = "lessons"
"""The translation context of the lessons' own texts (scripts/translations.py files them,
from the lessons' JSON, in `lesson_texts.ts`)."""


def lesson_text(text: str) -> str:
    """A lesson's title, summary, try, look-for or question in the app's language; a teacher's own
    lesson file, which has no translation, reads as written."""
    return QCoreApplication.translate(TEXTS_CONTEXT, text) if text else text


class LessonPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text)
        self.lesson: Lesson | None = None
        self.show_lesson(None)
        on_language_change(self, lambda: self.show_lesson(self.lesson))

    def show_lesson(self, lesson: Lesson | None) -> None:
        self.lesson = lesson
        if lesson is None:
            self.text.setHtml(
                QCoreApplication.translate(
                    "LessonPanel", "<p>Choose a lesson from the <b>Lessons</b> menu.</p>"
                )
            )
            return
        parts = [f"<h3>{html.escape(lesson_text(lesson.title))}</h3>"]
        if lesson.summary:
            parts.append(f"<p>{html.escape(lesson_text(lesson.summary))}</p>")
        for heading, body in (
            (QCoreApplication.translate("LessonPanel", "Try:"), lesson.try_),
            (QCoreApplication.translate("LessonPanel", "Look for:"), lesson.look_for),
            (QCoreApplication.translate("LessonPanel", "Ask the class:"), lesson.question),
        ):
            if body:
                parts.append(
                    f"<p><b>{html.escape(heading)}</b> {html.escape(lesson_text(body))}</p>"
                )
        self.text.setHtml("".join(parts))

    def missing_height(self) -> int:
        """How many pixels taller the text is than its view (0 when it all shows)."""
        document = self.text.document()
        document.setTextWidth(self.text.viewport().width())
        return max(0, int(document.size().height()) - self.text.viewport().height() + 2)

    def plain_text(self) -> str:
        return self.text.toPlainText()


if __name__ == "__main__":
    from netbuilder.document.lesson import LESSONS, lesson_files, load_lesson
    from netbuilder.gui.standalone import application

    app = application()
    panel = LessonPanel()
    panel.show_lesson(load_lesson(lesson_files(LESSONS)[0]))
    panel.resize(360, 500)
    panel.show()
    sys.exit(app.exec())
