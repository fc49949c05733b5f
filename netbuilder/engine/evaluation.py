"""Scoring a trained model on a test split: accuracy, confusion matrix, per-sample predictions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from netbuilder.engine.containers import Branches, Residual
from netbuilder.engine.dataset import DeviceSplit, Split, Stat, normalise, prepare
from netbuilder.engine.devices import resolve_device
from netbuilder.engine.recipe import loss_function


@dataclass(frozen=True, eq=False)
class Evaluation:
    """How a model did on each sample of a split; rows of confusion are true classes."""

    accuracy: float
    loss: float
    confusion: np.ndarray  # (C, C) int64: confusion[true, predicted]
    per_class_accuracy: np.ndarray  # (C,) float64; NaN for a class with no samples
    labels: np.ndarray  # (N,) int64, the true classes
    predictions: np.ndarray  # (N,) int64
    confidences: np.ndarray  # (N,) float32, probability of the predicted class
    probabilities: np.ndarray | None = None  # (N, C) float32

    def row_normalised(self) -> np.ndarray:
        """The confusion matrix with each row divided by its total (rows of 0 stay 0)."""
        totals = self.confusion.sum(axis=1, keepdims=True)
        return self.confusion / np.maximum(totals, 1)

    def indices_for_cell(self, true: int, predicted: int) -> np.ndarray:
        """The samples of class true predicted as predicted, most confident first."""
        (indices,) = np.nonzero((self.labels == true) & (self.predictions == predicted))
        order = np.argsort(-self.confidences[indices], kind="stable")
        return indices[order]


def evaluate(
    model: nn.Module,
    split: Split,
    mean: float,
    std: float,
    device: torch.device | str,
    batch_size: int = 1000,
    loss: str = "cross_entropy",
    keep_probabilities: bool = True,
) -> Evaluation:
    """Run model (moved to device) over every sample of split without training it."""
    device = _device(device)
    model.to(device)
    data = DeviceSplit(split, device, mean, std)
    with _inference(model):
        outputs = torch.cat([model(x) for x, _ in data.batches(batch_size, shuffle=False)])
        labels = split.labels.to(device)
        num_classes = outputs.shape[1]
        mean_loss = loss_function(loss, num_classes, device)(outputs, labels).item()
        probabilities = _probabilities(model, outputs)
    return _summarise(probabilities.float().cpu().numpy(), split, mean_loss, keep_probabilities)


@dataclass(frozen=True, eq=False)
class RegressionEvaluation:
    """How a regression did on a split, in the target's own units (loss in the trained units)."""

    loss: float
    mae: float
    rmse: float
    r2: float
    targets: np.ndarray  # (N,) float32
    predictions: np.ndarray  # (N,) float32


def evaluate_regression(
    model: nn.Module,
    split: Split,
    mean: Stat,
    std: Stat,
    target: tuple[float, float],
    device: torch.device | str,
    loss: str = "mse",
    batch_size: int = 1000,
) -> RegressionEvaluation:
    """Score a regression model on split: MAE, RMSE and R^2 of its predictions."""
    device = _device(device)
    model.to(device)
    data = DeviceSplit(split, device, mean, std, target)
    with _inference(model):
        outputs = torch.cat([model(x) for x, _ in data.batches(batch_size, shuffle=False)])
        mean_loss = loss_function(loss, 1, device, "regression")(outputs, data.labels).item()
    predictions = outputs.reshape(-1).double().cpu() * target[1] + target[0]
    truth = split.labels.double()
    error = predictions - truth
    variance = float(((truth - truth.mean()) ** 2).sum())
    return RegressionEvaluation(
        loss=mean_loss,
        mae=float(error.abs().mean()),
        rmse=float(error.square().mean().sqrt()),
        r2=1.0 - float(error.square().sum()) / variance if variance > 0 else 0.0,
        targets=truth.float().numpy(),
        predictions=predictions.float().numpy(),
    )


