"""`netbuilder train`: train a project in the terminal with a progress bar."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from netbuilder.cli.output import say
from netbuilder.cli.setting_options import setting_overrides
from netbuilder.cli.words import message_text, translate
from netbuilder.document.analysis import analyse
from netbuilder.document.augmentation import augment_lints, augment_text, is_augmented
from netbuilder.document.messages import Message
from netbuilder.document.project import Project, load_project
from netbuilder.document.reconstruction import code_layer
from netbuilder.document.safe_io import check_outputs, check_writable, same_file
from netbuilder.document.two_d import TWO_D_NAMES, is_two_d
from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.data import load_dataset
from netbuilder.engine.dataset import Dataset, DataUnavailableError
from netbuilder.engine.devices import resolve_device
from netbuilder.engine.doctor import Doctor
from netbuilder.engine.experiment import (
    TrainedModel,
    check_input_shape,
    epoch_saver,
    fit_input_to_data,
    run_experiment,
)
from netbuilder.engine.fit import has_fit, save_fit_png
from netbuilder.engine.preflight import preflight_warnings
from netbuilder.engine.reconstruction import RECONSTRUCTION, for_task, write_latent_csv
from netbuilder.engine.regions import save_regions_png
from netbuilder.engine.threads import choose_threads
from netbuilder.engine.training_control import TrainingControl
from netbuilder.engine.training_events import (
    BatchReport,
    EpochReport,
    TrainingError,
    TrainingEvent,
)


class ProgressBar:
    """One self-rewriting line on a terminal; occasional plain lines when output is a file."""

    def __init__(
        self,
        stream: TextIO | None = None,
        width: int = 30,
        regression: bool = False,
        reconstruction: bool = False,
    ):
        self.stream = stream or sys.stderr
        self.score = _r2 if regression else _accuracy
        if reconstruction:
            self.score = _pixel_mse
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
        line = translate(
            "cli", "epoch {epoch}/{epochs} [{bar}] {percent}%  loss {loss}  {score}  {speed} samples/s"
        ).format(
            epoch=report.epoch, epochs=report.epochs,
            bar="#" * filled + "." * (self.width - filled), percent=f"{percent:3d}",
            loss=f"{report.loss:.4f}", score=self.score(report.accuracy),
            speed=f"{report.samples_per_second:,.0f}",
        )  # fmt: skip
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
            validation = translate("cli", "  val loss {loss}  val {score}").format(
                loss=f"{report.val_loss:.4f}", score=self.score(report.val_accuracy)
            )
        line = translate(
            "cli",
            "epoch {epoch}/{epochs}: train loss {loss}  train {score}{validation}  lr {lr}  "
            "({seconds} s)",
        ).format(
            epoch=report.epoch, epochs=report.epochs, loss=f"{report.train_loss:.4f}",
            score=self.score(report.train_accuracy), validation=validation,
            lr=f"{report.learning_rate:.3g}", seconds=f"{report.seconds:.1f}",
        )  # fmt: skip
        print(line, flush=True)


def _pixel_mse(value: float) -> str:
    return translate("cli", "mse {mse}").format(mse=f"{value:.4f}")


def _accuracy(value: float) -> str:
    return translate("cli", "acc {accuracy}").format(accuracy=f"{value:6.2%}")


def _r2(value: float) -> str:
    return translate("cli", "r2 {r2}").format(r2=f"{value:6.3f}")


def _with_overrides(project: Project, args: argparse.Namespace) -> Project:
    project = project.copy()
    project.training = dataclasses.replace(project.training, **setting_overrides(args))
    project.training.check()
    if args.dataset:
        path = Path(args.dataset).expanduser()
        project.dataset = os.path.abspath(path) if path.exists() else args.dataset
    return project


def _image_size(text: str | None) -> tuple[int, int] | None:
    """ "32" or "32x48" (height x width) -> (height, width); a bad value is a user's error."""
    if not text:
        return None
    parts = text.lower().split("x")
    if len(parts) in (1, 2) and all(_side(p) for p in parts):
        height, width = int(parts[0]), int(parts[-1])
        return height, width
    reason = translate("cli", "--image-size {text}: give N or HxW, e.g. 32 or 64x48")
    raise DataUnavailableError(reason.format(text=repr(text)))


def _side(text: str) -> bool:
    """Whether text is a whole number of pixels, 1 to 4096 (looked at before int() reads it)."""
    text = text.strip()
    return text.isdigit() and len(text) <= 4 and 1 <= int(text) <= 4096


