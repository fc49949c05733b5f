"""Sweeps on Optuna: each trial is a normal run (run_experiment) with values Optuna suggests.

A study lives in an Optuna storage: in memory, an SQL database (`sqlite:///sweep.db`, or any
SQLAlchemy URL) or a journal file (`sweep.log`, which works over NFS). Every process pointed at
the same storage and study name shares it (Optuna's distributed mode): each asks the study for
its next trial, so no trial runs twice. `trials` is the study's total, however many processes
share it and however often it is resumed: a process starts a trial only while the study's
finished trials (complete or pruned) and those running in live processes are fewer, and a trial
that finds itself past the total once it has its number (two processes asked at once) runs
nothing (`_surplus`: it ends as pruned, marked, and no count includes it). Optuna's own
`MaxTrialsCallback` counts only after a trial ends, so processes sharing a study would each start
one more. A failed trial does not count (other values are tried), but a study that already holds
`trials` failed ones ends. A trial stopped by Ctrl+C or SIGTERM is marked failed; one whose
process was killed is failed by a database's heartbeat, and in a journal file (no heartbeat)
no longer counts once its process on this machine is gone.

Optuna is imported only here, only when a sweep runs.
"""

from __future__ import annotations

import datetime
import functools
import math
import multiprocessing
import os
import queue
import signal
import socket
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import torch

from netbuilder.document.messages import Message
from netbuilder.document.project import Project
from netbuilder.document.settings import SettingsError
from netbuilder.document.sweep_space import SearchParam, apply_values
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.threads import available_cores
from netbuilder.engine.training_events import EpochReport, LossNotFiniteError, TrainingError

HEARTBEAT_SECONDS = 30  # a killed process's running trial is marked failed after two of these
METRIC_KEYS = (
    "test_accuracy", "test_loss", "r2", "rmse", "mae", "epochs", "train_seconds", "stopped_because",
    "baseline_majority_accuracy", "baseline_linear_accuracy", "baseline_mean_r2",
    "baseline_linear_r2", "test_reconstruction_mse", "mean_image_mse",
)  # fmt: skip
PROCESS = "netbuilder_process"
"""The user attribute naming the host and pid that runs a trial (to tell a killed one's)."""
SURPLUS = "netbuilder_surplus"
"""The user attribute of a trial that ran nothing: the study had its total when it got its number."""


@dataclass(frozen=True)
class SweepPlan:
    """Everything a sweep process needs; picklable (it crosses into the --jobs processes)."""

    project: Project
    params: tuple[SearchParam, ...]
    trials: int
    study: str
    storage: str | None = None
    metric: str = "accuracy"  # the validation "accuracy" (a regression's R², a reconstruction's
    # pixel MSE) or "loss"
    direction: str = "maximize"
    jobs: int = 1
    pruning: bool = True
    seed: int | None = None  # the sampler's; None: each process draws its own


@dataclass(frozen=True)
class TrialDone:
    """One trial ended: how, with which values, and what it scored."""

    number: int
    state: str  # "complete", "pruned" or "failed"
    params: dict[str, Any]
    value: float | None = None
    epochs: int = 0
    metrics: dict[str, Any] = field(default_factory=dict)
    reason: Message | None = None
    """Why it failed or stopped early, as a Message (each front end says it in its language)."""


@dataclass(frozen=True)
class SweepSummary:
    """The study after this process's part: its counts and its best trial."""

    ran: int
    complete: int
    pruned: int
    failed: int
    best: TrialDone | None
    importances: dict[str, float] = field(default_factory=dict)
    """Each searched name's share in the score's variation (Optuna's fANOVA), once 3 trials are
    complete; {} before."""


def default_metric(task: str) -> str:
    """A regression is scored by its loss, the others by their validation "accuracy" slot."""
    return "loss" if task == "regression" else "accuracy"


def default_direction(metric: str, task: str = "classification") -> str:
    """Loss goes down, accuracy and R² up; a reconstruction's score is its pixel MSE: down."""
    return "minimize" if metric == "loss" or task == "reconstruction" else "maximize"