def predict_values(
    model: nn.Module,
    features: torch.Tensor,
    mean: Stat,
    std: Stat,
    target: tuple[float, float],
    device: torch.device | str,
) -> np.ndarray:
    """A regression model's predictions (N,) for float features (N, F), in the target's units."""
    device = _device(device)
    model.to(device)
    with _inference(model):
        outputs = model(prepare(features.to(device), mean, std))
    return (outputs.reshape(-1).double().cpu() * target[1] + target[0]).float().numpy()


def predict_probabilities(
    model: nn.Module,
    images: np.ndarray | torch.Tensor,
    mean: float,
    std: float,
    device: torch.device | str,
) -> np.ndarray:
    """Class probabilities (N, C) for images: uint8 (N, H, W) or (N, C, H, W), floats already
    normalised, or table features (N, F) when mean and std are per column."""
    device = _device(device)
    model.to(device)
    x = _prepared(images, mean, std).to(device)
    with _inference(model):
        return _probabilities(model, model(x)).float().cpu().numpy()


def output_kind(model: nn.Module) -> str:
    """What the model's last layer gives: "log_probabilities", "probabilities" or "logits"."""
    last = _output_layer(model)
    if isinstance(last, nn.LogSoftmax):
        return "log_probabilities"
    if isinstance(last, nn.Softmax):
        return "probabilities"
    return "logits"


def _output_layer(model: nn.Module) -> nn.Module:
    """The module whose output is the model's: the last of a Sequential, however nested. A
    Residual's sum or a Branches' join is never a Softmax's output, whatever its last inner
    layer is."""
    while isinstance(model, nn.Sequential) and len(model):
        model = model[-1]
    if isinstance(model, (Residual, Branches)):
        return model
    modules = list(model.modules())
    return modules[-1] if modules else model


def _probabilities(model: nn.Module, outputs: torch.Tensor) -> torch.Tensor:
    kind = output_kind(model)
    if kind == "log_probabilities":
        return outputs.exp()
    if kind == "probabilities":
        return outputs
    return outputs.softmax(dim=1)


def _summarise(
    probabilities: np.ndarray, split: Split, loss: float, keep_probabilities: bool
) -> Evaluation:
    labels = split.labels.numpy().astype(np.int64, copy=True)
    num_classes = probabilities.shape[1]
    predictions = probabilities.argmax(axis=1).astype(np.int64)
    confusion = np.zeros((num_classes, num_classes), dtype=np.int64)
    np.add.at(confusion, (labels, predictions), 1)
    totals = confusion.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_class = np.where(totals > 0, np.diag(confusion) / totals, np.nan)
    return Evaluation(
        accuracy=float(np.trace(confusion) / max(len(labels), 1)),
        loss=loss,
        confusion=confusion,
        per_class_accuracy=per_class,
        labels=labels,
        predictions=predictions,
        confidences=probabilities.max(axis=1).astype(np.float32),
        probabilities=probabilities.astype(np.float32) if keep_probabilities else None,
    )


def _prepared(images: np.ndarray | torch.Tensor, mean: float, std: float) -> torch.Tensor:
    """Images as a float (N, C, H, W) batch (or features (N, F)), normalised like the training data."""
    x = torch.as_tensor(images).detach().cpu()
    if not isinstance(mean, (float, int)):  # table features (N, F), standardised per column
        x = x.to(torch.float32)
        return prepare(x.unsqueeze(0) if x.dim() == 1 else x, mean, std)
    if x.dim() == 2:
        x = x.unsqueeze(0)
    if x.dtype == torch.uint8:
        return normalise(x, mean, std)
    x = x.to(torch.float32)
    return x.unsqueeze(1) if x.dim() == 3 else x


def _device(device: torch.device | str) -> torch.device:
    return device if isinstance(device, torch.device) else resolve_device(device)


@contextmanager
def _inference(model: nn.Module) -> Iterator[None]:
    """Eval mode and no autograd for the block; the model's mode is put back afterwards."""
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            yield
    finally:
        model.train(was_training)
