"""One step, slowly: train exactly one batch and record what torch did, with an undo.

Everything here is the real `torch.autograd` and `torch.optim` at work, never a formula of our
own: the gradient is `p.grad` after `backward()`, the update is the weights after
`optimizer.step()` minus the weights before it, and the optimizer's state is `optimizer.state`
under the names torch gives it (momentum_buffer, exp_avg, exp_avg_sq, step, sum, square_avg...).
An undo snapshot holds deep copies of the model's and the optimizer's state dicts (and the random
number generator's state, for dropout), so restoring it is bit-exact.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from netbuilder.engine.model_layers import learnable_layers

MAX_SHOWN = 16  # samples of the batch kept for display
MAX_ROWS, MAX_COLS = 256, 1024  # a display copy of a tensor is at most this big
MAX_UNDO = 20  # steps that can be undone; each keeps a copy of the model and optimizer

LossFunction = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]
Objective = Callable[[torch.Tensor], torch.Tensor]
"""What is minimised, given the loss: the loss itself, or the loss plus a penalty (L1)."""


@dataclass(frozen=True, eq=False)
class ParameterStep:
    """One parameter of a layer ("weight", "bias"); the arrays are 2-D display copies, at most
    MAX_ROWS x MAX_COLS: a conv weight (out, in, kh, kw) becomes (out, in * kh * kw)."""

    name: str
    shape: tuple[int, ...]
    before: np.ndarray
    gradient: np.ndarray
    update: np.ndarray
    after: np.ndarray
    state: dict[str, np.ndarray | float]
    """optimizer.state for this parameter after the step, named as torch names it."""

    @property
    def truncated(self) -> bool:
        return self.before.size < int(np.prod(self.shape))


@dataclass(frozen=True, eq=False)
class LayerStep:
    """A learnable layer ("2 Linear", numbered as `netbuilder summary` does) in one step."""

    label: str
    gradient_norm: float
    update_norm: float
    weight_norm: float
    parameters: tuple[ParameterStep, ...]

    @property
    def update_ratio(self) -> float:
        """|update| / |weights before|: about 1e-3 is the textbook healthy size."""
        return self.update_norm / max(self.weight_norm, 1e-12)

    def parameter(self, name: str = "weight") -> ParameterStep:
        """The named parameter, else the layer's first one."""
        return next((p for p in self.parameters if p.name == name), self.parameters[0])


@dataclass(frozen=True, eq=False)
class StepRecord:
    """What one batch did. Inputs are the first MAX_SHOWN samples as the network took them."""

    inputs: np.ndarray
    labels: np.ndarray
    predictions: np.ndarray
    """Before the step: argmax classes, or a regression's outputs (as the targets, standardised)."""
    predictions_after: np.ndarray
    loss_before: float
    loss_after: float
    """Recomputed on the same batch after the step, with the same dropout mask."""
    batch_size: int
    optimizer: str
    learning_rate: float
    layers: tuple[LayerStep, ...]
    epoch: int = 0
    batch: int = 0
    """The batch's number in its epoch, from 1; set by the training loop."""
    undo_depth: int = 0
    """How many steps can be undone after this one; set by the training loop."""
    classes: tuple[str, ...] = ()
    """The dataset's class names (labels and predictions index them); set by the loop."""


@dataclass(eq=False)
class Snapshot:
    """Deep copies of everything a step changes: model, optimizer, random number generators."""

    model: dict[str, torch.Tensor]
    optimizer: dict
    rng: torch.Tensor
    cuda_rng: tuple[torch.device, torch.Tensor] | None


def take_snapshot(model: nn.Module, optimizer: torch.optim.Optimizer, device=None) -> Snapshot:
    """Copy the model's and optimizer's state dicts (and the RNG state) so restore is exact."""
    weights = {name: value.detach().clone() for name, value in model.state_dict().items()}
    return Snapshot(weights, copy.deepcopy(optimizer.state_dict()), *_rng_state(device))


