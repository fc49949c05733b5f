"""The autoencoder views: live reconstructions, the codes of the test set and the latent explorer."""

from netbuilder.gui.autoencoder.integration import FEATURE, attach_autoencoder, show_model

__all__ = ["FEATURE", "attach_autoencoder", "show_model"]
