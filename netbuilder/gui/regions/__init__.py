"""Decision regions: the input plane of 2-D data coloured by the network's predicted class."""

from netbuilder.gui.regions.integration import FEATURE, attach_regions, follow_project

__all__ = ["FEATURE", "attach_regions", "follow_project"]
