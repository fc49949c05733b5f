"""The Runs panel: one row per run; tick to show its curves, edit the name, export as CSV.

The table mirrors a `RunLog` (runs.py). The log is saved beside the project after each change
and loaded when a project opens; a project never saved keeps its runs for the session.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netbuilder.document.safe_io import os_reason
from netbuilder.gui import files, language
from netbuilder.gui.plain_text import plain, tip
from netbuilder.gui.training import dialogs as dialogs
from netbuilder.gui.training.run_columns import (
    HEADERS,
    PRESENTER_HIDDEN,
    SCORE_TIPS,
    header_labels,
    header_tips,
    score_tip,
)
from netbuilder.gui.training.runs import RunLog, RunsFileError, RunSummary, finite, runs_path

NAME, CHANGES = 0, 4
GENERATED_CHANGES = {  # what the log writes when nothing is to compare (runs.py), in English
    "first run": QT_TRANSLATE_NOOP("RunsTable", "first run"),
    "same settings": QT_TRANSLATE_NOOP("RunsTable", "same settings"),
}


class RunsTable(QWidget):
    """Feed it with start_run / finish_run; it tells the plots which runs to show."""

    visibility_changed = Signal(object, bool)  # the plots' run number, shown?
    runs_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = RunLog()
        self.path: Path | None = None  # where the log is saved; None: not saved yet
        self._pending: RunSummary | None = None  # started, its model not yet arrived
        self._pending_fold = False  # the pending run is one fold of a cross-validation
        self._filling = False
        self.presenting = False
        self.table = QTableWidget(0, len(HEADERS))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHANGES, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_item_changed)
        self.message = plain(QLabel())
        self._message: Callable[[], str] = str  # how to say the message line, in any language
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(lambda: self.export_csv())
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Headers, tooltips and the button again in the language now chosen; the rows stay."""
        self._label_scores()
        self.table.setToolTip(
            QCoreApplication.translate(
                "RunsTable", "Tick a run to show its curves; double-click its name to rename it"
            )
        )
        self.csv_button.setText(QCoreApplication.translate("RunsTable", "Export runs CSV…"))
        self.csv_button.setToolTip(
            QCoreApplication.translate("RunsTable", "Save this table as a CSV file")
        )
        self.message.setText(self._message())
        self._fill()  # the names and notes the log wrote itself

    def set_presenting(self, on: bool) -> None:
        """Presenter mode: the run, what changed and its scores, with nothing to scroll sideways
        to on a 1024x768 projector in large text: the network, its parameters, the dataset, the
        training score, the time and any score column no run has are left out (back on leaving)."""
        self.presenting = on
        self._show_columns()

    def _show_columns(self) -> None:
        runs = self.log.runs
        for column in range(self.table.columnCount()):
            empty = bool(runs) and all(not _cells(run)[column] for run in runs)
            hide = self.presenting and (
                column in PRESENTER_HIDDEN or column in SCORE_TIPS and empty
            )
            self.table.setColumnHidden(column, hide)

    def _say(self, message: Callable[[], str]) -> None:
        self._message = message
        self.message.setText(message())

    def _label_scores(self) -> None:
        """Headers and their tooltips, saying what the scores are for the runs in the table (an
        autoencoder's are reconstruction errors, not accuracies)."""
        tasks = [run.task for run in self.log.runs]
        self.table.setHorizontalHeaderLabels(header_labels(tasks))
        for column, text in header_tips(tasks).items():
            self.table.horizontalHeaderItem(column).setToolTip(text)

    # --- feeding -------------------------------------------------------------------------------

    def start_run(self, project, dataset: str, curves: int | None = None) -> RunSummary:
        run = self.log.add(project, dataset, curves)
        self._pending, self._pending_fold = run, False
        self._fill()
        return run

    def start_fold(self, k: int, folds: int) -> None:
        """The pending run is fold k of a k-fold cross-validation: say so in its row."""
        run = self._pending
        if run is None:
            return
        run.name = f"Run {run.number} · fold {k}/{folds}"
        if k == 1:
            run.changes = f"{run.changes}; {folds}-fold cross-validation"
        else:
            run.changes = f"fold {k} of {folds}"
        self._pending_fold = True
        self._fill()

    def finish_run(self, trained) -> None:
        """The run's model arrived: note its final accuracies and time. Loaded models are not runs."""
        run, self._pending = self._pending, None
        fold, self._pending_fold = self._pending_fold, False
        if run is None:
            return
        run.parameters = sum(p.numel() for p in trained.model.parameters())
        result = trained.result
        if result is not None:
            last = result.history[-1] if result.history else None
            if last is not None:
                run.train_accuracy = finite(last.train_accuracy)
                run.val_accuracy = finite(last.val_accuracy)
            run.seconds = finite(result.finished.seconds)
        run.task = getattr(trained, "task", "classification")
        if trained.evaluation is not None and fold:  # scored on its held-out fold: validation
            run.val_accuracy = finite(trained.evaluation.accuracy)
        elif trained.evaluation is not None:
            run.test_accuracy = finite(trained.evaluation.accuracy)
        regression = getattr(trained, "regression", None)
        if regression is not None:
            run.test_r2 = finite(regression.r2)
        baseline = getattr(trained, "baseline", None)
        if baseline is not None:
            run.baseline_constant = finite(baseline.constant)
            run.baseline_linear = finite(baseline.linear)
        if run.task == "reconstruction" and not fold:
            _note_reconstruction(run, trained.metrics())
        self._changed()

    def add_trial(self, project, dataset: str, task: str, metrics: dict) -> RunSummary:
        """A sweep's trial finished in its own process: a row with its test score and baselines."""
        run = self.log.add(project, dataset, None)
        run.task = task
        run.test_accuracy = finite(metrics.get("test_accuracy"))
        run.test_r2 = finite(metrics.get("r2"))
        run.seconds = finite(metrics.get("train_seconds"))
        constant = "baseline_mean_r2" if task == "regression" else "baseline_majority_accuracy"
        linear = "baseline_linear_r2" if task == "regression" else "baseline_linear_accuracy"
        run.baseline_constant = finite(metrics.get(constant))
        run.baseline_linear = finite(metrics.get(linear))
        if task == "reconstruction":
            _note_reconstruction(run, metrics)
        self._changed()
        return run

    def forget_pending(self, *_why) -> RunSummary | None:
        """The run failed: a run that trained keeps its row without results; one that failed
        before its first batch (e.g. a network that does not fit the data) was no run and leaves
        no row. A model loaded later is no run either. Returns the run dropped, if one was."""
        run, self._pending = self._pending, None
        dropped = run is not None and not run.trained and run in self.log.runs
        if dropped:
            self.log.runs.remove(run)
            self._fill()
        self._save()
        return run if dropped else None

    def mark_failed(self, outcome: str) -> None:
        """The pending run's training process died: say so in its row ("failed: <reason>")."""
        if self._pending is not None:
            self._pending.outcome = outcome
            self._fill()
            self._save()

    def note_batch(self, *_report) -> None:
        """The pending run trained a batch: from now on it is a run, even if it fails."""
        if self._pending is not None:
            self._pending.trained = True

    def set_visible(self, number: int, visible: bool) -> None:
        run = self.log.find(number)
        if run is not None and run.visible != visible:
            run.visible = visible
            self._fill()
            self._changed(visibility=run)

    def rename(self, number: int, name: str) -> None:
        run = self.log.find(number)
        if run is not None and name.strip() and run.name != name.strip():
            run.name = name.strip()
            self._fill()
            self._changed()

    # --- files ---------------------------------------------------------------------------------

    def open_for(self, project_path: str | None) -> None:
        """A project opened (or New): show its saved runs, or none."""
        self._pending = None
        self.path = _runs_file(project_path)
        self.log = RunLog()
        self._say(str)
        if self.path is not None and self.path.exists():
            try:
                self.log = RunLog.load(self.path)
            except RunsFileError as error:
                problem = str(error)
                self._say(
                    lambda: QCoreApplication.translate(
                        "RunsTable", "{error}. Earlier runs are not shown."
                    ).format(error=problem)
                )
        self._fill()

    def save_to(self, project_path: str | None) -> None:
        """The project was saved (perhaps under a new name): keep its runs beside it."""
        self.path = _runs_file(project_path)
        self._save()

    def export_csv(self, path: str | None = None) -> bool:
        path = path or dialogs.ask_save_path(
            self,
            QCoreApplication.translate("RunsTable", "Export runs"),
            "runs.csv",
            QCoreApplication.translate("RunsTable", "CSV table (*.csv)"),
        )
        if not path:
            return False
        try:
            self.log.save_csv(path)
        except OSError as error:
            dialogs.show_error(
                self,
                QCoreApplication.translate("RunsTable", "Cannot export runs"),
                QCoreApplication.translate("RunsTable", "Cannot write {path}: {reason}").format(
                    path=path, reason=os_reason(error)
                ),
            )
            return False
        return True

    def _save(self) -> None:
        if self.path is None or not self.log.runs:
            return
        try:
            self.log.save(self.path)
        except OSError as error:
            path, reason = self.path, os_reason(error)
            self._say(
                lambda: QCoreApplication.translate(
                    "RunsTable", "Runs not saved: cannot write {path}: {reason}"
                ).format(path=path, reason=reason)
            )

    def _changed(self, visibility: RunSummary | None = None) -> None:
        self._fill()
        self._save()
        if visibility is not None and visibility.curves is not None:
            self.visibility_changed.emit(visibility.curves, visibility.visible)
        self.runs_changed.emit()

    # --- the table -----------------------------------------------------------------------------

    def _fill(self) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(self.log.runs))
            for row, run in enumerate(self.log.runs):
                for column, text in enumerate(_cells(run)):
                    item = self.table.item(row, column)  # updated in place: safe in itemChanged
                    if item is None:
                        item = QTableWidgetItem()
                        self.table.setItem(row, column, item)
                    item.setText(text)
                    item.setData(Qt.ItemDataRole.UserRole, run.number)
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if column == NAME:
                        flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
                        item.setCheckState(
                            Qt.CheckState.Checked if run.visible else Qt.CheckState.Unchecked
                        )
                    item.setFlags(flags)
                    if column == CHANGES:
                        item.setToolTip(tip(text))
                    elif column in SCORE_TIPS:
                        item.setToolTip(score_tip(column, run.task) if text else "")
            self._label_scores()
            self._show_columns()
        finally:
            self._filling = False

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != NAME:
            return
        number = item.data(Qt.ItemDataRole.UserRole)
        run = self.log.find(number)
        if run is None:
            return
        visible = item.checkState() == Qt.CheckState.Checked
        if visible != run.visible:
            self.set_visible(number, visible)
        elif item.text() != run.name:
            if item.text().strip():
                self.rename(number, item.text())
            else:
                self._fill()  # an empty name: keep the old one