def check_plan(plan: SweepPlan) -> None:
    """Refuse, before any data loads, a sweep that cannot score its trials."""
    if plan.project.training.validation_fraction <= 0:
        raise SettingsError(Message("sweep_needs_validation"))


def open_study(plan: SweepPlan, tries: int = 5):
    """The study (created, or loaded when it exists) in the plan's storage.

    Processes that start together on a new database race to create its tables and the study:
    the loser tries again, and then finds them.
    """
    for attempt in range(tries):
        try:
            return _open_study(plan)
        except Exception as error:  # noqa: BLE001 - SQLAlchemy's IntegrityError / OperationalError
            if attempt == tries - 1 or type(error).__module__.split(".")[0] != "sqlalchemy":
                raise
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


def _open_study(plan: SweepPlan):
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    sampler = optuna.samplers.TPESampler(seed=plan.seed)
    warmup = max(2, plan.project.training.epochs // 3)  # early epochs' scores are noisy
    pruner = (
        optuna.pruners.MedianPruner(n_startup_trials=3, n_warmup_steps=warmup)
        if plan.pruning
        else optuna.pruners.NopPruner()
    )
    return optuna.create_study(
        study_name=plan.study, storage=storage_for(plan.storage), sampler=sampler,
        pruner=pruner, direction=plan.direction, load_if_exists=True,
    )  # fmt: skip


def storage_for(url: str | None):
    """An Optuna storage: None in memory, an SQLAlchemy URL, or a journal file's path."""
    import optuna

    if url is None:
        return None
    if "://" in url:
        engine: dict[str, Any] = {}
        if url.startswith("sqlite"):
            engine["connect_args"] = {"timeout": 60}  # processes take turns writing
        with warnings.catch_warnings():  # the heartbeat is "experimental" since Optuna 2.9
            warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
            return optuna.storages.RDBStorage(
                url, engine_kwargs=engine, heartbeat_interval=HEARTBEAT_SECONDS
            )
    backend = optuna.storages.journal.JournalFileBackend(
        str(Path(url).expanduser()),
        lock_obj=optuna.storages.journal.JournalFileOpenLock(str(Path(url).expanduser())),
    )
    return optuna.storages.JournalStorage(backend)


def _counts(trial) -> bool:
    """Whether a trial counts towards the total: finished (complete or pruned), or running in
    a live process. Not a surplus trial, nor one whose process on this machine is gone (a
    journal file has no heartbeat to mark a killed process's trial failed)."""
    import optuna

    states = optuna.trial.TrialState
    if trial.user_attrs.get(SURPLUS) or trial.state not in (states.COMPLETE, states.PRUNED,
                                                            states.RUNNING):  # fmt: skip
        return False
    return trial.state != states.RUNNING or _alive(trial)


UNNAMED_GRACE = datetime.timedelta(seconds=10)
"""A running trial names its process within milliseconds of being made; one that has not after
this long was made by a process killed in between (it would otherwise count for good)."""


def _alive(trial) -> bool:
    """Whether the process that runs a trial lives (on another machine: assumed so)."""
    process = trial.user_attrs.get(PROCESS)
    if not isinstance(process, dict):
        started = trial.datetime_start
        return started is None or datetime.datetime.now() - started < UNNAMED_GRACE
    if process.get("host") != socket.gethostname():
        return True
    try:
        os.kill(int(process["pid"]), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError, TypeError, KeyError):
        return True
    return True


def finished_trials(study) -> int:
    import optuna

    states = (optuna.trial.TrialState.COMPLETE, optuna.trial.TrialState.PRUNED)
    trials = study.get_trials(deepcopy=False, states=states)
    return sum(1 for trial in trials if not trial.user_attrs.get(SURPLUS))


def _claimed(study) -> int:
    """Trials that count towards the total: finished, or running in a live process."""
    return sum(1 for trial in study.get_trials(deepcopy=False) if _counts(trial))


def _failed(study) -> int:
    import optuna

    trials = study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.FAIL,))
    return sum(1 for trial in trials if not trial.user_attrs.get(SURPLUS))


