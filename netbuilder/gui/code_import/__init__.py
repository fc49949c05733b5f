"""Paste or drop PyTorch code: it becomes blocks, as one undoable edit (issue 24)."""

from netbuilder.gui.code_import.integration import FEATURE, CodeImporter

__all__ = ["FEATURE", "CodeImporter"]
