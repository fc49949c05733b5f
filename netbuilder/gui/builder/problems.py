"""The Problems list: every error and warning from validation; clicking one selects its block."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from netbuilder.document.lesson import lesson_for_topic, load_lesson
from netbuilder.gui import language, messages
from netbuilder.gui.document import Document
from netbuilder.gui.plain_text import tip

UID_ROLE = Qt.ItemDataRole.UserRole + 1
FIX_ROLE = Qt.ItemDataRole.UserRole + 2
LESSON_ROLE = Qt.ItemDataRole.UserRole + 3


class ProblemsPanel(QListWidget):
    problem_clicked = Signal(str)
    """The uid of the layer a clicked problem is about ("" for whole-network problems)."""
    fix_requested = Signal(object)
    """A training doctor's fix the user clicked: its `changes` are training settings."""
    lesson_requested = Signal(str)
    """The path of the lesson a diagnosis links to, clicked."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.diagnoses: list = []  # the training doctor's, from the last run
        self.lessons: dict[str, tuple[str, str]] = {}  # a diagnosis's lesson key -> (path, title)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemClicked.connect(self._on_clicked)
        self.itemActivated.connect(self._on_clicked)
        document.analysis_changed.connect(self.refresh)
        self.refresh()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Every sentence again in the user's language; the current row and scroll stay."""
        row, scroll = self.currentRow(), self.verticalScrollBar().value()
        self.refresh()
        if 0 <= row < self.count():
            self.setCurrentRow(row)
        self.verticalScrollBar().setValue(scroll)

    def refresh(self) -> None:
        self.clear()
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        analysis = self.document.analysis
        for problem in [*analysis.errors, *analysis.warnings]:
            sentence = messages.problem_text(problem)
            item = QListWidgetItem(error_icon if problem.is_error else warning_icon, sentence)
            item.setData(UID_ROLE, problem.uid or "")
            item.setToolTip(tip(sentence))
            self.addItem(item)
        self._add_diagnoses()
        if not analysis.problems and not self.diagnoses:
            ok = QListWidgetItem(
                style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                QCoreApplication.translate(
                    "ProblemsPanel", "No problems: the network is ready to train."
                ),
            )
            ok.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(ok)

    def set_diagnoses(self, diagnoses: list) -> None:
        """Show the training doctor's findings (engine.doctor.Diagnosis) below the network's."""
        self.diagnoses = list(diagnoses)
        for topic in {d.lesson for d in self.diagnoses if d.lesson} - self.lessons.keys():
            path = lesson_for_topic(topic)
            if path is not None:
                self.lessons[topic] = (str(path), load_lesson(path).title)
        self.refresh()

    def _add_diagnoses(self) -> None:
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        for diagnosis in self.diagnoses:
            sentence = messages.text(diagnosis.about)
            item = QListWidgetItem(icon, messages.finding_line(sentence))
            item.setData(UID_ROLE, self._uid_of(diagnosis.layer))
            item.setToolTip(tip(sentence))
            self.addItem(item)
            if diagnosis.fix is not None:
                fix = QListWidgetItem(messages.fix_line(messages.text(diagnosis.fix.about)))
                fix.setData(FIX_ROLE, diagnosis.fix)
                fix.setForeground(self.palette().link())
                self.addItem(fix)
            if diagnosis.lesson in self.lessons:
                path, title = self.lessons[diagnosis.lesson]
                title = QCoreApplication.translate("lessons", title)  # the lessons' own context
                lesson = QListWidgetItem(messages.lesson_line(title))
                lesson.setData(LESSON_ROLE, path)
                lesson.setForeground(self.palette().link())
                self.addItem(lesson)

    def _uid_of(self, label: str | None) -> str:
        """ "3 ReLU" -> the uid of the network's third layer ("3.2 ReLU": the second inside
        it), if it is still there."""
        number = (label or "").split(" ")[0]
        infos = self.document.analysis.all_layers
        return next((info.uid for info in infos if info.number == number), "")

    def title(self) -> str:
        analysis = self.document.analysis
        count = len(analysis.problems) + len(self.diagnoses)
        if count:
            title = QCoreApplication.translate("ProblemsPanel", "Problems ({count})")
            return title.replace("{count}", str(count))
        return QCoreApplication.translate("ProblemsPanel", "Problems")

    def _on_clicked(self, item: QListWidgetItem) -> None:
        fix = item.data(FIX_ROLE)
        if fix is not None:
            self.fix_requested.emit(fix)
            return
        lesson = item.data(LESSON_ROLE)
        if lesson is not None:
            self.lesson_requested.emit(lesson)
            return
        uid = item.data(UID_ROLE)
        if uid is not None:
            self.problem_clicked.emit(uid)


if __name__ == "__main__":
    from netbuilder.gui.standalone import standalone

    standalone(lambda document: ProblemsPanel(document))
