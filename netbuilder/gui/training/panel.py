"""The training panel: data, settings, device, Start / Pause / Stop, progress, and model files.

It reads the project through `project_source()` and edits nothing itself: settings edits come
out as `settings_changed(TrainingSettings)` and `dataset_changed(str)` for the document to apply.
Run it on its own: `python -m netbuilder.gui.training.panel examples/lenet5.json`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netbuilder.document.project import Project
from netbuilder.document.settings import SettingsError
from netbuilder.engine.dataset import Dataset
from netbuilder.engine.training import BatchReport, EpochReport
from netbuilder.gui.training import dialogs as dialogs
from netbuilder.gui.training.controller import State, TrainingController
from netbuilder.gui.training.data_box import DataBox
from netbuilder.gui.training.model_files import ModelFiles, onnx_problem
from netbuilder.gui.training.settings_form import (
    ScientificSpinBox,
    TrainingSettingsForm,
    device_choice,
)

DATA_MISSING_TITLE = "Data not available"


def format_duration(seconds: float) -> str:
    seconds = max(int(round(seconds)), 0)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


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
        self._make_run_controls()
        self._make_model_buttons()
        self._make_layout()
        self._connect()
        self.set_project(project_source())
        self._on_state(State.IDLE.value)

    # --- building ------------------------------------------------------------------------------

    def _make_run_controls(self) -> None:
        self.start_button = self._button(
            "▶  Start", "Train the network as it is now (Ctrl+T)", self.start
        )
        bold = QFont(self.start_button.font())
        bold.setBold(True)
        self.start_button.setFont(bold)
        self.pause_button = self._button(
            "Pause", "Pause training; Resume carries on", self.toggle_pause
        )
        self.stop_button = self._button(
            "■  Stop", "Stop after this batch; the model so far is kept", self.controller.stop
        )
        self.live_rate = ScientificSpinBox(1e-7, 1e7)
        self.live_rate.setToolTip("Change the learning rate while training runs")
        self.live_rate.valueChanged.connect(self._on_live_rate)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setFormat("Not started")
        self.stats = {name: QLabel("–") for name in ("epoch", "speed", "elapsed", "eta")}
        self.tensorboard_folder = Path.home() / "netbuilder-runs"
        self.tensorboard_box = QCheckBox("Write TensorBoard logs")
        self.tensorboard_box.toggled.connect(self.set_tensorboard)
        self.set_tensorboard(False)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _make_model_buttons(self) -> None:
        files = self.model_files
        self.save_model_button = self._button(
            "Save model…",
            "Weights + the project they were trained from",
            lambda: files.save_model(),
        )
        self.load_model_button = self._button(
            "Load model…", "Open a saved model", lambda: files.load_model()
        )
        self.torchscript_button = self._button(
            "Export TorchScript…",
            "For C++ / LibTorch (PyTorch deprecates TorchScript)",
            lambda: files.export_torchscript(),
        )
        self.onnx_button = self._button(
            "Export ONNX…", "For ONNX Runtime and other tools", lambda: files.export_onnx()
        )
        problem = onnx_problem()
        if problem:
            self.onnx_button.setToolTip(problem)
        self.onnx_available = problem is None

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _make_layout(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._group("Run", self._run_layout()))
        column.addWidget(self._group("Data", self._wrap(self.data)))
        column.addWidget(self._group("Training settings", self._wrap(self.form)))
        column.addWidget(self._group("Trained model", self._model_layout()))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(content.minimumSizeHint().width() + 24)  # never clip the form
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _run_layout(self) -> QVBoxLayout:
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button):
            buttons.addWidget(button)
        grid = QGridLayout()
        for row, (label, name) in enumerate((("Epoch", "epoch"), ("Speed", "speed"))):
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(self.stats[name], row, 1)
        for row, (label, name) in enumerate((("Elapsed", "elapsed"), ("Left", "eta"))):
            grid.addWidget(QLabel(label), row, 2)
            grid.addWidget(self.stats[name], row, 3)
        grid.addWidget(QLabel("Learning rate now"), 2, 0, 1, 2)
        grid.addWidget(self.live_rate, 2, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout = QVBoxLayout()
        layout.addLayout(buttons)
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

    def _group(self, title: str, layout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(layout)
        return box

    def _wrap(self, widget: QWidget) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.addWidget(widget)
        return layout

    def _connect(self) -> None:
        c = self.controller
        c.state_changed.connect(self._on_state)
        c.batch_reported.connect(self._on_batch)
        c.epoch_finished.connect(self._on_epoch)
        c.model_trained.connect(self._on_trained)
        c.training_failed.connect(self._on_failed)
        c.data_progressed.connect(self.data.show_progress)
        c.data_loaded.connect(self._on_data_loaded)
        self.form.settings_changed.connect(self.settings_changed)
        self.data.dataset_changed.connect(self.dataset_changed)
        self.data.params.params_changed.connect(self.data_params_changed)
        self.data.download_requested.connect(c.download)
        self.data.synthetic_requested.connect(self.use_synthetic_digits)

    # --- the project ---------------------------------------------------------------------------

    def set_project(self, project: Project) -> None:
        """Show the project's settings and dataset (opened, reset or undone); emits nothing."""
        self.form.set_settings(project.training)
        self.data.set_dataset(project.dataset)
        self.data.params.set_dataset(project.dataset, project.dataset_params)

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
        try:
            project.training.check()
        except SettingsError as error:
            self.show_error("Training settings are invalid", str(error))
            return False
        used, note = device_choice(project.training.device)
        if note:
            project = project.copy()
            project.training = dataclasses.replace(project.training, device=used)
        self.result.setText(note or "")
        self.live_rate.blockSignals(True)
        self.live_rate.setValue(project.training.learning_rate)
        self.live_rate.blockSignals(False)
        name = dataset.name if dataset is not None else self.data.name()
        return self.controller.start(project, name, self.data.data_dir(), dataset=dataset)

    def toggle_pause(self) -> None:
        if self.controller.state == State.PAUSED:
            self.controller.resume()
        else:
            self.controller.pause()

    def set_tensorboard(self, on: bool) -> None:
        """Each run writes TensorBoard events into its own folder below `tensorboard_folder`."""
        self.controller.tensorboard_root = self.tensorboard_folder if on else None
        self.tensorboard_box.setToolTip(
            f"Each run writes loss, accuracy, gradients, weights and filters to a new folder in "
            f"{self.tensorboard_folder}; view them with: tensorboard --logdir {self.tensorboard_folder}"
        )

    def _on_live_rate(self, value: float) -> None:
        if self.controller.state in (State.RUNNING, State.PAUSED):
            self.controller.set_learning_rate(value)

    def _on_state(self, state: str) -> None:
        idle = state == State.IDLE.value
        live = state in (State.RUNNING.value, State.PAUSED.value)
        self.start_button.setEnabled(idle)
        self.pause_button.setEnabled(live)
        self.pause_button.setText("▶  Resume" if state == State.PAUSED.value else "Pause")
        self.stop_button.setEnabled(not idle and state != State.STOPPING.value)
        self.live_rate.setEnabled(live)
        self.form.setEnabled(idle)
        self.tensorboard_box.setEnabled(idle)
        self.data.setEnabled(idle)
        has_model = idle and self.controller.trained_model is not None
        for button in (self.save_model_button, self.torchscript_button):
            button.setEnabled(has_model)
        self.onnx_button.setEnabled(has_model and self.onnx_available)
        self.load_model_button.setEnabled(idle)
        if idle:
            self.data.hide_progress()
        labels = {
            State.LOADING.value: "Loading data…",
            State.PAUSED.value: "Paused",
            State.STOPPING.value: "Stopping…",
        }
        if state in labels:
            self.progress.setFormat(labels[state])

    def _on_data_loaded(self, title: str, synthetic: bool, count: int) -> None:
        self.data.hide_progress()
        warning = " — generated digits, not real handwriting" if synthetic else ""
        self.data.status.setText(f"Using {title}: {count:,} training images{warning}.")

    def _on_batch(self, report: BatchReport) -> None:
        self.progress.setValue(round(report.progress * 1000))
        if self.controller.state == State.RUNNING:
            self.progress.setFormat(
                f"Epoch {report.epoch}/{report.epochs} · batch {report.batch}/"
                f"{report.batches_per_epoch} · %p%"
            )
        self.stats["epoch"].setText(f"{report.epoch} / {report.epochs}")
        self.stats["speed"].setText(f"{report.samples_per_second:,.0f} samples/s")
        self.stats["elapsed"].setText(format_duration(report.elapsed_seconds))
        eta = eta_seconds(report)
        self.stats["eta"].setText("–" if eta is None else format_duration(eta))

    def _on_epoch(self, report: EpochReport) -> None:
        validation = ""
        if report.val_accuracy is not None:
            validation = f", validation {report.val_accuracy:.1%} (loss {report.val_loss:.3f})"
        self.result.setText(
            f"Epoch {report.epoch}: training accuracy {report.train_accuracy:.1%}{validation}"
        )

    def _on_trained(self, trained) -> None:
        metrics = trained.metrics()
        if "test_accuracy" in metrics:
            why = {
                "stopped": "stopped by you",
                "early_stopping": "stopped early: no improvement",
                "completed": "finished",
            }.get(str(metrics.get("stopped_because")), "finished")
            self.progress.setFormat(why.capitalize())
            self.result.setText(
                f"<b>Test accuracy {metrics['test_accuracy']:.2%}</b> on {metrics['dataset']} "
                f"after {metrics['epochs']} epoch(s), {format_duration(float(metrics['train_seconds']))}"
                f" ({why})."
            )
        else:
            self.result.setText(f"Loaded model: {trained.project.name or 'untitled network'}.")
        self._on_state(self.controller.state.value)

    def _on_failed(self, title: str, message: str) -> None:
        self.progress.setFormat(title)
        self.result.setText(f"<span style='color:#c62828'>{message}</span>".replace("\n", "<br>"))
        if title == DATA_MISSING_TITLE and self.data.name() != "synthetic-digits":
            self.data.show_missing(message)
            question = (
                f"{message}\n\nYou can train on synthetic digits instead: generated on this "
                "computer, not real handwriting."
            )
            if self.ask(title, question, "Train on synthetic digits instead"):
                self.use_synthetic_digits()
                if self.controller.busy:  # the failed run's thread is still ending
                    self.controller.state_changed.connect(self._start_when_idle)
                else:
                    self.start()
            return
        self.show_error(title, message)

    def _start_when_idle(self, state: str) -> None:
        if state == State.IDLE.value:
            self.controller.state_changed.disconnect(self._start_when_idle)
            self.start()

    # --- dialogs (tests replace these) ---------------------------------------------------------

    def show_error(self, title: str, text: str) -> None:
        dialogs.show_error(self, title, text)

    def ask(self, title: str, text: str, yes: str) -> bool:
        return dialogs.confirm(self, title, text, yes)
