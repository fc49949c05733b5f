"""`netbuilder train`: train a project in the terminal with a progress bar."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import TextIO

from netbuilder.document.project import Project, load_project
from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.data import load_dataset
from netbuilder.engine.dataset import Dataset, DataUnavailableError
from netbuilder.engine.devices import resolve_device
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.threads import choose_threads
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
        path = Path(args.dataset).expanduser()
        project.dataset = str(path.resolve()) if path.exists() else args.dataset
    return project


def _image_size(text: str | None) -> tuple[int, int] | None:
    """ "32" or "32x48" (height x width) -> (height, width); a bad value is a user's error."""
    if not text:
        return None
    parts = text.lower().split("x")
    if len(parts) in (1, 2) and all(p.strip().isdigit() and 1 <= int(p) <= 4096 for p in parts):
        height, width = int(parts[0]), int(parts[-1])
        return height, width
    raise DataUnavailableError(f"--image-size {text!r}: give N or HxW, e.g. 32 or 64x48")


def _describe(dataset: Dataset, out: TextIO) -> None:
    """The shape and classes of a dataset read from the user's files, and any skipped files."""
    if dataset.name == "image-folder":
        shape = "x".join(map(str, dataset.input_shape))
        print(
            f"input {shape}, {dataset.num_classes} classes: {', '.join(dataset.classes)}", file=out
        )
    if dataset.skipped:
        print(f"skipped {len(dataset.skipped)} unreadable file(s):", file=out)
        for path, reason in dataset.skipped:
            print(f"  {path}: {reason}", file=out)


def _download_progress(message: str, fraction: float) -> None:
    print(f"{message} ({fraction:.0%})", file=sys.stderr, flush=True)


def train_command(args: argparse.Namespace) -> int:
    from netbuilder.cli.output import print_json, say

    project = _with_overrides(load_project(args.project), args)
    resolve_device(project.training.device)  # a missing device fails before the data loads
    dataset = load_dataset(
        project.dataset,
        args.data_dir,
        download=not args.no_download,
        progress=_download_progress,
        limit_train=args.limit_train,
        seed=project.training.seed,
        image_size=_image_size(getattr(args, "image_size", None)),
        params=project.dataset_params,
    )
    threads = choose_threads(project, dataset)  # timed here and now: 1 thread or all cores
    say(
        f"training {project.name or args.project} on {dataset.title} ({len(dataset.train)} "
        f"training samples, {threads} torch thread{'s' * (threads != 1)})"
    )
    _describe(dataset, sys.stdout)
    resume = load_checkpoint(args.resume) if args.resume else None
    trained = run_experiment(
        project, dataset, callback=ProgressBar(), resume=resume, tensorboard=args.tensorboard
    )
    evaluation = trained.evaluation
    assert evaluation is not None
    print(f"test loss: {evaluation.loss:.4f}")
    print(f"test accuracy: {evaluation.accuracy:.2%}")
    if args.checkpoint:
        trained.save(args.checkpoint)
        print(f"saved the trained model to {args.checkpoint}")
    if args.metrics_out:
        print_json(args.metrics_out, trained.metrics())
    if args.tensorboard:
        print(f"TensorBoard events in {args.tensorboard}: tensorboard --logdir {args.tensorboard}")
    return 0
