"""Data augmentation of training batches with torchvision's `transforms.v2`.

The pipeline works on whole batches of pixels on the training device: float (N, C, H, W) in
[0, 1], before normalisation, so padding and erased areas are black (0) as in the images.
Only training batches pass through it; validation and test batches never do.

Per-image variety: a v2 transform called on a batch tensor draws ONE set of random parameters
for the whole batch (torchvision has no per-sample mode: pytorch/vision#2929, #8484), so every
image would be shifted and turned alike. Calling it once per image is the slow per-image Python
loop we avoid. We split each batch into `GROUPS` chunks and let each chunk draw its own
parameters: 8 different shifts, angles, flips... per batch, at 8 calls per batch (measured on a
CPU: about 1 ms for a batch of 64, against about 50 ms for a CNN's training step), and each
image gets new parameters every epoch. Gaussian noise is drawn per pixel anyway.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from torchvision.transforms import v2

from netbuilder.document.settings import TrainingSettings

GROUPS = 8  # random parameter sets per batch (see above)
Augment = Callable[[torch.Tensor], torch.Tensor]


def augment_transforms(settings: TrainingSettings, size: tuple[int, int]) -> list[v2.Transform]:
    """The v2 transforms for these settings, for images of `size` (H, W); [] when all are off."""
    s = settings
    steps: list[v2.Transform] = []
    if s.augment_shift:
        steps.append(v2.RandomCrop(size, padding=s.augment_shift, fill=0))
    if s.augment_rotate or s.augment_scale:
        scale = (1 - s.augment_scale, 1 + s.augment_scale)
        steps.append(v2.RandomAffine(degrees=s.augment_rotate, scale=scale, fill=0))
    if s.augment_flip:
        steps.append(v2.RandomHorizontalFlip(p=0.5))
    if s.augment_brightness or s.augment_contrast:
        steps.append(v2.ColorJitter(brightness=s.augment_brightness, contrast=s.augment_contrast))
    if s.augment_noise:
        steps.append(v2.GaussianNoise(sigma=s.augment_noise, clip=True))
    if s.augment_erase:
        steps.append(v2.RandomErasing(p=s.augment_erase, value=0))
    return steps


def build_augment(settings: TrainingSettings, size: tuple[int, int]) -> Augment | None:
    """A function from uint8 or [0, 1] float images (N, C, H, W) to augmented float images in
    [0, 1]; None when no augmentation is on."""
    steps = augment_transforms(settings, size)
    if not steps:
        return None
    pipeline = v2.Compose([v2.ToDtype(torch.float32, scale=True), *steps])

    def augment(images: torch.Tensor) -> torch.Tensor:
        groups = min(GROUPS, len(images))
        return torch.cat([pipeline(chunk) for chunk in images.chunk(groups)])

    return augment


def preview(settings: TrainingSettings, images: torch.Tensor, seed: int = 0) -> torch.Tensor:
    """`images` (uint8 (N, C, H, W)) as these settings may change them, as uint8: the same
    settings and seed always give the same pictures (the global random state is left as it was).
    Each image is its own group here, so each shows its own draw."""
    steps = augment_transforms(settings, tuple(images.shape[-2:]))
    if not steps:
        return images.clone()
    pipeline = v2.Compose([v2.ToDtype(torch.float32, scale=True), *steps])
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        out = torch.cat([pipeline(image[None]) for image in images])
    return out.clamp_(0, 1).mul_(255).round_().to(torch.uint8)
