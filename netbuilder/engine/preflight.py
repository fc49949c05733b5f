"""Checks before training starts: the network fits in the device's memory, and is not absurd.

Validation caps each layer, not the network: 16 wide Linear layers make a valid 8-billion-parameter
MLP that would allocate until the machine dies. Here the memory training needs is estimated from
the shape rules (weights, gradients, optimizer state, activations of one batch, the data on the
device) and compared with what the device has free, before a single tensor is made.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import torch

from netbuilder.document.analysis import Analysis, analyse, human_count
from netbuilder.document.messages import Message, english
from netbuilder.document.project import Project
from netbuilder.document.safe_io import size_text
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.training_events import TrainingError

REFUSE_FRACTION = 0.9  # of the free memory: more than this and training would die or swap
WARN_FRACTION = 0.5
DEEP_NETWORK = 1000  # layers; each runs after the other, so a deeper network crawls
_FLOAT = 4  # bytes per float32
_OPTIMIZER_STATES = {"sgd": 0, "adam": 2, "adamw": 2, "adagrad": 1, "rmsprop": 1}


@dataclass(frozen=True)
class MemoryEstimate:
    parameters: int
    bytes: int

    def __str__(self) -> str:
        return f"{human_count(self.parameters)} parameters, about {size_text(self.bytes)}"


def check_before_training(project: Project, dataset: Dataset, device: torch.device) -> list[str]:
    """Raise TrainingError if the network cannot fit the device; else warnings to show (in
    English: `preflight_warnings` gives them as Messages)."""
    return [english(warning) for warning in preflight_warnings(project, dataset, device)]


def preflight_warnings(project: Project, dataset: Dataset, device: torch.device) -> list[Message]:
    """Raise TrainingError if the network cannot fit the device; else warnings to show."""
    estimate = estimate_memory(project, dataset)
    free = free_memory(device)
    name = project.name or Message("the_network")
    batch = project.training.batch_size
    needs = Message(
        "memory_estimate",
        {"parameters": human_count(estimate.parameters), "size": size_text(estimate.bytes)},
    )
    if free is not None and estimate.bytes > REFUSE_FRACTION * free:
        args = {"name": name, "device": str(device), "batch": batch, "estimate": needs,
                "free": size_text(free)}  # fmt: skip
        raise TrainingError(Message("too_big_for_device", args))
    warnings = []
    if free is not None and estimate.bytes > WARN_FRACTION * free:
        args = {"name": name, "estimate": needs, "free": size_text(free), "device": str(device)}
        warnings.append(Message("nearly_too_big", args))
    layers = sum(not layer.is_container for layer in project.network.all_layers())
    if layers > DEEP_NETWORK:
        warnings.append(Message("very_deep", {"name": name, "layers": f"{layers:,}"}))
    return warnings


def fits_comfortably(project: Project, dataset: Dataset) -> bool:
    """Whether training on the CPU would need at most WARN_FRACTION of its free memory."""
    free = free_memory(torch.device("cpu"))
    return free is None or estimate_memory(project, dataset).bytes <= WARN_FRACTION * free


def estimate_memory(project: Project, dataset: Dataset) -> MemoryEstimate:
    """Bytes to train: weights, gradients and optimizer state, one batch's activations (kept for
    the backward pass, and their gradients), and the training samples on the device."""
    analysis = analyse(project.network, num_classes=None, loss=project.training.loss)
    settings = project.training
    parameters = analysis.total_parameters
    states = _OPTIMIZER_STATES.get(settings.optimizer, 2) + (settings.momentum > 0)
    weights = parameters * _FLOAT * (2 + states)
    values = math.prod(project.network.input_shape) + _activation_values(analysis)
    activations = values * settings.batch_size * _FLOAT * 2
    features = dataset.train.features
    data = features.numel() * features.element_size() + dataset.train.labels.numel() * 8
    return MemoryEstimate(parameters, weights + activations + data)


def _activation_values(analysis: Analysis) -> int:
    """Values one sample's forward pass keeps: every layer's output, inner layers too, a
    Residual's sum and its projection's outputs (Conv2d then BatchNorm2d), Branches' merged
    output; a Branch's output is its last layer's (or its input), nothing new."""
    values = 0
    for info in analysis.all_layers:
        if info.output_shape is None or info.type_id == "Branch":
            continue
        values += math.prod(info.output_shape)
        if info.projection is not None:
            kept = 2 if info.projection.kind == "conv" else 1
            values += kept * math.prod(info.projection.output_shape)
    return values


def free_memory(device: torch.device) -> int | None:
    """Bytes free for training on device, or None when it cannot be told."""
    if device.type == "cuda":
        try:
            return int(torch.cuda.mem_get_info(device)[0])
        except (RuntimeError, AssertionError):
            return None
    if device.type == "cpu":
        return _available_ram()
    return None


def _available_ram() -> int | None:
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None
