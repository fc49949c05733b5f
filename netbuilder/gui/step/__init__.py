"""One step: train exactly one batch while paused and show what it did; undo it."""

from netbuilder.gui.step.integration import FEATURE, attach_step
from netbuilder.gui.step.view import StepView

__all__ = ["FEATURE", "StepView", "attach_step"]
