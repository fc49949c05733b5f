"""argparse in the user's language: its own words (usage:, the section titles, -h's help, the
error line) go through `cli/words.py` like ours, so `LANG=zh_CN.UTF-8 netbuilder train --help`
is Chinese throughout. English reads exactly as argparse's own."""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

from netbuilder.cli.words import translate


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own words are translated; its subcommands' parsers are too
    (add_subparsers makes them of the parser's own class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs["formatter_class"] = _translated(
            kwargs.get("formatter_class", argparse.HelpFormatter)
        )
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = translate("cli", "positional arguments")  # noqa: SLF001
        self._optionals.title = translate("cli", "options")  # noqa: SLF001
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=translate("cli", "show this help message and exit"),
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        line = translate("cli", "{prog}: error: {message}").format(prog=self.prog, message=message)
        self.exit(2, line + "\n")


def _translated(formatter: type[argparse.HelpFormatter]) -> type[argparse.HelpFormatter]:
    class Translated(formatter):  # type: ignore[misc, valid-type]
        def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
            if prefix is None:
                prefix = translate("cli", "usage: ")
            super().add_usage(usage, actions, groups, prefix)

    return Translated
