"""Options for the user's own data, saved with the project beside a generated dataset's parameters.

A CSV table: `target` (its label column; default `label`, else the last) and `task` ("auto",
"classification" or "regression"). An image folder: `image_size` [height, width] to resize to
(default: the images' own common size). The same choices as `netbuilder train`'s --target, --task
and --image-size, which override them. Pure Python: the file can be checked without torch.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from netbuilder.document.two_d import DataParamError, check_data_params, is_two_d

TABLE_TASKS = ("auto", "classification", "regression")
MAX_IMAGE_SIDE = 4096
MAX_NAME = 200


def is_table(name: str) -> bool:
    return name.lower().endswith(".csv")


def is_image_folder(name: str) -> bool:
    """A path that is not a table: the user's folder of images (or of IDX files)."""
    return Path(name).is_absolute() and not is_table(name)


def option_names(name: str) -> tuple[str, ...]:
    """The options a dataset takes besides a generated one's parameters."""
    if is_table(name):
        return ("target", "task")
    return ("image_size",) if is_image_folder(name) else ()


def has_dataset_params(name: str) -> bool:
    return is_two_d(name) or bool(option_names(name))


def check_dataset_params(name: str, values: dict[str, Any] | None) -> dict[str, Any]:
    """name's parameters or options after checking them (raises DataParamError); a generated
    dataset's come with defaults filled in, the user's data's only as given; {} for the others."""
    if is_two_d(name):
        return check_data_params(name, values)
    values = dict(values or {})
    allowed = option_names(name)
    if not allowed:
        return {}
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise DataParamError(
            f"dataset {Path(name).name!r} has no option(s): {', '.join(unknown)} "
            f"(it takes {', '.join(allowed)})"
        )
    checked = {key: _CHECKS[key](value) for key, value in values.items()}
    return {key: value for key, value in checked.items() if value is not None}


def _target(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_NAME:
        raise DataParamError(f"target must be a column name, not {str(value)[:40]!r}")
    return value


def _task(value: Any) -> str | None:
    if value not in TABLE_TASKS:
        raise DataParamError(f"task {str(value)[:40]!r} is not one of: {', '.join(TABLE_TASKS)}")
    return None if value == "auto" else value


def _image_size(value: Any) -> list[int]:
    ok = isinstance(value, (list, tuple)) and len(value) == 2
    if ok and all(type(v) is int and 1 <= v <= MAX_IMAGE_SIDE for v in value):
        return [int(value[0]), int(value[1])]
    raise DataParamError(
        f"image_size must be [height, width] in pixels, 1 to {MAX_IMAGE_SIDE}, "
        f"not {str(value)[:40]}"
    )


_CHECKS = {"target": _target, "task": _task, "image_size": _image_size}
