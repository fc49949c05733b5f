"""The in-memory dataset: uint8 image tensors with labels, their normalisation, and device batches.

Every source (torchvision, IDX folders, generated digits) produces these; training and prediction
share one normalisation, `normalise`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import torch


class DataUnavailableError(Exception):
    """A dataset cannot be read: missing, corrupt or not downloadable. The message says what to do."""

    def __init__(
        self, message: str, folder: Path | None = None, files: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message)
        self.folder = folder
        self.files = files


@dataclass(frozen=True, eq=False)
class ImageSplit:
    """Images uint8 (N, H, W) or (N, C, H, W) and labels int64 (N,), on the CPU."""

    images: torch.Tensor
    labels: torch.Tensor

    def __post_init__(self) -> None:
        if self.images.dtype != torch.uint8 or self.images.dim() not in (3, 4):
            raise ValueError(
                "images must be uint8 (N, H, W) or (N, C, H, W), "
                f"got {self.images.dtype} {tuple(self.images.shape)}"
            )
        if self.labels.dtype != torch.int64 or self.labels.shape != self.images.shape[:1]:
            raise ValueError(
                f"labels must be int64 ({len(self.images)},), "
                f"got {self.labels.dtype} {tuple(self.labels.shape)}"
            )

    def __len__(self) -> int:
        return len(self.labels)

    @property
    def sample_shape(self) -> tuple[int, ...]:
        """One sample as the network sees it: (C, H, W)."""
        shape = tuple(self.images.shape[1:])
        return (1, *shape) if len(shape) == 2 else shape

    def subset(self, indices: torch.Tensor) -> ImageSplit:
        """The samples at these indices (or where this boolean mask is true), in that order."""
        return ImageSplit(self.images[indices], self.labels[indices])


@dataclass(frozen=True, eq=False)
class Dataset:
    name: str
    title: str
    train: ImageSplit
    test: ImageSplit
    classes: tuple[str, ...]
    mean: float
    std: float
    synthetic: bool
    source: str
    skipped: tuple[tuple[str, str], ...] = ()
    """Files left out because they could not be read: (path, reason)."""

    @property
    def num_classes(self) -> int:
        return len(self.classes)

    @property
    def input_shape(self) -> tuple[int, ...]:
        return self.train.sample_shape

    @classmethod
    def from_splits(
        cls,
        *,
        name: str,
        title: str,
        train: ImageSplit,
        test: ImageSplit,
        classes: tuple[str, ...],
        synthetic: bool,
        source: str,
        skipped: tuple[tuple[str, str], ...] = (),
    ) -> Dataset:
        """A dataset whose mean and std are measured on its training pixels."""
        mean, std = pixel_statistics(train.images)
        return cls(name, title, train, test, classes, mean, std, synthetic, source, skipped)


def pixel_statistics(images: torch.Tensor) -> tuple[float, float]:
    """Mean and standard deviation of uint8 pixels scaled to [0, 1], exactly, via a histogram."""
    if images.numel() == 0:
        return 0.0, 1.0
    counts = torch.bincount(images.reshape(-1), minlength=256).double()
    values = torch.arange(256, dtype=torch.float64) / 255
    total = counts.sum()
    mean = float((counts * values).sum() / total)
    var = float((counts * values**2).sum() / total) - mean**2
    return mean, max(var, 0.0) ** 0.5 or 1.0


def normalise(images: torch.Tensor, mean: float, std: float) -> torch.Tensor:
    """uint8 (N, H, W) or (N, C, H, W) -> float32 (N, C, H, W) as (x/255 - mean)/std.

    The one normalisation used by training and by prediction; it stays on the images' device.
    """
    if images.dtype != torch.uint8:
        raise TypeError(f"normalise expects uint8 pixels 0-255, got {images.dtype}")
    if images.dim() not in (3, 4):
        raise ValueError(f"expected (N, H, W) or (N, C, H, W), got {tuple(images.shape)}")
    x = (images.unsqueeze(1) if images.dim() == 3 else images).to(torch.float32)
    return x.mul_(1 / (255 * std)).sub_(mean / std)


def split_validation(
    split: ImageSplit, fraction: float, seed: int
) -> tuple[ImageSplit, ImageSplit]:
    """(train, validation): a seeded random `fraction` of the samples held out, each kept in order."""
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"validation fraction must be in [0, 1), got {fraction}")
    order = torch.randperm(len(split), generator=torch.Generator().manual_seed(seed))
    held = round(len(split) * fraction)
    return split.subset(order[held:].sort().values), split.subset(order[:held].sort().values)


class DeviceSplit:
    """A split moved once to the device; batches are built by indexing there (no per-sample PIL, no DataLoader)."""

    def __init__(self, split: ImageSplit, device: torch.device, mean: float, std: float) -> None:
        self.device = torch.device(device)
        self.images = split.images.to(self.device)  # kept uint8: a quarter of the memory
        self.labels = split.labels.to(self.device)
        self.mean = mean
        self.std = std

    def __len__(self) -> int:
        return len(self.labels)

    def batches(
        self, batch_size: int, *, shuffle: bool, generator: torch.Generator | None = None
    ) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        """Normalised (x, y) batches covering every sample once; the last one may be smaller."""
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        n = len(self)
        order = None
        if shuffle:
            where = generator.device if generator is not None else torch.device("cpu")
            order = torch.randperm(n, generator=generator, device=where).to(self.device)
        for start in range(0, n, batch_size):
            rows = (
                slice(start, start + batch_size)
                if order is None
                else order[start : start + batch_size]
            )
            yield normalise(self.images[rows], self.mean, self.std), self.labels[rows]