def _note_reconstruction(run: RunSummary, metrics: dict) -> None:
    """An autoencoder's test score is its reconstruction error; its baseline the mean image's."""
    run.test_accuracy = finite(metrics.get("test_reconstruction_mse"))
    run.baseline_constant = finite(metrics.get("mean_image_mse"))


def _cells(run: RunSummary) -> list[str]:
    return [
        _name(run),
        run.network,
        "" if run.parameters is None else f"{run.parameters:,}",
        run.dataset,
        _changes(run),
        _score(run, run.train_accuracy),
        _score(run, run.val_accuracy),
        _score(run, run.test_accuracy),
        _r2(run.test_r2),
        baseline_text(run),
        run.outcome or _seconds(run.seconds),
    ]


def baseline_text(run: RunSummary) -> str:
    """ "linear 92.1 % · majority 11.3 %" (a regression: the R² of least squares and the mean)."""
    if run.baseline_constant is None:
        return ""
    if run.task == "reconstruction":
        text = QCoreApplication.translate("RunsTable", "mean image {constant}")
        return text.format(constant=_score(run, run.baseline_constant))
    linear = _score(run, run.baseline_linear) if run.baseline_linear is not None else "–"
    if run.task == "regression":
        text = QCoreApplication.translate("RunsTable", "linear {linear} · mean {constant}")
    else:
        text = QCoreApplication.translate("RunsTable", "linear {linear} · majority {constant}")
    return text.format(linear=linear, constant=_score(run, run.baseline_constant))


