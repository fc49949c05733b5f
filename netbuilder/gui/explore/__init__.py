"""Explorers: the optimizer playground (torch.optim on a 2-D function) and the activation explorer."""

from netbuilder.gui.explore.integration import attach_explorers

__all__ = ["attach_explorers"]