def _check_fit_png(fit_png: str | None, dataset: Dataset) -> None:
    if fit_png and not has_fit(dataset):
        reason = translate(
            "cli",
            "--fit-png needs a regression on numbers (sine, or a CSV with a numeric target), but "
            "{dataset} is a {task}: use --regions-png for 2-D points",
        )
        raise DataUnavailableError(reason.format(dataset=dataset.title, task=dataset.task))


def _describe(dataset: Dataset, out: TextIO) -> None:
    """The shape and classes of a dataset read from the user's files, and any skipped files."""
    if dataset.name == "table" and dataset.task == "classification":
        line = translate("cli", "{count} classes: {names}")
        say(line.format(count=dataset.num_classes, names=", ".join(dataset.classes)), out)
    if dataset.name == "image-folder":
        shape = "x".join(map(str, dataset.input_shape))
        line = translate("cli", "input {shape}, {count} classes: {names}")
        names = ", ".join(dataset.classes)
        say(line.format(shape=shape, count=dataset.num_classes, names=names), out)
    if dataset.skipped:
        line = translate("cli", "skipped {count} unreadable file(s):")
        print(line.format(count=len(dataset.skipped)), file=out)
        for path, reason in dataset.skipped:
            say(f"  {path}: {reason}", out)


def _both(*callbacks):
    def callback(event: TrainingEvent) -> None:
        for each in callbacks:
            each(event)

    return callback


def _print_diagnoses(doctor: Doctor) -> list[dict]:
    """Print what the training doctor found; the same as plain records for --metrics-out."""
    diagnoses = doctor.diagnoses()
    for diagnosis in diagnoses:
        fix = ""
        if diagnosis.fix:
            fix = translate("cli", " Fix: {fix}.").format(fix=message_text(diagnosis.fix.about))
        line = translate("cli", "doctor: {finding}{fix}")
        say(line.format(finding=message_text(diagnosis.about), fix=fix))
    return [d.to_dict() for d in diagnoses]


def _cross_validate(project: Project, dataset, args: argparse.Namespace) -> int:
    from netbuilder.cli.output import print_json
    from netbuilder.document.settings import SettingsError
    from netbuilder.engine.kfold import cross_validate

    if args.checkpoint or args.resume:
        raise SettingsError(
            translate("cli", "--folds trains K models: it cannot go with --checkpoint or --resume")
        )

    def announce(k: int, folds: int, train: int, held: int) -> None:
        line = translate(
            "cli", "fold {k}/{folds}: training on {train} images, validating on {held}"
        )
        print(line.format(k=k, folds=folds, train=train, held=held), flush=True)

    results = cross_validate(project, dataset, args.folds, ProgressBar(), announce)
    for k, accuracy in enumerate(results.accuracies, 1):
        line = translate("cli", "fold {k}: validation accuracy {accuracy}")
        print(line.format(k=k, accuracy=f"{accuracy:.2%}"))
    line = translate("cli", "validation accuracy: {mean} +- {std} over {folds} folds")
    print(line.format(mean=f"{results.mean:.2%}", std=f"{results.std:.2%}", folds=args.folds))
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


def _check_latent_csv(path: str | None, project: Project) -> None:
    """--latent-csv needs an autoencoder with a 2-value code: refused before any training."""
    if not path:
        return
    training = project.training
    if training.objective != "reconstruct":
        reason = translate(
            "cli", "--latent-csv needs an autoencoder: train with --objective reconstruct"
        )
        raise DataUnavailableError(reason)
    analysis = analyse(project.network, None, training.loss, training.objective)
    if code_layer([info.output_shape for info in analysis.layers]) is None:
        raise TrainingError(Message("no_two_value_code"))


def _print_scores(trained) -> None:
    if trained.reconstruction is not None:
        r = trained.reconstruction
        print(translate("cli", "test loss: {loss}").format(loss=f"{r.loss:.4f}"))
        line = translate(
            "cli", "test reconstruction mse: {mse} (mean image: {baseline}, ratio {ratio})"
        )
        ratio = r.mse / r.mean_image_mse if r.mean_image_mse else float("nan")
        print(line.format(mse=f"{r.mse:.4f}", baseline=f"{r.mean_image_mse:.4f}",
                          ratio=f"{ratio:.2f}"))  # fmt: skip
        return
    if trained.regression is not None:
        r = trained.regression
        print(translate("cli", "test loss: {loss}").format(loss=f"{r.loss:.4f}"))
        line = translate("cli", "test mae: {mae}  rmse: {rmse}  r2: {r2}")
        print(line.format(mae=f"{r.mae:.4g}", rmse=f"{r.rmse:.4g}", r2=f"{r.r2:.4f}"))
        return
    evaluation = trained.evaluation
    assert evaluation is not None
    print(translate("cli", "test loss: {loss}").format(loss=f"{evaluation.loss:.4f}"))
    line = translate("cli", "test accuracy: {accuracy}")
    print(line.format(accuracy=f"{evaluation.accuracy:.2%}"))


