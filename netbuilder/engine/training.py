"""The training loop: trains a model on a dataset, reports through a callback, stops when asked.

The hot path keeps running loss and accuracy as device tensors and turns them into Python
numbers only when a report is due, so it runs as fast as a hand-written loop. Every event the
callback sees holds plain numbers and CPU numpy copies, never tensors the loop keeps changing.
"""

from __future__ import annotations

import dataclasses
import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.activity import SAMPLES, Activity, measure_activity
from netbuilder.engine.dataset import Dataset, DeviceSplit, split_validation
from netbuilder.engine.devices import resolve_device
from netbuilder.engine.gradient_flow import GradientProbe, GradientReport
from netbuilder.engine.single_step import Stepper, StepRecord

SNAPSHOT_INTERVAL = 0.5  # seconds between weight snapshots; a filter view needs no more
VALIDATION_BATCH = 1000  # validation needs no gradients, so it can take bigger bites

LossFunction = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


class TrainingError(RuntimeError):
    """Training could not go on; the message says why and what to change."""


class LossNotFiniteError(TrainingError):
    """The loss became NaN or infinite: the learning rate is almost always too high."""


class TrainingControl:
    """Lets another thread pause, resume or stop training, change the learning rate, and, while
    paused, train one batch at a time (`step`) or undo such steps (`undo_step`).

    The loop looks at one flag per batch; the lock only comes into play once a request is made.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._go = True
        self._stop = False
        self._learning_rate: float | None = None
        self._requests: list[str] = []  # "step" / "undo", served in order while paused
        self._attention = False  # read without the lock by the loop: "a request is waiting"

    def pause(self) -> None:
        with self._lock:
            self._go = False
            self._attention = True

    def resume(self) -> None:
        with self._lock:
            self._go = True
            self._requests.clear()
            self._attention = True
            self._changed.notify_all()

    def stop(self) -> None:
        with self._lock:
            self._stop = True
            self._go = True  # wake a paused loop so it can see the stop
            self._attention = True
            self._changed.notify_all()

    def step(self) -> bool:
        """While paused: train exactly one more batch, then stay paused. False if not paused."""
        return self._request("step")

    def undo_step(self) -> bool:
        """While paused: restore the weights and optimizer from before the latest step."""
        return self._request("undo")

    def set_learning_rate(self, learning_rate: float) -> None:
        """Ask for a new learning rate; the loop applies it before its next batch."""
        if not (math.isfinite(learning_rate) and learning_rate > 0):
            raise ValueError(f"learning rate must be a positive number, not {learning_rate}")
        with self._lock:
            self._learning_rate = float(learning_rate)
            self._attention = True

    @property
    def paused(self) -> bool:
        return not self._go

    @property
    def stop_requested(self) -> bool:
        return self._stop

    def _request(self, kind: str) -> bool:
        with self._lock:
            if self._go:
                return False
            self._requests.append(kind)
            self._attention = True
            self._changed.notify_all()
            return True

    def _take_learning_rate(self) -> float | None:
        with self._lock:
            learning_rate, self._learning_rate = self._learning_rate, None
            return learning_rate

    def _wait_while_paused(self) -> tuple[float, str | None]:
        """Block (without spinning) while paused and nothing is asked; return the seconds spent
        waiting and the step request to serve (None: carry on training, or stop)."""
        started = time.perf_counter()
        with self._lock:
            while not self._go and not self._requests:
                self._changed.wait()
            request = self._requests.pop(0) if not self._go else None
            self._attention = not self._go or self._learning_rate is not None
        return time.perf_counter() - started, request


@dataclass(frozen=True)
class BatchReport:
    """Progress since the previous report; loss and accuracy are means over those batches."""

    epoch: int
    epochs: int
    batch: int
    batches_per_epoch: int
    samples_seen: int
    loss: float
    accuracy: float
    samples_per_second: float
    progress: float
    learning_rate: float
    elapsed_seconds: float


@dataclass(frozen=True)
class EpochReport:
    epoch: int
    epochs: int
    train_loss: float
    train_accuracy: float
    val_loss: float | None
    val_accuracy: float | None
    learning_rate: float
    seconds: float
    gradient_norms: dict[str, float] = field(default_factory=dict)
    """Each learnable layer's mean gradient norm over the epoch, by label ("2 Linear")."""
    dead_units: dict[str, float] = field(default_factory=dict)
    saturated_units: dict[str, float] = field(default_factory=dict)
    prediction_shares: tuple[float, ...] = ()
    """Measured after the epoch on a fixed training batch: see engine/activity.py."""