def restore(model: nn.Module, optimizer: torch.optim.Optimizer, snapshot: Snapshot) -> None:
    """Put the model and optimizer back exactly as `snapshot` found them; the snapshot stays
    usable (torch's load_state_dict may keep the tensors it is given, so it gets copies)."""
    model.load_state_dict(snapshot.model)
    optimizer.load_state_dict(copy.deepcopy(snapshot.optimizer))
    _set_rng_state(snapshot.rng, snapshot.cuda_rng)


def take_step(
    model: nn.Module,
    optimizer: torch.optim.Optimizer,
    loss_fn: LossFunction,
    x: torch.Tensor,
    y: torch.Tensor,
    objective: Objective | None = None,
) -> tuple[StepRecord, torch.Tensor, torch.Tensor]:
    """Train one batch (x, y) exactly as the training loop does, and record it.

    Returns (record, the loss as a detached tensor, the outputs before the step).
    """
    layers = _named_layers(model)
    rng = _rng_state(x.device)
    outputs = model(x)
    loss = loss_fn(outputs, y)
    optimizer.zero_grad(set_to_none=True)
    (objective(loss) if objective is not None else loss).backward()
    before = {id(p): p.detach().clone() for _, named in layers for _, p in named}
    optimizer.step()
    loss_after, outputs_after = _replay(model, loss_fn, x, y, rng)
    record = StepRecord(
        inputs=_cpu(x[:MAX_SHOWN]),
        labels=_labels(y[:MAX_SHOWN]),
        predictions=_predictions(outputs[:MAX_SHOWN], y[:MAX_SHOWN]),
        predictions_after=_predictions(outputs_after[:MAX_SHOWN], y[:MAX_SHOWN]),
        loss_before=float(loss.detach()),
        loss_after=float(loss_after),
        batch_size=int(y.shape[0]),
        optimizer=type(optimizer).__name__,
        learning_rate=float(optimizer.param_groups[0]["lr"]),
        layers=tuple(_layer_step(label, named, before, optimizer) for label, named in layers),
    )
    return record, loss.detach(), outputs.detach()


def _named_layers(model: nn.Module) -> list[tuple[str, list[tuple[str, nn.Parameter]]]]:
    """(label, [(name, parameter)]) per learnable layer, inner ones too, labelled as gradient
    flow labels them ("4.1 Conv2d")."""
    return [
        (layer.label, [(n, p) for n, p in layer.module.named_parameters() if p.requires_grad])
        for layer in learnable_layers(model)
    ]


def _replay(
    model: nn.Module, loss_fn: LossFunction, x: torch.Tensor, y: torch.Tensor, rng
) -> tuple[torch.Tensor, torch.Tensor]:
    """The loss on the same batch after the step, in training mode with the same dropout mask,
    leaving no trace: the RNG and the batch-norm running statistics are as they were."""
    buffers = [b.detach().clone() for b in model.buffers()]
    with torch.no_grad(), torch.random.fork_rng(devices=_cuda_devices(x.device)):
        _set_rng_state(*rng)
        outputs = model(x)
        loss = loss_fn(outputs, y)
        for buffer, saved in zip(model.buffers(), buffers, strict=True):
            buffer.copy_(saved)
    return loss, outputs


def _layer_step(
    label: str,
    named: list[tuple[str, nn.Parameter]],
    before: dict[int, torch.Tensor],
    optimizer: torch.optim.Optimizer,
) -> LayerStep:
    gradient = weight = update = 0.0
    parameters = []
    for name, p in named:
        old, grad = before[id(p)], p.grad if p.grad is not None else torch.zeros_like(p)
        change = p.detach() - old
        gradient += float(grad.detach().double().square().sum())
        weight += float(old.double().square().sum())
        update += float(change.double().square().sum())
        state = _state(optimizer.state.get(p, {}))
        parameters.append(
            ParameterStep(
                name, tuple(p.shape), _view(old), _view(grad), _view(change), _view(p), state
            )
        )
    return LayerStep(label, gradient**0.5, update**0.5, weight**0.5, tuple(parameters))


