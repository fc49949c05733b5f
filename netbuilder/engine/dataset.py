"""The in-memory dataset: feature tensors with labels, their normalisation, and device batches.

A split's features are either uint8 images (N, H, W) or (N, C, H, W), normalised by the dataset's
pixel mean and std (`normalise`, shared by training and prediction), or float32 features
(N, *shape): generated 2-D points are used as they are, a table's columns are standardised with
their own mean and std. Labels are class indices, or float targets for a regression. Every source
produces these.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import torch

from netbuilder.document.messages import Message, explained

Stat = float | tuple[float, ...]  # one value for pixels, one per column for table features


class DataUnavailableError(Exception):
    """A dataset cannot be read: missing, corrupt or not downloadable. The message says what to do."""

    def __init__(
        self, message: str | Message, folder: Path | None = None, files: tuple[str, ...] = ()
    ) -> None:
        self.message, text = explained(message)  # the Message front ends translate, or None
        super().__init__(text)
        self.folder = folder
        self.files = files


class WrongDataFilesError(DataUnavailableError):
    """The files are there but are another known dataset's (Fashion-MNIST's, read as MNIST)."""


@dataclass(frozen=True, eq=False)
class Split:
    """Features and labels (N,), on the CPU.

    features: uint8 images (N, H, W) or (N, C, H, W), normalised with the dataset's mean and std
    when batched, or float32 (N, *shape). labels: int64 class indices, or float32 regression
    targets.
    """

    features: torch.Tensor
    labels: torch.Tensor

    def __post_init__(self) -> None:
        f = self.features
        image = f.dtype == torch.uint8 and f.dim() in (3, 4)
        if not image and not (f.dtype == torch.float32 and f.dim() >= 2):
            raise ValueError(
                "features must be uint8 images (N, H, W) or (N, C, H, W), or float32 (N, ...), "
                f"got {f.dtype} {tuple(f.shape)}"
            )
        if self.labels.dtype not in (torch.int64, torch.float32) or (
            self.labels.shape != f.shape[:1]
        ):
            raise ValueError(
                f"labels must be int64 or float32 ({len(f)},), "
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
        """One sample's shape as the network sees it: (C, H, W) for images, (2,) for points."""
        shape = tuple(self.features.shape[1:])
        return (1, *shape) if self.is_images and len(shape) == 2 else shape

    def __len__(self) -> int:
        return len(self.labels)

    def subset(self, indices: torch.Tensor) -> Split:
        """The samples at these indices (or where this boolean mask is true), in that order."""
        return type(self)(self.features[indices], self.labels[indices])


class ImageSplit(Split):
    """A split whose features must be uint8 images (N, H, W) or (N, C, H, W)."""

    def __init__(self, images: torch.Tensor, labels: torch.Tensor) -> None:
        super().__init__(images, labels)

    def __post_init__(self) -> None:
        if self.features.dtype != torch.uint8 or self.features.dim() not in (3, 4):
            raise ValueError(
                "images must be uint8 (N, H, W) or (N, C, H, W), got "
                f"{self.features.dtype} {tuple(self.features.shape)}"
            )
        super().__post_init__()


@dataclass(frozen=True, eq=False)
class Dataset:
    name: str
    title: str
    train: Split
    test: Split
    classes: tuple[str, ...]
    mean: Stat
    std: Stat
    synthetic: bool
    source: str
    skipped: tuple[tuple[str, str], ...] = ()
    """Files left out because they could not be read: (path, reason)."""
    task: str = "classification"  # or "regression": labels are float targets, classes ("y",)
    target_mean: float = 0.0  # regression: the network learns (y - target_mean) / target_std
    target_std: float = 1.0

    @property
    def num_classes(self) -> int:
        return len(self.classes)

    @property
    def input_shape(self) -> tuple[int, ...]:
        """The network input shape this dataset needs: (C, H, W) for images, (2,) for points."""
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
        task: str = "classification",
        standardise: bool = False,
    ) -> Dataset:
        """A dataset whose mean and std are measured on its training pixels; float features are
        used as they are (0, 1), or with `standardise` per column; a regression target is
        always standardised."""
        if train.is_images:
            mean, std = pixel_statistics(train.features)
        elif standardise:
            mean, std = feature_statistics(train.features)
        else:
            mean, std = 0.0, 1.0
        target = (0.0, 1.0)
        if task == "regression":
            (target_mean,), (target_std,) = feature_statistics(train.labels[:, None])
            target = (target_mean, target_std)
        return cls(name, title, train, test, classes, mean, std, synthetic, source, skipped,
                   task, *target)  # fmt: skip


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


