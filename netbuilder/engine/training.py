"""The training loop: trains a model on a dataset, reports through a callback, stops when asked.

The hot path keeps running loss and accuracy as device tensors and turns them into Python
numbers only when a report is due, so it runs as fast as a hand-written loop. Every event the
callback sees holds plain numbers and CPU numpy copies, never tensors the loop keeps changing.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import torch
from torch import nn

from netbuilder.document.messages import Message
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine import reconstruction
from netbuilder.engine.activity import SAMPLES, Activity, measure_activity
from netbuilder.engine.augment import build_augment
from netbuilder.engine.dataset import Dataset, DeviceSplit, split_validation
from netbuilder.engine.devices import resolve_device
from netbuilder.engine.gradient_flow import GradientProbe
from netbuilder.engine.recipe import (
    apply_init,
    batch_score,
    first_learnable_layer,
    loss_function,
    make_optimizer,
    make_scheduler,
)
from netbuilder.engine.single_step import Stepper
from netbuilder.engine.training_control import TrainingControl
from netbuilder.engine.training_events import (
    BatchReport,
    Callback,
    EpochHook,
    EpochReport,
    LossNotFiniteError,
    StepUndone,
    TrainingError,
    TrainingEvent,
    TrainingFinished,
    TrainingResult,
    WeightsSnapshot,
)

SNAPSHOT_INTERVAL = 0.5  # seconds between weight snapshots; a filter view needs no more
VALIDATION_BATCH = 1000  # validation needs no gradients, so it can take bigger bites


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
        self.reconstruct = self.dataset.task == reconstruction.RECONSTRUCTION
        self.score = reconstruction.score if self.reconstruct else batch_score
        self.loss_fn = (
            reconstruction.loss_function(settings.loss)
            if self.reconstruct
            else loss_function(
                settings.loss, self.dataset.num_classes, self.device, self.dataset.task
            )
        )
        self.preview = self._preview()
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
        if self.reconstruct:
            if shape != tuple(x.shape):
                args = {"shape": shape[1:], "input": tuple(x.shape[1:])}
                raise TrainingError(Message("reconstruction_output_shape", args))
            return
        if self.dataset.task == "regression" and shape != (1, 1):
            raise TrainingError(Message("regression_output_shape", {"shape": shape[1:]}))
        if self.dataset.task != "regression" and shape != (1, classes):
            args = {"shape": shape[1:], "classes": classes}
            raise TrainingError(Message("classes_output_shape", args))

    def _build_splits(self) -> None:
        dataset, settings = self.dataset, self.settings
        train_split, val_split = dataset.train, None
        if settings.validation_fraction > 0:
            train_split, val_split = split_validation(
                dataset.train, settings.validation_fraction, settings.seed
            )
        if len(train_split) == 0:
            raise TrainingError(Message("no_training_samples"))
        target = (dataset.target_mean, dataset.target_std)
        self.train_data = DeviceSplit(train_split, self.device, dataset.mean, dataset.std, target)
        self.val_data = None
        if val_split is not None and len(val_split) > 0:
            self.val_data = DeviceSplit(val_split, self.device, dataset.mean, dataset.std, target)
        self.batches_per_epoch = math.ceil(len(train_split) / settings.batch_size)
        self.augment = None  # training batches only: validation and test are never augmented
        if train_split.is_images:
            size = tuple(train_split.sample_shape[-2:])
            self.augment = build_augment(settings, size)  # type: ignore[arg-type]

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
            raise TrainingError(Message("no_learnable_parameters"))
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
            if control is not None and control.needs_attention:
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
                correct.add_(self.score(outputs, y))
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
        batches = self.train_data.batches(
            self.settings.batch_size, shuffle=True, generator=self.generator, augment=self.augment
        )
        return self._targets(batches)

    def _targets(self, batches: Iterator) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        """A reconstruction's target is its input (the input maybe noisy); else the labels."""
        if not self.reconstruct:
            return batches
        return reconstruction.with_targets(batches, self.settings.denoise)

    def _preview(self) -> tuple[torch.Tensor, tuple[int, ...]] | None:
        """The test images a reconstruction shows while it trains (on the device)."""
        if not self.reconstruct or len(self.dataset.test) == 0:
            return None
        split = reconstruction.preview_split(self.dataset.test)
        images, _ = next(
            iter(DeviceSplit(split, self.device, 0.0, 1.0).batches(len(split), shuffle=False))
        )
        return images, tuple(split.labels.tolist())

    def _new_window(self) -> _Window:
        loss_sum = torch.zeros((), device=self.device)
        correct = torch.zeros((), dtype=self._score_dtype(), device=self.device)
        return _Window(loss_sum, correct, started=time.perf_counter())

    def _score_dtype(self) -> torch.dtype:
        return torch.int64 if self.dataset.task == "classification" else torch.float32

    def _serve(self, control: TrainingControl, window: _Window) -> str:
        """Handle waiting control requests: "stop", "go" (train on), or "step" / "undo"."""
        self._apply_learning_rate(control)
        paused, request = control.wait_while_paused()
        self.clock.paused += paused
        window.started += paused
        if control.stop_requested:
            return "stop"
        self._apply_learning_rate(control)  # changed while paused: the step uses it
        if request is None:
            self.stepper.clear()  # trained on: the steps before can no longer be undone
        return request or "go"

    def _apply_learning_rate(self, control: TrainingControl) -> None:
        learning_rate = control.take_learning_rate()
        if learning_rate is not None:
            for group in self.optimizer.param_groups:
                group["lr"] = learning_rate

    def _single(self, action: str, batches, held, window: _Window, totals, batch: int) -> int:
        """Serve a step or an undo while paused; returns the batch count after it."""
        if action == "step":
            return self._step(held, window, totals, batch)
        batches.push(held)  # the batch in hand comes again, after any undone one
        rates = [group["lr"] for group in self.optimizer.param_groups]
        entry = self.stepper.undo()
        for group, rate in zip(self.optimizer.param_groups, rates, strict=True):
            group["lr"] = rate  # the rate is the user's control, not a step's state: kept
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
            record, loss, score = self.stepper.step(x, y, self.score)
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
            where = {"epoch": self.epoch, "batch": batch, "lr": self._learning_rate()}
            raise LossNotFiniteError(Message("loss_not_finite", where))
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
        classes = 0 if self.reconstruct else self.dataset.num_classes  # no predictions to share
        try:
            return measure_activity(self.model, x, classes)
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
                batches = self.val_data.batches(VALIDATION_BATCH, shuffle=False)
                for x, y in self._targets(batches):
                    outputs = self.model(x)
                    loss_sum += self.loss_fn(outputs, y) * y.shape[0]
                    correct += self.score(outputs, y)
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
        if self.preview is not None:
            images, labels = self.preview
            noise = self.settings.denoise
            self._emit(reconstruction.snapshot(self.model, images, noise, epoch, batch, labels))

    def _learning_rate(self) -> float:
        return float(self.optimizer.param_groups[0]["lr"])

    def _emit(self, event: TrainingEvent) -> None:
        if self.callback is not None:
            self.callback(event)
