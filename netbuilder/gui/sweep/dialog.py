"""The Sweep dialog: pick what to search and how many trials, run the sweep in its own process,
watch the trials ranked as they finish, and apply the best values to the project (one undo step).

The sweep runs as `python -m netbuilder.engine.sweep_child PLAN.json` (the same engine code as
`netbuilder sweep`); it prints one JSON line per finished trial, which this dialog reads. Its study
is kept in a journal file for the dialog's life, so Start after Stop goes on with the same study.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sys
import tempfile
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QProcess, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netbuilder.document.analysis import analyse
from netbuilder.document.messages import Message
from netbuilder.document.project import Project, project_to_dict
from netbuilder.document.settings import SettingsError
from netbuilder.document.sweep_space import apply_values, check_space, parse_param
from netbuilder.gui import commands, language, messages
from netbuilder.gui.data_folders import folder_for
from netbuilder.gui.plain_text import plain, tip
from netbuilder.gui.sweep.plots import TrialPlots
from netbuilder.gui.sweep.space import candidates, ranked

STATES = {
    "complete": QT_TRANSLATE_NOOP("SweepDialog", "complete"),
    "pruned": QT_TRANSLATE_NOOP("SweepDialog", "stopped early"),
    "failed": QT_TRANSLATE_NOOP("SweepDialog", "failed"),
}


class SweepDialog(QDialog):
    """One sweep at a time for the window's document; `runs` (the Runs table) gets each trial."""

    trial_finished = Signal(dict)
    sweep_ended = Signal()

    def __init__(self, document, runs=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.runs = document, runs
        self.folder = tempfile.mkdtemp(prefix="netbuilder-sweep-")  # the study and plans
        weakref.finalize(self, shutil.rmtree, self.folder, True)
        self.study = 0  # a new study whenever the project or the search changes
        self.swept: Project | None = None
        self.trials: list[dict] = []
        self._texts: list[str] = []
        self.task = "classification"
        self.dataset = ""
        self.process: QProcess | None = None
        self._buffer = b""
        self._status = str
        self._build()
        self.retranslate()
        language.on_language_change(self, self.retranslate)
        self.fill_space()

    # --- the face -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.space = QTableWidget(0, 2)
        self.space.verticalHeader().hide()
        self.space.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.trials_label = QLabel()
        self.trial_count = QSpinBox()
        self.trial_count.setRange(1, 10_000)
        self.trial_count.setValue(20)
        self.start_button, self.stop_button = QPushButton(), QPushButton()
        self.apply_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.apply_button.clicked.connect(self.apply_best)
        self.status = plain(QLabel())
        self.status.setWordWrap(True)
        self.ranking = QTableWidget(0, 4)
        self.ranking.verticalHeader().hide()
        self.ranking.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ranking.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.plots = TrialPlots()
        self.importances: dict[str, float] = {}
        row = QHBoxLayout()
        for widget in (self.trials_label, self.trial_count, self.start_button, self.stop_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.space, 2)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.ranking, 3)
        layout.addWidget(self.plots, 3)
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        wide = 760 if room is None else min(1000, max(760, round(room.width() * 0.95)))
        self.resize(wide, 720 if room is None else min(720, room.height() - 40))  # plots room
        self._refresh_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("SweepDialog", "Sweep"))
        self.space.setHorizontalHeaderLabels([
            QCoreApplication.translate("SweepDialog", "Search"),
            QCoreApplication.translate("SweepDialog", "Range (log:A..B, int:A..B, A..B or a,b,c)"),
        ])  # fmt: skip
        self.trials_label.setText(QCoreApplication.translate("SweepDialog", "Trials:"))
        self.trial_count.setToolTip(
            QCoreApplication.translate(
                "SweepDialog",
                "Trials in all, counting those this search has run: Start after Stop goes on up "
                "to this number",
            )
        )
        self.start_button.setText(QCoreApplication.translate("SweepDialog", "Start"))
        self.stop_button.setText(QCoreApplication.translate("SweepDialog", "Stop"))
        self.apply_button.setText(
            QCoreApplication.translate("SweepDialog", "Apply best to project")
        )
        self.ranking.setHorizontalHeaderLabels([
            QCoreApplication.translate("SweepDialog", "Trial"),
            QCoreApplication.translate("SweepDialog", "State"),
            self._score_header(),
            QCoreApplication.translate("SweepDialog", "Values"),
        ])  # fmt: skip
        self.status.setText(self._status())
        self._fill_ranking()

    def fill_space(self) -> None:
        """The rows for the project as it is now (its layers' numbers, its epochs)."""
        rows = candidates(self.document.project)
        self.space.setRowCount(len(rows))
        for row, (name, text, checked) in enumerate(rows):
            box = QCheckBox(name)
            box.setChecked(checked)
            self.space.setCellWidget(row, 0, box)
            self.space.setCellWidget(row, 1, QLineEdit(text))

    def _say(self, status) -> None:
        self._status = status
        self.status.setText(status())

    # --- running --------------------------------------------------------------------------------

    def chosen(self) -> list[str]:
        """The --param texts of the ticked rows."""
        texts = []
        for row in range(self.space.rowCount()):
            box, field = self.space.cellWidget(row, 0), self.space.cellWidget(row, 1)
            if box.isChecked():
                texts.append(f"{box.text()}={field.text().strip()}")
        return texts

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def start(self) -> bool:
        """Check the search and start the sweep's process; False (said in the status) if not."""
        if self.running:
            return False
        project, texts = self.document.project.copy(), self.chosen()
        try:
            if not texts:
                raise SettingsError(Message("sweep_param_syntax", {"text": ""}))
            check_space(project, [parse_param(text) for text in texts])
            if project.training.validation_fraction <= 0:
                raise SettingsError(Message("sweep_needs_validation"))
        except SettingsError as error:
            problem, reason = error.message, str(error)
            self._say(lambda: messages.text(problem) if problem else reason)
            return False
        if self.swept is None or self._plan_key(project, texts) != self._plan_key(
            self.swept, self._texts
        ):
            self.study += 1  # another search: a new study (the old one stays in its file)
            self.trials, self.importances = [], {}
            self.plots.show_importances({})
        self.swept, self._texts = project, texts
        self._launch(self._write_plan(project, texts))
        return True

    @staticmethod
    def _plan_key(project: Project, texts: list[str]) -> tuple:
        return (project.network.structure(), project.dataset, tuple(texts),
                json.dumps(project.training.to_dict(), sort_keys=True))  # fmt: skip

    def _write_plan(self, project: Project, texts: list[str]) -> str:
        path = Path(self.folder) / f"plan-{self.study}.json"
        plan = {
            "project": project_to_dict(project), "params": texts,
            "trials": self.trial_count.value(), "study": f"app-{self.study}",
            "storage": str(Path(self.folder) / "sweeps.log"),
            "data_dir": self._data_dir(project),
        }  # fmt: skip
        path.write_text(json.dumps(plan), encoding="utf-8")
        return str(path)

    def _data_dir(self, project: Project) -> str | None:
        """The folder the app keeps the dataset's files in (the one the Training panel uses)."""
        settings = getattr(self.parent(), "settings", None)
        return str(folder_for(settings, project.dataset)) if settings is not None else None

    def _launch(self, plan: str) -> None:
        self.process = QProcess(self)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.start(sys.executable, ["-m", "netbuilder.engine.sweep_child", plan])
        self._say(lambda: QCoreApplication.translate("SweepDialog", "Starting the sweep…"))
        self._refresh_buttons()

    def stop(self) -> None:
        """End the sweep: its running trial is lost, the finished ones stay (Start goes on)."""
        if self.running:
            self.process.terminate()

    def _read(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                self._receive(json.loads(line))
            except (ValueError, TypeError, KeyError):
                continue  # not one of ours (a library's print): ignored

    def _receive(self, event: dict[str, Any]) -> None:
        if "trial" in event:
            self._add_trial(event["trial"])
        elif "end" in event:
            end = event["end"]
            self.task, self.dataset = end["task"], end["dataset"]
            self.importances = dict(end.get("importances") or {})
            self.plots.show_importances(self.importances)
        elif "error" in event:
            code, args, text = event.get("code"), event.get("args", {}), event["error"]
            said = (lambda: messages.text(Message(code, args))) if code else (lambda: text)
            self._say(said)

    def _add_trial(self, trial: dict) -> None:
        self.trials.append(trial)
        self._fill_ranking()
        params = [parse_param(text) for text in self._texts]
        self.plots.show_trials(self.trials, params, self._maximize())
        count, number = len(self.trials), trial["number"]
        if trial["state"] == "failed":
            reason = _reason(trial)
            self._say(lambda: QCoreApplication.translate(
                "SweepDialog", "Trial {number} failed: {reason}").format(number=number,
                                                                       reason=reason()))  # fmt: skip
        else:
            self._say(lambda: QCoreApplication.translate("SweepDialog", "{count} trial(s) finished.")
                      .format(count=count))  # fmt: skip
        if trial["state"] == "complete" and self.runs is not None and self.swept is not None:
            project = apply_values(self.swept, trial["params"])
            self.runs.add_trial(project, self.swept.dataset, self._task(), trial["metrics"])
        self.trial_finished.emit(trial)

    def _finished(self, *_exit) -> None:
        self._read()  # what it printed last may not have been read yet
        self._refresh_buttons()
        if self.trials and self.best() is not None:
            best = self.best()
            self._say(lambda: QCoreApplication.translate(
                "SweepDialog", "Sweep ended: {count} trial(s); the best is trial {number}."
            ).format(count=len(self.trials), number=best["number"]))  # fmt: skip
        self.sweep_ended.emit()

    def _refresh_buttons(self) -> None:
        running = self.running
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.apply_button.setEnabled(not running and self.best() is not None)

    # --- results --------------------------------------------------------------------------------

    def _task(self) -> str:
        """The swept project's task: an autoencoder's trials score their reconstruction error."""
        if self.swept is not None and self.swept.training.objective == "reconstruct":
            return "reconstruction"
        if self.task == "regression" or (self.trials and "r2" in self._any_metrics()):
            return "regression"
        return "classification"

    def _maximize(self) -> bool:
        """Accuracy goes up; a regression's loss and a reconstruction's error go down."""
        return self._task() == "classification"

    def _any_metrics(self) -> dict:
        return next((t["metrics"] for t in self.trials if t["metrics"]), {})

    def ranked(self) -> list[dict]:
        return ranked(self.trials, self._maximize())

    def best(self) -> dict | None:
        order = self.ranked()
        return order[0] if order and order[0]["state"] == "complete" else None

    def _score_header(self) -> str:
        """What the trials' scores are: an autoencoder's are reconstruction errors."""
        if self._task() == "reconstruction":
            return QCoreApplication.translate("SweepDialog", "Validation error (MSE)")
        return QCoreApplication.translate("SweepDialog", "Validation score")

    def _fill_ranking(self) -> None:
        header = self.ranking.horizontalHeaderItem(2)
        if header is not None:
            header.setText(self._score_header())
        order = self.ranked()
        self.ranking.setRowCount(len(order))
        for row, trial in enumerate(order):
            value = "" if trial["value"] is None else f"{trial['value']:.4f}"
            state = QCoreApplication.translate("SweepDialog", STATES[trial["state"]])
            values = ", ".join(f"{k} {_number(v)}" for k, v in trial["params"].items())
            why = _reason(trial)()
            for column, text in enumerate((str(trial["number"]), state, value, values)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(tip(why) if why else "")
                self.ranking.setItem(row, column, item)

    def apply_best(self) -> bool:
        """Set the best trial's values in the project: one undoable edit."""
        best = self.best()
        if best is None or self.swept is None:
            return False
        document = self.document
        if document.project.network.structure() != self.swept.network.structure():
            self._say(lambda: QCoreApplication.translate(
                "SweepDialog", "The network changed since the sweep started: start it again."))  # fmt: skip
            return False
        apply_values_as_edit(document, best["params"])
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.running:
            self.process.terminate()
            self.process.waitForFinished(5000)
        super().closeEvent(event)


def apply_values_as_edit(document, values: dict[str, Any]) -> None:
    """Settings and layer parameters (named as a sweep names them) set as one undo step."""
    stack = document.undo_stack
    stack.beginMacro(QCoreApplication.translate("SweepDialog", "Apply best sweep values"))
    try:
        settings = {k: v for k, v in values.items() if "." not in k}
        if settings:
            wanted = apply_values(document.project, settings).training
            commands.change_training(document, dataclasses.replace(wanted))
        layers = analyse(document.project.network, num_classes=None).all_layers
        uids = {info.number: info.uid for info in layers}
        for name, value in values.items():
            if "." in name:
                number, _, param = name.rpartition(".")
                commands.change_param(document, uids[number], param, value)
    finally:
        stack.endMacro()


def _reason(trial: dict):
    """How to say why a trial failed or stopped early, in the language of the moment ("" when
    it did neither): its reason comes from the sweep's process as a Message's code and args."""
    reason = trial.get("reason")
    if isinstance(reason, dict) and isinstance(reason.get("code"), str):
        message = Message(reason["code"], dict(reason.get("args") or {}))
        return lambda: messages.text(message)
    return lambda: str(reason or "")


def _number(value: Any) -> str:
    return f"{value:.4g}" if isinstance(value, float) else str(value)
