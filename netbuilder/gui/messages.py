"""The GUI's one place where messages become sentences, in the user's language.

A Message (a code and its arguments: `document/messages.py`) is rendered through Qt's translation:
each template of the English catalog (marked there with QT_TRANSLATE_NOOP for lupdate) passes
through `QCoreApplication.translate("messages", ...)` before its arguments are filled in. Counted
words are Qt's "%n" plural forms (`Counted.tr`), made English by `plural` while no translation
supplies them. Nothing in the GUI compares these sentences: code branches on codes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from netbuilder.document.analysis import Analysis, InvalidNetworkError, Problem
from netbuilder.document.messages import Message, render


def text(message: Message) -> str:
    """`message` as a sentence in the user's language."""
    return render(message, _translate)


def _translate(template: str) -> str:
    return QCoreApplication.translate("messages", template)


def problem_text(problem: Problem) -> str:
    """The whole sentence: "Layer 3 (Linear): ..." for a layer's problem."""
    return text(problem.sentence)


def error_text(error: BaseException) -> str:
    """What an error says: its message when it carries one (a MessageError, a TrainingError
    given a Message), else its own text."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return text(message)
    if isinstance(error, InvalidNetworkError):
        return "\n".join(problem_text(problem) for problem in error.analysis.errors)
    return str(error)


def failure_title(code: str) -> str:
    """The title for a failed run (a `failed_...` code from the training worker)."""
    return text(Message(code))


def finding_line(sentence: str) -> str:
    """A training doctor's finding in the Problems list."""
    return QCoreApplication.translate("messages", "Training: {finding}").replace(
        "{finding}", sentence
    )


def fix_line(label: str) -> str:
    line = QCoreApplication.translate("messages", "    Fix: {fix} (click to apply)")
    return line.replace("{fix}", label)


def lesson_line(title: str) -> str:
    line = QCoreApplication.translate("messages", "    Lesson: {title} (click to open)")
    return line.replace("{title}", title)


class Counted(QObject):
    """The translation context of counted words. Qt's lupdate gives a "%n" text its plural forms
    only in a tr() call, so they are `Counted.tr("%n error(s)", "", n)`, never translate()."""


def plural(translated: str, count: int) -> str:
    """The one plural helper: Qt's "%n error(s)" as English ("1 error", "2 errors") while no
    translation gives its plural forms; a translated text has no "(s)" and passes unchanged."""
    many = count != 1
    return translated.replace("(es)", "es" if many else "").replace("(s)", "s" if many else "")


def error_count(count: int) -> str:
    return plural(Counted.tr("%n error(s)", "", count), count)


def errors_to_fix(count: int) -> str:
    return plural(Counted.tr("%n error(s) to fix", "", count), count)


def epoch_count(count: int) -> str:
    return plural(Counted.tr("%n epoch(s)", "", count), count)


def layer_count(count: int) -> str:
    return plural(Counted.tr("%n layer(s)", "", count), count)


def branch_count(count: int) -> str:
    return plural(Counted.tr("%n branch(es)", "", count), count)


def steps_to_undo(count: int) -> str:
    return plural(Counted.tr("%n step(s) can be undone", "", count), count)


def cannot_train(analysis: Analysis) -> str | None:
    """Why the network cannot train (the first of its errors), or None when it can."""
    errors = analysis.errors
    if not errors:
        return None
    count = len(errors)
    reason = Counted.tr("Cannot train yet (%n error(s)): {first}", "", count)
    return plural(reason, count).replace("{first}", problem_text(errors[0]))
