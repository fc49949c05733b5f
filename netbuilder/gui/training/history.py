"""What the plots show: every run's batch and epoch reports as growing numpy columns, and CSV.

Qt-free on purpose: the plots pull from here on a timer, and the CSV export writes from here.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from netbuilder.document.safe_io import write_text_atomically
from netbuilder.document.spreadsheet import spreadsheet_cell, spreadsheet_writer
from netbuilder.engine.training_events import BatchReport, EpochReport

EMA_ALPHA = 0.1  # weight of the newest report in the smoothed loss
BATCH_COLUMNS = (
    "epoch_position",
    "loss",
    "smoothed_loss",
    "accuracy",
    "learning_rate",
    "samples_per_second",
    "elapsed_seconds",
    "samples_seen",
)
EPOCH_COLUMNS = (
    "epoch",
    "train_loss",
    "train_accuracy",
    "val_loss",
    "val_accuracy",
    "learning_rate",
    "seconds",
)

EPOCH_CSV_COLUMNS = tuple(f"epoch_{n}" if n in BATCH_COLUMNS else n for n in EPOCH_COLUMNS)
"""The epoch columns as the CSV names them: no name twice (both kinds have a learning_rate)."""


class Columns:
    """Named float columns that grow by appending rows; amortised O(1), views without copies."""

    def __init__(self, names: tuple[str, ...], capacity: int = 256) -> None:
        self.names = names
        self._data = np.full((capacity, len(names)), np.nan)
        self.size = 0

    def append(self, *values: float | None) -> None:
        if self.size == len(self._data):
            self._data = np.concatenate([self._data, np.full_like(self._data, np.nan)])
        self._data[self.size] = [np.nan if v is None else v for v in values]
        self.size += 1

    def __getitem__(self, name: str) -> np.ndarray:
        return self._data[: self.size, self.names.index(name)]

    def rows(self) -> np.ndarray:
        return self._data[: self.size]


@dataclass(eq=False)
class RunRecord:
    """One training run as the plots see it."""

    number: int
    title: str
    batches: Columns = field(default_factory=lambda: Columns(BATCH_COLUMNS))
    epochs: Columns = field(default_factory=lambda: Columns(EPOCH_COLUMNS, 32))
    smoothed: float | None = None
    last_batch: BatchReport | None = None
    version: int = 0  # bumped on every change, so a view redraws only when needed

    def add_batch(self, report: BatchReport) -> None:
        position = report.epoch - 1 + report.batch / max(report.batches_per_epoch, 1)
        self._rewind_to(position)
        loss = report.loss
        if math.isfinite(loss):
            self.smoothed = (
                loss
                if self.smoothed is None
                else (EMA_ALPHA * loss + (1 - EMA_ALPHA) * self.smoothed)
            )
        self.batches.append(
            position,
            loss,
            self.smoothed,
            report.accuracy,
            report.learning_rate,
            report.samples_per_second,
            report.elapsed_seconds,
            report.samples_seen,
        )
        self.last_batch = report
        self.version += 1

    def _rewind_to(self, position: float) -> None:
        """A single step undone and taken again reports a batch already drawn: its point
        replaces the ones from there on, as if the undone steps had never been."""
        kept = int(np.searchsorted(self.batches["epoch_position"], position, side="left"))
        if kept < self.batches.size:
            self.batches.size = kept
            smoothed = self.batches["smoothed_loss"][-1] if kept else math.nan
            self.smoothed = float(smoothed) if math.isfinite(smoothed) else None

    def add_epoch(self, report: EpochReport) -> None:
        self.epochs.append(
            report.epoch,
            report.train_loss,
            report.train_accuracy,
            report.val_loss,
            report.val_accuracy,
            report.learning_rate,
            report.seconds,
        )
        self.version += 1


class TrainingHistory:
    """All runs since the last Clear; the newest one is the current run."""

    def __init__(self) -> None:
        self.runs: list[RunRecord] = []
        self._next = 1

    @property
    def current(self) -> RunRecord | None:
        return self.runs[-1] if self.runs else None

    def new_run(self, title: str) -> RunRecord:
        run = RunRecord(self._next, title)
        self._next += 1
        self.runs.append(run)
        return run

    def clear(self, keep_current: bool = False) -> None:
        self.runs = self.runs[-1:] if keep_current and self.runs else []

    def to_csv(self) -> str:
        """One row per batch report and one per epoch, every run, in long format."""
        out = io.StringIO()
        writer = spreadsheet_writer(out)
        writer.writerow(("run", "title", "kind", *BATCH_COLUMNS, *EPOCH_CSV_COLUMNS))
        blank_b, blank_e = [""] * len(BATCH_COLUMNS), [""] * len(EPOCH_COLUMNS)
        for run in self.runs:
            for row in run.batches.rows():
                writer.writerow(
                    (run.number, spreadsheet_cell(run.title), "batch", *_cells(row), *blank_e)
                )
            for row in run.epochs.rows():
                writer.writerow(
                    (run.number, spreadsheet_cell(run.title), "epoch", *blank_b, *_cells(row))
                )
        return out.getvalue()

    def save_csv(self, path: str | Path) -> None:
        """Write the one safe way (safe_io): a temporary file renamed into place."""
        write_text_atomically(path, self.to_csv())


def _cells(row: np.ndarray) -> list[str]:
    return ["" if math.isnan(v) else f"{v:.6g}" for v in row]