def _print_baseline(trained) -> None:
    """What the simplest models score on the same split, for comparison."""
    baseline = trained.baseline
    if baseline is None:
        return
    if baseline.task == "regression":
        line = translate(
            "cli", "baseline on the same split: mean r2 {constant}, linear r2 {linear}"
        )
        number = "{:.4f}"
    else:
        line = translate(
            "cli",
            "baseline on the same split: majority class {constant}, logistic regression {linear}",
        )
        number = "{:.2%}"
    linear = "–" if baseline.linear is None else number.format(baseline.linear)
    print(line.format(constant=number.format(baseline.constant), linear=linear))


def _download_progress(message: str, fraction: float) -> None:
    print(f"{message} ({fraction:.0%})", file=sys.stderr, flush=True)


def _inputs(args: argparse.Namespace, project: Project) -> list[tuple[str, str | None]]:
    """What training reads, which no output may overwrite (--checkpoint may be what it resumes)."""
    dataset = project.dataset if Path(project.dataset).exists() else None
    resume = args.resume
    if resume and args.checkpoint and same_file(resume, args.checkpoint):
        resume = None  # `--resume m.pt --checkpoint m.pt` continues the same model: that is fine
    return [("the project being trained", args.project), ("the dataset it trains on", dataset),
            ("the checkpoint it resumes from", resume)]  # fmt: skip


