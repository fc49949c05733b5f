"""A printable table of a network: each layer's output shape, parameters and multiply-adds."""

from __future__ import annotations

from netbuilder.document.analysis import Analysis, analyse
from netbuilder.document.datasets import dataset_classes
from netbuilder.document.project import Project


def summary_table(project: Project) -> str:
    classes = dataset_classes(project.dataset, project.dataset_params)
    analysis = analyse(project.network, classes, loss=project.training.loss)
    rows = [_header(project, analysis)]
    for layer, info in zip(project.network.layers, analysis.layers, strict=True):
        shape = " x ".join(map(str, info.output_shape)) if info.output_shape else "?"
        rows.append(
            f"{info.index + 1:>3}  {layer.summary():<28} {shape:<14} {info.parameters:>12,} {info.macs:>14,}"
        )
    rows.append("-" * 76)
    for problem in analysis.problems:
        rows.append(f"{problem.severity}: {problem.message}")
    rows.append(f"Multiply-adds per sample: {analysis.total_macs:,}")
    rows.append(f"Total parameters: {analysis.total_parameters}")
    return "\n".join(rows)


def _header(project: Project, analysis: Analysis) -> str:
    title = project.name or "Network"
    shape = " x ".join(map(str, analysis.input_shape))
    columns = f"{'#':>3}  {'Layer':<28} {'Output':<14} {'Parameters':>12} {'Mult-adds':>14}"
    return f"{title}\nInput: {shape}\n{columns}\n" + "-" * 76
