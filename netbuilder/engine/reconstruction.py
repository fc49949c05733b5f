"""Training to reconstruct the input (an autoencoder): targets, loss, score, evaluation, codes.

A reconstruction sees pixels in 0..1 (mean 0, std 1: no normalisation), so a Sigmoid output and
binary cross-entropy fit them and `test_reconstruction_mse` is in those units. The target of each
batch is its input; with denoising, Gaussian noise is added to the input only. The code is the
output of the layer that gives 2 values; the layers after it are the decoder.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from netbuilder.document.messages import Message
from netbuilder.document.project import Project
from netbuilder.document.safe_io import write_atomically
from netbuilder.engine.dataset import Dataset, DeviceSplit, Split, normalise
from netbuilder.engine.training_events import ReconstructionSnapshot, TrainingError

RECONSTRUCTION = "reconstruction"
"""The dataset task (and a checkpoint's) of a run whose project's task is "reconstruct"."""
PREVIEW_IMAGES = 10
Batches = Iterator[tuple[torch.Tensor, torch.Tensor]]


def for_task(project: Project, dataset: Dataset) -> Dataset:
    """The dataset as the project's task uses it: for "reconstruct", images in 0..1 whose task is
    RECONSTRUCTION (classes are kept: they colour the codes); otherwise `dataset` itself."""
    if project.training.objective != "reconstruct" or dataset.task == RECONSTRUCTION:
        return dataset
    if not dataset.train.is_images:
        raise TrainingError(Message("reconstruct_needs_images", {"dataset": dataset.title}))
    return dataclasses.replace(dataset, task=RECONSTRUCTION, mean=0.0, std=1.0)


def corrupt(
    x: torch.Tensor, noise: float, generator: torch.Generator | None = None
) -> torch.Tensor:
    """The input a denoising autoencoder sees: x plus Gaussian noise of std `noise`, kept in 0..1
    (drawn from `generator` when given, else from torch's own, which training seeds)."""
    if not noise:
        return x
    draw = torch.randn(x.shape, generator=generator, device=x.device, dtype=x.dtype)
    return (x + noise * draw).clamp_(0.0, 1.0)


def _fixed_noise(device: torch.device) -> torch.Generator:
    """A generator of its own, so that views and evaluation never move training's random state."""
    return torch.Generator(device=device).manual_seed(0)


def with_targets(batches: Batches, noise: float) -> Batches:
    """(input, target) batches: the target is the clean input, the input maybe noisy."""
    for x, _labels in batches:
        yield corrupt(x, noise), x


def loss_function(name: str):
    """mse / l1 between pixels; "cross_entropy" is binary cross-entropy per pixel (0..1)."""
    if name == "cross_entropy":
        return lambda outputs, targets: F.binary_cross_entropy(outputs, targets)
    distance = F.mse_loss if name == "mse" else F.l1_loss
    return lambda outputs, targets: distance(outputs, targets)


def score(outputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """What the loop sums in place of correct answers: each image's mean squared pixel error, so
    that score / count is the mean reconstruction MSE."""
    return (outputs.reshape(targets.shape) - targets).square().flatten(1).mean(1).sum()


def preview_split(split: Split, count: int = PREVIEW_IMAGES) -> Split:
    """The first test image of each class (then the next ones), `count` in all: the same images
    in every snapshot, so the grid shows the network learning them."""
    labels = split.labels
    firsts: list[int] = []
    for value in torch.unique(labels).tolist():
        (where,) = torch.nonzero(labels == value, as_tuple=True)
        firsts.append(int(where[0]))
    rest = [i for i in range(len(split)) if i not in set(firsts)][: max(0, count - len(firsts))]
    return split.subset(torch.tensor(sorted(firsts)[:count] + rest, dtype=torch.long))


def snapshot(
    model: nn.Module, images: torch.Tensor, noise: float, epoch: int, batch: int, labels=()
) -> ReconstructionSnapshot:
    """Reconstruct `images` (float 0..1, on the model's device) without touching training."""
    inputs = corrupt(images, noise, _fixed_noise(images.device))  # the same noise in every
    # snapshot: only the network changes
    outputs = _run(model, inputs).reshape(images.shape)
    return ReconstructionSnapshot(
        epoch, batch, _numpy(inputs), _numpy(images), _numpy(outputs.clamp(0, 1)), tuple(labels)
    )


@dataclass(frozen=True, eq=False)
class ReconstructionEvaluation:
    """How well a model rebuilds the test images (pixels in 0..1)."""

    loss: float  # the training loss on the test set
    mse: float  # mean squared error per pixel
    mean_image_mse: float  # the same for a "model" that always gives the mean training image


def evaluate_reconstruction(
    model: nn.Module,
    dataset: Dataset,
    device: torch.device,
    loss: str = "mse",
    noise: float = 0.0,
    batch_size: int = 1000,
) -> ReconstructionEvaluation:
    """Reconstruct every test image (noisy when denoising, seeded) and compare with the clean one."""
    mean_image = _mean_image(dataset.train, device)
    data = DeviceSplit(dataset.test, device, 0.0, 1.0)
    loss_fn = loss_function(loss)
    totals = torch.zeros(3, dtype=torch.float64, device=device)
    generator = _fixed_noise(data.device)
    for x, _labels in data.batches(batch_size, shuffle=False):
        outputs = _run(model, corrupt(x, noise, generator)).reshape(x.shape)
        totals[0] += float(loss_fn(outputs, x)) * len(x)
        totals[1] += score(outputs, x)
        totals[2] += score(mean_image.expand_as(x), x)
    count = max(len(data), 1)
    loss_sum, mse, baseline = (totals / count).tolist()
    return ReconstructionEvaluation(loss_sum, mse, baseline)


def _mean_image(split: Split, device: torch.device) -> torch.Tensor:
    total = None
    for x, _labels in DeviceSplit(split, device, 0.0, 1.0).batches(5000, shuffle=False):
        batch_sum = x.double().sum(0, keepdim=True)
        total = batch_sum if total is None else total + batch_sum
    return (total / max(len(split), 1)).float()


def code_index(model: nn.Sequential, sample: torch.Tensor) -> int | None:
    """The index of the first layer (not the last) whose output is 2 values per sample."""
    x = sample[:1]
    with torch.inference_mode():
        for index, layer in enumerate(list(model)[:-1]):
            x = layer(x)
            if x.dim() == 2 and x.shape[1] == 2:
                return index
    return None


def encode(model: nn.Sequential, images: torch.Tensor, index: int, batch: int = 1000) -> np.ndarray:
    """The codes (N, 2) of float images (N, C, H, W) in 0..1: the layers up to `index`."""
    encoder = model[: index + 1]
    codes = [_run(encoder, images[i : i + batch]) for i in range(0, len(images), batch)]
    return torch.cat(codes).reshape(len(images), -1).float().cpu().numpy()


def decode(model: nn.Sequential, points: np.ndarray, index: int) -> np.ndarray:
    """The images the decoder (the layers after `index`) draws for codes (N, 2), in 0..1."""
    decoder = model[index + 1 :]
    device = next((p.device for p in model.parameters()), torch.device("cpu"))
    codes = torch.as_tensor(np.asarray(points, dtype=np.float32), device=device)
    return _numpy(_run(decoder, codes).clamp(0, 1))


def reconstruct(model: nn.Module, images: np.ndarray | torch.Tensor) -> np.ndarray:
    """Reconstructions (N, C, H, W) in 0..1 of uint8 images (N, H, W) / (N, C, H, W), or floats
    already in 0..1."""
    x = torch.as_tensor(images)
    x = normalise(x, 0.0, 1.0) if x.dtype == torch.uint8 else x.float()
    device = next((p.device for p in model.parameters()), torch.device("cpu"))
    return _numpy(_run(model, x.to(device)).reshape(x.shape).clamp(0, 1))


def _run(model: nn.Module, x: torch.Tensor) -> torch.Tensor:
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            return model(x)
    finally:
        model.train(was_training)


def _numpy(x: torch.Tensor) -> np.ndarray:
    return x.detach().float().cpu().numpy().copy()


def write_latent_csv(model: nn.Sequential, split: Split, path: str | Path) -> int:
    """Write the 2-D code of every image of `split` as rows x, y, label; returns the row count.
    TrainingError when the network has no layer of exactly 2 values."""
    images = normalise(split.features, 0.0, 1.0)
    device = next((p.device for p in model.parameters()), torch.device("cpu"))
    index = code_index(model, images[:1].to(device))
    if index is None:
        raise TrainingError(Message("no_two_value_code"))
    codes = encode(model, images.to(device), index)
    rows = ["x,y,label\n"] + [
        f"{x:.6g},{y:.6g},{label}\n"
        for (x, y), label in zip(codes.tolist(), split.labels.tolist(), strict=True)
    ]
    text = "".join(rows).encode()
    write_atomically(Path(path), lambda stream: stream.write(text))
    return len(rows) - 1


def save_png(images: np.ndarray, path: str | Path) -> None:
    """One (C, H, W) image in 0..1 as a PNG (grey for one channel), written atomically."""
    from PIL import Image

    pixels = (np.clip(images, 0.0, 1.0) * 255 + 0.5).astype(np.uint8)
    picture = Image.fromarray(pixels[0] if pixels.shape[0] == 1 else pixels.transpose(1, 2, 0))
    write_atomically(Path(path), lambda stream: picture.save(stream, format="PNG"))
