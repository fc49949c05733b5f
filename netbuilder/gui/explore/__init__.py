"""Explorers: the optimizer playground (torch.optim optimizers racing on a 2-D function)."""

from netbuilder.gui.explore.integration import attach_explorers

__all__ = ["attach_explorers"]
