"""Test-set evaluation: accuracy, the confusion matrix and the images behind each cell."""

from netbuilder.gui.evaluation.panel import EvaluationPanel

__all__ = ["EvaluationPanel"]
