"""Data augmentation as the user names it: `shift=3,rotate=10,flip`, and the lint about flips.

The augmentations are training settings (`augment_shift`, ... in `setting_specs.AUGMENT_SPECS`);
the command line and the exported script name each by its short name, the spec's name without
`augment_`. The engine (`engine/augment.py`) turns them into torchvision transforms.
"""

from __future__ import annotations

import math
from typing import Any

from netbuilder.document.datasets import DIGITS, dataset_spec
from netbuilder.document.messages import Message, MessageError
from netbuilder.document.setting_specs import AUGMENT_SPECS, SettingSpec
from netbuilder.document.settings import TrainingSettings

PREFIX = "augment_"
SPECS_BY_NAME: dict[str, SettingSpec] = {s.name.removeprefix(PREFIX): s for s in AUGMENT_SPECS}
NAMES: tuple[str, ...] = tuple(SPECS_BY_NAME)
"""shift, rotate, scale, flip, brightness, contrast, noise, erase: the --augment names."""
EXAMPLES = {"shift": "3", "rotate": "10", "scale": "0.1", "brightness": "0.2",
            "contrast": "0.2", "noise": "0.1", "erase": "0.5"}  # fmt: skip
OFF_WORDS = ("none", "off")


def augmentations(settings: TrainingSettings) -> dict[str, Any]:
    """The augmentations that are on: {short name: value}, in the panel's order."""
    values = {name: getattr(settings, spec.name) for name, spec in SPECS_BY_NAME.items()}
    return {name: value for name, value in values.items() if value}


def is_augmented(settings: TrainingSettings) -> bool:
    return bool(augmentations(settings))


def augment_text(settings: TrainingSettings) -> str:
    """ "shift=3,rotate=10,flip" (what --augment takes), or "none"."""
    words = [
        name if value is True else f"{name}={value:g}"
        for name, value in augmentations(settings).items()
    ]
    return ",".join(words) or "none"


def parse_augment(text: str) -> dict[str, Any]:
    """--augment's text as settings {augment_shift: 3, ...}; every augmentation not named is off.

    Raises MessageError naming the word that is wrong and what would be right.
    """
    values: dict[str, Any] = {spec.name: spec.default for spec in AUGMENT_SPECS}
    words = [word.strip() for word in text.split(",") if word.strip()]
    if [word.lower() for word in words] in ([], *([w] for w in OFF_WORDS)):
        return values
    seen: set[str] = set()
    for word in words:
        name, has_value, value = (part.strip() for part in word.partition("="))
        name = name.lower()
        spec = SPECS_BY_NAME.get(name)
        if spec is None:
            raise MessageError(
                Message("augment_unknown", {"name": repr(name), "names": ", ".join(NAMES)})
            )
        if name in seen:
            raise MessageError(Message("augment_repeated", {"name": name}))
        seen.add(name)
        values[spec.name] = _value(name, spec, value if has_value else None)
    return values


def _value(name: str, spec: SettingSpec, text: str | None) -> Any:
    if spec.kind is bool:
        if text is not None and text.lower() not in ("1", "on", "yes", "true"):
            raise MessageError(Message("augment_flip_value", {"text": text}))
        return True
    args = {"name": name, "minimum": f"{spec.minimum:g}", "maximum": f"{spec.maximum:g}",
            "example": EXAMPLES[name], "text": text}  # fmt: skip
    if text is None or text == "":
        raise MessageError(Message("augment_needs_value", args))
    try:
        value = spec.kind(text)
    except ValueError:
        value = None
    if value is None or not math.isfinite(value) or spec.check(value) is not None:
        code = "augment_bad_whole" if spec.kind is int else "augment_bad_number"
        raise MessageError(Message(code, args))
    return value


def augment_lints(settings: TrainingSettings, dataset: str, title: str = "") -> list[Message]:
    """What a teacher would say about these augmentations on this dataset (`title`: its name as
    shown, the catalog's English title if not given)."""
    spec = dataset_spec(dataset)
    title = title or (spec.title if spec is not None else dataset)
    found = []
    if settings.augment_flip and spec is not None and spec.classes == DIGITS:
        found.append(Message("augment_flip_digits", {"dataset": title}))
    if is_augmented(settings) and spec is not None and len(spec.input_shape) != 3:
        found.append(Message("augment_images_only", {"dataset": title}))
    return found
