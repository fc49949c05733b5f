"""One training run of a project, from document to evaluated model: shared by the CLI and the GUI."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from netbuilder.document.analysis import InvalidNetworkError, analyse
from netbuilder.document.messages import Message
from netbuilder.document.project import Project, project_from_dict, project_to_dict
from netbuilder.engine.baseline import Baseline, baseline_for
from netbuilder.engine.checkpoint import Checkpoint, CheckpointError, save_checkpoint
from netbuilder.engine.compile import compile_network
from netbuilder.engine.dataset import Dataset, Split
from netbuilder.engine.devices import resolve_device
from netbuilder.engine.evaluation import (
    Evaluation,
    RegressionEvaluation,
    evaluate,
    evaluate_regression,
)
from netbuilder.engine.preflight import check_before_training
from netbuilder.engine.reconstruction import (
    RECONSTRUCTION,
    ReconstructionEvaluation,
    evaluate_reconstruction,
    for_task,
)
from netbuilder.engine.training import train
from netbuilder.engine.training_control import TrainingControl
from netbuilder.engine.training_events import (
    Callback,
    EpochHook,
    EpochReport,
    TrainingError,
    TrainingResult,
)


@dataclass(eq=False)
class TrainedModel:
    """A model together with what it was trained from: enough to predict, evaluate and save."""

    project: Project
    model: nn.Module
    mean: float
    std: float
    classes: tuple[str, ...]
    dataset_title: str = ""
    result: TrainingResult | None = None
    evaluation: Evaluation | None = None
    test_split: Split | None = None
    """The images `evaluation` was computed on, so a viewer can show them."""
    preprocessing: str = "digit"
    """How a new picture becomes input: "digit" (as MNIST) or "resize" (an image-folder model)."""
    task: str = "classification"
    target: tuple[float, float] = (0.0, 1.0)
    """A regression's target mean and std: the network's output is (y - mean) / std."""
    regression: RegressionEvaluation | None = None
    reconstruction: ReconstructionEvaluation | None = None
    """An autoencoder's test score (task "reconstruction"): it has no accuracy."""
    baseline: Baseline | None = None
    """What the majority class / the mean and a linear model score on the same split."""

    def metrics(self) -> dict[str, Any]:
        metrics: dict[str, Any] = {"dataset": self.dataset_title}
        if self.reconstruction is not None:
            r = self.reconstruction
            metrics.update(test_loss=r.loss, test_reconstruction_mse=r.mse,
                           mean_image_mse=r.mean_image_mse)  # fmt: skip
        if self.regression is not None:
            r = self.regression
            metrics.update(test_loss=r.loss, mae=r.mae, rmse=r.rmse, r2=r.r2)
        if self.evaluation is not None:
            metrics.update(test_accuracy=self.evaluation.accuracy, test_loss=self.evaluation.loss)
            per_class = self.evaluation.per_class_accuracy
            metrics["per_class_accuracy"] = {
                name: None if math.isnan(acc) else float(acc)
                for name, acc in zip(self.classes, per_class.tolist(), strict=False)
            }
        if self.result is not None:
            finished = self.result.finished
            metrics.update(
                epochs=finished.epochs_run,
                train_seconds=finished.seconds,
                samples_per_second=finished.samples_per_second,
                stopped_because=finished.reason,
                gradient_norms=gradient_norms(self.result.history),
            )
        if self.baseline is not None:
            metrics.update(self.baseline.metrics())
        return metrics

    def save(self, path: str | Path) -> None:
        save_checkpoint(
            path,
            self.model,
            project=project_to_dict(self.project),
            optimizer=self.result.optimizer if self.result else None,
            epoch=self.result.finished.epochs_run if self.result else 0,
            metrics=self.metrics(),
            mean=self.mean,
            std=self.std,
            classes=self.classes,
            preprocessing=self.preprocessing,
            task=self.task,
            target=self.target,
        )


def gradient_norms(history: list[EpochReport]) -> dict[str, list[float]]:
    """Each learnable layer's label -> its mean gradient norm in each epoch."""
    norms: dict[str, list[float]] = {}
    for report in history:
        for label, norm in report.gradient_norms.items():
            norms.setdefault(label, []).append(norm)
    return norms


