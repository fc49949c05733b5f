"""The open project's session: what belongs to this project beyond its document.

`Document.reset` (File > New, Open, a preset, a lesson, recovery) replaces the session whole and
emits `session_replaced`; every view that shows something of a project (the run bar, the training
panel, the plots' faded runs, the decision regions, the fit, Predict, Evaluation, the data folder)
connects to it and forgets what it showed, so nothing of the last project survives.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from netbuilder.document.project import Project


@dataclass(eq=False)
class ProjectSession:
    """One open project: its runs' numbering and the model trained (or loaded) for it."""

    project: Project
    latest_run: int | None = None
    """The Runs table's number of the run started last: Predict says "from run N" with it."""
    trained: Any = None
    """The current TrainedModel of this project (a run's, or a model file's), else None."""

    def run_origin(self) -> str:
        """Where a model trained now comes from, in the Runs table's numbering."""
        if self.latest_run is None:
            return QCoreApplication.translate("ProjectSession", "a training run")
        return QCoreApplication.translate("ProjectSession", "run {number}").format(
            number=self.latest_run
        )