@dataclass(frozen=True, eq=False)
class WeightsSnapshot:
    """A CPU copy of the first learnable layer's weight; layer_index is its place in the model."""

    epoch: int
    batch: int
    layer_index: int
    weights: np.ndarray


@dataclass(frozen=True)
class TrainingFinished:
    reason: Literal["completed", "stopped", "early_stopping"]
    epochs_run: int
    best_val_loss: float | None
    seconds: float
    samples_per_second: float


@dataclass(frozen=True)
class StepUndone:
    """A paused run undid its latest single step (or had none to undo: `undone` False)."""

    epoch: int
    batch: int
    """Batches of the epoch trained now that the step is undone."""
    undo_depth: int
    undone: bool


TrainingEvent = (
    BatchReport
    | EpochReport
    | WeightsSnapshot
    | GradientReport
    | StepRecord
    | StepUndone
    | TrainingFinished
)
Callback = Callable[[TrainingEvent], None]
EpochHook = Callable[[nn.Module, torch.optim.Optimizer, EpochReport], None]
"""Called in the training thread after each epoch, e.g. to save a checkpoint of the run so far."""


@dataclass
class TrainingResult:
    history: list[EpochReport]
    finished: TrainingFinished
    device: torch.device
    best_epoch: int | None = None
    restored_best: bool = False
    optimizer: torch.optim.Optimizer | None = None


def train(
    model: nn.Module,
    dataset: Dataset,
    settings: TrainingSettings,
    callback: Callback | None = None,
    control: TrainingControl | None = None,
    report_interval: float = 0.05,
    optimizer_state: dict | None = None,
    on_epoch: EpochHook | None = None,
) -> TrainingResult:
    """Train model on dataset.train as settings say; raises TrainingError if it cannot go on.

    With `optimizer_state` (from a checkpoint) training resumes: the model keeps the weights it
    has instead of being initialised, and the optimizer continues where it stopped.
    """
    settings.check()
    run = _Run(model, dataset, settings, callback, control, report_interval)
    run.optimizer_state = optimizer_state
    run.on_epoch = on_epoch
    return run.run()


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
            raise TrainingError(
                "This dataset is a regression (a number to predict, not classes): "
                "choose the mse or l1 loss, not cross-entropy."
            )
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


def _is_weighted(module: nn.Module) -> bool:
    return isinstance(module, (nn.Linear, nn.modules.conv._ConvNd)) and isinstance(
        getattr(module, "weight", None), torch.Tensor
    )


def _init_layer(layer: nn.Module, init: str) -> None:
    if init == "kaiming":
        nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
    else:
        nn.init.xavier_uniform_(layer.weight)
    if getattr(layer, "bias", None) is not None:
        nn.init.zeros_(layer.bias)


def _optimizer_state_problem(optimizer: torch.optim.Optimizer) -> str:
    """Which optimizer state tensor has another shape than its parameter (or is not finite)."""
    for group_index, group in enumerate(optimizer.param_groups):
        for param_index, parameter in enumerate(group["params"]):
            for name, value in optimizer.state.get(parameter, {}).items():
                if not isinstance(value, torch.Tensor) or value.dim() == 0:
                    continue
                where = f"{name} of parameter {param_index + 1} in group {group_index + 1}"
                if value.shape != parameter.shape:
                    return f"{where} has shape {tuple(value.shape)}, not {tuple(parameter.shape)}"
                if value.is_floating_point() and not bool(torch.isfinite(value).all()):
                    return f"{where} holds NaN or infinite values"
    return ""


def _failure(error: BaseException, where: str) -> TrainingError:
    """Turn an exception from inside torch into a TrainingError a user can act on."""
    if isinstance(error, TrainingError):
        return error
    if isinstance(error, torch.OutOfMemoryError) or "out of memory" in str(error):
        return TrainingError(
            f"Training stopped {where}: the device ran out of memory. "
            "Choose a smaller batch size, a smaller network, or train on the CPU."
        )
    return TrainingError(f"Training stopped {where}: {type(error).__name__}: {error}")


