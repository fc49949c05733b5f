"""Using a trained model: the drawing pad, live probabilities, activations and evaluation."""

from netbuilder.gui.predict.integration import FEATURE, attach_prediction

__all__ = ["FEATURE", "attach_prediction"]
