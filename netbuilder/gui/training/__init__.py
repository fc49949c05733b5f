"""Training: the settings and data panel, the worker thread, live plots and model files."""

from netbuilder.gui.training.integration import FEATURE, attach_training
from netbuilder.gui.training.run_bar import RunActions, RunBar

__all__ = ["FEATURE", "RunActions", "RunBar", "attach_training"]