@dataclass
class _Window:
    """What happened since the previous report: device-side sums plus host-side counts."""

    loss_sum: torch.Tensor
    correct: torch.Tensor
    batches: int = 0
    samples: int = 0
    started: float = 0.0

    def take(self) -> tuple[float, float, int, int]:
        """(mean loss, accuracy, batches, samples) as Python numbers, and start a new window."""
        loss, correct = self.loss_sum.item(), self.correct.item()
        batches, samples = self.batches, self.samples
        self.loss_sum.zero_()
        self.correct.zero_()
        self.batches = self.samples = 0
        return loss / max(batches, 1), correct / max(samples, 1), batches, samples


class _Rewindable:
    """Batches, with a stack of batches pushed back to come first (after an undone step)."""

    def __init__(self, batches: Iterator[tuple[torch.Tensor, torch.Tensor]]) -> None:
        self._batches = batches
        self._back: list[tuple[torch.Tensor, torch.Tensor]] = []

    def __iter__(self) -> _Rewindable:
        return self

    def __next__(self) -> tuple[torch.Tensor, torch.Tensor]:
        return self._back.pop() if self._back else next(self._batches)

    def push(self, batch: tuple[torch.Tensor, torch.Tensor]) -> None:
        self._back.append(batch)


@dataclass
class _EpochTotals:
    loss_sum: float = 0.0
    correct: float = 0.0
    batches: int = 0
    samples: int = 0
    train_seconds: float = 0.0

    def add(self, mean_loss: float, accuracy: float, batches: int, samples: int) -> None:
        self.loss_sum += mean_loss * batches
        self.correct += accuracy * samples
        self.batches += batches
        self.samples += samples


@dataclass
class _Best:
    val_loss: float | None = None
    epoch: int | None = None
    state: dict[str, torch.Tensor] | None = None
    epochs_without_gain: int = 0


@dataclass
class _Clock:
    """Wall time minus the time spent paused."""

    started: float = field(default_factory=time.perf_counter)
    paused: float = 0.0

    def elapsed(self, now: float | None = None) -> float:
        return (time.perf_counter() if now is None else now) - self.started - self.paused