FOLD_NAME = re.compile(r"Run (\d+) · fold (\d+)/(\d+)")
FOLD_CHANGES = re.compile(r"fold (\d+) of (\d+)")
FIRST_FOLD = re.compile(r"(.*); (\d+)-fold cross-validation")
"""The English the log writes for a cross-validation's runs (`start_fold`), kept in its file."""


def _name(run: RunSummary) -> str:
    """The run's name; the one the log gives ("Run 3", "Run 1 · fold 1/3") in the user's
    language, a name the user gave as it is."""
    if run.name == f"Run {run.number}":
        return QCoreApplication.translate("RunsTable", "Run {number}").format(number=run.number)
    fold = FOLD_NAME.fullmatch(run.name)
    if fold is not None and int(fold[1]) == run.number:
        text = QCoreApplication.translate("RunsTable", "Run {number} · fold {k}/{folds}")
        return text.format(number=run.number, k=fold[2], folds=fold[3])
    return run.name


def _changes(run: RunSummary) -> str:
    return _generated_changes(run.changes)


def _generated_changes(changes: str) -> str:
    """What changed since the run before; the log's own words in the user's language."""
    if changes in GENERATED_CHANGES:
        return QCoreApplication.translate("RunsTable", GENERATED_CHANGES[changes])
    fold = FOLD_CHANGES.fullmatch(changes)
    if fold is not None:
        text = QCoreApplication.translate("RunsTable", "fold {k} of {folds}")
        return text.format(k=fold[1], folds=fold[2])
    first = FIRST_FOLD.fullmatch(changes)
    if first is not None:
        text = QCoreApplication.translate("RunsTable", "{changes}; {folds}-fold cross-validation")
        return text.format(changes=_generated_changes(first[1]), folds=first[2])
    return changes


