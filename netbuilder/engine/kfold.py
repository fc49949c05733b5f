"""k-fold cross-validation: train K times, each time holding out a different fold to score on."""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch import nn

from netbuilder.document.messages import Message
from netbuilder.document.project import Project
from netbuilder.document.settings import SettingsError
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.experiment import TrainedModel, run_experiment
from netbuilder.engine.training_control import TrainingControl
from netbuilder.engine.training_events import Callback


@dataclass(frozen=True)
class FoldResults:
    accuracies: list[float]

    folds: int = 0  # how many the run was set for; more than len(accuracies) when stopped early

    @property
    def mean(self) -> float:
        return statistics.fmean(self.accuracies)

    @property
    def std(self) -> float:
        return statistics.pstdev(self.accuracies)


def fold_datasets(dataset: Dataset, folds: int, seed: int) -> list[Dataset]:
    """K copies of the dataset: fold k's training images are scored, the other folds train."""
    if not 2 <= folds <= len(dataset.train):
        raise SettingsError(Message("folds_out_of_range", {"count": len(dataset.train)}))
    order = torch.randperm(len(dataset.train), generator=torch.Generator().manual_seed(seed))
    parts = order.tensor_split(folds)
    return [
        dataclasses.replace(
            dataset,
            title=f"{dataset.title}, fold {k + 1}/{folds} held out",
            train=dataset.train.subset(torch.cat(parts[:k] + parts[k + 1 :]).sort().values),
            test=dataset.train.subset(parts[k].sort().values),
        )
        for k in range(folds)
    ]


def cross_validate(
    project: Project,
    dataset: Dataset,
    folds: int,
    callback: Callback | None = None,
    announce=None,
    control: TrainingControl | None = None,
    on_fold: Callable[[int, TrainedModel], None] | None = None,
    on_model: Callable[[nn.Module], None] | None = None,
    report_interval: float = 0.05,
) -> FoldResults:
    """Validation accuracy of each fold; the whole training set is used, no extra split.

    `announce(k, folds, train, held)` comes before fold k trains and `on_fold(k, trained)` after;
    a stop through `control` ends the fold it is in and skips the rest.
    """
    project = project.copy()
    project.training = dataclasses.replace(
        project.training, validation_fraction=0.0, early_stopping_patience=0
    )
    accuracies = []
    for k, fold in enumerate(fold_datasets(dataset, folds, project.training.seed)):
        if announce is not None:
            announce(k + 1, folds, len(fold.train), len(fold.test))
        trained = run_experiment(
            project, fold, callback, control, report_interval=report_interval, on_model=on_model
        )
        if trained.evaluation is None:
            raise SettingsError("cross-validation reports accuracy: it needs a dataset of classes")
        accuracies.append(trained.evaluation.accuracy)
        if on_fold is not None:
            on_fold(k + 1, trained)
        if control is not None and control.stop_requested:
            break
    return FoldResults(accuracies, folds)
