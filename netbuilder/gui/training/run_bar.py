"""The run bar: Train, Pause/Resume, Step, Stop and the run's progress, always in view above the canvas.

The same actions fill the window's Run menu (with Save model…). They only call the controller,
so the bar and the Training panel's buttons always agree.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QToolBar, QWidget

from netbuilder.engine.training_events import BatchReport
from netbuilder.gui import messages
from netbuilder.gui.actions import make_action
from netbuilder.gui.training.controller import State, TrainingController
from netbuilder.gui.training.progress_text import epoch_reached
from netbuilder.gui.training.rate_box import RateBox

WIDEST_PROGRESS_TEXT = "Test accuracy 100.0%"
STEP_TIP = "Train exactly one batch and show what it did, then stay paused"
UNDO_STEP_TIP = "Put the weights and the optimizer back as they were before the last step"
STEP_KEYS, UNDO_STEP_KEYS = ["F10"], ["Ctrl+Alt+Z"]

STATE_TEXT = {
    State.IDLE.value: "",
    State.LOADING.value: "Loading data…",
    State.PAUSED.value: "Paused",
    State.STOPPING.value: "Stopping…",
}


class RunActions:
    """Pause/Resume, Step, Undo step, Stop and Save model, enabled to match the controller."""

    def __init__(self, parent: QWidget, controller: TrainingController) -> None:
        self.controller = controller
        self.pause = make_action(
            parent, "&Pause", self.toggle_pause, ["Ctrl+P"], "Pause training; Resume carries on"
        )
        self.stop = make_action(
            parent,
            "&Stop",
            controller.stop,
            ["Ctrl+."],
            "Stop after this batch; the model trained so far is kept",
        )
        self.step = make_action(parent, "S&tep one batch", controller.step, STEP_KEYS, STEP_TIP)
        self.step.setIconText("Step")  # the run bar's button; the menu says it in full
        self.undo_step = make_action(
            parent, "&Undo step", controller.undo_step, UNDO_STEP_KEYS, UNDO_STEP_TIP
        )
        self.save_model = make_action(
            parent,
            "Save &Model…",
            lambda: controller.save_model(),
            ["Ctrl+Alt+S"],
            "Save the trained weights with the project they came from",
        )
        controller.state_changed.connect(self.refresh)
        controller.model_trained.connect(lambda _trained: self.refresh(controller.state.value))
        controller.steps_changed.connect(lambda: self.refresh(controller.state.value))
        controller.project_replaced.connect(lambda: self.refresh(controller.state.value))
        self.refresh(controller.state.value)

    def toggle_pause(self) -> None:
        if self.controller.state == State.PAUSED:
            self.controller.resume()
        else:
            self.controller.pause()

    def refresh(self, state: str) -> None:
        paused = state == State.PAUSED.value
        self.pause.setEnabled(state in (State.RUNNING.value, State.PAUSED.value))
        self.pause.setText("&Resume" if paused else "&Pause")
        self.stop.setEnabled(state not in (State.IDLE.value, State.STOPPING.value))
        idle = state == State.IDLE.value
        self.save_model.setEnabled(idle and self.controller.trained_model is not None)
        self._refresh_steps(paused)

    def _refresh_steps(self, paused: bool) -> None:
        """Step and Undo step work only while paused; their tooltips say why when they don't."""
        step_why = "" if paused else " (pause training first)"
        undo = self.controller.can_undo_step
        if undo:
            undo_why = ""
        elif paused:
            undo_why = " (no step of this pause is left to undo)"
        else:
            undo_why = " (pause training, then take a step first)"
        self.step.setEnabled(paused)
        self.undo_step.setEnabled(undo)
        self.step.setToolTip(f"{STEP_TIP}{step_why} ({STEP_KEYS[0]})")
        self.undo_step.setToolTip(f"{UNDO_STEP_TIP}{undo_why} ({UNDO_STEP_KEYS[0]})")


