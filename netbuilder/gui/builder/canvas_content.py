"""The words each block shows, taken from the document and its analysis."""

from __future__ import annotations

import html

from netbuilder.document.analysis import Analysis, LayerInfo, human_count
from netbuilder.document.datasets import dataset_title
from netbuilder.document.network import Layer
from netbuilder.document.two_d import is_two_d
from netbuilder.gui import messages
from netbuilder.gui.builder.block_item import ERROR, OK, WARNING, BlockContent, format_shape


def layer_content(layer: Layer, info: LayerInfo | None, analysis: Analysis) -> BlockContent:
    problems = analysis.problems_for(layer.uid)
    detail = layer.detail() or layer.type.category
    shape = info.output_shape if info else None
    return BlockContent(
        title=layer.type_id,
        detail=detail,
        shape_text=format_shape(shape),
        params_text=_params_text(info),
        category=layer.type.category,
        state=_state(problems),
        tooltip=_tooltip(layer, problems),
    )


def input_content(analysis: Analysis, dataset: str) -> BlockContent:
    name = dataset_title(dataset)  # the catalog's title; a folder or table: its name
    detail = name if dataset == "synthetic-digits" else f"{name} images"
    if is_two_d(dataset):
        detail = f"{name}: x, y points"
    elif dataset == "sine":
        detail = "sine: x values"
    elif dataset.lower().endswith(".csv"):
        detail = f"{name}: table rows"
    return BlockContent(
        title="Input",
        detail=detail,
        shape_text=format_shape(analysis.input_shape),
        category="Input",
        tooltip="One sample as the network sees it: channels × height × width.",
    )


def output_content(analysis: Analysis, num_classes: int | None) -> BlockContent:
    total = human_count(analysis.total_parameters)
    verdict = "ready to train" if analysis.valid else messages.errors_to_fix(len(analysis.errors))
    return BlockContent(
        title=_output_title(num_classes),
        detail=verdict,
        shape_text=format_shape(analysis.output_shape if analysis.valid else _last_shape(analysis)),
        params_text=f"{total} params in total",
        category="Output",
        tooltip="The predicted value (a regression)."
        if num_classes == 1
        else "Scores for each class; the largest is the prediction.",
    )


def _output_title(num_classes: int | None) -> str:
    """One output is a regression's value: classes come two or more."""
    if num_classes == 1:
        return "Output: 1 value"
    return f"Output: {num_classes} classes" if num_classes else "Output"


def _last_shape(analysis: Analysis) -> tuple[int, ...] | None:
    return analysis.layers[-1].output_shape if analysis.layers else analysis.input_shape


def _params_text(info: LayerInfo | None) -> str:
    if info is None or info.parameters == 0:
        return ""
    return f"{human_count(info.parameters)} params"


def _state(problems: list) -> str:
    if any(p.is_error for p in problems):
        return ERROR
    return WARNING if problems else OK


def _tooltip(layer: Layer, problems: list) -> str:
    lines = [f"<b>{layer.type_id}</b> — {html.escape(layer.type.doc, quote=False)}"]
    for problem in problems:
        colour = "#e03131" if problem.is_error else "#c98a00"
        lines.append(
            f"<span style='color:{colour}'>{'Error' if problem.is_error else 'Warning'}:</span> {html.escape(messages.problem_text(problem), quote=False)}"
        )
    return "<br>".join(lines)
