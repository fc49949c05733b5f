"""`netbuilder sweep`: search training settings and layer parameters with Optuna.

Every trial is a normal run (the trainer `netbuilder train` uses); the study lives in the
--storage given, so several processes or machines with the same --storage and --study share it.
Parsing the options needs neither torch nor Optuna; both load only when the sweep runs.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from netbuilder.cli.output import say
from netbuilder.cli.setting_options import add_training_options
from netbuilder.cli.words import message_text, translate


def add_command(commands: argparse._SubParsersAction) -> None:
    sweep = commands.add_parser(
        "sweep",
        help=translate("cli", "search settings and layer sizes with Optuna (many runs, shared)"),
        description=translate(
            "cli",
            "Train the project many times with values Optuna suggests (TPE), stopping hopeless "
            "trials early, and report the best. Processes and machines that give the same "
            "--storage and --study share one study.",
        ),
    )
    sweep.add_argument("project")
    sweep.add_argument(
        "--param",
        action="append",
        required=True,
        metavar="NAME=RANGE",
        help=translate(
            "cli",
            "what to search: a training setting or a layer's parameter by the layer's number "
            "(as `netbuilder summary` numbers it), e.g. learning_rate=log:0.001..0.3, "
            "batch_size=32,64,128, epochs=int:5..40, 4.out_features=int:16..256 (repeat it)",
        ),
    )
    sweep.add_argument(
        "--trials",
        type=_positive,
        default=20,
        help=translate(
            "cli",
            "trials in all: the study ends with this many finished (complete or stopped early), "
            "counting those it already holds and those other processes run (default 20)",
        ),
    )
    sweep.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        help=translate("cli", "trials side by side in separate processes (default 1)"),
    )
    sweep.add_argument(
        "--storage",
        metavar="URL|FILE",
        help=translate(
            "cli",
            "where the study is kept: sqlite:///sweep.db (or another database URL), or a journal "
            "file such as sweep.log (also on a shared NFS folder); default: in memory",
        ),
    )
    sweep.add_argument(
        "--study", help=translate("cli", "the study's name (default: the project file's name)")
    )
    sweep.add_argument(
        "--metric",
        choices=("accuracy", "loss"),
        help=translate(
            "cli",
            "what each trial is scored by on the validation data: accuracy (a regression: R², an "
            "autoencoder: its reconstruction error) or loss (default: accuracy, a regression's "
            "loss)",
        ),
    )
    sweep.add_argument(
        "--direction",
        choices=("maximize", "minimize"),
        help=translate(
            "cli", "default: maximize accuracy, minimize loss and an autoencoder's error"
        ),
    )
    sweep.add_argument(
        "--no-pruning",
        action="store_true",
        help=translate("cli", "never stop a trial early (by default a median pruner does)"),
    )
    sweep.add_argument(
        "--sampler-seed",
        type=int,
        help=translate("cli", "the sampler's random seed (default: a new one per process)"),
    )
    sweep.add_argument(
        "--metrics-out",
        metavar="FILE",
        help=translate("cli", "write the best trial's values and metrics as JSON"),
    )
    sweep.add_argument(
        "--out",
        metavar="FILE",
        help=translate("cli", "write the project with the best trial's values"),
    )
    sweep.add_argument("--dataset", help=translate("cli", "train on this dataset instead"))
    sweep.add_argument(
        "--data-dir",
        help=translate(
            "cli", "where datasets are stored (default: $NETBUILDER_DATA_DIR or per-user)"
        ),
    )
    sweep.add_argument(
        "--no-download", action="store_true", help=translate("cli", "never download missing data")
    )
    add_training_options(sweep)  # the project's fixed settings for every trial


def _positive(text: str) -> int:
    if text.isdigit() and 0 < int(text) <= 100_000:
        return int(text)
    reason = translate("cli", "{text} is not a whole number from 1 to 100000")
    raise argparse.ArgumentTypeError(reason.format(text=repr(text)))


def sweep_command(args: argparse.Namespace) -> int:
    from netbuilder.cli.train import _download_progress, _with_overrides
    from netbuilder.document.project import load_project, save_project
    from netbuilder.document.safe_io import check_outputs, check_writable
    from netbuilder.document.sweep_space import apply_values, check_space, parse_param

    project = _with_overrides(load_project(args.project), args)
    params = tuple(parse_param(text) for text in args.param)
    check_space(project, list(params))
    outputs = [("--metrics-out", args.metrics_out), ("--out", args.out)]
    check_outputs(outputs, [("the project being swept", args.project)])
    for _, output in outputs:
        if output:
            check_writable(output)
    from netbuilder.engine import sweep
    from netbuilder.engine.data import load_dataset
    from netbuilder.engine.reconstruction import for_task
    from netbuilder.engine.remote.runner import loss_for
    from netbuilder.engine.threads import choose_threads

    plan = _plan(args, project, params)
    sweep.check_plan(plan)
    dataset = load_dataset(
        project.dataset, args.data_dir, download=not args.no_download,
        progress=_download_progress, limit_train=project.training.limit_train or None,
        seed=project.training.seed, params=project.dataset_params,
    )  # fmt: skip
    task = for_task(project, dataset).task  # "reconstruction" for an autoencoder
    metric = args.metric or sweep.default_metric(task)
    direction = args.direction or sweep.default_direction(metric, task)
    plan = dataclasses.replace(
        plan, project=loss_for(project, dataset), metric=metric, direction=direction
    )
    if plan.jobs == 1:
        choose_threads(plan.project, dataset)
    _announce(plan, dataset.title, task)
    result = sweep.run_sweep(plan, dataset, _print_trial)
    _print_summary(result, plan)
    if args.metrics_out:
        _write_metrics(args.metrics_out, plan, result, task)
    if args.out and result.best is not None:
        save_project(apply_values(project, result.best.params), args.out)
        say(translate("cli", "saved the project with the best values to {path}").format(
            path=args.out))  # fmt: skip
    return 0 if result.best is not None else 1


def _plan(args: argparse.Namespace, project, params):
    from netbuilder.engine.sweep import SweepPlan

    return SweepPlan(
        project=project, params=params, trials=args.trials,
        study=args.study or Path(args.project).stem, storage=args.storage, jobs=args.jobs,
        pruning=not args.no_pruning, seed=args.sampler_seed,
    )  # fmt: skip


def _metric_key(plan, task: str) -> str:
    """What the trials are scored by, as --metrics-out names it: an autoencoder's "accuracy"
    slot holds its reconstruction error."""
    if task == "reconstruction" and plan.metric == "accuracy":
        return "reconstruction_mse"
    return plan.metric


def _announce(plan, dataset: str, task: str) -> None:
    where = plan.storage or translate("cli", "memory")
    metric = plan.metric
    if _metric_key(plan, task) == "reconstruction_mse":
        metric = translate("cli", "reconstruction error (MSE)")
    line = translate(
        "cli",
        "sweeping {study} on {dataset}: {trials} trials in {jobs} process(es), validation "
        "{metric} ({direction}), study kept in {where}",
    )
    say(line.format(study=plan.study, dataset=dataset, trials=plan.trials, jobs=plan.jobs,
                    metric=metric, direction=plan.direction, where=where))  # fmt: skip


def _values(params: dict) -> str:
    return ", ".join(f"{name} {_number(value)}" for name, value in params.items())


def _number(value) -> str:
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def _print_trial(done) -> None:
    values = _values(done.params)
    if done.state == "complete":
        line = translate("cli", "trial {number}: {values}: validation score {value}")
        say(line.format(number=done.number, values=values, value=f"{done.value:.4f}"))
    elif done.state == "pruned":
        line = translate("cli", "trial {number}: {values}: stopped early after {epochs} epoch(s)")
        say(line.format(number=done.number, values=values, epochs=done.epochs))
    else:
        line = translate("cli", "trial {number}: {values}: failed: {reason}")
        reason = message_text(done.reason) if done.reason is not None else ""
        say(line.format(number=done.number, values=values, reason=reason))


def _print_summary(result, plan) -> None:
    line = translate(
        "cli",
        "this command ran {ran} trial(s); the study holds {complete} complete, {pruned} stopped "
        "early, {failed} failed",
    )
    say(line.format(ran=result.ran, complete=result.complete, pruned=result.pruned,
                    failed=result.failed))  # fmt: skip
    best = result.best
    if best is None:
        say(translate("cli", "no trial has finished yet"))
        return
    line = translate("cli", "best: trial {number}, validation score {value}: {values}")
    say(line.format(number=best.number, value=f"{best.value:.4f}", values=_values(best.params)))
    if result.importances:
        shares = ", ".join(f"{name} {share:.0%}" for name, share in result.importances.items())
        say(translate("cli", "importance: {shares}").format(shares=shares))


def _write_metrics(path: str, plan, result, task: str) -> None:
    from netbuilder.cli.output import print_json

    best = result.best
    print_json(
        path,
        {
            "study": plan.study,
            "storage": plan.storage,
            "metric": f"validation_{_metric_key(plan, task)}",
            "direction": plan.direction,
            "trials_run_here": result.ran,
            "complete": result.complete,
            "pruned": result.pruned,
            "failed": result.failed,
            "best_trial": None if best is None else best.number,
            "best_value": None if best is None else best.value,
            "best_params": None if best is None else best.params,
            "best_metrics": None if best is None else best.metrics,
            "importances": result.importances,
        },
    )
