"""The training panel: data, settings, device, Start / Pause / Stop, progress, and model files.

It reads the project through `project_source()` and edits nothing itself: settings edits come
out as `settings_changed(TrainingSettings)` and `dataset_changed(str)` for the document to apply.
Run it on its own: `python -m netbuilder.gui.training.panel netbuilder/examples/lenet5.json`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netbuilder.document.analysis import Analysis, analyse
from netbuilder.document.datasets import dataset_classes, dataset_spec
from netbuilder.document.project import Project
from netbuilder.document.settings import SettingsError
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.training_events import BatchReport, EpochReport
from netbuilder.gui import language, messages
from netbuilder.gui.dataset_words import dataset_title_text
from netbuilder.gui.plain_text import escaped, plain, rich, tip
from netbuilder.gui.scrolling import VerticalScrollArea
from netbuilder.gui.training import dialogs as dialogs
from netbuilder.gui.training.augment_box import AugmentBox
from netbuilder.gui.training.controller import State, TrainingController
from netbuilder.gui.training.data_box import DataBox
from netbuilder.gui.training.model_files import ModelFiles, onnx_problem
from netbuilder.gui.training.progress_text import epoch_reached, how_far, state_text
from netbuilder.gui.training.settings_form import (
    TrainingSettingsForm,
    device_choice,
    learning_rate_box,
)

COMBO_LETTERS = 12  # a choice box is this wide at least; its list shows the whole names
SYNTHETIC, FOLDER = "synthetic", "folder"  # the two ways forward when MNIST is missing


def cannot_train_reason(project: Project, analysis: Analysis | None = None) -> str | None:
    """Why this project cannot train (the toolbar's Train rule), or None when it can.

    `analysis` is the document's own, when there is one; else the project is analysed here.
    """
    if analysis is None:
        classes = dataset_classes(project.dataset, project.dataset_params)
        analysis = analyse(
            project.network, classes, project.training.loss, project.training.objective
        )
    return messages.cannot_train(analysis)


def format_duration(seconds: float) -> str:
    seconds = max(int(round(seconds)), 0)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def start_tip() -> str:
    return QCoreApplication.translate("TrainingPanel", "Train the network as it is now (Ctrl+T)")


def eta_seconds(report: BatchReport) -> float | None:
    """Time left if the rest goes as fast as the part done so far (training time only)."""
    if report.progress <= 0:
        return None
    return report.elapsed_seconds * (1 - report.progress) / report.progress


class TrainingPanel(QWidget):
    """Settings and run controls; talks to training only through `controller`."""

    settings_changed = Signal(object)  # TrainingSettings, after a user edit
    dataset_changed = Signal(str)
    data_params_changed = Signal(dict)  # a 2-D dataset's parameters
    learning_rate_shown = Signal(float)  # the rate in effect: the live run's, else the project's

    def __init__(
        self,
        controller: TrainingController,
        project_source: Callable[[], Project],
        data_dir: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_source = project_source
        self.model_files = ModelFiles(controller, self)
        self.form = TrainingSettingsForm()
        self.data = DataBox(data_dir)
        self.augment = AugmentBox(lambda: str(self.data.data_dir()))
        self._make_run_controls()
        self._make_model_buttons()
        self._make_layout()
        self._connect()
        self._failed = False
        self._task = "classification"  # the running data's task (the controller says)
        self._fold: tuple[int, int] | None = None  # (k, K) while fold k of K trains
        self._last: BatchReport | None = None  # the run's last batch report
        self.analysis_source: Callable[[], Analysis] | None = None  # the document's, if any
        self.set_project(project_source())
        self._on_state(State.IDLE.value)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text again in the language now chosen; values, progress and results stay."""

        def name(button: QPushButton, text: str, tip: str) -> None:
            button.setText(text)
            button.setToolTip(tip)

        name(
            self.stop_button,
            QCoreApplication.translate("TrainingPanel", "■  Stop"),
            QCoreApplication.translate(
                "TrainingPanel", "Stop after this batch; the model so far is kept"
            ),
        )
        self.pause_button.setToolTip(
            QCoreApplication.translate("TrainingPanel", "Pause training; Resume carries on")
        )
        self._name_pause()
        self.start_button.setText(QCoreApplication.translate("TrainingPanel", "▶  Start"))
        self.live_rate.setToolTip(
            QCoreApplication.translate(
                "TrainingPanel", "Change the learning rate while training runs"
            )
        )
        self.tensorboard_box.setText(
            QCoreApplication.translate("TrainingPanel", "Write TensorBoard logs")
        )
        self.set_tensorboard(self.tensorboard_box.isChecked())
        name(
            self.save_model_button,
            QCoreApplication.translate("TrainingPanel", "Save model…"),
            QCoreApplication.translate(
                "TrainingPanel", "Weights + the project they were trained from"
            ),
        )
        name(
            self.load_model_button,
            QCoreApplication.translate("TrainingPanel", "Load model…"),
            QCoreApplication.translate("TrainingPanel", "Open a saved model"),
        )
        name(
            self.torchscript_button,
            QCoreApplication.translate("TrainingPanel", "Export TorchScript…"),
            QCoreApplication.translate(
                "TrainingPanel", "For C++ / LibTorch (PyTorch deprecates TorchScript)"
            ),
        )
        self.onnx_button.setText(QCoreApplication.translate("TrainingPanel", "Export ONNX…"))
        problem = onnx_problem()
        self.onnx_button.setToolTip(
            problem
            or QCoreApplication.translate("TrainingPanel", "For ONNX Runtime and other tools")
        )
        titles = {
            "run": QCoreApplication.translate("TrainingPanel", "Run"),
            "data": QCoreApplication.translate("TrainingPanel", "Data"),
            "settings": QCoreApplication.translate("TrainingPanel", "Training settings"),
            "augment": QCoreApplication.translate("TrainingPanel", "Data augmentation"),
            "model": QCoreApplication.translate("TrainingPanel", "Trained model"),
        }
        for key, box in self.groups.items():
            box.setTitle(titles[key])
        words = {
            "epoch": QCoreApplication.translate("TrainingPanel", "Epoch"),
            "speed": QCoreApplication.translate("TrainingPanel", "Speed"),
            "elapsed": QCoreApplication.translate("TrainingPanel", "Elapsed"),
            "eta": QCoreApplication.translate("TrainingPanel", "Left"),
            "rate": QCoreApplication.translate("TrainingPanel", "Learning rate now"),
        }
        for key, label in self.stat_names.items():
            label.setText(words[key])
        self.refresh_start()
        self.progress.setFormat(self._progress_text())
        self.result.setText(self._result_text())
        self.stats["speed"].setText(self._speed_text())

    # --- building ------------------------------------------------------------------------------

    def _make_run_controls(self) -> None:
        # texts and tooltips: retranslate; texts that follow the run: said again from these
        self._progress_text: Callable[[], str] = not_started
        self._result_text: Callable[[], str] = str
        self._speed_text: Callable[[], str] = no_value
        self.start_button = self._button(self.start)
        self.start_reason = plain(QLabel())
        self.start_reason.setWordWrap(True)
        self.start_reason.setStyleSheet("color: #c62828;")
        self.start_reason.hide()
        bold = QFont(self.start_button.font())
        bold.setBold(True)
        self.start_button.setFont(bold)
        self.pause_button = self._button(self.toggle_pause)
        self.stop_button = self._button(self.controller.stop)
        self.live_rate = learning_rate_box()
        self.live_rate.valueChanged.connect(self._on_live_rate)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setFormat(not_started())
        self.stats = {name: QLabel("–") for name in ("epoch", "speed", "elapsed", "eta")}
        self.stat_names = {name: QLabel() for name in (*self.stats, "rate")}
        self.tensorboard_folder = Path.home() / "netbuilder-runs"
        self.tensorboard_box = QCheckBox()
        self.tensorboard_box.toggled.connect(self.set_tensorboard)
        self.set_tensorboard(False)
        self.result = rich(QLabel())  # our HTML; every user part goes through `escaped`
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _make_model_buttons(self) -> None:
        files = self.model_files
        self.save_model_button = self._button(lambda: files.save_model())
        self.load_model_button = self._button(lambda: files.load_model())
        self.torchscript_button = self._button(lambda: files.export_torchscript())
        self.onnx_button = self._button(lambda: files.export_onnx())
        self.onnx_available = onnx_problem() is None

    def _button(self, slot: Callable[[], object]) -> QPushButton:
        """A button whose text and tooltip `retranslate` sets."""
        button = QPushButton()
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _make_layout(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        self.groups = {
            "run": self._group(self._run_layout()),
            "data": self._group(self._wrap(self.data)),
            "settings": self._group(self._wrap(self.form)),
            "augment": self._group(self._wrap(self.augment)),
            "model": self._group(self._model_layout()),
        }
        for box in self.groups.values():
            column.addWidget(box)
        column.addStretch(1)
        for box in content.findChildren(QComboBox):  # long entries widen the popup, not the panel
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(COMBO_LETTERS)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScrollArea(content))  # never clips the form, whatever its text

    def _run_layout(self) -> QVBoxLayout:
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button):
            buttons.addWidget(button)
        grid = QGridLayout()
        for row, name in enumerate(("epoch", "speed")):
            grid.addWidget(self.stat_names[name], row, 0)
            grid.addWidget(self.stats[name], row, 1)
        for row, name in enumerate(("elapsed", "eta")):
            grid.addWidget(self.stat_names[name], row, 2)
            grid.addWidget(self.stats[name], row, 3)
        grid.addWidget(self.stat_names["rate"], 2, 0, 1, 2)
        grid.addWidget(self.live_rate, 2, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout = QVBoxLayout()
        layout.addLayout(buttons)
        layout.addWidget(self.start_reason)
        layout.addWidget(self.progress)
        layout.addLayout(grid)
        layout.addWidget(self.tensorboard_box)
        layout.addWidget(self.result)
        return layout

    def _model_layout(self) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(self.save_model_button, 0, 0)
        grid.addWidget(self.load_model_button, 0, 1)
        grid.addWidget(self.torchscript_button, 1, 0)
        grid.addWidget(self.onnx_button, 1, 1)
        return grid

    def _group(self, layout) -> QGroupBox:
        box = QGroupBox()
        box.setLayout(layout)
        return box

    def _wrap(self, widget: QWidget) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.addWidget(widget)
        return layout

    def _connect(self) -> None:
        c = self.controller
        c.state_changed.connect(self._on_state)
        c.run_stopped_abruptly.connect(
            lambda said: self._format(lambda: said)
        )  # the bar's text until the next one
        c.batch_reported.connect(self._on_batch)
        c.epoch_finished.connect(self._on_epoch)
        c.task_known.connect(self._on_task)
        c.model_trained.connect(self._on_trained)
        c.training_failed.connect(self._on_failed)
        c.data_progressed.connect(self.data.show_progress)
        c.data_loaded.connect(self._on_data_loaded)
        c.fold_started.connect(self._on_fold_started)
        c.folds_finished.connect(self._on_folds_finished)
        c.run_started.connect(lambda *_: setattr(self, "_fold", None))
        c.run_started.connect(lambda *_: setattr(self, "_last", None))
        c.project_replaced.connect(self.forget_project)
        self.form.settings_changed.connect(self.settings_changed)
        self.augment.settings_changed.connect(self.settings_changed)
        self.data.dataset_changed.connect(self.dataset_changed)
        self.data.dataset_changed.connect(self.clear_failure)
        self.data.folder.editingFinished.connect(self.clear_failure)
        self.data.params.params_changed.connect(self.data_params_changed)
        self.data.options.params_changed.connect(self.data_params_changed)
        self.data.download_requested.connect(c.download)
        self.data.synthetic_requested.connect(self.use_synthetic_digits)

    # --- the project ---------------------------------------------------------------------------

    def set_project(self, project: Project) -> None:
        """Show the project's settings and dataset (opened, reset or undone); emits nothing."""
        self.form.set_settings(project.training)
        self.augment.set_settings(project.training, project.dataset)
        self.data.set_dataset(project.dataset)
        self.data.params.set_dataset(project.dataset, project.dataset_params)
        self.data.options.set_dataset(project.dataset, project.dataset_params)
        if self.controller.state == State.IDLE:  # until a run changes it, the project's rate
            self.live_rate.blockSignals(True)
            self.live_rate.setValue(project.training.learning_rate)
            self.live_rate.blockSignals(False)
        self.learning_rate_shown.emit(self.learning_rate())
        self.clear_failure()
        self.refresh_start()

    def forget_project(self) -> None:
        """Another project opened: the last one's progress, scores and folds are not its own."""
        self._fold, self._last, self._failed = None, None, False
        self._say(str)
        self.progress.setValue(0)
        self._format(not_started)
        self._speed_text = no_value
        for label in self.stats.values():
            label.setText("–")
        self._on_state(self.controller.state.value)

    def _analysis(self) -> Analysis | None:
        return self.analysis_source() if self.analysis_source is not None else None

    def on_network_changed(self) -> None:
        self.clear_failure()
        self.refresh_start()

    def refresh_start(self) -> None:
        """Start is enabled only when idle and the network can train; else it says why not."""
        reason = cannot_train_reason(self.project_source(), self._analysis())
        self.start_button.setEnabled(self.controller.state == State.IDLE and reason is None)
        self.start_button.setToolTip(tip(reason) if reason else start_tip())
        self.start_reason.setText(reason or "")
        self.start_reason.setVisible(reason is not None)

    def use_synthetic_digits(self) -> None:
        self.data.dataset.setCurrentIndex(self.data.dataset.findData("synthetic-digits"))

    # --- running -------------------------------------------------------------------------------

    def start(self, dataset: Dataset | None = None) -> bool:
        """Train the project as it is now; False (with a message) if it cannot start.

        `dataset`, when given (tests, benchmarks), is used instead of loading the chosen one.
        """
        if self.controller.busy:
            return False
        project = self.project_source()
        if cannot_train_reason(project, self._analysis()) is not None:
            self.refresh_start()  # nothing is loaded, switched or counted as a run
            return False
        try:
            project.training.check()
        except SettingsError as error:
            title = QCoreApplication.translate("TrainingPanel", "Training settings are invalid")
            self.show_error(title, messages.error_text(error))
            return False
        wished = project.training.device
        used, note = device_choice(wished)
        if note:
            project = project.copy()
            project.training = dataclasses.replace(project.training, device=used)
        self._say(lambda: escaped(device_choice(wished)[1] or "") if note else "")
        self.live_rate.blockSignals(True)
        self.live_rate.setValue(project.training.learning_rate)
        self.live_rate.blockSignals(False)
        self.learning_rate_shown.emit(project.training.learning_rate)
        name = dataset.name if dataset is not None else self.data.name()
        limit = project.training.limit_train or None
        return self.controller.start(
            project, name, self.data.data_dir(), dataset=dataset, limit_train=limit
        )

    def toggle_pause(self) -> None:
        if self.controller.state == State.PAUSED:
            self.controller.resume()
        else:
            self.controller.pause()

    def set_tensorboard(self, on: bool) -> None:
        """Each run writes TensorBoard events into its own folder below `tensorboard_folder`."""
        self.controller.tensorboard_root = self.tensorboard_folder if on else None
        self.tensorboard_box.setToolTip(
            tip(
                QCoreApplication.translate(
                    "TrainingPanel",
                    "Each run writes loss, accuracy, gradients, weights and filters to a new "
                    "folder in {folder}; view them with: tensorboard --logdir {folder}",
                ).format(folder=self.tensorboard_folder)
            )
        )

    def _on_live_rate(self, value: float) -> None:
        if self.controller.state in (State.RUNNING, State.PAUSED):
            self.controller.set_learning_rate(value)
            self.learning_rate_shown.emit(value)

    def learning_rate(self) -> float:
        """The rate in effect: the live rate while a run goes, else the project's setting."""
        if self.controller.state in (State.RUNNING, State.PAUSED):
            return self.live_rate.value()
        return self.project_source().training.learning_rate

    def choose_learning_rate(self, value: float) -> None:
        """Set the rate as this panel's own fields do (the run bar's box calls this): the live
        rate while a run goes, else an undoable edit of the project's training settings."""
        training = self.project_source().training
        if self.controller.state in (State.RUNNING, State.PAUSED):
            self.live_rate.setValue(value)
        elif self.controller.state == State.IDLE and value != training.learning_rate:
            self.settings_changed.emit(dataclasses.replace(training, learning_rate=value))
        else:
            self.learning_rate_shown.emit(self.learning_rate())  # loading: nothing changes

    def _on_state(self, state: str) -> None:
        self._enable_for(state)
        if state_text(state):
            self._format(lambda: state_text(state))

    def _enable_for(self, state: str) -> None:
        """The buttons and fields that `state` allows (a model to save, settings to edit)."""
        idle = state == State.IDLE.value
        live = state in (State.RUNNING.value, State.PAUSED.value)
        self.refresh_start()
        self.pause_button.setEnabled(live)
        self._name_pause()
        self.stop_button.setEnabled(not idle and state != State.STOPPING.value)
        self.live_rate.setEnabled(live)
        self.learning_rate_shown.emit(self.learning_rate())
        self.form.setEnabled(idle)
        self.augment.setEnabled(idle)
        self.tensorboard_box.setEnabled(idle)
        self.data.setEnabled(idle)
        has_model = idle and self.controller.trained_model is not None
        for button in (self.save_model_button, self.torchscript_button):
            button.setEnabled(has_model)
        self.onnx_button.setEnabled(has_model and self.onnx_available)
        self.load_model_button.setEnabled(idle)
        if idle:
            self.data.hide_progress()

    def _name_pause(self) -> None:
        paused = self.controller.state == State.PAUSED
        self.pause_button.setText(
            QCoreApplication.translate("TrainingPanel", "▶  Resume")
            if paused
            else QCoreApplication.translate("TrainingPanel", "Pause")
        )

    def _format(self, text: Callable[[], str]) -> None:
        """The progress bar's text, kept as how to say it so a language change says it again."""
        self._progress_text = text
        self.progress.setFormat(text())

    def _say(self, html: Callable[[], str]) -> None:
        """The result line (our HTML, user parts escaped), likewise kept as how to say it."""
        self._result_text = html
        self.result.setText(html())

    def _show_speed(self, text: Callable[[], str]) -> None:
        self._speed_text = text
        self.stats["speed"].setText(text())

    def _on_data_loaded(self, title: str, synthetic: bool, count: int) -> None:
        self.data.hide_progress()
        self.data.show_loaded(title, synthetic, count)

    def _on_batch(self, report: BatchReport) -> None:
        self._last = report
        self.progress.setValue(round(report.progress * 1000))
        if self.controller.state == State.RUNNING:
            fold = self._fold
            self._format(lambda: batch_progress(report, fold))
        self.stats["epoch"].setText(f"{report.epoch} / {report.epochs}")
        speed = report.samples_per_second
        self._show_speed(
            lambda: QCoreApplication.translate("TrainingPanel", "{speed} samples/s").format(
                speed=f"{speed:,.0f}"
            )
        )
        self.stats["elapsed"].setText(format_duration(report.elapsed_seconds))
        eta = eta_seconds(report)
        self.stats["eta"].setText("–" if eta is None else format_duration(eta))

    def _on_epoch(self, report: EpochReport) -> None:
        task = self._task
        self._say(lambda: epoch_result(report, task))

    def _on_task(self, task: str) -> None:
        self._task = task

    def _on_fold_started(self, k: int, folds: int) -> None:
        self._fold = (k, folds)
        self._say(
            lambda: QCoreApplication.translate(
                "TrainingPanel", "Cross-validation: training fold {k} of {folds}…"
            ).format(k=k, folds=folds)
        )

    def _on_folds_finished(self, results) -> None:
        self._say(lambda: folds_result(results))

    def _on_trained(self, trained) -> None:
        if self._fold is not None and trained.evaluation is not None:
            k, folds = self._fold
            accuracy = trained.evaluation.accuracy
            self._say(
                lambda: QCoreApplication.translate(
                    "TrainingPanel",
                    "Fold {k} of {folds}: validation accuracy {accuracy} on its held-out part.",
                ).format(k=k, folds=folds, accuracy=f"{accuracy:.2%}")
            )
            self._enable_for(self.controller.state.value)  # its buttons; the text stays
            return
        metrics = trained.metrics()
        scored = {"r2", "test_accuracy", "test_reconstruction_mse"} & set(metrics)
        if scored and trained.result is not None:
            finished, last = trained.result.finished, self._last
            self._show_final_stats(finished, trained.project.training.epochs)
            self._format(lambda: finish_reason(finished.reason).capitalize())
            self._say(lambda: final_result(metrics, finished, last))
        else:
            for label in self.stats.values():
                label.setText("–")  # a loaded model: the last run's numbers are not its own
            self._speed_text = no_value
            name = trained.project.name
            self._say(lambda: loaded_result(name))
        self._enable_for(self.controller.state.value)  # its buttons; the text stays

    def _show_final_stats(self, finished, epochs: int) -> None:
        """The run's own totals, replacing the last batch report's live numbers."""
        if finished.reason == "completed":
            self.progress.setValue(self.progress.maximum())
        self.stats["epoch"].setText(f"{epoch_reached(finished, self._last)} / {epochs}")
        speed = finished.samples_per_second
        self._show_speed(
            lambda: QCoreApplication.translate("TrainingPanel", "{speed} samples/s (mean)").format(
                speed=f"{speed:,.0f}"
            )
        )
        self.stats["elapsed"].setText(format_duration(finished.seconds))
        self.stats["eta"].setText("–")

    def _on_failed(self, code: str, message: str) -> None:
        title = messages.failure_title(code)
        self._format(lambda: messages.failure_title(code))
        self._failed = True
        name = self.data.name()
        spec = dataset_spec(name)
        if code == "failed_data_unavailable" and spec is not None and spec.downloadable:
            # after every other view has heard of this failure: the dialog may start a new run
            QTimer.singleShot(0, lambda: self._offer_ways_forward(title, spec.title))
            return
        self._say(lambda: f"<span style='color:#c62828'>{escaped(message)}</span>")
        self.show_error(title, message)

    def _offer_ways_forward(self, title: str, data: str) -> None:
        """MNIST (or Fashion-MNIST) is missing: say so once, in our words, with two buttons."""
        folder = self.data.data_dir()
        self.data.show_missing(
            lambda: QCoreApplication.translate(
                "TrainingPanel", "{data} is not in this data folder and could not be downloaded."
            ).format(data=data)
        )
        text = QCoreApplication.translate(
            "TrainingPanel",
            "{data} is not in {folder}, and it could not be downloaded: this computer may be "
            "offline.\n\nTrain on synthetic digits instead (generated here, not real "
            "handwriting), or choose the folder that holds the {data} files.",
        ).format(data=data, folder=folder)
        choice = self.choose_way_forward(title, text)
        if choice == SYNTHETIC:
            if self.controller.busy:  # the failed run's thread is still ending: the document
                self.controller.state_changed.connect(self._start_when_idle)  # is locked
            else:
                self._train_on_synthetic_digits()
        elif choice == FOLDER:
            self.data.browse_folder()

    def clear_failure(self) -> None:
        """The project changed since the last run failed: its message no longer applies."""
        if self._failed and self.controller.state == State.IDLE:
            self._failed = False
            self._say(str)
            self._format(not_started)
            self.progress.setValue(0)

    def _start_when_idle(self, state: str) -> None:
        if state == State.IDLE.value:
            self.controller.state_changed.disconnect(self._start_when_idle)
            self._train_on_synthetic_digits()

    def _train_on_synthetic_digits(self) -> None:
        """Switch the project's dataset (the document is unlocked now) and train."""
        self.use_synthetic_digits()
        self.start()

    # --- dialogs (tests replace these) ---------------------------------------------------------

    def show_error(self, title: str, text: str) -> None:
        dialogs.show_error(self, title, text)

    def ask(self, title: str, text: str, yes: str) -> bool:
        return dialogs.confirm(self, title, text, yes)

    def choose_way_forward(self, title: str, text: str) -> str:
        """SYNTHETIC, FOLDER or "" (cancel)."""
        choices = [
            (SYNTHETIC, QCoreApplication.translate("TrainingPanel", "Train on synthetic digits")),
            (FOLDER, QCoreApplication.translate("TrainingPanel", "Choose data folder…")),
            ("", QCoreApplication.translate("TrainingPanel", "Cancel")),
        ]
        return dialogs.choose(self, title, text, choices, SYNTHETIC)


# --- what the panel says, in the language chosen when it is said -------------------------------


def not_started() -> str:
    return QCoreApplication.translate("TrainingPanel", "Not started")


def no_value() -> str:
    return "–"


def batch_progress(report: BatchReport, fold: tuple[int, int] | None) -> str:
    """ "Fold 1/3 · Epoch 2/10 · batch 40/469 · 42%": the progress bar's text while training."""
    text = QCoreApplication.translate(
        "TrainingPanel", "Epoch {epoch}/{epochs} · batch {batch}/{batches} · %p%"
    ).format(
        epoch=report.epoch,
        epochs=report.epochs,
        batch=report.batch,
        batches=report.batches_per_epoch,
    )
    if fold is None:
        return text
    prefix = QCoreApplication.translate("TrainingPanel", "Fold {k}/{folds} · ")
    return prefix.format(k=fold[0], folds=fold[1]) + text


def epoch_result(report: EpochReport, task: str = "classification") -> str:
    if task == "reconstruction":
        return reconstruction_epoch_result(report)
    text = QCoreApplication.translate(
        "TrainingPanel", "Epoch {epoch}: training accuracy {accuracy}"
    ).format(epoch=report.epoch, accuracy=f"{report.train_accuracy:.1%}")
    if report.val_accuracy is None:
        return text
    validation = QCoreApplication.translate(
        "TrainingPanel", ", validation {accuracy} (loss {loss})"
    )
    return text + validation.format(
        accuracy=f"{report.val_accuracy:.1%}", loss=f"{report.val_loss:.3f}"
    )


def reconstruction_epoch_result(report: EpochReport) -> str:
    """An autoencoder's epoch: its pixel errors (it has no accuracy)."""
    text = QCoreApplication.translate(
        "TrainingPanel", "Epoch {epoch}: training reconstruction error {mse}"
    ).format(epoch=report.epoch, mse=f"{report.train_accuracy:.4f}")
    if report.val_accuracy is None:
        return text
    validation = QCoreApplication.translate("TrainingPanel", ", validation {mse} (loss {loss})")
    return text + validation.format(mse=f"{report.val_accuracy:.4f}", loss=f"{report.val_loss:.3f}")


def folds_result(results) -> str:
    done = len(results.accuracies)
    folds = ", ".join(f"{a:.1%}" for a in results.accuracies)
    headline = QCoreApplication.translate(
        "TrainingPanel", "{folds}-fold cross-validation: validation accuracy {mean} ± {std}"
    ).format(folds=results.folds, mean=f"{results.mean:.2%}", std=f"{results.std:.2%}")
    stopped = ""
    if done < results.folds:
        stopped = QCoreApplication.translate(
            "TrainingPanel", " (stopped after {done} of {folds})"
        ).format(done=done, folds=results.folds)
    each = QCoreApplication.translate(
        "TrainingPanel", "Folds: {accuracies}. Each fold is a run in the Runs table."
    ).format(accuracies=folds)
    return f"<b>{headline}</b>{stopped}<br>{each}"


def finish_reason(reason: str) -> str:
    if reason == "stopped":
        return QCoreApplication.translate("TrainingPanel", "stopped by you")
    if reason == "early_stopping":
        return QCoreApplication.translate("TrainingPanel", "stopped early: no improvement")
    return QCoreApplication.translate("TrainingPanel", "finished")


def final_result(metrics: dict, finished, last: BatchReport | None) -> str:
    """ "<b>Test accuracy 98.12%</b> on MNIST after 3 epochs, 0:41 (finished)." """
    if "r2" in metrics:
        score = QCoreApplication.translate("TrainingPanel", "Test R² {r2}").format(
            r2=f"{metrics['r2']:.3f}"
        )
        errors = f" (MAE {metrics['mae']:.4g}, RMSE {metrics['rmse']:.4g})"
    elif "test_reconstruction_mse" in metrics:
        score = QCoreApplication.translate(
            "TrainingPanel", "Test reconstruction error (MSE) {mse}"
        ).format(mse=f"{metrics['test_reconstruction_mse']:.4f}")
        errors = QCoreApplication.translate("TrainingPanel", " (the mean image: {mse})").format(
            mse=f"{metrics['mean_image_mse']:.4f}"
        )
    else:
        score = QCoreApplication.translate("TrainingPanel", "Test accuracy {accuracy}").format(
            accuracy=f"{metrics['test_accuracy']:.2%}"
        )
        errors = ""
    return QCoreApplication.translate(
        "TrainingPanel", "{score} on {dataset} {how_far}, {time} ({why})."
    ).format(
        score=f"<b>{score}</b>{errors}",
        dataset=escaped(dataset_title_text(metrics["dataset"])),
        how_far=how_far(finished, last),
        time=format_duration(finished.seconds),
        why=finish_reason(finished.reason),
    ) + baseline_result(metrics)


def baseline_result(metrics: dict) -> str:
    """ " Baseline on the same split: linear model 91.8%, majority class 11.4%." or ""."""
    if "baseline_linear_r2" in metrics:
        linear, constant = metrics["baseline_linear_r2"], metrics["baseline_mean_r2"]
        text = QCoreApplication.translate(
            "TrainingPanel",
            " Baseline on the same split: linear model R² {linear}, mean R² {constant}.",
        )
        number = "{:.3f}"
    elif "baseline_linear_accuracy" in metrics:
        linear, constant = (
            metrics["baseline_linear_accuracy"],
            metrics["baseline_majority_accuracy"],
        )
        text = QCoreApplication.translate(
            "TrainingPanel",
            " Baseline on the same split: linear model {linear}, majority class {constant}.",
        )
        number = "{:.2%}"
    else:
        return ""
    shown = "–" if linear is None else number.format(linear)
    return text.format(linear=shown, constant=number.format(constant))


def loaded_result(name: str) -> str:
    untitled = QCoreApplication.translate("TrainingPanel", "untitled network")
    return QCoreApplication.translate("TrainingPanel", "Loaded model: {name}.").format(
        name=escaped(name or untitled)
    )
