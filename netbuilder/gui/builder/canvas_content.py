"""The words each block shows, taken from the document and its analysis, in the user's language
(layer type names and key parameters such as "6@5x5 pad 2" stay as PyTorch spells them)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from netbuilder.document.analysis import Analysis, LayerInfo, human_count
from netbuilder.document.datasets import dataset_spec, dataset_title
from netbuilder.document.network import Layer
from netbuilder.document.two_d import is_two_d
from netbuilder.gui import messages
from netbuilder.gui.builder.block_item import ERROR, OK, WARNING, BlockContent, format_shape
from netbuilder.gui.builder.catalog_words import catalog_text


def layer_content(layer: Layer, info: LayerInfo | None, analysis: Analysis) -> BlockContent:
    problems = analysis.problems_for(layer.uid)
    shape = info.output_shape if info else None
    return BlockContent(
        title=layer.type_id,
        detail=layer.detail(),
        shorter_details=_shorter(layer.detail()),
        category_text=catalog_text(layer.type.category),
        shape_text=format_shape(shape),
        params_text=_params_text(info),
        category=layer.type.category,
        state=_state(problems),
        tooltip=_tooltip(layer, problems),
    )


def input_content(analysis: Analysis, dataset: str) -> BlockContent:
    name = dataset_title(dataset)  # the catalog's title; a folder or table: its name
    if dataset_spec(dataset) is not None:  # the titles that are words are marked in "datasets"
        name = QCoreApplication.translate("datasets", name)
    if is_two_d(dataset):
        detail = QCoreApplication.translate("CanvasBlocks", "{name}: x, y points")
    elif dataset == "sine":
        detail = QCoreApplication.translate("CanvasBlocks", "sine: x values")
    elif dataset.lower().endswith(".csv"):
        detail = QCoreApplication.translate("CanvasBlocks", "{name}: table rows")
    elif dataset == "synthetic-digits":
        detail = "{name}"
    else:
        detail = QCoreApplication.translate("CanvasBlocks", "{name} images")
    return BlockContent(
        title=QCoreApplication.translate("CanvasBlocks", "Input"),
        detail=detail.replace("{name}", name),
        shape_text=format_shape(analysis.input_shape),
        category="Input",
        tooltip=QCoreApplication.translate(
            "CanvasBlocks", "One sample as the network sees it: channels × height × width."
        ),
    )


def output_content(
    analysis: Analysis, num_classes: int | None, objective: str = "classify"
) -> BlockContent:
    total = human_count(analysis.total_parameters)
    reconstructs = objective == "reconstruct"
    if analysis.valid:
        verdict = QCoreApplication.translate("CanvasBlocks", "ready to train")
    else:
        verdict = messages.errors_to_fix(len(analysis.errors))
    if reconstructs:
        tooltip = QCoreApplication.translate(
            "CanvasBlocks",
            "The input image rebuilt: an autoencoder's output has the input's shape.",
        )
    elif num_classes == 1:
        tooltip = QCoreApplication.translate("CanvasBlocks", "The predicted value (a regression).")
    else:
        tooltip = QCoreApplication.translate(
            "CanvasBlocks", "Scores for each class; the largest is the prediction."
        )
    return BlockContent(
        title=QCoreApplication.translate("CanvasBlocks", "Output: image")
        if reconstructs
        else _output_title(num_classes),
        detail=verdict,
        shape_text=format_shape(analysis.output_shape if analysis.valid else _last_shape(analysis)),
        params_text=QCoreApplication.translate("CanvasBlocks", "{count} params in total").replace(
            "{count}", total
        ),
        category="Output",
        tooltip=tooltip,
    )


def _output_title(num_classes: int | None) -> str:
    """One output is a regression's value: classes come two or more."""
    if num_classes == 1:
        return QCoreApplication.translate("CanvasBlocks", "Output: 1 value")
    if num_classes:
        title = QCoreApplication.translate("CanvasBlocks", "Output: {count} classes")
        return title.replace("{count}", str(num_classes))
    return QCoreApplication.translate("CanvasBlocks", "Output")


