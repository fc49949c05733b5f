"""Explorers: the optimizer playground (torch.optim on a 2-D function) and the activation explorer."""

from netbuilder.gui.explore.integration import FEATURE, attach_explorers

__all__ = ["FEATURE", "attach_explorers"]