class RunBar(QToolBar):
    """A fixed toolbar: [Train] [Pause] [Stop]  epoch 2/10 [progress]."""

    def __init__(self, train: QAction, actions: RunActions, parent: QWidget | None = None) -> None:
        super().__init__("Run", parent)
        self.setObjectName("run_toolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addActions([train, actions.pause, actions.step, actions.undo_step, actions.stop])
        self._fix_width(actions.pause, ("Pause", "Resume"))
        self.rate = RateBox(actions.controller.panel)  # the lesson's LR change, panel or not
        self.addWidget(self.rate)
        self.addSeparator()
        self.epoch = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self._fit_progress()
        self._last: BatchReport | None = None
        self.forget_project()
        self.addWidget(self.epoch)
        self.addWidget(self.progress)
        controller = actions.controller
        controller.state_changed.connect(self._on_state)
        controller.run_started.connect(lambda *_: self._on_started())
        controller.batch_reported.connect(self._on_batch)
        controller.model_trained.connect(self._on_trained)
        controller.training_failed.connect(
            lambda code, _message: self.progress.setFormat(messages.failure_title(code))
        )
        controller.folds_finished.connect(self._on_folds_finished)
        controller.project_replaced.connect(self.forget_project)
        self._on_state(controller.state.value)

    def forget_project(self) -> None:
        """Another project opened: the last one's epoch and score are not its own."""
        self._last = None
        self.epoch.setText("")
        self.progress.setValue(0)  # a reset bar (-1) shows no text
        self.progress.setFormat("Not trained yet")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "progress"):  # larger text
            self._fit_progress()

    def _fit_progress(self) -> None:
        """The bar holds its longest text at any text size ("Test accuracy 99.3%" was cut)."""
        epoch = self.epoch.fontMetrics()  # at presenter size "Epoch 40/40" was cut to "Epoch 40/4"
        self.epoch.setMinimumWidth(epoch.horizontalAdvance("Epoch 88/88 "))
        metrics = self.progress.fontMetrics()
        widest = metrics.horizontalAdvance(f"{WIDEST_PROGRESS_TEXT}M")
        self.progress.setMinimumWidth(widest)
        self.progress.setMaximumWidth(max(260, widest))

    def _fix_width(self, action: QAction, texts: tuple[str, ...]) -> None:
        """A button whose text changes keeps one width, so nothing after it moves."""
        button = self.widgetForAction(action)
        metrics = button.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        button.setMinimumWidth(widest + 2 * metrics.horizontalAdvance("M"))

    def _on_started(self) -> None:
        self._last = None
        self.progress.setValue(0)
        self.epoch.setText("Epoch –")

    def _on_state(self, state: str) -> None:
        if STATE_TEXT.get(state):
            self.progress.setFormat(STATE_TEXT[state])
        elif state == State.RUNNING.value:
            self.progress.setFormat("%p%")

    def _on_batch(self, report: BatchReport) -> None:
        self._last = report
        self.epoch.setText(f"Epoch {report.epoch}/{report.epochs}")
        self.progress.setValue(round(report.progress * 1000))

    def _on_trained(self, trained) -> None:
        if trained.result is not None:  # a run: the epoch it ended in, as the panel says it
            reached = epoch_reached(trained.result.finished, self._last)
            self.epoch.setText(f"Epoch {reached}/{trained.project.training.epochs}")
        else:  # a model file: no run of this session
            self.epoch.setText("")
        metrics = trained.metrics()
        accuracy = metrics.get("test_accuracy")
        if "r2" in metrics:
            self.progress.setFormat(f"Test R² {float(metrics['r2']):.3f}")
        elif accuracy is None:
            self.progress.setFormat("Model loaded")
        else:
            self.progress.setFormat(f"Test accuracy {float(accuracy):.1%}")

    def _on_folds_finished(self, results) -> None:
        self.progress.setFormat(f"{results.folds}-fold: {results.mean:.1%} ± {results.std:.1%}")