def _surplus(trial, plan: SweepPlan) -> bool:
    """Whether the trials numbered before this one already make the total (another process
    asked for its last trial at the same moment); such a trial is marked and runs nothing."""
    ahead = trial.study.get_trials(deepcopy=False)
    return sum(1 for t in ahead if t.number < trial.number and _counts(t)) >= plan.trials


class _Stop(Exception):
    """SIGTERM: end the running trial as failed and stop, as Ctrl+C does."""


def run_worker(
    plan: SweepPlan,
    dataset: Dataset,
    on_trial: Callable[[TrialDone], None] | None = None,
    study=None,
) -> int:
    """Run trials until the study holds `plan.trials` finished ones; returns how many this ran."""
    study = study if study is not None else open_study(plan)
    ran = 0
    while _claimed(study) < plan.trials and _failed(study) < plan.trials:
        done: list[TrialDone] = []
        objective = functools.partial(_objective, plan=plan, dataset=dataset, done=done)
        study.optimize(objective, n_trials=1, catch=_TRIAL_ERRORS)
        if not done:
            break  # the study had its total: this process is done
        ran += 1
        if on_trial is not None:
            on_trial(done[0])
    return ran


_TRIAL_ERRORS = (TrainingError, SettingsError, ValueError)
"""What fails one trial (a network the values break, settings they refuse) but not the sweep."""


def _objective(trial, plan: SweepPlan, dataset: Dataset, done: list[TrialDone]) -> float:
    import optuna

    trial.set_user_attr(PROCESS, {"host": socket.gethostname(), "pid": os.getpid()})
    if _surplus(trial, plan):  # ended as pruned (quietly), marked, counted nowhere
        trial.set_user_attr(SURPLUS, True)
        raise optuna.TrialPruned("the study had its trials")
    values = {param.name: suggest(trial, param) for param in plan.params}
    epochs: list[EpochReport] = []

    def report(_model, _optimizer, epoch: EpochReport) -> None:
        epochs.append(epoch)
        score = _score(epoch, plan.metric)
        if score is not None and math.isfinite(score):
            trial.report(score, epoch.epoch)
        if plan.pruning and trial.should_prune():
            raise optuna.TrialPruned(f"pruned after epoch {epoch.epoch}")

    try:
        project = apply_values(plan.project, values)
        trained = run_experiment(project, dataset, on_epoch=report, report_interval=1.0)
        value = _score(epochs[-1], plan.metric) if epochs else None
        if value is None or not math.isfinite(value):
            raise TrainingError(Message("trial_no_score"))
    except (optuna.TrialPruned, LossNotFiniteError) as error:
        done.append(TrialDone(trial.number, "pruned", values, epochs=len(epochs),
                              reason=_why(error, epochs)))  # fmt: skip
        raise optuna.TrialPruned(str(error)) from error
    except _TRIAL_ERRORS as error:
        done.append(TrialDone(trial.number, "failed", values, epochs=len(epochs),
                              reason=_why(error, epochs)))  # fmt: skip
        raise
    metrics = {k: v for k, v in trained.metrics().items() if k in METRIC_KEYS}
    trial.set_user_attr("metrics", metrics)
    done.append(TrialDone(trial.number, "complete", values, value, len(epochs), metrics))
    return value