def _seconds(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.2f} s" if value < 10 else f"{value:.0f} s"


def _score(run: RunSummary, value: float | None) -> str:
    """Accuracy as a percentage; a regression's R² as R²; a reconstruction's error as its
    pixel MSE ("MSE 0.0123": the letters say it is no accuracy)."""
    if run.task == "reconstruction":
        return "" if value is None else f"MSE {value:.4f}"
    return _r2(value) if run.task == "regression" else _percent(value)


def _r2(value: float | None) -> str:
    return "" if value is None else f"R² {value:.3f}"


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.1f} %"


def connect_runs(runs: RunsTable, controller, plots, document) -> None:
    """Each run the controller starts gets a row; ticks reach the plots; files follow the project."""

    def started(project, dataset: str) -> None:  # after the plots made the run's curves
        current = plots.history.current
        run = runs.start_run(project, dataset, current.number if current else None)
        _session_of(document).latest_run = run.number  # one numbering: Predict says this run

    def failed(*why) -> None:
        dropped = runs.forget_pending(*why)
        if dropped is not None:  # no run: no row, no curves, no number
            plots.drop_run(dropped.curves)
            latest = runs.log.runs[-1].number if runs.log.runs else None
            _session_of(document).latest_run = latest

    controller.run_started.connect(started)
    controller.batch_reported.connect(runs.note_batch)
    controller.model_trained.connect(runs.finish_run)
    controller.fold_started.connect(runs.start_fold)
    controller.training_failed.connect(failed)
    controller.run_failed.connect(runs.mark_failed)
    runs.visibility_changed.connect(plots.set_run_visible)
    owner = [document.project]  # the project the shown runs belong to

    def path_changed(path: str) -> None:
        if document.project is owner[0]:  # saved, maybe under a new name: the runs go along
            runs.save_to(path or None)

    def reset() -> None:  # opened or new: show that project's runs
        owner[0] = document.project
        runs.open_for(document.path)

    for name, slot in (("path_changed", path_changed), ("network_reset", reset)):
        signal = getattr(document, name, None)
        if signal is not None:
            signal.connect(slot)
    if getattr(document, "path", None):
        runs.open_for(document.path)


def _session_of(document):
    """The project's session (a stand-in document without one gets a throwaway record)."""
    session = getattr(document, "session", None)
    return session if session is not None else types.SimpleNamespace()


def _runs_file(project_path: str | None) -> Path | None:
    """Where a project's runs are kept: beside it, but never among the app's own examples, which
    stay as shipped (Save As puts an example, and from then on its runs, where the user wants)."""
    if not project_path:
        return None
    if Path(project_path).resolve().parent == files.EXAMPLES.resolve():
        return None
    return runs_path(project_path)
