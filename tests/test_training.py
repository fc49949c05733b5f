"""The training loop: it learns, reports in order with plain values, and obeys its controls."""

from __future__ import annotations

import dataclasses
import threading
import time

import numpy as np
import pytest
import torch
from torch import nn

from netbuilder.document.settings import INITS, LOSSES, OPTIMIZERS, TrainingSettings
from netbuilder.engine.dataset import Dataset, ImageSplit
from netbuilder.engine.devices import DeviceUnavailableError, available_devices, resolve_device
from netbuilder.engine.recipe import apply_init, first_learnable_layer
from netbuilder.engine.training import train
from netbuilder.engine.training_control import TrainingControl
from netbuilder.engine.training_events import (
    BatchReport,
    EpochReport,
    TrainingError,
    TrainingFinished,
    WeightsSnapshot,
)


def blob_split(count: int, seed: int, shuffle_labels: bool = False) -> ImageSplit:
    """Noise with a bright square whose place gives the class: easy to tell apart."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 10, count).astype(np.int64)
    images = rng.integers(0, 40, (count, 28, 28)).astype(np.uint8)
    for k in range(10):
        row, col = divmod(k, 4)
        images[labels == k, row * 7 + 1 : row * 7 + 6, col * 7 + 1 : col * 7 + 6] = 230
    if shuffle_labels:
        labels = rng.permutation(labels)
    return ImageSplit(images=torch.from_numpy(images), labels=torch.from_numpy(labels))


def blob_dataset(count: int = 2000, seed: int = 0, shuffle_labels: bool = False) -> Dataset:
    return Dataset(
        name="blobs",
        title="Blobs",
        train=blob_split(count, seed, shuffle_labels),
        test=blob_split(count // 4, seed + 1),
        classes=tuple(str(k) for k in range(10)),
        mean=0.1,
        std=0.3,
        synthetic=True,
        source="test",
    )


def mlp(hidden: int = 64) -> nn.Sequential:
    return nn.Sequential(nn.Flatten(), nn.Linear(784, hidden), nn.ReLU(), nn.Linear(hidden, 10))


def quick(**changes: object) -> TrainingSettings:
    values = {"optimizer": "adam", "learning_rate": 1e-3, "batch_size": 64, "epochs": 1}
    return TrainingSettings(**{**values, **changes})


@pytest.fixture(scope="module")
def blobs() -> Dataset:
    return blob_dataset()


@pytest.fixture(scope="module")
def small_blobs() -> Dataset:
    return blob_dataset(count=400)


def run(model: nn.Module, dataset: Dataset, settings: TrainingSettings, **kwargs: object):
    events: list[object] = []
    result = train(model, dataset, settings, callback=events.append, **kwargs)
    return result, events


def of_type(events: list[object], kind: type) -> list:
    return [event for event in events if isinstance(event, kind)]


def test_mlp_learns_the_blobs_and_reports_in_order(blobs: Dataset) -> None:
    result, events = run(mlp(), blobs, quick(epochs=2), report_interval=0.0)

    epochs = of_type(events, EpochReport)
    assert [e.epoch for e in epochs] == [1, 2] and result.history == epochs
    assert epochs[-1].val_accuracy > 0.9 and epochs[-1].train_accuracy > 0.7
    assert epochs[-1].train_loss < epochs[0].train_loss
    batches = of_type(events, BatchReport)
    seen = [b.samples_seen for b in batches]
    assert seen == sorted(set(seen)) and seen[-1] == 2 * 1800
    assert batches[-1].progress == pytest.approx(1.0) and batches[-1].batch == 29
    assert isinstance(events[0], WeightsSnapshot) and isinstance(events[-1], TrainingFinished)
    assert events[-1].reason == "completed" and events[-1].epochs_run == 2
    assert events[-1].samples_per_second > 0
    snapshots = of_type(events, WeightsSnapshot)
    assert snapshots[0].weights.shape == (64, 784) and snapshots[0].layer_index == 1
    assert not np.array_equal(snapshots[0].weights, snapshots[-1].weights)


def test_events_hold_plain_values_never_tensors(small_blobs: Dataset) -> None:
    _, events = run(mlp(), small_blobs, quick(), report_interval=0.0)
    plain = (int, float, str, type(None), np.ndarray, tuple, dict)  # tuples, dicts: of plain values
    for event in events:
        for field in dataclasses.fields(event):
            value = getattr(event, field.name)
            assert isinstance(value, plain), f"{type(event).__name__}.{field.name}: {type(value)}"


def test_each_report_averages_only_its_own_batches(small_blobs: Dataset) -> None:
    _, events = run(mlp(), small_blobs, quick(epochs=2), report_interval=0.0)
    batches = of_type(events, BatchReport)
    assert len(batches) == 2 * 6  # report_interval 0: every batch is reported on its own
    assert all(0.0 <= b.accuracy <= 1.0 and b.loss > 0 for b in batches)
    epoch_one = [b.loss for b in batches if b.epoch == 1]
    assert of_type(events, EpochReport)[0].train_loss == pytest.approx(np.mean(epoch_one))


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_every_optimizer_trains(optimizer: str, small_blobs: Dataset) -> None:
    momentum = 0.9 if optimizer in ("sgd", "rmsprop") else 0.0
    settings = quick(optimizer=optimizer, learning_rate=0.01, momentum=momentum, weight_decay=1e-4)
    result, _ = run(mlp(), small_blobs, settings)
    assert result.finished.reason == "completed"
    assert np.isfinite(result.history[0].train_loss)


def test_sgd_with_nesterov_and_l1_trains(small_blobs: Dataset) -> None:
    settings = quick(optimizer="sgd", learning_rate=0.05, momentum=0.9, nesterov=True, l1=1e-4)
    result, _ = run(mlp(), small_blobs, settings)
    assert np.isfinite(result.history[0].train_loss)


def test_l1_penalty_shrinks_the_weights(small_blobs: Dataset) -> None:
    def total_weight(l1: float) -> float:
        torch.manual_seed(3)
        model = mlp()
        train(model, small_blobs, quick(optimizer="sgd", learning_rate=0.05, epochs=2, l1=l1))
        return sum(p.abs().sum().item() for p in model.parameters() if p.dim() > 1)

    assert total_weight(0.01) < 0.8 * total_weight(0.0)


@pytest.mark.parametrize("loss", LOSSES)
def test_every_loss_trains(loss: str, small_blobs: Dataset) -> None:
    result, _ = run(mlp(), small_blobs, quick(loss=loss, epochs=2))
    assert result.history[-1].train_loss < result.history[0].train_loss


def test_step_schedule_halves_the_learning_rate(small_blobs: Dataset) -> None:
    settings = quick(schedule="step", step_size=1, gamma=0.5, learning_rate=0.01, epochs=3)
    result, _ = run(mlp(), small_blobs, settings)
    assert [e.learning_rate for e in result.history] == pytest.approx([0.01, 0.005, 0.0025])


def test_cosine_schedule_ends_lower(small_blobs: Dataset) -> None:
    result, _ = run(mlp(), small_blobs, quick(schedule="cosine", learning_rate=0.01, epochs=3))
    rates = [e.learning_rate for e in result.history]
    assert rates[0] == pytest.approx(0.01) and rates[0] > rates[1] > rates[2] > 0


@pytest.mark.parametrize("init", INITS)
def test_every_init_trains(init: str, small_blobs: Dataset) -> None:
    result, _ = run(mlp(), small_blobs, quick(init=init))
    assert np.isfinite(result.history[0].train_loss)


def test_kaiming_and_xavier_init_zero_the_biases_and_set_the_scale() -> None:
    model = nn.Sequential(nn.Conv2d(1, 32, 3), nn.Flatten(), nn.Linear(800, 500))
    apply_init(model, "kaiming")
    assert all(torch.count_nonzero(m.bias) == 0 for m in (model[0], model[2]))
    assert model[2].weight.std().item() == pytest.approx((2 / 800) ** 0.5, rel=0.1)
    apply_init(model, "xavier")
    bound = (6 / (800 + 500)) ** 0.5
    assert model[2].weight.abs().max().item() <= bound
    assert model[2].weight.abs().max().item() > 0.9 * bound


def test_default_init_leaves_the_weights_alone() -> None:
    model = mlp()
    before = model[1].weight.clone()
    apply_init(model, "default")
    assert torch.equal(model[1].weight, before)


def test_first_learnable_layer_finds_the_first_linear_or_conv() -> None:
    model = nn.Sequential(nn.Flatten(), nn.Unflatten(1, (1, 28, 28)), nn.Conv2d(1, 4, 3))
    assert first_learnable_layer(model) == (2, model[2])
    assert first_learnable_layer(nn.Sequential(nn.Flatten(), nn.ReLU())) is None


class _TrainingThread(threading.Thread):
    """Runs train() in the background, as the GUI's worker does, noting every BatchReport."""

    def __init__(self, dataset: Dataset, control: TrainingControl) -> None:
        super().__init__(daemon=True)
        self.dataset, self.control = dataset, control
        self.reports: list[BatchReport] = []
        self.started_reporting = threading.Event()
        self.new_rate_seen = threading.Event()
        self.result = None
        self.error: BaseException | None = None

    def on_event(self, event: object) -> None:
        if isinstance(event, BatchReport):
            self.reports.append(event)
            self.started_reporting.set()
            if event.learning_rate == pytest.approx(0.0123):
                self.new_rate_seen.set()

    def run(self) -> None:
        try:
            settings = quick(epochs=10000, validation_fraction=0.0)
            self.result = train(mlp(16), self.dataset, settings, self.on_event, self.control, 0.0)
        except BaseException as error:  # handed to the test thread
            self.error = error


