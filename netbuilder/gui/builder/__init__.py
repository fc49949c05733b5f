"""Building a network: the canvas, the layer palette, the inspector, problems and the code view."""

from netbuilder.gui.builder.canvas import CanvasView
from netbuilder.gui.builder.code_view import CodeView
from netbuilder.gui.builder.diagram import render_diagram
from netbuilder.gui.builder.inspector import Inspector
from netbuilder.gui.builder.palette import Palette
from netbuilder.gui.builder.problems import ProblemsPanel
from netbuilder.gui.builder.status_summary import StatusSummary

__all__ = [
    "CanvasView",
    "CodeView",
    "Inspector",
    "Palette",
    "ProblemsPanel",
    "StatusSummary",
    "render_diagram",
]
