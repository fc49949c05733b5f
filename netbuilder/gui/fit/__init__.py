"""The regression fit: the network's prediction drawn over the data while it trains."""

from netbuilder.gui.fit.integration import FEATURE, attach_fit, follow_project

__all__ = ["FEATURE", "attach_fit", "follow_project"]