class _WatchedControl(TrainingControl):
    """A control that says when the loop starts and stops waiting in a pause, and how many batch
    reports there were at each moment: the test waits on that instead of sleeping."""

    def __init__(self) -> None:
        super().__init__()
        self.reports: list[BatchReport] = []
        self.waiting = threading.Event()
        self.counts: list[int] = []  # reports when the wait began, and when it ended

    def wait_while_paused(self) -> tuple[float, str | None]:
        self.counts.append(len(self.reports))
        self.waiting.set()
        result = super().wait_while_paused()
        self.counts.append(len(self.reports))
        return result


def test_pause_resume_learning_rate_and_stop_from_another_thread(small_blobs: Dataset) -> None:
    control = _WatchedControl()
    worker = _TrainingThread(small_blobs, control)
    control.reports = worker.reports
    worker.start()
    assert worker.started_reporting.wait(60)

    at_pause = len(worker.reports)
    control.pause()
    assert control.paused
    assert control.waiting.wait(60), "the loop never stopped for the pause"
    count = control.counts[0]
    assert count <= at_pause + 1  # at most the batch in flight finished

    control.set_learning_rate(0.0123)
    control.resume()
    assert worker.new_rate_seen.wait(60)
    assert control.counts[:2] == [count, count], "training went on while paused"
    assert len(worker.reports) > count

    control.stop()
    worker.join(60)
    assert not worker.is_alive() and worker.error is None
    assert control.stop_requested
    assert worker.result.finished.reason == "stopped"
    assert worker.result.finished.epochs_run < 10000


