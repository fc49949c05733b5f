"""Torch's thread count for training, chosen by measurement rather than habit.

On a small machine torch's default (one thread per core) is fast only while nothing else runs: with
one other busy process, OpenMP threads that wait for each other at every operation made training
25-40x slower than one thread. Which count wins depends on the network, the batch size and the
machine's load at that moment, so `choose_threads` times a few real batches with one thread and
with all the cores it may use, and keeps the faster. Call it on the thread that will train, before
training: torch's count is per thread, so the GUI thread keeps its own.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import torch

from netbuilder.document.project import Project
from netbuilder.engine import reconstruction
from netbuilder.engine.compile import compile_network
from netbuilder.engine.dataset import Dataset, DeviceSplit
from netbuilder.engine.devices import resolve_device
from netbuilder.engine.recipe import loss_function, make_optimizer

MARGIN = 0.95
"""More threads must be at least 5% faster to be chosen: one thread is what survives a busy machine."""
TRIAL_SECONDS = 0.2
"""About how long each count is timed, in two rounds; a few batches at most."""


def available_cores() -> int:
    """Cores this process may run on (its affinity, where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows
        return os.cpu_count() or 1


def thread_candidates(leave_free: int = 0, cores: int | None = None) -> tuple[int, ...]:
    """1 and the most threads allowed: every core, less `leave_free` (the GUI thread's)."""
    most = max(1, (cores or available_cores()) - leave_free)
    return (1,) if most == 1 else (1, most)


def choose_threads(project: Project, dataset: Dataset, leave_free: int = 0) -> int:
    """Time a few training batches with each candidate count, set the faster one on this thread.

    Returns the count now in use. Off the CPU, or with one candidate, nothing is timed. If a trial
    batch fails, one thread is used and training itself reports the problem.
    """
    candidates = thread_candidates(leave_free)
    chosen = candidates[0]
    if len(candidates) > 1 and _on_cpu(project) and _small_enough(project, dataset):
        try:
            chosen = fastest(measure(project, dataset, candidates))
        except Exception:  # noqa: BLE001 - the real run will say what is wrong, with advice
            chosen = 1
    torch.set_num_threads(chosen)
    return chosen


def _small_enough(project: Project, dataset: Dataset) -> bool:
    """Never build a network just to time it when training would refuse it for its memory."""
    from netbuilder.engine.preflight import fits_comfortably

    try:
        return fits_comfortably(project, dataset)
    except Exception:  # noqa: BLE001 - the real run will say what is wrong
        return False


def fastest(seconds_per_batch: dict[int, float]) -> int:
    """The fewest threads unless more are clearly (MARGIN) faster."""
    counts = sorted(seconds_per_batch)
    best = counts[0]
    for count in counts[1:]:
        if seconds_per_batch[count] < MARGIN * seconds_per_batch[best]:
            best = count
    return best


def measure(project: Project, dataset: Dataset, candidates: tuple[int, ...]) -> dict[int, float]:
    """Seconds per training batch (best of two rounds) with each thread count, on a throwaway
    copy of the network; the random number generator is left as it was."""
    with torch.random.fork_rng(devices=[]):
        step = _training_step(project, dataset)
        step()  # first-call allocations
        batches = _batches_for(step)
        best = {count: float("inf") for count in candidates}
        for _round in range(2):
            for count in candidates:
                torch.set_num_threads(count)
                step()  # let the thread pool settle at this size
                best[count] = min(best[count], _time(step, batches))
    return best


def _on_cpu(project: Project) -> bool:
    try:
        return resolve_device(project.training.device).type == "cpu"
    except Exception:  # noqa: BLE001 - a missing device is reported by training itself
        return False


def _training_step(project: Project, dataset: Dataset) -> Callable[[], None]:
    settings = project.training
    model = compile_network(project.network)
    optimizer = make_optimizer([p for p in model.parameters() if p.requires_grad], settings)
    loss_fn = loss_function(settings.loss, dataset.num_classes, torch.device("cpu"))
    first = DeviceSplit(dataset.train, torch.device("cpu"), dataset.mean, dataset.std)
    x, y = next(first.batches(settings.batch_size, shuffle=False))
    if settings.objective == "reconstruct":  # an autoencoder's target is its input
        loss_fn, y = reconstruction.loss_function(settings.loss), x

    def step() -> None:
        optimizer.zero_grad(set_to_none=True)
        loss_fn(model(x), y).backward()
        optimizer.step()

    return step


def _batches_for(step: Callable[[], None]) -> int:
    return max(1, min(5, int(TRIAL_SECONDS / 2 / max(_time(step, 1), 1e-6))))


def _time(step: Callable[[], None], batches: int) -> float:
    started = time.perf_counter()
    for _ in range(batches):
        step()
    return (time.perf_counter() - started) / batches