def build_model(project: Project, num_classes: int) -> nn.Module:
    """Compile the project's network after checking it fits the dataset; raises InvalidNetworkError."""
    analysis = analyse(
        project.network, num_classes, project.training.loss, project.training.objective
    )
    if not analysis.valid:
        raise InvalidNetworkError(analysis)
    return compile_network(project.network, analysis)


def run_experiment(
    project: Project,
    dataset: Dataset,
    callback: Callback | None = None,
    control: TrainingControl | None = None,
    resume: Checkpoint | None = None,
    report_interval: float = 0.05,
    tensorboard: str | Path | None = None,
    on_epoch: EpochHook | None = None,
    evaluate_when_stopped: bool = True,
    on_model: Callable[[nn.Module], None] | None = None,
) -> TrainedModel:
    """Compile, train and evaluate on the test split. The project is copied: later edits don't leak in.

    With `resume`, training continues from that checkpoint's weights and optimizer state; with
    `tensorboard`, the run's event files are written into that folder. `on_epoch` runs after
    every epoch (see epoch_saver). A run stopped through `control` skips the test evaluation
    when `evaluate_when_stopped` is False (its `evaluation` is then None).
    `on_model` gets the model before training starts (e.g. to draw its decision regions live).
    """
    dataset = for_task(project, normalised_for(project, dataset))
    project = fit_input_to_data(project, dataset)
    check_input_shape(project, dataset)
    check_before_training(project, dataset, resolve_device(project.training.device))
    torch.manual_seed(project.training.seed)  # same seed, same initial weights (the trainer
    # seeds again for shuffling and dropout)
    model = build_model(project, 1 if dataset.task == "regression" else dataset.num_classes)
    optimizer_state = None
    if resume is not None:
        _load_weights(model, resume)
        optimizer_state = resume.optimizer_state
    if on_model is not None:
        on_model(model)
    log = None
    if tensorboard is not None:
        from netbuilder.engine.tensorboard import TensorBoardLog

        log = TensorBoardLog(tensorboard, project, model)
        callback = log.callback(callback)
    try:
        result = train(
            model,
            dataset,
            project.training,
            callback,
            control,
            report_interval=report_interval,
            optimizer_state=optimizer_state,
            on_epoch=on_epoch,
        )
        evaluation = regression = rebuilt = None
        if evaluate_when_stopped or result.finished.reason != "stopped":
            if dataset.task == RECONSTRUCTION:
                settings = project.training
                rebuilt = evaluate_reconstruction(
                    model, dataset, result.device, settings.loss, settings.denoise
                )
            else:
                evaluation, regression = _evaluate(model, dataset, project, result)
    except BaseException:
        if log is not None:
            log.close()
        raise
    trained = TrainedModel(
        project,
        model,
        dataset.mean,
        dataset.std,
        dataset.classes,
        dataset.title,
        result,
        evaluation,
        test_split=dataset.test,  # the images behind each confusion-matrix cell
        preprocessing="resize" if dataset.name == "image-folder" else "digit",
        task=dataset.task,
        target=(dataset.target_mean, dataset.target_std),
        regression=regression,
        reconstruction=rebuilt,
    )
    if evaluation is not None or regression is not None:
        trained.baseline = baseline_for(dataset, project.training, _network_score(trained))
    if log is not None:
        log.finish(trained.metrics())
    return trained


def _evaluate(
    model: nn.Module, dataset: Dataset, project: Project, result: TrainingResult
) -> tuple[Evaluation | None, RegressionEvaluation | None]:
    """Score on the test split: class accuracy and confusion, or a regression's errors."""
    loss = project.training.loss
    if dataset.task == "regression":
        target = (dataset.target_mean, dataset.target_std)
        return None, evaluate_regression(
            model, dataset.test, dataset.mean, dataset.std, target, result.device, loss
        )
    return evaluate(model, dataset.test, dataset.mean, dataset.std, result.device, loss=loss), None


def normalised_for(project: Project, dataset: Dataset) -> Dataset:
    """The dataset as the project's network takes it: normalised by the data's own statistics,
    or by the mean and std the network fixes (an imported model keeps its own convention)."""
    if project.normalisation is None:
        return dataset
    mean, std = project.normalisation
    return dataclasses.replace(dataset, mean=mean, std=std)