def test_stop_while_paused_ends_training(small_blobs: Dataset) -> None:
    control = TrainingControl()
    worker = _TrainingThread(small_blobs, control)
    worker.start()
    assert worker.started_reporting.wait(60)
    control.pause()
    control.stop()
    worker.join(60)
    assert not worker.is_alive() and worker.result.finished.reason == "stopped"


def test_a_bad_learning_rate_request_is_refused() -> None:
    with pytest.raises(ValueError):
        TrainingControl().set_learning_rate(float("nan"))


def test_a_huge_learning_rate_stops_with_advice_about_nan(small_blobs: Dataset) -> None:
    settings = quick(optimizer="sgd", loss="mse", learning_rate=1e6)
    with pytest.raises(TrainingError, match="NaN") as caught:
        train(mlp(), small_blobs, settings, report_interval=0.0)
    assert "Lower the learning rate (now 1e+06)" in str(caught.value)
    assert "epoch 1, batch" in str(caught.value)


class _Explodes(nn.Module):
    """Gives NaN once training starts, as a network that has diverged does."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * float("nan") if self.training else x


def test_a_model_that_gives_nan_stops_training(small_blobs: Dataset) -> None:
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10), _Explodes())
    with pytest.raises(TrainingError, match="NaN/infinite"):
        train(model, small_blobs, quick())


class _Fails(nn.Module):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.training:
            raise self.error
        return x


def test_an_exception_in_a_layer_becomes_a_training_error(small_blobs: Dataset) -> None:
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10), _Fails(ValueError("bad shape")))
    with pytest.raises(TrainingError, match="epoch 1, batch 1: ValueError: bad shape"):
        train(model, small_blobs, quick())


def test_out_of_memory_suggests_a_smaller_batch(small_blobs: Dataset) -> None:
    error = torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10), _Fails(error))
    with pytest.raises(TrainingError, match="ran out of memory") as caught:
        train(model, small_blobs, quick())
    assert "smaller batch size" in str(caught.value) and "CPU" in str(caught.value)


def test_a_network_with_the_wrong_number_of_outputs_is_refused(small_blobs: Dataset) -> None:
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 3))
    with pytest.raises(TrainingError, match="10 classes"):
        train(model, small_blobs, quick())


def test_a_network_without_parameters_is_refused(small_blobs: Dataset) -> None:
    model = nn.Sequential(nn.Flatten(), nn.AdaptiveAvgPool1d(10))
    with pytest.raises(TrainingError, match="no learnable parameters"):
        train(model, small_blobs, quick())


def test_early_stopping_ends_early_and_restores_the_best_weights() -> None:
    # Random labels: the network can only memorise, so validation loss soon gets worse.
    dataset = blob_dataset(count=300, shuffle_labels=True)
    settings = quick(
        learning_rate=0.01, epochs=50, early_stopping_patience=1, validation_fraction=0.3
    )
    model = mlp(256)
    result, events = run(model, dataset, settings)

    assert result.finished.reason == "early_stopping"
    assert 2 <= result.finished.epochs_run < 50
    val_losses = [e.val_loss for e in result.history]
    assert result.finished.best_val_loss == min(val_losses)
    assert result.best_epoch == val_losses.index(min(val_losses)) + 1
    assert result.restored_best
    best = [s for s in of_type(events, WeightsSnapshot) if s.epoch == result.best_epoch][-1]
    np.testing.assert_array_equal(model[1].weight.detach().numpy(), best.weights)


def test_without_validation_there_is_no_val_loss(small_blobs: Dataset) -> None:
    result, _ = run(mlp(), small_blobs, quick(validation_fraction=0.0))
    assert result.history[0].val_loss is None and result.finished.best_val_loss is None


def test_the_same_seed_gives_the_same_weights(small_blobs: Dataset) -> None:
    def final_weights(seed: int) -> dict[str, torch.Tensor]:
        model = nn.Sequential(mlp(), nn.Dropout(0.2))
        train(model, small_blobs, quick(seed=seed, init="kaiming", epochs=2))
        return model.state_dict()

    first, again, other = final_weights(7), final_weights(7), final_weights(8)
    assert all(torch.equal(first[k], again[k]) for k in first)
    assert not all(torch.equal(first[k], other[k]) for k in first)


def test_a_missing_gpu_is_named_with_the_way_out(small_blobs: Dataset) -> None:
    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    with pytest.raises(DeviceUnavailableError, match="cuda.*choose cpu or auto"):
        resolve_device("cuda")
    with pytest.raises(DeviceUnavailableError, match="cpu"):
        train(mlp(), small_blobs, quick(device="cuda:0"))


def test_auto_picks_the_fastest_device_and_cpu_is_always_there() -> None:
    devices = available_devices()
    assert devices[-1].id == "cpu" and devices[-1].label.startswith("CPU (")
    assert resolve_device("auto") == torch.device(devices[0].id)
    if not torch.cuda.is_available() and not torch.backends.mps.is_available():
        assert resolve_device("auto") == torch.device("cpu")
    assert resolve_device(" CPU ") == torch.device("cpu")
    with pytest.raises(DeviceUnavailableError, match="not a device name"):
        resolve_device("tpu")


def test_training_leaves_the_model_in_train_mode_on_its_device(small_blobs: Dataset) -> None:
    model = mlp()
    result, _ = run(model, small_blobs, quick())
    assert model.training
    assert next(model.parameters()).device.type == result.device.type == "cpu"


def test_batch_reports_are_rate_limited_and_cover_every_sample():
    """The GUI relies on this: reports arrive at most once per interval (plus one per epoch end),
    each merging the batches since the last, so together they account for every sample."""
    from netbuilder.engine.synthetic_digits import synthetic_digits

    dataset = synthetic_digits(3000, 100, seed=0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
    settings = TrainingSettings(batch_size=8, epochs=2, validation_fraction=0.0)
    reports = []
    started = time.perf_counter()
    train(model, dataset, settings, callback=reports.append, report_interval=0.1)
    elapsed = time.perf_counter() - started
    batches = [r for r in reports if isinstance(r, BatchReport)]
    assert 2 <= len(batches) <= elapsed / 0.1 + settings.epochs + 1
    assert len(batches) < 2 * 3000 // 8  # far fewer reports than batches
    assert batches[-1].samples_seen == 2 * 3000


def test_the_same_seed_gives_the_same_run_twice_in_one_process():
    from netbuilder.document.network import Layer, Network
    from netbuilder.document.project import Project
    from netbuilder.document.settings import TrainingSettings
    from netbuilder.engine.experiment import run_experiment
    from netbuilder.engine.synthetic_digits import synthetic_digits

    data = synthetic_digits(200, 50, seed=2)
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 10})], (1, 28, 28))
    project = Project(network, TrainingSettings(epochs=1, batch_size=50, device="cpu", seed=7))
    first, second = (run_experiment(project, data) for _ in range(2))
    first_weights, second_weights = first.model.state_dict(), second.model.state_dict()
    assert all(torch.equal(first_weights[k], second_weights[k]) for k in first_weights)
    project.training = dataclasses.replace(project.training, seed=8)
    other = run_experiment(project, data)
    assert not torch.equal(
        other.model.state_dict()["1.weight"], first.model.state_dict()["1.weight"]
    )
