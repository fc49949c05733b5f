"""TensorBoard event files for a training run, written through torch.utils.tensorboard.

Per batch report: loss and accuracy. Per epoch: train / validation loss and accuracy, learning
rate, each parameter's mean gradient norm over the epoch's batches, weight histograms and the
first layer's filters as an image. Once: the model graph, and at the end the hyperparameters
with the test metrics. Open with `tensorboard --logdir DIR`.
"""

from __future__ import annotations

import math
import warnings
from pathlib import Path
from typing import Any

import torch
from torch import nn

from netbuilder.document.project import Project
from netbuilder.engine.recipe import first_learnable_layer
from netbuilder.engine.training_events import BatchReport, Callback, EpochReport, TrainingEvent

MAX_FILTERS = 64


class TensorBoardLog:
    """Writes one run's events into `folder`; `callback(inner)` feeds it the training events."""

    def __init__(self, folder: str | Path, project: Project, model: nn.Module) -> None:
        from torch.utils.tensorboard import SummaryWriter

        self.writer = SummaryWriter(str(folder))
        self.folder = Path(folder)
        self.project, self.model = project, model
        reconstructs = project.training.objective == "reconstruct"
        self.score = "reconstruction_mse" if reconstructs else "accuracy"  # an autoencoder's
        # score is its pixel error, never called accuracy
        self._grad_norms: dict[str, torch.Tensor] = {}
        self._grad_counts: dict[str, int] = {}
        self._hooks = [
            parameter.register_hook(self._gradient_hook(name))
            for name, parameter in model.named_parameters()
            if parameter.requires_grad
        ]
        self._add_graph()

    def callback(self, inner: Callback | None) -> Callback:
        def on_event(event: TrainingEvent) -> None:
            self.record(event)
            if inner is not None:
                inner(event)

        return on_event

    def record(self, event: TrainingEvent) -> None:
        if isinstance(event, BatchReport):
            self.writer.add_scalar("batch/loss", event.loss, event.samples_seen)
            self.writer.add_scalar(f"batch/{self.score}", event.accuracy, event.samples_seen)
        elif isinstance(event, EpochReport):
            self._epoch(event)

    def finish(self, metrics: dict[str, Any]) -> None:
        """Write the hyperparameters with the final metrics, then close the files."""
        from torch.utils.tensorboard.summary import hparams

        results = {
            f"hparam/{key}": float(value)
            for key, value in metrics.items()
            if isinstance(value, (int, float)) and math.isfinite(value)
        }
        for summary in hparams(self._hyperparameters(), results):
            self.writer.file_writer.add_summary(summary)
        for tag, value in results.items():
            self.writer.add_scalar(tag, value)
        self.close()

    def close(self) -> None:
        """Detach from the model and close the event file (also after a failed run)."""
        for hook in self._hooks:
            hook.remove()
        self._hooks.clear()
        self.writer.close()

    # --- per epoch ----------------------------------------------------------------------------

    def _epoch(self, report: EpochReport) -> None:
        step, add = report.epoch, self.writer.add_scalar
        add("train/loss", report.train_loss, step)
        add(f"train/{self.score}", report.train_accuracy, step)
        if report.val_loss is not None and report.val_accuracy is not None:
            add("validation/loss", report.val_loss, step)
            add(f"validation/{self.score}", report.val_accuracy, step)
        add("learning_rate", report.learning_rate, step)
        for name, total in self._grad_norms.items():
            add(f"gradient_norm/{name}", total.item() / self._grad_counts[name], step)
        self._grad_norms.clear()
        self._grad_counts.clear()
        for name, parameter in self.model.named_parameters():
            self.writer.add_histogram(f"weights/{name}", parameter.detach().cpu(), step)
        filters = self._filters()
        if filters is not None:
            self.writer.add_image("filters/first_layer", _grid(filters), step)
        self.writer.flush()

    def _gradient_hook(self, name: str):
        def hook(gradient: torch.Tensor) -> None:
            norm = gradient.detach().norm()
            total = self._grad_norms.get(name)
            self._grad_norms[name] = norm if total is None else total + norm
            self._grad_counts[name] = self._grad_counts.get(name, 0) + 1

        return hook

    def _filters(self) -> torch.Tensor | None:
        """The first layer's filters (or a Linear layer's rows as input-shaped images), N1HW in 0..1."""
        found = first_learnable_layer(self.model)
        if found is None:
            return None
        weight = found[1].weight.detach().float().cpu()[:MAX_FILTERS]
        if weight.dim() == 4:
            images = weight.mean(1, keepdim=True)
        else:
            shape = tuple(self.project.network.input_shape)
            if weight.dim() != 2 or len(shape) != 3 or weight.shape[1] != math.prod(shape):
                return None
            images = weight.reshape(len(weight), *shape).mean(1, keepdim=True)
        low = images.amin((1, 2, 3), keepdim=True)
        high = images.amax((1, 2, 3), keepdim=True)
        return (images - low) / (high - low).clamp_min(1e-12)

    # --- once ---------------------------------------------------------------------------------

    def _add_graph(self) -> None:
        example = torch.zeros(1, *self.project.network.input_shape)
        device = next(self.model.parameters(), example).device
        was_training = self.model.training
        self.model.eval()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # the tracer's deprecation and shape notes
                self.writer.add_graph(self.model, example.to(device))
        except Exception as error:  # a graph is a nicety; never let it stop training
            self.writer.add_text("graph", f"The model graph could not be traced: {error}")
        finally:
            self.model.train(was_training)

    def _hyperparameters(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            key: value
            for key, value in self.project.training.to_dict().items()
            if isinstance(value, (bool, int, float, str))
        }
        values["dataset"] = self.project.dataset
        values["network"] = self.project.name or "network"
        values["layers"] = sum(not x.is_container for x in self.project.network.all_layers())
        values["parameters"] = sum(p.numel() for p in self.model.parameters())
        return values


def _grid(images: torch.Tensor) -> torch.Tensor:
    """N1HW in 0..1 -> one 3HW image: filters enlarged to about 28 px, 8 a row, white gaps."""
    from torchvision.utils import make_grid

    scale = max(1, 28 // images.shape[-1])
    images = torch.nn.functional.interpolate(images, scale_factor=scale, mode="nearest")
    return make_grid(images, nrow=8, padding=2, pad_value=1.0)
