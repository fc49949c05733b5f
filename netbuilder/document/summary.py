"""A printable table of a network: each layer's output shape, parameters and multiply-adds.

Its headings are marked for Qt's lupdate (context "summary") and its problems are Messages, so the
command line prints it in the user's language by passing `translate` (`cli/words.py`); without
one it is English. Columns are padded by display width, so Chinese headings line up too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from netbuilder.document.analysis import ERROR, WARNING, Analysis, analyse
from netbuilder.document.datasets import dataset_classes
from netbuilder.document.messages import QT_TRANSLATE_NOOP, render
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
    classes = dataset_classes(project.dataset, project.dataset_params)
    analysis = analyse(project.network, classes, project.training.loss, project.training.objective)
    width = max([28, *(len(layer.summary()) for layer in project.network.layers)])
    rows = [_header(project, analysis, translate, width)]
    for layer, info in zip(project.network.layers, analysis.layers, strict=True):
        shape = " x ".join(map(str, info.output_shape)) if info.output_shape else "?"
        rows.append(
            f"{info.index + 1:>3}  {layer.summary():<{width}} {shape:<14} {info.parameters:>12,} "
            f"{info.macs:>14,}"
        )
    rows.append("-" * (width + 48))
    for problem in analysis.problems:
        line = translate("summary", _SEVERITY[problem.severity])
        sentence = render(problem.sentence, lambda template: translate("messages", template))
        rows.append(line.format(problem=sentence))
    macs = translate("summary", "Multiply-adds per sample: {macs}")
    rows.append(macs.format(macs=f"{analysis.total_macs:,}"))
    total = translate("summary", "Total parameters: {parameters}")
    rows.append(total.format(parameters=analysis.total_parameters))
    return "\n".join(rows)


def _header(project: Project, analysis: Analysis, translate: Translate, width: int = 28) -> str:
    """The title, the input and the column names; `width` is the layer column's (the longest
    layer's, at least 28: "ConvTranspose2d 16@3x3 stride 2 pad 1 out+1" is longer)."""
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
        f"{'#':>3}  {_pad(names[0], width)} {_pad(names[1], 14)} "
        f"{_pad(names[2], 12, right=True)} {_pad(names[3], 14, right=True)}"
    )
    return f"{title}\n{heading}\n{columns}\n" + "-" * (width + 48)


def _pad(text: str, width: int, right: bool = False) -> str:
    """`text` padded to `width` terminal columns (a Chinese character takes two)."""
    wide = sum(unicodedata.east_asian_width(c) in "WF" for c in text)
    room = " " * max(0, width - len(text) - wide)
    return room + text if right else text + room
