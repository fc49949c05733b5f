"""Command-line options for training settings, made from the settings' specs.

`netbuilder train` takes one option per setting (--learning-rate, --gamma, ...) that overrides the
project's value; `netbuilder optimize` takes a few. Each option's type, range, choices and help
come from `document/setting_specs.py`, so the parser refuses exactly what validation refuses.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from netbuilder.cli.words import message_text, translate
from netbuilder.document.augmentation import NAMES as AUGMENTATIONS
from netbuilder.document.augmentation import parse_augment
from netbuilder.document.messages import MessageError
from netbuilder.document.setting_specs import SETTING_SPECS, SPECS, SettingSpec

ALIASES = {"learning_rate": ("--lr",), "early_stopping_patience": ("--patience",)}
METAVARS = {int: "N", float: "X"}  # a text setting (--device) is named by its own name


def value_parser(spec: SettingSpec) -> Callable[[str], Any]:
    """Turn an option's text into the setting's value, or say (as argparse does) why not."""

    def parse(text: str) -> Any:
        try:
            value = spec.kind(text)
        except ValueError:
            if spec.kind is int:
                reason = translate("cli", "{text} is not a whole number")
            else:
                reason = translate("cli", "{text} is not a number")
            raise argparse.ArgumentTypeError(reason.format(text=repr(text))) from None
        problem = spec.check(value)
        if problem:
            raise argparse.ArgumentTypeError(message_text(problem))
        return value

    parse.__name__ = spec.kind.__name__  # argparse names the type in some messages
    return parse


def add_setting_option(
    parser: argparse.ArgumentParser | argparse._ArgumentGroup,
    name: str,
    *flags: str,
    default: Any = None,
    default_text: str = "",
) -> None:
    """Add the option for setting `name`; absent, it gives `default` (None: keep the project's).

    `default_text` says in --help what an absent option means (else: `default`, or when that is
    None, what new projects have).
    """
    spec = SPECS[name]
    flags = flags or (spec.flag, *ALIASES.get(name, ()))
    shown = f"{spec.range_text()}; " if spec.range_text() and not spec.options else ""
    if not default_text:
        if default is not None:
            default_text = translate("cli", "default: {value}").format(value=_text(spec, default))
        else:
            default_text = translate("cli", "new projects: {value}")
            default_text = default_text.format(value=_text(spec, spec.default))
    help_text = f"{translate('settings', spec.help)} [{shown}{default_text}]"
    help_text = help_text.replace("%", "%%")  # argparse formats help with %
    if spec.kind is bool:
        parser.add_argument(
            *flags, dest=name, action=argparse.BooleanOptionalAction, default=default,
            help=help_text,
        )  # fmt: skip
        return
    parser.add_argument(
        *flags, dest=name, type=value_parser(spec), choices=spec.choices or None,
        default=default, metavar=_metavar(spec),
        help=help_text,
    )  # fmt: skip


def _metavar(spec: SettingSpec) -> str | None:
    if spec.options:
        return None  # argparse shows the choices: {sgd,adam,...}
    return "K" if spec.name == "folds" else METAVARS.get(spec.kind)


def _text(spec: SettingSpec, value: Any) -> str:
    if spec.kind is bool:
        return translate("cli", "on") if value else translate("cli", "off")
    return f"{value:g}" if spec.kind is float else str(value)


def add_training_options(parser: argparse.ArgumentParser) -> None:
    """One option per training setting, in a group of their own in --help."""
    group = parser.add_argument_group(
        translate("cli", "training settings"),
        translate("cli", "each overrides the project's own value for this run"),
    )
    for spec in SETTING_SPECS:
        if spec.group != "augment":  # these come together, as --augment shift=3,rotate=10
            add_setting_option(group, spec.name)
    add_augment_option(group)


def add_augment_option(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """--augment shift=3,rotate=10,flip: the data augmentations for this run, or none."""
    help_text = translate(
        "cli",
        "data augmentation of the training images, e.g. shift=3,rotate=10,flip; the names: "
        "{names}; none turns it off [default: the project's own]",
    ).format(names=", ".join(AUGMENTATIONS))
    parser.add_argument(
        "--augment", dest="augment", type=_augment_words, default=None, metavar="WORDS",
        help=help_text,
    )  # fmt: skip


def _augment_words(text: str) -> dict[str, Any]:
    try:
        return parse_augment(text)
    except MessageError as error:
        raise argparse.ArgumentTypeError(message_text(error.message)) from None


def setting_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """The settings given on the command line: {name: value} for those not left out."""
    given = {
        s.name: getattr(args, s.name)
        for s in SETTING_SPECS
        if getattr(args, s.name, None) is not None
    }
    return {**given, **(getattr(args, "augment", None) or {})}
