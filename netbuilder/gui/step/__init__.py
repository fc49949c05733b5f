"""One step: train exactly one batch while paused and show what it did; undo it."""

from netbuilder.gui.step.integration import attach_step
from netbuilder.gui.step.view import StepView

__all__ = ["StepView", "attach_step"]
