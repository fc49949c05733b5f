"""Using a trained model: the drawing pad, live probabilities, activations and evaluation."""

from netbuilder.gui.predict.integration import attach_prediction

__all__ = ["attach_prediction"]
