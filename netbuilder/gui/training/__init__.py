"""Training: the settings and data panel, the worker thread, live plots and model files."""

from netbuilder.gui.training.integration import attach_training

__all__ = ["attach_training"]
