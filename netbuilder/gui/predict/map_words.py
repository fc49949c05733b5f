"""What the Map tab says: its layer choices, status lines and the words beside a sample.

Module functions over plain values, so the view keeps to drawing. Every sentence is translated
in the "EmbeddingView" context; class and column names are the user's and stay plain text.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from netbuilder.document.data_options import is_table
from netbuilder.engine.embedding import Embedding
from netbuilder.engine.plane_bending import BentPlane, is_plane

MAX_VALUES = 12
"""A table row's values shown beside the map; a wider row ends with how many more it has."""


def draw_tip(plane: bool) -> str:
    if plane:
        return QCoreApplication.translate(
            "EmbeddingView",
            "Draw a grid over the input plane and the test points as the chosen layer gives "
            "them out (PCA when it gives more than two numbers)",
        )
    return QCoreApplication.translate(
        "EmbeddingView",
        "Place the test images so that those the network sees alike lie close (t-SNE)",
    )


def hint(split) -> str:
    """What the preview says before a sample is pointed at."""
    if split is None:
        return ""
    return QCoreApplication.translate("EmbeddingView", "Point at a dot to see that sample here.")


def table_columns(trained, split) -> list[str] | None:
    """The feature names of the table the model was trained on (None for other data, or a
    header that no longer matches the features)."""
    if trained is None or split is None or split.is_images or not is_table(trained.project.dataset):
        return None
    from netbuilder.engine.table import feature_names

    names = feature_names(trained.project.dataset, trained.project.dataset_params.get("target"))
    width = int(np.prod(split.features.shape[1:]))
    return names if names is not None and len(names) == width else None


def layer_choices(trained, plane: bool) -> tuple[list[tuple[str, str]], int]:
    """((words, module name) for each place a map can be drawn, the usual choice's index).

    A t-SNE map shows the input of the network and of each layer with weights (usually the last
    Linear's input); the bent plane shows the input plane and the output of every layer (usually
    the one the last Linear reads)."""
    if trained is None:
        return [], -1
    from netbuilder.document.analysis import analyse

    layers = analyse(trained.project.network, None).all_layers
    if plane:
        choices = [(QCoreApplication.translate("EmbeddingView", "the input plane"), "")]
        words = QCoreApplication.translate("EmbeddingView", "after layer {number} ({type})")
        shown = [info for info in layers if info.path]
        choices += [(words.format(number=i.number, type=i.type_id), i.path) for i in shown]
        linear = [n for n, info in enumerate(shown, start=1) if info.type_id == "Linear"]
        return choices, (linear[-1] - 1 if linear else len(choices) - 1)
    choices = [(QCoreApplication.translate("EmbeddingView", "the network's input"), "")]
    words = QCoreApplication.translate("EmbeddingView", "input of layer {number} ({type})")
    choices += [
        (words.format(number=info.number, type=info.type_id), info.path)
        for info in layers
        if info.type_id in ("Linear", "Conv2d")
    ]
    return choices, len(choices) - 1


def status(trained, split, result, stage: str | bool, error: str = "") -> str:
    """The line above the map: what is being done, what is drawn, or what is missing."""
    if error:
        return QCoreApplication.translate("EmbeddingView", "No map: {reason}").format(reason=error)
    if stage:
        return _working(str(stage), split)
    if isinstance(result, BentPlane):
        return _plane(result)
    if isinstance(result, Embedding):
        wrong = int((result.labels != result.predictions).sum())
        if split is not None and not split.is_images:
            text = QCoreApplication.translate(
                "EmbeddingView",
                "{count} test rows, coloured by their true class; crosses: the {wrong} the "
                "network got wrong. Point at one to see its values.",
            )
        else:
            text = QCoreApplication.translate(
                "EmbeddingView",
                "{count} test images, coloured by their true class; crosses: the {wrong} the "
                "network got wrong. Click one to read it in Predict.",
            )
        return text.format(count=len(result.labels), wrong=wrong)
    if trained is None:
        return QCoreApplication.translate("EmbeddingView", "Train a network to map its view.")
    if split is None:
        return QCoreApplication.translate(
            "EmbeddingView", "No test images for this model: evaluate it on a dataset first."
        )
    if is_plane(split):
        return QCoreApplication.translate(
            "EmbeddingView", "Pick a layer to see how the network bends the plane up to it."
        )
    return QCoreApplication.translate(
        "EmbeddingView", "Pick a layer and draw the map of what the network sees there."
    )


def _working(stage: str, split) -> str:
    count = min(2000, len(split)) if split is not None else 0
    if stage == "projection":
        return QCoreApplication.translate(
            "EmbeddingView",
            "Step 2 of 2: placing the points with t-SNE. It reports no progress; a few "
            "thousand points take a few seconds…",
        )
    if stage == "bending":
        return QCoreApplication.translate("EmbeddingView", "Bending the plane…")
    return QCoreApplication.translate(
        "EmbeddingView", "Step 1 of 2: running {count} test samples through the network…"
    ).format(count=count)


def _plane(result: BentPlane) -> str:
    wrong = int((result.labels != result.predictions).sum())
    if result.layer:
        text = QCoreApplication.translate(
            "EmbeddingView",
            "{count} test points and a grid over the input plane, as the chosen layer gives "
            "them out; crosses: the {wrong} the network got wrong. A Linear layer only turns, "
            "stretches and shears the grid; a ReLU folds it.",
        )
    else:
        text = QCoreApplication.translate(
            "EmbeddingView",
            "{count} test points and a grid over the input plane, as they go into the network; "
            "crosses: the {wrong} the network got wrong.",
        )
    text = text.format(count=len(result.labels), wrong=wrong)
    if result.width > 2:
        more = QCoreApplication.translate(
            "EmbeddingView",
            "The layer gives {width} numbers per point; PCA shows the flat view that keeps the "
            "most of their spread ({kept}).",
        )
        text += " " + more.format(width=result.width, kept=f"{result.kept:.0%}")
    return text


def sample_words(classes, result, point: int, columns: list[str] | None, features) -> str:
    """What the preview says about the map's point `point`: its class, what the network read,
    and its values (a table's row, a point's x and y) or its number in the test set."""
    true, said = classes[int(result.labels[point])], classes[int(result.predictions[point])]
    lines = [QCoreApplication.translate("EmbeddingView", "a {true}, read as {said}")]
    lines[0] = lines[0].format(true=true, said=said)
    if isinstance(result, BentPlane):
        names = columns if columns is not None and len(columns) == 2 else ("x", "y")
        lines += [
            f"{name} = {value:.2f}" for name, value in zip(names, result.inputs[point], strict=True)
        ]
    elif np.asarray(features).dtype == np.uint8:
        number = QCoreApplication.translate("EmbeddingView", "test image {number}")
        lines.append(number.format(number=int(result.indices[point]) + 1))
    else:
        lines += _row(np.asarray(features).ravel(), columns)
    return "\n".join(lines)


def _row(values: np.ndarray, columns: list[str] | None) -> list[str]:
    column = QCoreApplication.translate("EmbeddingView", "column {number}")
    names = columns or [column.format(number=i + 1) for i in range(len(values))]
    lines = [
        f"{name} = {value:.4g}" for name, value in zip(names, values[:MAX_VALUES], strict=False)
    ]
    if len(values) > MAX_VALUES:
        more = QCoreApplication.translate("EmbeddingView", "… and {count} more")
        lines.append(more.format(count=len(values) - MAX_VALUES))
    return lines
