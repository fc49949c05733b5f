"""One step, slowly: the record is torch's own gradient, update and optimizer state; undo is exact."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from netbuilder.engine.recipe import batch_score
from netbuilder.engine.single_step import (
    MAX_COLS,
    MAX_ROWS,
    Stepper,
    StepRecord,
    restore,
    take_snapshot,
    take_step,
)
from netbuilder.engine.training import train
from netbuilder.engine.training_control import TrainingControl
from netbuilder.engine.training_events import BatchReport, EpochReport, StepUndone, TrainingFinished
from tests.test_training import blob_dataset, quick


def small_model() -> nn.Sequential:
    torch.manual_seed(0)
    return nn.Sequential(nn.Flatten(), nn.Linear(12, 6), nn.ReLU(), nn.Linear(6, 3))


def batch() -> tuple[torch.Tensor, torch.Tensor]:
    generator = torch.Generator().manual_seed(1)
    return torch.randn(8, 12, generator=generator), torch.randint(0, 3, (8,), generator=generator)


def grads_of(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> list[torch.Tensor]:
    """The gradients torch computes for this batch, on a copy of the model."""
    model.zero_grad(set_to_none=True)
    F.cross_entropy(model(x), y).backward()
    grads = [p.grad.clone() for p in model.parameters()]
    model.zero_grad(set_to_none=True)
    return grads


def weights(model: nn.Module) -> list[torch.Tensor]:
    return [p.detach().clone() for p in model.parameters()]


def test_plain_sgd_update_is_minus_lr_times_gradient() -> None:
    model, (x, y) = small_model(), batch()
    expected = grads_of(model, x, y)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    before = weights(model)
    record, loss, _ = take_step(model, optimizer, F.cross_entropy, x, y)
    assert [layer.label for layer in record.layers] == ["2 Linear", "4 Linear"]
    first = record.layers[0].parameter("weight")
    assert first.shape == (6, 12) and first.state == {}  # plain SGD keeps no state
    np.testing.assert_allclose(first.gradient, expected[0].numpy(), rtol=1e-6)
    np.testing.assert_allclose(first.update, -0.1 * expected[0].numpy(), rtol=1e-5, atol=1e-7)
    np.testing.assert_array_equal(first.before, before[0].numpy())
    np.testing.assert_array_equal(first.after, model[1].weight.detach().numpy())
    norm = torch.linalg.vector_norm(torch.cat([g.flatten() for g in expected[:2]]))
    assert record.layers[0].gradient_norm == pytest.approx(float(norm), rel=1e-5)
    assert record.layers[0].update_norm == pytest.approx(0.1 * float(norm), rel=1e-4)
    assert record.loss_before == pytest.approx(float(loss))
    assert record.loss_after < record.loss_before, "a small SGD step lowers the batch's loss"
    assert record.optimizer == "SGD" and record.learning_rate == 0.1 and record.batch_size == 8
    assert record.predictions.shape == record.labels.shape == (8,)


def test_sgd_momentum_update_is_minus_lr_times_the_momentum_buffer() -> None:
    model, (x, y) = small_model(), batch()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    take_step(model, optimizer, F.cross_entropy, x, y)
    record, _, _ = take_step(model, optimizer, F.cross_entropy, x, y)  # now the buffer has history
    weight = record.layers[1].parameter("weight")
    buffer = weight.state["momentum_buffer"]
    np.testing.assert_array_equal(buffer, optimizer.state[model[3].weight]["momentum_buffer"])
    np.testing.assert_allclose(weight.update, -0.05 * buffer, rtol=1e-5, atol=1e-7)
    assert not np.allclose(buffer, weight.gradient), "the buffer remembers the earlier step"


def test_adam_record_holds_its_moments_and_its_real_update() -> None:
    model, (x, y) = small_model(), batch()
    twin = small_model()  # the same weights, stepped by torch.optim.Adam directly
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    twin_optimizer = torch.optim.Adam(twin.parameters(), lr=0.01)
    for _ in range(2):
        record, _, _ = take_step(model, optimizer, F.cross_entropy, x, y)
        twin_before = weights(twin)
        twin_optimizer.zero_grad()
        F.cross_entropy(twin(x), y).backward()
        twin_optimizer.step()
    weight = record.layers[0].parameter("weight")
    assert {"exp_avg", "exp_avg_sq", "step"} <= set(weight.state)
    assert weight.state["step"] == 2.0
    np.testing.assert_array_equal(
        weight.state["exp_avg"], twin_optimizer.state[twin[1].weight]["exp_avg"]
    )
    twin_update = (twin[1].weight.detach() - twin_before[0]).numpy()
    np.testing.assert_array_equal(weight.update, twin_update)
    np.testing.assert_array_equal(weight.after, twin[1].weight.detach().numpy())


@pytest.mark.parametrize(
    ("make", "names"),
    [
        (lambda ps: torch.optim.Adagrad(ps, lr=0.01), {"sum", "step"}),
        (lambda ps: torch.optim.RMSprop(ps, lr=0.01), {"square_avg", "step"}),
        (lambda ps: torch.optim.AdamW(ps, lr=0.01), {"exp_avg", "exp_avg_sq", "step"}),
    ],
)
def test_other_optimizers_show_their_state_as_torch_names_it(make, names) -> None:
    model, (x, y) = small_model(), batch()
    record, _, _ = take_step(model, make(model.parameters()), F.cross_entropy, x, y)
    assert names <= set(record.layers[0].parameter("bias").state)


def test_undo_restores_weights_and_optimizer_state_bit_exactly_and_a_redo_matches() -> None:
    model, (x, y) = small_model(), batch()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    take_step(model, optimizer, F.cross_entropy, x, y)  # the state is not empty any more
    snapshot = take_snapshot(model, optimizer)
    state_before = {k: v.clone() for k, v in optimizer.state[model[1].weight].items()}
    before = weights(model)
    first, _, _ = take_step(model, optimizer, F.cross_entropy, x, y)
    after_first = weights(model)
    restore(model, optimizer, snapshot)
    assert all(torch.equal(a, b) for a, b in zip(weights(model), before, strict=True))
    state = optimizer.state[model[1].weight]
    assert all(torch.equal(state[k], v) for k, v in state_before.items())
    again, _, _ = take_step(model, optimizer, F.cross_entropy, x, y)
    assert all(torch.equal(a, b) for a, b in zip(weights(model), after_first, strict=True))
    assert again.loss_after == first.loss_after
    restore(model, optimizer, snapshot)  # the snapshot is still good after being used
    assert all(torch.equal(a, b) for a, b in zip(weights(model), before, strict=True))


def test_dropout_and_batch_norm_replay_the_same_mask_and_leave_no_trace() -> None:
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(12, 6), nn.BatchNorm1d(6), nn.Dropout(0.5), nn.Linear(6, 3))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.0)  # no update: the same loss again
    x, y = batch()
    stepper = Stepper(model, optimizer, F.cross_entropy)
    record, _, _ = stepper.step(x, y, batch_score)
    assert record.loss_after == pytest.approx(record.loss_before, rel=1e-6)
    assert int(model[1].num_batches_tracked) == 1, "the replay did not count as a batch"
    running = model[1].running_mean.clone()
    rng = torch.get_rng_state()
    assert stepper.undo() is not None
    assert int(model[1].num_batches_tracked) == 0 and not torch.equal(
        model[1].running_mean, running
    )
    assert not torch.equal(torch.get_rng_state(), rng), "the RNG is back to before the step"
    again, _, _ = stepper.step(x, y, batch_score)
    assert again.loss_before == record.loss_before, "the same dropout mask after undo"


def test_big_tensors_are_cut_to_a_display_size_and_conv_weights_laid_flat() -> None:
    model = nn.Sequential(nn.Conv2d(1, 2, 3), nn.Flatten(), nn.Linear(2 * 30 * 30, 300))
    x, y = torch.randn(2, 1, 32, 32), torch.tensor([0, 1])
    record, _, _ = take_step(model, torch.optim.SGD(model.parameters(), 0.1), F.cross_entropy, x, y)
    conv = record.layers[0].parameter("weight")
    assert conv.before.shape == (2, 9) and not conv.truncated
    linear = record.layers[1].parameter("weight")
    assert linear.before.shape == (MAX_ROWS, MAX_COLS) and linear.truncated
    assert record.layers[1].parameter("bias").before.shape == (1, 300)


# --- in the training loop --------------------------------------------------------------------


class _Paused(threading.Thread):
    """train() in the background, paused before its first batch; records every event."""

    def __init__(self, settings, epochs_seen: int = 0) -> None:
        super().__init__(daemon=True)
        self.control = TrainingControl()
        self.control.pause()
        self.settings = settings
        self.events: list[object] = []
        self.arrived = threading.Condition()
        self.result = self.error = None

    def on_event(self, event: object) -> None:
        with self.arrived:
            self.events.append(event)
            self.arrived.notify_all()

    def wait_for(self, kind: type, count: int) -> list:
        with self.arrived:
            assert self.arrived.wait_for(lambda: len(self.of(kind)) >= count, timeout=60)
            return self.of(kind)

    def of(self, kind: type) -> list:
        return [e for e in self.events if isinstance(e, kind)]

    def run(self) -> None:
        try:
            torch.set_num_threads(1)
            dataset = blob_dataset(count=160)
            self.model = nn.Sequential(nn.Flatten(), nn.Linear(784, 8), nn.ReLU(), nn.Linear(8, 10))
            self.result = train(
                self.model, dataset, self.settings, self.on_event, self.control, 0.0
            )
        except BaseException as error:  # handed to the test thread
            self.error = error


def finish(run: _Paused) -> None:
    run.control.stop()
    run.join(60)
    assert not run.is_alive() and run.error is None


def test_a_paused_run_stepped_n_times_trains_exactly_n_more_batches() -> None:
    run = _Paused(quick(epochs=3, batch_size=16, validation_fraction=0.0))
    run.start()
    for n in range(1, 4):
        assert run.control.step()
        records = run.wait_for(StepRecord, n)
    reports = run.of(BatchReport)
    assert [r.batch for r in records] == [1, 2, 3]
    assert [r.batch for r in reports] == [1, 2, 3], "one plot point per step, no other batch"
    assert [r.samples_seen for r in reports] == [16, 32, 48]
    assert [r.undo_depth for r in records] == [1, 2, 3]
    assert reports[-1].loss == pytest.approx(records[-1].loss_before)
    assert run.control.paused
    finish(run)
    assert run.result.finished.reason == "stopped"


def test_undo_in_the_loop_rewinds_to_the_same_batch_and_weights() -> None:
    run = _Paused(quick(epochs=3, batch_size=16, validation_fraction=0.0))
    run.start()
    run.control.step()
    first = run.wait_for(StepRecord, 1)[0]
    run.control.step()
    second = run.wait_for(StepRecord, 2)[1]
    assert run.control.undo_step() and run.control.undo_step()
    undone = run.wait_for(StepUndone, 2)
    assert [(u.batch, u.undo_depth, u.undone) for u in undone] == [(1, 1, True), (0, 0, True)]
    run.control.undo_step()  # nothing left: said so, nothing changes
    assert run.wait_for(StepUndone, 3)[-1].undone is False
    run.control.step()
    run.control.step()
    again = run.wait_for(StepRecord, 4)[2:]
    assert [r.batch for r in again] == [1, 2]
    for old, new in zip((first, second), again, strict=True):
        np.testing.assert_array_equal(old.inputs, new.inputs)  # the same batches, in order
        assert old.loss_before == new.loss_before and old.loss_after == new.loss_after
        np.testing.assert_array_equal(
            old.layers[0].parameter().after, new.layers[0].parameter().after
        )
    assert run.of(BatchReport)[-1].samples_seen == 32
    finish(run)


def test_requests_queued_faster_than_served_end_where_they_would_one_by_one() -> None:
    run = _Paused(quick(epochs=3, batch_size=16, validation_fraction=0.0))
    run.start()
    for request in "sssssuuusu":  # 5 steps, 3 undos, a step, an undo: 2 steps stand
        assert (run.control.step if request == "s" else run.control.undo_step)()
    run.wait_for(StepUndone, 4)
    run.control.step()
    last = run.wait_for(StepRecord, 7)[-1]
    assert (last.batch, last.undo_depth) == (3, 3)
    first_three = run.of(StepRecord)[:3]
    assert last.loss_before == first_three[2].loss_before, "the same third batch, same weights"
    assert run.of(BatchReport)[-1].samples_seen == 48
    finish(run)


def test_undo_keeps_the_learning_rate_the_user_set_since() -> None:
    run = _Paused(quick(epochs=3, batch_size=16, validation_fraction=0.0))
    run.start()
    run.control.step()
    assert run.wait_for(StepRecord, 1)[0].learning_rate == pytest.approx(1e-3)
    run.control.set_learning_rate(0.5)
    run.control.undo_step()
    run.wait_for(StepUndone, 1)
    run.control.step()
    assert run.wait_for(StepRecord, 2)[1].learning_rate == pytest.approx(0.5)
    finish(run)


def test_a_step_that_ends_the_epoch_validates_and_cannot_be_undone() -> None:
    run = _Paused(quick(epochs=2, batch_size=80, validation_fraction=0.0))  # 2 batches an epoch
    run.start()
    run.control.step()
    run.control.step()
    records = run.wait_for(StepRecord, 2)
    assert records[1].batch == 2 and records[1].undo_depth == 0
    epoch = run.wait_for(EpochReport, 1)[0]
    assert epoch.epoch == 1 and epoch.train_loss == pytest.approx(
        (records[0].loss_before + records[1].loss_before) / 2, rel=1e-5
    )
    run.control.step()
    assert run.wait_for(StepRecord, 3)[2].epoch == 2
    finish(run)


def test_resume_after_steps_trains_on_and_step_is_refused_while_running() -> None:
    run = _Paused(quick(epochs=1, batch_size=16, validation_fraction=0.0))
    run.start()
    run.control.step()
    run.wait_for(StepRecord, 1)
    run.control.resume()
    assert not run.control.step() and not run.control.undo_step()
    run.join(60)
    assert run.error is None and run.result.finished.reason == "completed"
    assert run.of(TrainingFinished)
    assert sum(1 for e in run.of(StepRecord)) == 1
