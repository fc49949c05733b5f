"""Which pixels pushed a prediction toward a class, and which against it: Captum's attributions.

An attribution is a sensitivity, not a reason: it says how the class score would change with each
pixel, measured the method's way. Integrated Gradients and Saliency work for any network; Grad-CAM
needs a convolution to look at. Captum does the work (the PyTorch team's attribution library);
this module only prepares the image the way training did and gives the answer one shape, (H, W).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from netbuilder.engine.dataset import Stat, prepare

METHODS = ("integrated-gradients", "saliency", "gradcam")
IG_STEPS = 32  # Captum's default is 50; 32 keeps completeness within a few percent, live


class AttributionError(ValueError):
    """A method the model cannot take (Grad-CAM without a convolution), or a bad class."""


@dataclass(frozen=True)
class Attribution:
    image: np.ndarray
    """The input as the network sees it, (C, H, W), pixels 0..1."""
    values: np.ndarray
    """(H, W): positive pushed toward `target`, negative against (summed over colour channels)."""
    target: int
    method: str
    layer: str = ""
    """Grad-CAM's convolution, by its module name (LayerInfo.path)."""
    delta: float = 0.0
    """Integrated Gradients' convergence delta: how far the sum is from the score difference."""


def conv_layers(model: nn.Module) -> list[str]:
    """The module names of the model's Conv2d layers, in order: where Grad-CAM can look."""
    return [name for name, module in model.named_modules() if isinstance(module, nn.Conv2d)]


def attribute(
    model: nn.Module,
    pixels: np.ndarray | torch.Tensor,
    mean: Stat,
    std: Stat,
    target: int | None = None,
    method: str = "integrated-gradients",
    layer: str | None = None,
) -> Attribution:
    """Attributions for one uint8 (C, H, W) picture (or (H, W)) toward class `target` (default:
    the predicted class). Integrated Gradients starts from a black picture."""
    from captum.attr import IntegratedGradients, LayerAttribution, LayerGradCam, Saliency

    if method not in METHODS:
        raise AttributionError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    picture = torch.as_tensor(pixels)
    picture = picture[None] if picture.dim() == 2 else picture
    device = next(model.parameters()).device
    x = prepare(picture[None], mean, std).to(device).requires_grad_(True)
    model.eval()
    with torch.no_grad():
        scores = model(x)
    if target is None:
        target = int(scores.argmax(dim=1))
    if not 0 <= target < scores.shape[1]:
        raise AttributionError(f"class {target} is not one of the model's 0..{scores.shape[1] - 1}")
    delta, chosen = 0.0, ""
    if method == "integrated-gradients":
        black = prepare(torch.zeros_like(picture)[None], mean, std).to(device)
        attributions, error = IntegratedGradients(model).attribute(
            x, black, target=target, n_steps=IG_STEPS, return_convergence_delta=True
        )
        delta = float(error.abs().max())
    elif method == "saliency":
        attributions = Saliency(model).attribute(x, target=target, abs=False)
    else:
        convs = conv_layers(model)
        if not convs:
            raise AttributionError("Grad-CAM needs a Conv2d layer; this network has none")
        chosen = layer or convs[-1]
        if chosen not in convs:
            raise AttributionError(f"{chosen!r} is not a Conv2d layer of this network")
        module = dict(model.named_modules())[chosen]
        cam = LayerGradCam(model, module).attribute(x, target=target, relu_attributions=True)
        attributions = LayerAttribution.interpolate(cam, tuple(x.shape[-2:]), "bilinear")
    values = attributions.detach().sum(dim=1)[0].cpu().numpy().astype(np.float32)
    image = picture.to(torch.float32).div(255).cpu().numpy()
    return Attribution(image, values, target, method, chosen, delta)


def overlay(image: np.ndarray, values: np.ndarray) -> np.ndarray:
    """uint8 (3, H, W): the attribution over a faint copy of the input, red where a pixel pushed
    toward the class and blue where it pushed against, as strong as its share of the largest."""
    rgb = np.repeat(image, 3, axis=0) if image.shape[0] == 1 else image[:3]
    faint = rgb.astype(np.float32) * 255 * 0.35 + 255 * 0.65
    peak = float(np.abs(values).max()) or 1.0
    strength = np.clip(values / peak, -1, 1)[None]
    toward, against = strength.clip(min=0), -strength.clip(max=0)
    red = np.array([214, 39, 40], np.float32)[:, None, None]
    blue = np.array([31, 119, 180], np.float32)[:, None, None]
    mixed = faint * (1 - toward - against) + red * toward + blue * against
    return mixed.clip(0, 255).astype(np.uint8)
