"""`netbuilder train`: train a project in the terminal with a progress bar."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import TextIO

from netbuilder.document.project import Project, load_project
from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.data import load_dataset
from netbuilder.engine.devices import resolve_device
from netbuilder.engine.doctor import Doctor
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.training import BatchReport, EpochReport, TrainingEvent


class ProgressBar:
    """One self-rewriting line on a terminal; occasional plain lines when output is a file."""

    def __init__(self, stream: TextIO | None = None, width: int = 30):
        self.stream = stream or sys.stderr
        self.width = width
        self.interactive = self.stream.isatty()
        self._last_percent = -10

    def __call__(self, event: TrainingEvent) -> None:
        if isinstance(event, BatchReport):
            self._batch(event)
        elif isinstance(event, EpochReport):
            self._epoch(event)

    def _batch(self, report: BatchReport) -> None:
        percent = int(report.progress * 100)
        filled = int(report.progress * self.width)
        line = (
            f"epoch {report.epoch}/{report.epochs} [{'#' * filled}{'.' * (self.width - filled)}] "
            f"{percent:3d}%  loss {report.loss:.4f}  acc {report.accuracy:6.2%}  "
            f"{report.samples_per_second:,.0f} samples/s"
        )
        if self.interactive:
            self.stream.write("\r" + line)
        elif percent >= self._last_percent + 10:
            self._last_percent = percent
            self.stream.write(line + "\n")
        self.stream.flush()

    def _epoch(self, report: EpochReport) -> None:
        if self.interactive:
            self.stream.write("\r\033[K")
        validation = ""
        if report.val_loss is not None:
            validation = f"  val loss {report.val_loss:.4f}  val acc {report.val_accuracy:.2%}"
        print(
            f"epoch {report.epoch}/{report.epochs}: train loss {report.train_loss:.4f}  "
            f"train acc {report.train_accuracy:.2%}{validation}  lr {report.learning_rate:.3g}  "
            f"({report.seconds:.1f} s)",
            flush=True,
        )


def _with_overrides(project: Project, args: argparse.Namespace) -> Project:
    project = project.copy()
    changes = {k: v for k, v in (("epochs", args.epochs), ("device", args.device)) if v is not None}
    project.training = dataclasses.replace(project.training, **changes)
    project.training.check()
    if args.dataset:
        project.dataset = args.dataset
    return project


def _both(*callbacks):
    def callback(event: TrainingEvent) -> None:
        for each in callbacks:
            each(event)

    return callback


def _print_diagnoses(doctor: Doctor) -> list[dict]:
    """Print what the training doctor found; the same as plain records for --metrics-out."""
    diagnoses = doctor.diagnoses()
    for diagnosis in diagnoses:
        fix = f" Fix: {diagnosis.fix.label}." if diagnosis.fix else ""
        print(f"doctor: {diagnosis.message}{fix}", flush=True)
    return [d.to_dict() for d in diagnoses]


def _cross_validate(project: Project, dataset, args: argparse.Namespace) -> int:
    from netbuilder.cli.output import print_json
    from netbuilder.document.settings import SettingsError
    from netbuilder.engine.kfold import cross_validate

    if args.checkpoint or args.resume:
        raise SettingsError("--folds trains K models: it cannot go with --checkpoint or --resume")

    def announce(k: int, folds: int, train: int, held: int) -> None:
        print(f"fold {k}/{folds}: training on {train} images, validating on {held}", flush=True)

    results = cross_validate(project, dataset, args.folds, ProgressBar(), announce)
    for k, accuracy in enumerate(results.accuracies, 1):
        print(f"fold {k}: validation accuracy {accuracy:.2%}")
    print(f"validation accuracy: {results.mean:.2%} +- {results.std:.2%} over {args.folds} folds")
    if args.metrics_out:
        print_json(
            args.metrics_out,
            {
                "dataset": dataset.title,
                "folds": args.folds,
                "fold_accuracies": results.accuracies,
                "mean_accuracy": results.mean,
                "std_accuracy": results.std,
            },
        )
    return 0


def _download_progress(message: str, fraction: float) -> None:
    print(f"{message} ({fraction:.0%})", file=sys.stderr, flush=True)


def train_command(args: argparse.Namespace) -> int:
    from netbuilder.cli.output import print_json

    project = _with_overrides(load_project(args.project), args)
    resolve_device(project.training.device)  # a missing device fails before the data loads
    dataset = load_dataset(
        project.dataset,
        args.data_dir,
        download=not args.no_download,
        progress=_download_progress,
        limit_train=args.limit_train,
        seed=project.training.seed,
    )
    print(
        f"training {project.name or args.project} on {dataset.title} ({len(dataset.train)} training images)"
    )
    if getattr(args, "folds", None):
        return _cross_validate(project, dataset, args)
    resume = load_checkpoint(args.resume) if args.resume else None
    doctor, progress = Doctor(project.training), ProgressBar()
    try:
        trained = run_experiment(project, dataset, _both(progress, doctor), resume=resume)
    except Exception as error:
        doctor.failed(error)
        _print_diagnoses(doctor)
        raise
    diagnoses = _print_diagnoses(doctor)
    evaluation = trained.evaluation
    assert evaluation is not None
    print(f"test loss: {evaluation.loss:.4f}")
    print(f"test accuracy: {evaluation.accuracy:.2%}")
    if args.checkpoint:
        trained.save(args.checkpoint)
        print(f"saved the trained model to {args.checkpoint}")
    if args.metrics_out:
        print_json(args.metrics_out, {**trained.metrics(), "diagnoses": diagnoses})
    return 0
