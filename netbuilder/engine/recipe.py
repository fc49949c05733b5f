"""The training recipe's parts, built from the settings: initialisation, loss, optimizer, schedule."""

from __future__ import annotations

from collections.abc import Callable

import torch
import torch.nn.functional as F
from torch import nn

from netbuilder.document.messages import Message
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.training_events import TrainingError

LossFunction = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


def first_learnable_layer(model: nn.Module) -> tuple[int, nn.Module] | None:
    """The first Linear or Conv layer and the index of the model's child that holds it."""
    children = list(model.children()) or [model]
    for index, child in enumerate(children):
        for module in child.modules():
            if _is_weighted(module):
                return index, module
    return None


def apply_init(model: nn.Module, init: str) -> None:
    """Re-initialise Linear and Conv layers: "default" keeps PyTorch's, or kaiming / xavier."""
    if init == "default":
        return
    if init not in ("kaiming", "xavier"):
        raise ValueError(f"unknown weight init {init!r}")
    with torch.no_grad():
        for module in model.modules():
            if _is_weighted(module):
                _init_layer(module, init)


def loss_function(
    name: str, num_classes: int, device: torch.device, task: str = "classification"
) -> LossFunction:
    """The loss on the model's outputs: cross-entropy on logits, or mse / l1 on one-hot targets
    (a regression: on the one output against the target)."""
    if task == "regression":
        if name not in ("mse", "l1"):
            raise TrainingError(Message("regression_needs_distance"))
        distance = F.mse_loss if name == "mse" else F.l1_loss
        return lambda outputs, targets: distance(outputs.reshape(targets.shape), targets)
    if name == "cross_entropy":
        return F.cross_entropy
    if name not in ("mse", "l1"):
        raise ValueError(f"unknown loss {name!r}")
    one_hot = torch.eye(num_classes, device=device)
    distance = F.mse_loss if name == "mse" else F.l1_loss
    return lambda outputs, labels: distance(outputs, one_hot[labels])


def batch_score(outputs: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """What accuracy sums: correct predictions; for standardised regression targets,
    count - squared error, so that score / count is R^2 (1 - MSE / variance, the variance being 1)."""
    if labels.dtype == torch.float32:
        return labels.shape[0] - (outputs.reshape(labels.shape) - labels).square().sum()
    return (outputs.argmax(1) == labels).sum()


def make_optimizer(
    parameters: list[nn.Parameter], settings: TrainingSettings
) -> torch.optim.Optimizer:
    lr, decay, momentum = settings.learning_rate, settings.weight_decay, settings.momentum
    if settings.optimizer == "sgd":
        return torch.optim.SGD(
            parameters, lr=lr, momentum=momentum, nesterov=settings.nesterov, weight_decay=decay
        )
    if settings.optimizer == "rmsprop":
        return torch.optim.RMSprop(parameters, lr=lr, momentum=momentum, weight_decay=decay)
    optimizers = {
        "adam": torch.optim.Adam,
        "adamw": torch.optim.AdamW,
        "adagrad": torch.optim.Adagrad,
    }
    return optimizers[settings.optimizer](parameters, lr=lr, weight_decay=decay)


def make_scheduler(
    optimizer: torch.optim.Optimizer, settings: TrainingSettings
) -> torch.optim.lr_scheduler.LRScheduler | None:
    """Stepped once per epoch: "step" multiplies by gamma every step_size epochs."""
    if settings.schedule == "step":
        return torch.optim.lr_scheduler.StepLR(optimizer, settings.step_size, settings.gamma)
    if settings.schedule == "cosine":
        return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=settings.epochs)
    return None


WEIGHTED = (
    nn.Linear,
    nn.Conv1d,
    nn.Conv2d,
    nn.Conv3d,
    nn.ConvTranspose1d,
    nn.ConvTranspose2d,
    nn.ConvTranspose3d,
)
"""The layers an init scheme sets (torch's private _ConvNd is the convolutions' common base)."""


def _is_weighted(module: nn.Module) -> bool:
    return isinstance(module, WEIGHTED) and isinstance(
        getattr(module, "weight", None), torch.Tensor
    )


def _init_layer(layer: nn.Module, init: str) -> None:
    if init == "kaiming":
        nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
    else:
        nn.init.xavier_uniform_(layer.weight)
    if getattr(layer, "bias", None) is not None:
        nn.init.zeros_(layer.bias)
