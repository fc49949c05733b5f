"""Building a network: the canvas, the layer palette, the inspector, problems and the code view."""

from netbuilder.gui.builder.canvas import CanvasView
from netbuilder.gui.builder.code_view import CodeView
from netbuilder.gui.builder.diagram import render_diagram
from netbuilder.gui.builder.feature import FEATURE
from netbuilder.gui.builder.inspector import Inspector
from netbuilder.gui.builder.layer_table import LayerTable
from netbuilder.gui.builder.palette import Palette
from netbuilder.gui.builder.problems import ProblemsPanel
from netbuilder.gui.builder.status_summary import StatusSummary

__all__ = [
    "FEATURE",
    "CanvasView",
    "CodeView",
    "Inspector",
    "LayerTable",
    "Palette",
    "ProblemsPanel",
    "StatusSummary",
    "render_diagram",
]