def _why(error: Exception, epochs: list[EpochReport]) -> Message:
    """A trial's end as a Message: the error's own where it carries one, else its text."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return message
    if type(error).__name__ == "TrialPruned":
        return Message("trial_pruned", {"epoch": epochs[-1].epoch if epochs else 0})
    return Message("trial_error", {"error": str(error) or type(error).__name__})


def _score(epoch: EpochReport, metric: str) -> float | None:
    return epoch.val_loss if metric == "loss" else epoch.val_accuracy


def suggest(trial, param: SearchParam) -> Any:
    """The value Optuna suggests for one dimension."""
    if param.scale == "choice":
        return trial.suggest_categorical(param.name, list(param.choices))
    if param.scale in ("int", "int-log"):
        low, high = int(param.low), int(param.high)
        return trial.suggest_int(param.name, low, high, log=param.scale == "int-log")
    return trial.suggest_float(param.name, param.low, param.high, log=param.scale == "log")


def summary(study, ran: int) -> SweepSummary:
    """The study's counts and best trial, after this process ran `ran` of its trials."""
    import optuna

    trials = [t for t in study.get_trials(deepcopy=False) if not t.user_attrs.get(SURPLUS)]
    states = optuna.trial.TrialState
    count = {s: sum(t.state == s for t in trials) for s in states}
    best = None
    if count[states.COMPLETE]:
        trial = study.best_trial
        metrics = dict(trial.user_attrs.get("metrics", {}))
        best = TrialDone(trial.number, "complete", dict(trial.params), trial.value,
                         int(metrics.get("epochs", 0) or 0), metrics)  # fmt: skip
    return SweepSummary(
        ran, count[states.COMPLETE], count[states.PRUNED], count[states.FAIL], best,
        importances(study) if count[states.COMPLETE] >= 3 else {},
    )  # fmt: skip


def importances(study) -> dict[str, float]:
    """Optuna's parameter importances (fANOVA); {} when they cannot be told apart yet."""
    import optuna

    try:
        with warnings.catch_warnings():  # "importances will be equal" while few trials differ
            warnings.simplefilter("ignore", UserWarning)
            found = optuna.importance.get_param_importances(study)
    except (ValueError, RuntimeError, ZeroDivisionError):
        return {}
    return {name: float(share) for name, share in found.items()}


# --- side by side: --jobs --------------------------------------------------------------------


def run_sweep(
    plan: SweepPlan, dataset: Dataset, on_trial: Callable[[TrialDone], None] | None = None
) -> SweepSummary:
    """Run the plan's trials here (jobs 1) or in `jobs` processes sharing the study's storage,
    with torch's threads split between them; returns the study's summary."""
    if plan.jobs <= 1:
        study = open_study(plan)
        ran = _stopping_on_sigterm(lambda: run_worker(plan, dataset, on_trial, study))
        return summary(study, ran)
    with tempfile.TemporaryDirectory(prefix="netbuilder-sweep-") as folder:
        if plan.storage is None:  # the processes need one storage to share
            plan = replace(plan, storage=str(Path(folder) / "sweep.log"))
        ran = _stopping_on_sigterm(lambda: _side_by_side(plan, dataset, on_trial))
        return summary(open_study(plan), ran)


def _stopping_on_sigterm(work: Callable[[], int]) -> int:
    """SIGTERM ends the running trial as Ctrl+C does (failed, the study kept)."""

    def stop(_signum, _frame) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: no handler
        return work()
    try:
        return work()
    finally:
        signal.signal(signal.SIGTERM, previous)


def _side_by_side(plan: SweepPlan, dataset: Dataset, on_trial) -> int:
    open_study(plan)  # the tables and the study exist before the processes ask for them
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    threads = max(1, available_cores() // plan.jobs)
    workers = [
        context.Process(target=_job, args=(plan, dataset, threads, results), daemon=True)
        for _ in range(plan.jobs)
    ]
    for worker in workers:
        worker.start()
    ran = 0
    try:
        while any(w.is_alive() for w in workers) or not results.empty():
            try:
                result = results.get(timeout=0.2)
            except queue.Empty:
                continue
            ran += 1
            if on_trial is not None:
                on_trial(result)
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()  # SIGTERM: its running trial is marked failed
            worker.join()
    return ran


def _job(plan: SweepPlan, dataset: Dataset, threads: int, results) -> None:
    """One --jobs process: its share of torch threads, trials until the study is done."""
    torch.set_num_threads(threads)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent's Ctrl+C ends it through SIGTERM
    try:
        _stopping_on_sigterm(lambda: run_worker(plan, dataset, results.put))
    except KeyboardInterrupt:
        pass
