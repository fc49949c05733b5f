"""Reading JSON that anyone may have written: one parser for every JSON file netbuilder reads
(projects, lessons, runs files, recovery files, the JSON inside checkpoints).

It refuses, with a reason for the user, what json.loads would turn into a traceback or a value
that breaks later: nesting deeper than any file netbuilder writes (a RecursionError otherwise),
integers of thousands of digits, NaN and Infinity (and 1e400, which is Infinity), and strings
holding lone surrogates (which cannot be shown or saved).
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from typing import Any

from netbuilder.document.safe_io import read_text

MAX_DEPTH = 32  # a runs file nests 4 levels, a recovery file 6
MAX_DIGITS = 30  # no integer netbuilder writes has more (a seed has 10)
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class JsonInputError(ValueError):
    """JSON netbuilder will not use; str() is the reason, for the user."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def parse_json(text: str, max_depth: int = MAX_DEPTH, *, lenient: bool = False) -> Any:
    """json.loads with the limits above; JsonInputError says what is wrong.

    lenient: a number beyond them (NaN, 1e400, 5,000 digits) reads as None instead, for a file
    whose other contents matter more than one number (a recovery file's time).
    """
    number = _none_if_bad if lenient else _checked
    try:
        data = json.loads(
            text,
            parse_constant=number(_no_constant),
            parse_int=number(_integer),
            parse_float=number(_float),
        )
    except json.JSONDecodeError as error:
        raise JsonInputError(f"it is not valid JSON ({error}); the file may be truncated") from None
    except RecursionError:
        raise JsonInputError("its JSON is nested too deeply to be a netbuilder file") from None
    except ValueError as error:
        raise JsonInputError(f"it holds a value netbuilder cannot read ({error})") from None
    check_nesting_and_text(data, max_depth)
    return data


def read_json(
    path: str | os.PathLike[str],
    limit: int,
    what: str,
    max_depth: int = MAX_DEPTH,
    *,
    lenient: bool = False,
) -> Any:
    """The JSON in an ordinary file of at most `limit` bytes (safe_io.read_text, then
    parse_json): OSError (FileRefusedError) or JsonInputError when it cannot be used."""
    return parse_json(read_text(path, limit, what), max_depth, lenient=lenient)


def check_nesting_and_text(data: Any, max_depth: int = MAX_DEPTH) -> None:
    """Refuse nesting deeper than max_depth, and strings that are not text; without recursion."""
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > max_depth:
            raise JsonInputError(f"its JSON is nested more than {max_depth} levels deep")
        if isinstance(value, dict):
            stack += [(k, depth + 1) for k in value] + [(v, depth + 1) for v in value.values()]
        elif isinstance(value, list):
            stack += [(v, depth + 1) for v in value]
        elif isinstance(value, str) and _SURROGATE.search(value):
            raise JsonInputError(
                f"the text {short(value)} holds a lone surrogate escape, which is not text"
            )


def short(value: Any, limit: int = 60) -> str:
    """repr(value), cut to `limit` characters: an error message never echoes a whole file."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _checked(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    return parse


def _none_if_bad(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    def lenient(text: str) -> Any:
        try:
            return parse(text)
        except ValueError:
            return None

    return lenient


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number netbuilder reads")


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"an integer of {len(text.lstrip('-')):,} digits")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{short(text, 30)} is too large a number")
    return value