class _Run:
    """One training run; the state shared between the loop's steps lives here."""

    def __init__(
        self,
        model: nn.Module,
        dataset: Dataset,
        settings: TrainingSettings,
        callback: Callback | None,
        control: TrainingControl | None,
        report_interval: float,
    ) -> None:
        self.model, self.dataset, self.settings = model, dataset, settings
        self.callback, self.control = callback, control
        self.report_interval = report_interval
        self.history: list[EpochReport] = []
        self.best = _Best()
        self.epoch = 0
        self.samples_seen = 0
        self.train_seconds = 0.0
        self.last_snapshot = -math.inf
        self.optimizer_state: dict | None = None
        self.on_epoch: EpochHook | None = None

    def run(self) -> TrainingResult:
        self._prepare()
        reason = self._epochs()
        restored = self._restore_best(reason)
        seconds = self.clock.elapsed()
        finished = TrainingFinished(
            reason=reason,
            epochs_run=len(self.history),
            best_val_loss=self.best.val_loss,
            seconds=seconds,
            samples_per_second=self.samples_seen / max(self.train_seconds, 1e-9),
        )
        self._emit(finished)
        return TrainingResult(
            self.history, finished, self.device, self.best.epoch, restored, self.optimizer
        )

    # --- setting up -------------------------------------------------------------------------

    def _prepare(self) -> None:
        settings = self.settings
        torch.manual_seed(settings.seed)
        self.generator = torch.Generator().manual_seed(settings.seed)
        self.device = resolve_device(settings.device)
        if self.optimizer_state is None:
            apply_init(self.model, settings.init)
        try:
            self.model.to(self.device)
            self._build_splits()
        except Exception as error:
            raise _failure(error, "before the first batch") from error
        self.optimizer = self._build_optimizer()
        if self.optimizer_state is not None:
            self._load_optimizer_state(self.optimizer_state)
        self.scheduler = make_scheduler(self.optimizer, settings)
        self.loss_fn = loss_function(
            settings.loss, self.dataset.num_classes, self.device, self.dataset.task
        )
        self.l1_weights = [p for p in self._parameters() if p.dim() > 1] if settings.l1 else []
        self.layer = first_learnable_layer(self.model)
        self.probe = GradientProbe(self.model)
        self.stepper = Stepper(self.model, self.optimizer, self.loss_fn, self._objective)
        self._check_outputs()
        self.clock = _Clock()

    def _check_outputs(self) -> None:
        """Fail before training, with advice, if the model cannot score every class."""
        x, _ = next(iter(self.train_data.batches(1, shuffle=False)))
        self.model.eval()
        try:
            with torch.inference_mode():
                shape = tuple(self.model(x).shape)
        except Exception as error:
            raise _failure(error, "before the first batch") from error
        finally:
            self.model.train()
        classes = self.dataset.num_classes
        if self.dataset.task == "regression" and shape != (1, 1):
            raise TrainingError(
                f"The network gives outputs of shape {shape[1:]} per sample, but this regression "
                "predicts one number: end it with a Linear layer of 1 output and no activation."
            )
        if self.dataset.task != "regression" and shape != (1, classes):
            raise TrainingError(
                f"The network gives outputs of shape {shape[1:]} per image, but the dataset has "
                f"{classes} classes: end it with a layer of {classes} outputs (e.g. Linear)."
            )

    def _build_splits(self) -> None:
        dataset, settings = self.dataset, self.settings
        train_split, val_split = dataset.train, None
        if settings.validation_fraction > 0:
            train_split, val_split = split_validation(
                dataset.train, settings.validation_fraction, settings.seed
            )
        if len(train_split) == 0:
            raise TrainingError("There are no training samples left after the validation split.")
        target = (dataset.target_mean, dataset.target_std)
        self.train_data = DeviceSplit(train_split, self.device, dataset.mean, dataset.std, target)
        self.val_data = None
        if val_split is not None and len(val_split) > 0:
            self.val_data = DeviceSplit(val_split, self.device, dataset.mean, dataset.std, target)
        self.batches_per_epoch = math.ceil(len(train_split) / settings.batch_size)

    def _load_optimizer_state(self, state: dict) -> None:
        try:
            self.optimizer.load_state_dict(state)
            problem = _optimizer_state_problem(self.optimizer)
        except (ValueError, KeyError, TypeError, IndexError, RuntimeError) as error:
            problem = str(error).splitlines()[0] if str(error) else type(error).__name__
        if problem:
            raise TrainingError(
                f"Cannot resume: the checkpoint's optimizer state does not fit this network and "
                f"optimizer ({problem}). Train from scratch, or use the project the checkpoint came from."
            )

    def _objective(self, loss: torch.Tensor) -> torch.Tensor:
        """What the optimizer minimises: the loss, plus the L1 penalty when there is one."""
        l1 = self.settings.l1
        return loss + l1 * sum(w.abs().sum() for w in self.l1_weights) if l1 else loss

    def _parameters(self) -> list[nn.Parameter]:
        return [p for p in self.model.parameters() if p.requires_grad]

    def _build_optimizer(self) -> torch.optim.Optimizer:
        parameters = self._parameters()
        if not parameters:
            raise TrainingError(
                "The network has no learnable parameters: there is nothing to train."
            )
        return make_optimizer(parameters, self.settings)

    # --- the loop -----------------------------------------------------------------------------

    def _epochs(self) -> str:
        self._snapshot(0, 0, force=True)
        for epoch in range(1, self.settings.epochs + 1):
            self.epoch = epoch
            epoch_started = self.clock.elapsed()
            totals = self._train_epoch()
            if totals is None:
                return "stopped"
            val_loss, val_accuracy = self._validate()
            activity = self._activity()
            report = EpochReport(
                epoch=self.epoch,
                epochs=self.settings.epochs,
                train_loss=totals.loss_sum / max(totals.batches, 1),
                train_accuracy=totals.correct / max(totals.samples, 1),
                val_loss=val_loss,
                val_accuracy=val_accuracy,
                learning_rate=self._learning_rate(),
                seconds=self.clock.elapsed() - epoch_started,
                gradient_norms=self.probe.take_epoch(),
                dead_units=activity.dead_units,
                saturated_units=activity.saturated_units,
                prediction_shares=activity.prediction_shares,
            )
            self.history.append(report)
            self._emit(report)
            if self.on_epoch is not None:
                self.on_epoch(self.model, self.optimizer, report)
            self._snapshot(self.epoch, self.batches_per_epoch, force=True)
            if self.scheduler is not None:
                self.scheduler.step()
            if self._should_stop_early(val_loss):
                return "early_stopping"
        return "completed"

    def _train_epoch(self) -> _EpochTotals | None:
        """One pass over the training data; None if a stop was requested part-way."""
        model, optimizer, loss_fn, control = self.model, self.optimizer, self.loss_fn, self.control
        probe = self.probe
        l1, l1_weights = self.settings.l1, self.l1_weights
        window = self._new_window()
        loss_sum, correct = window.loss_sum, window.correct  # zeroed in place at each report
        totals = _EpochTotals()
        batch = 0
        next_report = window.started + self.report_interval
        model.train()
        self.stepper.clear()  # single steps are undone within their epoch only
        batches = _Rewindable(self._batches())
        for x, y in batches:
            if control is not None and control._attention:
                action = self._serve(control, window)
                if action == "stop":
                    self._flush(window, totals, batch)
                    return None
                if action != "go":  # paused: one step, or an undo, on the batch in hand
                    batch = self._single(action, batches, (x, y), window, totals, batch)
                    continue
                next_report = window.started + self.report_interval
            probing = probe.due(batch)
            try:
                outputs = model(x)
                loss = loss_fn(outputs, y)
                objective = loss + l1 * sum(w.abs().sum() for w in l1_weights) if l1 else loss
                optimizer.zero_grad(set_to_none=True)
                objective.backward()
                if probing:
                    probe.before_step()
                optimizer.step()
                if probing:
                    probe.after_step()
                loss_sum.add_(loss.detach())
                correct.add_(batch_score(outputs, y))
            except Exception as error:
                raise _failure(error, f"at epoch {self.epoch}, batch {batch + 1}") from error
            batch += 1
            window.batches += 1
            window.samples += y.shape[0]
            now = time.perf_counter()
            if now >= next_report:
                self._report(window, totals, batch, now)
                next_report = now + self.report_interval
        self._flush(window, totals, batch)
        return totals

    def _batches(self) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        return self.train_data.batches(
            self.settings.batch_size, shuffle=True, generator=self.generator
        )

    def _new_window(self) -> _Window:
        loss_sum = torch.zeros((), device=self.device)
        correct = torch.zeros((), dtype=self._score_dtype(), device=self.device)
        return _Window(loss_sum, correct, started=time.perf_counter())

    def _score_dtype(self) -> torch.dtype:
        return torch.float32 if self.dataset.task == "regression" else torch.int64

    def _serve(self, control: TrainingControl, window: _Window) -> str:
        """Handle waiting control requests: "stop", "go" (train on), or "step" / "undo"."""
        self._apply_learning_rate(control)
        paused, request = control._wait_while_paused()
        self.clock.paused += paused
        window.started += paused
        if control.stop_requested:
            return "stop"
        self._apply_learning_rate(control)  # changed while paused: the step uses it
        if request is None:
            self.stepper.clear()  # trained on: the steps before can no longer be undone
        return request or "go"

    def _apply_learning_rate(self, control: TrainingControl) -> None:
        learning_rate = control._take_learning_rate()
        if learning_rate is not None:
            for group in self.optimizer.param_groups:
                group["lr"] = learning_rate

    def _single(self, action: str, batches, held, window: _Window, totals, batch: int) -> int:
        """Serve a step or an undo while paused; returns the batch count after it."""
        if action == "step":
            return self._step(held, window, totals, batch)
        batches.push(held)  # the batch in hand comes again, after any undone one
        entry = self.stepper.undo()
        if entry is not None:
            batches.push(entry.batch)
            samples = int(entry.batch[1].shape[0])
            totals.loss_sum -= entry.loss
            totals.correct -= entry.score
            totals.batches -= 1
            totals.samples -= samples
            self.samples_seen -= samples
            batch -= 1
            self._snapshot(self.epoch, batch, force=True)
        self._emit(StepUndone(self.epoch, batch, self.stepper.depth, entry is not None))
        return batch

    def _step(self, held, window: _Window, totals: _EpochTotals, batch: int) -> int:
        """Train the batch in hand alone, report it as its own point, and emit its record."""
        self._flush(window, totals, batch)
        x, y = held
        try:
            record, loss, score = self.stepper.step(x, y, batch_score)
        except Exception as error:
            raise _failure(error, f"at epoch {self.epoch}, batch {batch + 1}") from error
        window.loss_sum.add_(loss)
        window.correct.add_(score)
        window.batches += 1
        window.samples += int(y.shape[0])
        batch += 1
        self.last_snapshot = -math.inf  # the report sends the weights after this step
        self._report(window, totals, batch, time.perf_counter())
        if batch == self.batches_per_epoch:
            self.stepper.clear()  # the epoch ends now: its validation cannot be undone
        self._emit(
            dataclasses.replace(
                record,
                epoch=self.epoch,
                batch=batch,
                undo_depth=self.stepper.depth,
                classes=tuple(self.dataset.classes),
            )
        )
        return batch

    def _flush(self, window: _Window, totals: _EpochTotals, batch: int) -> None:
        if window.batches:
            self._report(window, totals, batch, time.perf_counter())

    def _report(self, window: _Window, totals: _EpochTotals, batch: int, now: float) -> None:
        seconds = now - window.started
        try:
            loss, accuracy, batches, samples = window.take()
        except Exception as error:
            raise _failure(error, f"at epoch {self.epoch}, batch {batch}") from error
        if not math.isfinite(loss):
            raise LossNotFiniteError(
                f"Training stopped at epoch {self.epoch}, batch {batch}: the loss became "
                f"NaN/infinite. Lower the learning rate (now {self._learning_rate():g}), "
                "or use a gentler optimizer, a different weight init, or batch normalisation."
            )
        totals.add(loss, accuracy, batches, samples)
        self.samples_seen += samples
        self.train_seconds += seconds
        window.started = now
        epochs, per_epoch = self.settings.epochs, self.batches_per_epoch
        self._emit(
            BatchReport(
                epoch=self.epoch,
                epochs=epochs,
                batch=batch,
                batches_per_epoch=per_epoch,
                samples_seen=self.samples_seen,
                loss=loss,
                accuracy=accuracy,
                samples_per_second=samples / max(seconds, 1e-9),
                progress=min(1.0, (self.epoch - 1 + batch / per_epoch) / epochs),
                learning_rate=self._learning_rate(),
                elapsed_seconds=self.clock.elapsed(now),
            )
        )
        gradients = self.probe.take(self.epoch - 1 + batch / per_epoch)
        if gradients is not None:
            self._emit(gradients)
        self._snapshot(self.epoch, batch)

    def _activity(self) -> Activity:
        x, _ = next(iter(self.train_data.batches(SAMPLES, shuffle=False)))
        try:
            return measure_activity(self.model, x, self.dataset.num_classes)
        except Exception as error:
            raise _failure(error, f"while measuring epoch {self.epoch}") from error

    def _validate(self) -> tuple[float | None, float | None]:
        if self.val_data is None:
            return None, None
        loss_sum = torch.zeros((), device=self.device)
        correct = torch.zeros((), dtype=self._score_dtype(), device=self.device)
        self.model.eval()
        try:
            with torch.inference_mode():
                for x, y in self.val_data.batches(VALIDATION_BATCH, shuffle=False):
                    outputs = self.model(x)
                    loss_sum += self.loss_fn(outputs, y) * y.shape[0]
                    correct += batch_score(outputs, y)
            count = len(self.val_data)
            return loss_sum.item() / count, correct.item() / count
        except Exception as error:
            raise _failure(error, f"while validating epoch {self.epoch}") from error
        finally:
            self.model.train()

    # --- early stopping, snapshots and events ---------------------------------------------------

    def _should_stop_early(self, val_loss: float | None) -> bool:
        patience, best = self.settings.early_stopping_patience, self.best
        if val_loss is None or not math.isfinite(val_loss):
            return False
        if best.val_loss is None or val_loss < best.val_loss:
            best.val_loss, best.epoch, best.epochs_without_gain = val_loss, self.epoch, 0
            if patience:
                best.state = {k: v.detach().clone() for k, v in self.model.state_dict().items()}
            return False
        best.epochs_without_gain += 1
        return bool(patience) and best.epochs_without_gain >= patience

    def _restore_best(self, reason: str) -> bool:
        """With early stopping on, end with the weights of the best validation epoch."""
        if self.best.state is None:
            return False
        if reason != "stopped" and self.best.epoch == len(self.history):
            return False  # the model already holds the best epoch's weights
        self.model.load_state_dict(self.best.state)
        return True

    def _snapshot(self, epoch: int, batch: int, force: bool = False) -> None:
        now = time.perf_counter()
        if self.callback is None or self.layer is None:
            return
        if not force and now - self.last_snapshot < SNAPSHOT_INTERVAL:
            return
        self.last_snapshot = now
        index, layer = self.layer
        weights = layer.weight.detach().to("cpu", copy=True).numpy()
        self._emit(WeightsSnapshot(epoch, batch, index, weights))

    def _learning_rate(self) -> float:
        return float(self.optimizer.param_groups[0]["lr"])

    def _emit(self, event: TrainingEvent) -> None:
        if self.callback is not None:
            self.callback(event)
