"""The in-memory dataset: feature tensors with labels, their normalisation, and device batches.

A split's features are either uint8 images (N, H, W) or (N, C, H, W), normalised by the dataset's pixel mean and
std (`normalise`, shared by training and prediction), or float32 features (N, *shape) that are
used as they are (generated 2-D points, tables). Every source produces these.
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
class Split:
    """Features and labels int64 (N,), on the CPU.

    features: uint8 images (N, H, W) or (N, C, H, W), normalised with the dataset's mean and std
    when batched, or float32 (N, *shape) used as they are.
    """

    features: torch.Tensor
    labels: torch.Tensor

    def __post_init__(self) -> None:
        f = self.features
        image = f.dtype == torch.uint8 and f.dim() in (3, 4)
        if not image and not (f.dtype == torch.float32 and f.dim() >= 2):
            raise ValueError(
                f"features must be uint8 images (N, H, W) or (N, C, H, W), or float32 (N, ...), "
                f"got {f.dtype} {tuple(f.shape)}"
            )
        if self.labels.dtype != torch.int64 or self.labels.shape != f.shape[:1]:
            raise ValueError(
                f"labels must be int64 ({len(f)},), "
                f"got {self.labels.dtype} {tuple(self.labels.shape)}"
            )

    @property
    def images(self) -> torch.Tensor:
        """The features under their older name (image datasets)."""
        return self.features

    @property
    def is_images(self) -> bool:
        return self.features.dtype == torch.uint8

    @property
    def sample_shape(self) -> tuple[int, ...]:
        """One sample's shape as the network sees it: (C, H, W) for images, (F,) for points."""
        shape = tuple(self.features.shape[1:])
        return (1, *shape) if self.is_images and len(shape) == 2 else shape

    def __len__(self) -> int:
        return len(self.labels)

    def subset(self, indices: torch.Tensor) -> Split:
        """The samples at these indices (or where this boolean mask is true), in that order."""
        return Split(self.features[indices], self.labels[indices])


class ImageSplit(Split):
    """A split whose features must be uint8 images (N, H, W) or (N, C, H, W): what image sources produce."""

    def __init__(self, images: torch.Tensor, labels: torch.Tensor) -> None:
        super().__init__(images, labels)

    def __post_init__(self) -> None:
        if self.features.dtype != torch.uint8 or self.features.dim() not in (3, 4):
            raise ValueError(
                f"images must be uint8 (N, H, W) or (N, C, H, W), got {self.features.dtype} "
                f"{tuple(self.features.shape)}"
            )
        super().__post_init__()


@dataclass(frozen=True, eq=False)
class Dataset:
    name: str
    title: str
    train: Split
    test: Split
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
        """The network input shape this dataset needs: (1, 28, 28) for images, (2,) for points."""
        return self.train.sample_shape

    @classmethod
    def from_splits(
        cls,
        *,
        name: str,
        title: str,
        train: Split,
        test: Split,
        classes: tuple[str, ...],
        synthetic: bool,
        source: str,
        skipped: tuple[tuple[str, str], ...] = (),
    ) -> Dataset:
        """A dataset whose mean and std are measured on its training pixels (0, 1 for floats)."""
        mean, std = pixel_statistics(train.features) if train.is_images else (0.0, 1.0)
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


def prepare(features: torch.Tensor, mean: float, std: float) -> torch.Tensor:
    """A batch as the network takes it: uint8 images normalised, float features as they are."""
    if features.dtype == torch.uint8:
        return normalise(features, mean, std)
    return features.to(torch.float32)


def split_validation(split: Split, fraction: float, seed: int) -> tuple[Split, Split]:
    """(train, validation): a seeded random `fraction` of the samples held out, each kept in order."""
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"validation fraction must be in [0, 1), got {fraction}")
    order = torch.randperm(len(split), generator=torch.Generator().manual_seed(seed))
    held = round(len(split) * fraction)
    return split.subset(order[held:].sort().values), split.subset(order[:held].sort().values)


class DeviceSplit:
    """A split moved once to the device; batches are built by indexing there (no per-sample PIL, no DataLoader)."""

    def __init__(self, split: Split, device: torch.device, mean: float, std: float) -> None:
        self.device = torch.device(device)
        self.features = split.features.to(self.device)  # images stay uint8: a quarter of the memory
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
            yield prepare(self.features[rows], self.mean, self.std), self.labels[rows]
