"""One training run of a project, from document to evaluated model: shared by the CLI and the GUI."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from torch import nn

from netbuilder.document.analysis import InvalidNetworkError, analyse
from netbuilder.document.project import Project, project_from_dict, project_to_dict
from netbuilder.engine.checkpoint import Checkpoint, CheckpointError, save_checkpoint
from netbuilder.engine.compile import compile_network
from netbuilder.engine.dataset import Dataset, Split
from netbuilder.engine.evaluation import Evaluation, evaluate
from netbuilder.engine.training import (
    Callback,
    TrainingControl,
    TrainingError,
    TrainingResult,
    train,
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

    def metrics(self) -> dict[str, Any]:
        metrics: dict[str, Any] = {"dataset": self.dataset_title}
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
            )
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
        )


def build_model(project: Project, num_classes: int) -> nn.Module:
    """Compile the project's network after checking it fits the dataset; raises InvalidNetworkError."""
    analysis = analyse(project.network, num_classes=num_classes, loss=project.training.loss)
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
) -> TrainedModel:
    """Compile, train and evaluate on the test split. The project is copied: later edits don't leak in.

    With `resume`, training continues from that checkpoint's weights and optimizer state; with
    `tensorboard`, the run's event files are written into that folder.
    """
    project = fit_input_to_data(project, dataset)
    check_input_shape(project, dataset)
    model = build_model(project, dataset.num_classes)
    optimizer_state = None
    if resume is not None:
        _load_weights(model, resume)
        optimizer_state = resume.optimizer_state
    log = None
    if tensorboard is not None:
        from netbuilder.engine.tensorboard import TensorBoardLog

        log = TensorBoardLog(tensorboard, project, model)
        callback = log.callback(callback)
    try:
        result = train(
            model, dataset, project.training, callback, control, optimizer_state=optimizer_state
        )
        evaluation = evaluate(
            model,
            dataset.test,
            dataset.mean,
            dataset.std,
            result.device,
            loss=project.training.loss,
        )
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
        preprocessing="resize" if dataset.name == "image-folder" else "digit",
    )
    if log is not None:
        log.finish(trained.metrics())
    return trained


def fit_input_to_data(project: Project, dataset: Dataset) -> Project:
    """A copy of project whose Input block takes the shape of the data's samples.

    Only an image network's input follows (C, H, W); a network for other data keeps its shape.
    """
    project = project.copy()
    shape = tuple(dataset.input_shape)
    if len(project.network.input_shape) == len(shape) == 3:
        project.network.input_shape = shape
    return project


def check_input_shape(project: Project, dataset: Dataset) -> None:
    """Raise TrainingError, with the fix, when the network's input is not what the data gives."""
    network, data = tuple(project.network.input_shape), dataset.input_shape
    if network != data:
        raise TrainingError(
            f"{dataset.title} gives inputs of shape {data}, but the network's input is {network}: "
            f"set the input to {data} (or choose a dataset that fits the network)."
        )


def model_from_checkpoint(checkpoint: Checkpoint) -> TrainedModel:
    """Rebuild the trained model a checkpoint describes (its project, then its weights)."""
    project = project_from_dict(checkpoint.project, checkpoint.path or "<checkpoint>")
    model = build_model(project, len(checkpoint.classes))
    _load_weights(model, checkpoint)
    model.eval()
    return TrainedModel(
        project, model, checkpoint.mean, checkpoint.std, checkpoint.classes,
        preprocessing=checkpoint.preprocessing,
    )  # fmt: skip


def _load_weights(model: nn.Module, checkpoint: Checkpoint) -> None:
    try:
        model.load_state_dict(checkpoint.state_dict)
    except RuntimeError as error:
        reason = str(error).splitlines()[0]
        raise CheckpointError(
            f"Cannot use checkpoint {checkpoint.path}: its weights do not fit this network ({reason})"
        ) from None