def _network_score(trained: TrainedModel) -> float | None:
    """The number a baseline is compared with: test accuracy, or a regression's test R²."""
    if trained.regression is not None:
        return trained.regression.r2
    return trained.evaluation.accuracy if trained.evaluation is not None else None


def fit_input_to_data(project: Project, dataset: Dataset) -> Project:
    """A copy of project whose Input block takes the shape of the data's samples.

    An image network's input follows the images' (C, H, W), and any network a table's (F,);
    otherwise the shapes must already agree (check_input_shape says how when they do not).
    """
    project = project.copy()
    shape = tuple(dataset.input_shape)
    table = dataset.name == "table"
    if table or len(project.network.input_shape) == len(shape) == 3:
        project.network.input_shape = shape
    return project


def check_input_shape(project: Project, dataset: Dataset) -> None:
    """Raise TrainingError, with the fix, when the network's input is not what the data gives."""
    network, data = tuple(project.network.input_shape), dataset.input_shape
    if network != data:
        args = {"dataset": dataset.title, "data": data, "network": network}
        raise TrainingError(Message("input_shape_mismatch", args))


def epoch_saver(path: str | Path, project: Project, dataset: Dataset) -> EpochHook:
    """An on_epoch hook that saves the run so far to path after every epoch (atomically)."""
    document = project_to_dict(project)
    dataset = normalised_for(project, dataset)

    def save(model: nn.Module, optimizer, report: EpochReport) -> None:
        metrics = {
            "dataset": dataset.title,
            "epochs": report.epoch,
            "train_loss": report.train_loss,
        }
        save_checkpoint(
            path, model, project=document, optimizer=optimizer, epoch=report.epoch,
            metrics=metrics, mean=dataset.mean, std=dataset.std, classes=dataset.classes,
            preprocessing="resize" if dataset.name == "image-folder" else "digit",
            task=dataset.task, target=(dataset.target_mean, dataset.target_std),
        )  # fmt: skip

    return save


def model_from_checkpoint(checkpoint: Checkpoint) -> TrainedModel:
    """Rebuild the trained model a checkpoint describes (its project, then its weights)."""
    project = project_from_dict(checkpoint.project, checkpoint.path or "<checkpoint>")
    _check_size(project, checkpoint)
    outputs = 1 if checkpoint.task == "regression" else len(checkpoint.classes)
    model = build_model(project, outputs)
    _load_weights(model, checkpoint)
    model.eval()
    return TrainedModel(
        project, model, checkpoint.mean, checkpoint.std, checkpoint.classes,
        preprocessing=checkpoint.preprocessing, task=checkpoint.task, target=checkpoint.target,
    )  # fmt: skip


def _check_size(project: Project, checkpoint: Checkpoint) -> None:
    """Refuse, before building it, a project with more parameters than the file holds weights."""
    described = analyse(project.network, num_classes=None).total_parameters
    stored = sum(t.numel() for t in checkpoint.state_dict.values())
    if described > stored:
        raise CheckpointError(
            f"Cannot use checkpoint {checkpoint.path}: its project describes {described:,} "
            f"parameters, but it holds only {stored:,} weights (damaged or edited)."
        )


def _load_weights(model: nn.Module, checkpoint: Checkpoint) -> None:
    problem = weights_mismatch(model.state_dict(), checkpoint.state_dict)
    if problem:
        args = {"path": checkpoint.path, "problem": problem}
        raise CheckpointError(Message("checkpoint_does_not_fit", args))
    model.load_state_dict(checkpoint.state_dict)


def weights_mismatch(expected: dict, found: dict) -> str:
    """The first difference in names or shapes between two state dicts, in words; '' if none."""
    missing = [k for k in expected if k not in found]
    if missing:
        return f"{missing[0]} is missing" + (
            f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        )
    extra = [k for k in found if k not in expected]
    if extra:
        return f"it has {extra[0][:60]}, which this network lacks"
    for key, tensor in expected.items():
        if tuple(found[key].shape) != tuple(tensor.shape):
            return (
                f"{key} has shape {tuple(found[key].shape)} in the checkpoint "
                f"but {tuple(tensor.shape)} in the network"
            )
    return ""
