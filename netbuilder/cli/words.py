"""The command line's words in the user's language (LANG / LANGUAGE), without Qt.

The window translates with Qt's QTranslator; the command line must not import Qt, so it reads the
same `.ts` files through `document/ts_catalog.py`. `translate(context, source)` has the shape of
`QCoreApplication.translate`, so Qt's lupdate finds every literal `translate("cli", "...")` here
and in the commands and files it in `cli.ts`. A string with values is a template filled after
translating: `translate("cli", "saved {path}").format(path=...)`. Under LANG=C or en_US every
text is the English source, unchanged.
"""

from __future__ import annotations

from netbuilder.document.analysis import InvalidNetworkError
from netbuilder.document.languages import system_language
from netbuilder.document.messages import Message, render
from netbuilder.document.ts_catalog import translator


def translate(context: str, source: str) -> str:
    """`source` in the language the environment asks for (English: `source` itself)."""
    return translator(system_language())(context, source)


def message_text(message: Message) -> str:
    """A Message (problem, lint, doctor finding, error) as a sentence in the user's language."""
    return render(message, lambda template: translate("messages", template))


def error_text(error: BaseException) -> str:
    """What an error says in the user's language: its Message when it carries one, the layers'
    problems for an invalid network, else its own (English) text."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return message_text(message)
    if isinstance(error, InvalidNetworkError):
        return "\n".join(message_text(problem.sentence) for problem in error.analysis.errors)
    return str(error)


def error_line(error: BaseException | str) -> str:
    """ "netbuilder: error: ..." in the user's language."""
    text = error if isinstance(error, str) else error_text(error)
    return translate("cli", "netbuilder: error: {error}").format(error=text)