def _state(state: dict) -> dict[str, np.ndarray | float]:
    """The optimizer's state for one parameter: tensors as display copies, scalars as floats."""
    named: dict[str, np.ndarray | float] = {}
    for key, value in state.items():
        if isinstance(value, torch.Tensor):
            named[str(key)] = float(value) if value.dim() == 0 else _view(value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            named[str(key)] = float(value)
    return named


def _view(tensor: torch.Tensor) -> np.ndarray:
    """A small 2-D CPU copy for a heat map: rows are output units, columns their inputs."""
    t = tensor.detach()
    t = t.reshape(1, -1) if t.dim() <= 1 else t.reshape(t.shape[0], -1)
    return _cpu(t[:MAX_ROWS, :MAX_COLS].float())


def _labels(y: torch.Tensor) -> np.ndarray:
    """The labels as the batch view shows them; a reconstruction's target is its image, whose
    error against itself is 0 (the predictions are then each image's pixel error)."""
    if y.dim() > 1:
        return np.zeros(len(y), dtype=np.float32)
    return _cpu(y)


def _predictions(outputs: torch.Tensor, y: torch.Tensor) -> np.ndarray:
    if y.dim() > 1:  # a reconstruction: each image's mean squared pixel error
        error = (outputs.detach().reshape(y.shape) - y).square().flatten(1).mean(1)
        return _cpu(error.float())
    if y.dtype == torch.float32:  # a regression: the output is the prediction
        return _cpu(outputs.detach().reshape(outputs.shape[0], -1)[:, 0])
    return _cpu(outputs.detach().argmax(1))


def _cpu(tensor: torch.Tensor) -> np.ndarray:
    return tensor.detach().to("cpu", copy=True).numpy()


def _cuda_devices(device: torch.device | None) -> list:
    return [device] if device is not None and device.type == "cuda" else []


def _rng_state(device=None) -> tuple[torch.Tensor, tuple[torch.device, torch.Tensor] | None]:
    device = torch.device(device) if device is not None else None
    if device is not None and device.type == "cuda":
        return torch.get_rng_state(), (device, torch.cuda.get_rng_state(device))
    return torch.get_rng_state(), None


def _set_rng_state(rng: torch.Tensor, cuda: tuple[torch.device, torch.Tensor] | None) -> None:
    torch.set_rng_state(rng)
    if cuda is not None:
        torch.cuda.set_rng_state(cuda[1], cuda[0])


@dataclass(eq=False)
class _Entry:
    snapshot: Snapshot
    batch: tuple[torch.Tensor, torch.Tensor]
    loss: float
    score: float


class Stepper:
    """Single steps for the training loop, with a stack of undos (at most MAX_UNDO deep).

    Each entry keeps the batch it trained, so after an undo the loop can train it again.
    """

    def __init__(
        self,
        model: nn.Module,
        optimizer: torch.optim.Optimizer,
        loss_fn: LossFunction,
        objective: Objective | None = None,
    ) -> None:
        self.model, self.optimizer, self.loss_fn = model, optimizer, loss_fn
        self.objective = objective
        self._undo: list[_Entry] = []

    @property
    def depth(self) -> int:
        return len(self._undo)

    def clear(self) -> None:
        self._undo.clear()

    def step(
        self, x: torch.Tensor, y: torch.Tensor, score_fn: Callable[..., torch.Tensor]
    ) -> tuple[StepRecord, torch.Tensor, torch.Tensor]:
        """Train (x, y) once; returns (record, loss, score) with `score_fn(outputs, y)`."""
        snapshot = take_snapshot(self.model, self.optimizer, x.device)
        record, loss, outputs = take_step(
            self.model, self.optimizer, self.loss_fn, x, y, self.objective
        )
        score = score_fn(outputs, y)
        self._undo.append(_Entry(snapshot, (x, y), float(loss), float(score)))
        del self._undo[:-MAX_UNDO]
        return record, loss, score

    def undo(self) -> _Entry | None:
        """Restore the state from before the latest step; its entry (batch, loss, score), or None."""
        if not self._undo:
            return None
        entry = self._undo.pop()
        restore(self.model, self.optimizer, entry.snapshot)
        return entry