def feature_statistics(features: torch.Tensor) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Per-column mean and standard deviation of float features (N, F); a constant column's std is 1."""
    if len(features) == 0:
        return (0.0,) * features.shape[1], (1.0,) * features.shape[1]
    x = features.double()
    std = x.std(dim=0, unbiased=False)
    std = torch.where(std > 1e-12, std, torch.ones_like(std))
    return tuple(x.mean(dim=0).tolist()), tuple(std.tolist())


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


def normalise_unit(x: torch.Tensor, mean: float, std: float) -> torch.Tensor:
    """float pixels in [0, 1] (an augmented batch) -> (x - mean)/std, as `normalise` does."""
    return (x - mean) / std


def prepare(features: torch.Tensor, mean: Stat, std: Stat) -> torch.Tensor:
    """A batch as the network takes it: uint8 images normalised, float features as they are
    (or standardised per column when mean and std are per column)."""
    if features.dtype == torch.uint8:
        return normalise(features, float(mean), float(std))  # type: ignore[arg-type]
    x = features.to(torch.float32)
    if isinstance(mean, (int, float)):
        return x if (mean, std) == (0.0, 1.0) else (x - mean) / std
    where = x.device
    return (x - torch.tensor(mean, device=where)) / torch.tensor(std, device=where)


def split_validation(split: Split, fraction: float, seed: int) -> tuple[Split, Split]:
    """(train, validation): a seeded random `fraction` of the samples held out, each kept in order."""
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"validation fraction must be in [0, 1), got {fraction}")
    order = torch.randperm(len(split), generator=torch.Generator().manual_seed(seed))
    held = round(len(split) * fraction)
    return split.subset(order[held:].sort().values), split.subset(order[:held].sort().values)


class DeviceSplit:
    """A split moved once to the device; batches are built by indexing there (no per-sample PIL, no DataLoader).

    Regression targets arrive standardised with `target` = (mean, std), as the network learns them.
    """

    def __init__(
        self,
        split: Split,
        device: torch.device,
        mean: Stat,
        std: Stat,
        target: tuple[float, float] = (0.0, 1.0),
    ) -> None:
        self.device = torch.device(device)
        self.features = split.features.to(self.device)  # images stay uint8: a quarter of the memory
        self.labels = split.labels.to(self.device)
        if self.labels.dtype == torch.float32:
            self.labels = (self.labels - target[0]) / target[1]
        self.mean = mean
        self.std = std

    def __len__(self) -> int:
        return len(self.labels)

    def batches(
        self,
        batch_size: int,
        *,
        shuffle: bool,
        generator: torch.Generator | None = None,
        augment: Callable[[torch.Tensor], torch.Tensor] | None = None,
    ) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        """Normalised (x, y) batches covering every sample once; the last one may be smaller.

        `augment` (training batches only: engine/augment.py) changes each batch of images, as
        float pixels in [0, 1] (N, C, H, W), before it is normalised.
        """
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
            features = self.features[rows]
            if augment is not None and features.dtype == torch.uint8:
                x = augment(features.unsqueeze(1) if features.dim() == 3 else features)
                yield normalise_unit(x, float(self.mean), float(self.std)), self.labels[rows]  # type: ignore[arg-type]
            else:
                yield prepare(features, self.mean, self.std), self.labels[rows]