def _last_shape(analysis: Analysis) -> tuple[int, ...] | None:
    return analysis.layers[-1].output_shape if analysis.layers else analysis.input_shape


def _params_text(info: LayerInfo | None) -> str:
    if info is None or info.parameters == 0:
        return ""
    text = QCoreApplication.translate("CanvasBlocks", "{count} params")
    return text.replace("{count}", human_count(info.parameters))


def _state(problems: list) -> str:
    if any(p.is_error for p in problems):
        return ERROR
    return WARNING if problems else OK


def _tooltip(layer: Layer, problems: list) -> str:
    doc = html.escape(catalog_text(layer.type.doc), quote=False)
    lines = [f"<b>{layer.type_id}</b> — {doc}"]
    for problem in problems:
        colour = "#e03131" if problem.is_error else "#c98a00"
        if problem.is_error:
            kind = QCoreApplication.translate("CanvasBlocks", "Error:")
        else:
            kind = QCoreApplication.translate("CanvasBlocks", "Warning:")
        sentence = html.escape(messages.problem_text(problem), quote=False)
        lines.append(f"<span style='color:{colour}'>{html.escape(kind)}</span> {sentence}")
    return "<br>".join(lines)


# Containers ------------------------------------------------------------------------------------


def container_content(
    layer: Layer, info: LayerInfo | None, analysis: Analysis, collapsed: bool
) -> BlockContent:
    """A Residual's or Branches' words: on its frame's header, or on its block when collapsed
    ("▸ 3 layers, projection" says what it holds and that it opens)."""
    content = layer_content(layer, info, analysis)
    if layer.type_id == "Branch":
        content.title = QCoreApplication.translate("CanvasBlocks", "branch")
        content.detail = QCoreApplication.translate("CanvasBlocks", "identity: passes its input on")
        return content
    if collapsed:
        content.detail = f"▸ {held_text(layer)}"
        held = messages.branch_count if layer.type_id == "Branches" else messages.layer_count
        content.shorter_details = (f"▸ {held(len(layer.children))}", f"▸ {len(layer.children)}")
    return content


def _shorter(detail: str) -> tuple[str, ...]:
    """ "16@3x3 stride 2 pad 1" shortened to what matters most: "16@3x3" (the channels and the
    kernel; for a pool its size)."""
    first = detail.split(" ", 1)[0]
    return (first,) if first != detail else ()


def held_text(layer: Layer) -> str:
    """What a container holds, in a few words: "3 layers, projection" or "2 branches, concat"."""
    count = len(layer.children)
    if layer.type_id == "Branches":
        held, kind = messages.branch_count(count), layer.params["merge"]
    else:
        held, kind = messages.layer_count(count), layer.params["shortcut"]
    text = QCoreApplication.translate("CanvasBlocks", "{held}, {kind}")
    return text.replace("{held}", held).replace("{kind}", kind)


def shortcut_text(info: LayerInfo | None, compact: bool = False) -> str:
    """What a Residual's shortcut is: "identity", or its projection with its parameters."""
    projection = info.projection if info is not None else None
    if projection is None:
        return QCoreApplication.translate("CanvasBlocks", "shortcut: identity")
    if compact:
        text = QCoreApplication.translate("CanvasBlocks", "projection, {count} params")
        return text.replace("{count}", human_count(projection.parameters))
    return projection_text(projection)


def projection_text(projection) -> str:
    """ "projection: Conv2d 1x1 stride 2 + BatchNorm2d, 576 parameters" (PyTorch's names stay)."""
    if projection.kind == "conv":
        stride = f" stride {projection.stride}" if projection.stride != 1 else ""
        what = f"Conv2d 1x1{stride} + BatchNorm2d"
    else:
        what = f"Linear {projection.input_shape[0]}→{projection.output_shape[0]}"
    text = QCoreApplication.translate("CanvasBlocks", "projection: {what}, {count} parameters")
    return text.replace("{what}", what).replace("{count}", human_count(projection.parameters))
