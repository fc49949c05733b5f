"""A printable table of a network: each layer's output shape, parameters and multiply-adds.

Its headings are marked for Qt's lupdate (context "summary") and its problems are Messages, so the
command line prints it in the user's language by passing `translate` (`cli/words.py`); without
one it is English. Columns are padded by display width, so Chinese headings line up too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from netbuilder.document.analysis import ERROR, WARNING, Analysis, Projection, analyse
from netbuilder.document.datasets import dataset_classes
from netbuilder.document.messages import QT_TRANSLATE_NOOP, render
from netbuilder.document.network import Layer
from netbuilder.document.project import Project

Translate = Callable[[str, str], str]
"""(context, source text) -> the text to show, as QCoreApplication.translate."""

_SEVERITY = {
    ERROR: QT_TRANSLATE_NOOP("summary", "error: {problem}"),
    WARNING: QT_TRANSLATE_NOOP("summary", "warning: {problem}"),
}


def _english(context: str, source: str) -> str:
    return source


def summary_table(project: Project, translate: Translate = _english) -> str:
    """One row per layer, those inside Residual and Branches blocks indented under their block
    (numbered 4.1, 4.2, ... as on the canvas) and a Residual's projection as a row of its own;
    the totals count each parameter once."""
    classes = dataset_classes(project.dataset, project.dataset_params)
    analysis = analyse(project.network, classes, project.training.loss, project.training.objective)
    entries = _entries(project.network.layers, analysis)
    number_width = max(3, *(len(entry[0]) for entry in entries)) if entries else 3
    name_width = max(28, *(len(entry[1]) for entry in entries)) if entries else 28
    rule = "-" * (76 + number_width - 3 + name_width - 28)
    rows = [_header(project, analysis, translate, number_width, name_width) + rule]
    for number, name, output, parameters, macs in entries:
        shape = " x ".join(map(str, output)) if output else "?"
        rows.append(
            f"{number:>{number_width}}  {name:<{name_width}} {shape:<14} {parameters:>12,} "
            f"{macs:>14,}"
        )
    rows.append(rule)
    for problem in analysis.problems:
        line = translate("summary", _SEVERITY[problem.severity])
        sentence = render(problem.sentence, lambda template: translate("messages", template))
        rows.append(line.format(problem=sentence))
    macs = translate("summary", "Multiply-adds per sample: {macs}")
    rows.append(macs.format(macs=f"{analysis.total_macs:,}"))
    total = translate("summary", "Total parameters: {parameters}")
    rows.append(total.format(parameters=analysis.total_parameters))
    return "\n".join(rows)


_Entry = tuple[str, str, tuple[int, ...] | None, int, int]
"""(number, the layer as shown, indented by its depth, output shape, parameters, multiply-adds)"""


def _entries(layers: list[Layer], analysis: Analysis) -> list[_Entry]:
    entries: list[_Entry] = []
    for layer in layers:
        info = analysis.info(layer.uid)
        assert info is not None
        indent = "  " * info.depth
        entries.append(
            (info.number, indent + layer.summary(), info.output_shape, info.parameters, info.macs)
        )
        entries.extend(_entries(layer.children, analysis))
        projection = info.projection
        if projection is not None:
            name = f"{indent}  shortcut {_projection_name(projection)}"
            entries.append(
                ("", name, projection.output_shape, projection.parameters, projection.macs)
            )
    return entries


def _projection_name(projection: Projection) -> str:
    """ "Conv2d 32@1x1 stride 2 + BatchNorm2d" or "Linear 16": what the projection is made of."""
    size = projection.output_shape[0]
    if projection.kind == "linear":
        return f"Linear {size}"
    stride = f" stride {projection.stride}" if projection.stride != 1 else ""
    return f"Conv2d {size}@1x1{stride} + BatchNorm2d"


def _header(
    project: Project, analysis: Analysis, translate: Translate, number_width: int, name_width: int
) -> str:
    title = project.name or translate("summary", "Network")
    shape = " x ".join(map(str, analysis.input_shape))
    heading = translate("summary", "Input: {shape}").format(shape=shape)
    names = (
        translate("summary", "Layer"),
        translate("summary", "Output"),
        translate("summary", "Parameters"),
        translate("summary", "Mult-adds"),
    )
    columns = (
        f"{'#':>{number_width}}  {_pad(names[0], name_width)} {_pad(names[1], 14)} "
        f"{_pad(names[2], 12, right=True)} {_pad(names[3], 14, right=True)}"
    )
    return f"{title}\n{heading}\n{columns}\n"


def _pad(text: str, width: int, right: bool = False) -> str:
    """`text` padded to `width` terminal columns (a Chinese character takes two)."""
    wide = sum(unicodedata.east_asian_width(c) in "WF" for c in text)
    room = " " * max(0, width - len(text) - wide)
    return room + text if right else text + room