def train_command(args: argparse.Namespace) -> int:
    """Train, saving a checkpoint after every epoch; SIGINT/SIGTERM stop after the batch and save."""
    from netbuilder.cli.output import print_json

    project = _with_overrides(load_project(args.project), args)
    regions_png = getattr(args, "regions_png", None)
    if regions_png and not is_two_d(project.dataset):
        reason = translate(
            "cli",
            "--regions-png needs 2-D points, but {dataset} is images: "
            "use a project with a 2-D dataset ({names})",
        )
        names = ", ".join(TWO_D_NAMES)
        raise DataUnavailableError(reason.format(dataset=repr(project.dataset), names=names))
    fit_png = getattr(args, "fit_png", None)
    latent_csv = getattr(args, "latent_csv", None)
    _check_latent_csv(latent_csv, project)
    outputs = [("--checkpoint", args.checkpoint), ("--metrics-out", args.metrics_out),
               ("--regions-png", regions_png), ("--fit-png", fit_png),
               ("--latent-csv", latent_csv)]  # fmt: skip
    check_outputs(outputs, _inputs(args, project))
    for _, output in outputs:
        if output:
            check_writable(output)  # a bad output path fails now, not after all the epochs
    resolve_device(project.training.device)  # a missing device fails before the data loads
    dataset = load_dataset(
        project.dataset,
        args.data_dir,
        download=not args.no_download,
        progress=_download_progress,
        limit_train=project.training.limit_train or None,
        seed=project.training.seed,
        image_size=_image_size(getattr(args, "image_size", None)),
        target=getattr(args, "target", None),
        task=getattr(args, "task", None),
        params=project.dataset_params,
    )
    _check_fit_png(fit_png, dataset)
    dataset = for_task(project, dataset)  # an autoencoder's data: pixels 0..1, no normalising
    regression = dataset.task == "regression"
    switched_loss = regression and project.training.loss == "cross_entropy"
    if switched_loss:
        project.training = dataclasses.replace(project.training, loss="mse")
    device = resolve_device(project.training.device)
    # Before anything is built or timed: a network too big for the device is refused right here.
    fitted = fit_input_to_data(project, dataset)
    check_input_shape(fitted, dataset)
    warnings = preflight_warnings(fitted, dataset, device)
    threads = choose_threads(project, dataset)  # timed here and now: 1 thread or all cores
    if dataset.train.is_images:
        line = translate("cli", "training {name} on {dataset} ({count} training images, {threads})")
    else:
        line = translate(
            "cli", "training {name} on {dataset} ({count} training samples, {threads})"
        )
    if threads == 1:
        torch_threads = translate("cli", "1 torch thread")
    else:
        torch_threads = translate("cli", "{count} torch threads").format(count=f"{threads:,}")
    name = project.name or args.project
    say(
        line.format(
            name=name, dataset=dataset.title, count=len(dataset.train), threads=torch_threads
        )
    )
    _describe(dataset, sys.stdout)
    if switched_loss:
        say(translate("cli", "a regression: training with the mse loss instead of cross-entropy"))
    if is_augmented(project.training) and dataset.train.is_images:
        line = translate("cli", "data augmentation of the training images: {augment}")
        say(line.format(augment=augment_text(project.training)))
    warnings = [*warnings, *augment_lints(project.training, project.dataset)]
    for warning in warnings:
        line = translate("cli", "netbuilder: warning: {warning}")
        say(line.format(warning=message_text(warning)), sys.stderr)
    args.folds = project.training.folds or None  # --folds, else the project's own setting
    if args.folds:
        return _cross_validate(project, dataset, args)
    resume = load_checkpoint(args.resume) if args.resume else None
    control = TrainingControl()
    fitted = fit_input_to_data(project, dataset)  # what run_experiment trains and saves
    saver = epoch_saver(args.checkpoint, fitted, dataset) if args.checkpoint else None
    rebuilds = dataset.task == RECONSTRUCTION
    doctor = Doctor(project.training)
    progress = ProgressBar(regression=regression, reconstruction=rebuilds)
    try:
        with stop_on_signals(control) as caught:
            trained = run_experiment(
                project, dataset, callback=_both(progress, doctor), control=control,
                resume=resume, on_epoch=saver, evaluate_when_stopped=False,
                tensorboard=args.tensorboard,
            )  # fmt: skip
    except Exception as error:
        doctor.failed(error)
        _print_diagnoses(doctor)
        raise
    if caught:
        return _interrupted(args, trained, caught[0])
    doctor.compare(trained.baseline)
    diagnoses = _print_diagnoses(doctor)
    _print_scores(trained)
    _print_baseline(trained)
    if args.checkpoint:
        trained.save(args.checkpoint)
        say(translate("cli", "saved the trained model to {path}").format(path=args.checkpoint))
    if regions_png:
        save_regions_png(trained.model, dataset, regions_png)
        say(translate("cli", "saved the decision regions to {path}").format(path=regions_png))
    if fit_png:
        save_fit_png(trained.model, dataset, fit_png)
        say(translate("cli", "saved the fit over the data to {path}").format(path=fit_png))
    if latent_csv:
        count = write_latent_csv(trained.model, trained.test_split, latent_csv)
        line = translate("cli", "saved the 2-D codes of {count} test images to {path}")
        say(line.format(count=f"{count:,}", path=latent_csv))
    if args.metrics_out:
        print_json(args.metrics_out, {**trained.metrics(), "diagnoses": diagnoses})
    if args.tensorboard:
        line = translate("cli", "TensorBoard events in {folder}: tensorboard --logdir {folder}")
        say(line.format(folder=args.tensorboard))
    return 0


def _interrupted(args: argparse.Namespace, trained: TrainedModel, signal_name: str) -> int:
    """Save what a signal interrupted, say so, and return the shell's code for it."""
    epochs = trained.result.finished.epochs_run if trained.result else 0
    if args.checkpoint:
        trained.save(args.checkpoint)
        kept = translate(
            "cli", "saved the model so far to {path} (continue with --resume {path})"
        ).format(path=args.checkpoint)
    else:
        kept = translate("cli", "nothing was saved (give --checkpoint FILE to keep the model)")
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")  # clear the progress bar's line
    line = translate("cli", "netbuilder: {signal} after {epochs} complete epoch(s): {kept}")
    say(line.format(signal=signal_name, epochs=epochs, kept=kept), sys.stderr)
    return 130 if signal_name == "SIGINT" else 143


@contextlib.contextmanager
def stop_on_signals(control: TrainingControl) -> Iterator[list[str]]:
    """While inside, SIGINT and SIGTERM ask training to stop (and a second one acts as usual).

    Yields a list that gets the signal's name when one came.
    """
    caught: list[str] = []
    previous = {}

    def stop(signum: int, _frame: object) -> None:
        caught.append(signal.Signals(signum).name)
        control.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)

    if threading.current_thread() is threading.main_thread():  # only there can Python catch them
        for number in (signal.SIGINT, signal.SIGTERM):
            previous[number] = signal.signal(number, stop)
    try:
        yield caught
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
