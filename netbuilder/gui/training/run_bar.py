"""The run bar: Train, Pause/Resume, Step, Stop and the run's progress, always in view above the canvas.

The same actions fill the window's Run menu (with Save model…). They only call the controller,
so the bar and the Training panel's buttons always agree. Every text is in the user's language
and is said again when the language changes (`retranslate`), from the state it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QProgressBar, QToolBar, QWidget

from netbuilder.engine.training_events import BatchReport
from netbuilder.gui import language, messages
from netbuilder.gui.actions import make_action
from netbuilder.gui.training.controller import State, TrainingController
from netbuilder.gui.training.progress_text import epoch_reached, state_text
from netbuilder.gui.training.rate_box import RateBox

STEP_KEYS, UNDO_STEP_KEYS = ["F10"], ["Ctrl+Alt+Z"]


def epoch_text(epoch: int | str, epochs: int | str) -> str:
    return QCoreApplication.translate("RunBar", "Epoch {epoch}/{epochs}").format(
        epoch=epoch, epochs=epochs
    )


def test_accuracy_text(accuracy: float) -> str:
    return QCoreApplication.translate("RunBar", "Test accuracy {accuracy}").format(
        accuracy=f"{accuracy:.1%}"
    )


def name_action(action: QAction, text: str, tip: str) -> None:
    """Text, status tip and tooltip (with the first shortcut), as `make_action` sets them."""
    action.setText(text)
    action.setStatusTip(tip)
    keys = action.shortcuts()
    shortcut = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)


class RunActions:
    """Pause/Resume, Step, Undo step, Stop and Save model, enabled to match the controller."""

    def __init__(self, parent: QWidget, controller: TrainingController) -> None:
        self.controller = controller
        self.pause = make_action(parent, "&Pause", self.toggle_pause, ["Ctrl+P"])
        self.stop = make_action(parent, "&Stop", controller.stop, ["Ctrl+."])
        self.step = make_action(parent, "S&tep one batch", controller.step, STEP_KEYS)
        self.undo_step = make_action(parent, "&Undo step", controller.undo_step, UNDO_STEP_KEYS)
        self.save_model = make_action(
            parent, "Save &Model…", lambda: controller.save_model(), ["Ctrl+Alt+S"]
        )
        controller.state_changed.connect(self.refresh)
        controller.model_trained.connect(lambda _trained: self.refresh(controller.state.value))
        controller.steps_changed.connect(lambda: self.refresh(controller.state.value))
        controller.project_replaced.connect(lambda: self.refresh(controller.state.value))
        self.retranslate()
        language.on_language_change(parent, self.retranslate)

    def retranslate(self) -> None:
        name_action(
            self.stop,
            QCoreApplication.translate("RunActions", "&Stop"),
            QCoreApplication.translate(
                "RunActions", "Stop after this batch; the model trained so far is kept"
            ),
        )
        name_action(
            self.save_model,
            QCoreApplication.translate("RunActions", "Save &Model…"),
            QCoreApplication.translate(
                "RunActions", "Save the trained weights with the project they came from"
            ),
        )
        self.stop.setIconText(QCoreApplication.translate("RunActions", "Stop"))  # the bar's button
        self.step.setText(QCoreApplication.translate("RunActions", "S&tep one batch"))
        # the run bar's button; the menu says it in full
        self.step.setIconText(QCoreApplication.translate("RunActions", "Step"))
        self.undo_step.setText(QCoreApplication.translate("RunActions", "&Undo step"))
        self.undo_step.setIconText(QCoreApplication.translate("RunActions", "Undo step"))
        self.refresh(self.controller.state.value)

    def toggle_pause(self) -> None:
        if self.controller.state == State.PAUSED:
            self.controller.resume()
        else:
            self.controller.pause()

    def refresh(self, state: str) -> None:
        paused = state == State.PAUSED.value
        self.pause.setEnabled(state in (State.RUNNING.value, State.PAUSED.value))
        name_action(
            self.pause,
            QCoreApplication.translate("RunActions", "&Resume")
            if paused
            else QCoreApplication.translate("RunActions", "&Pause"),
            QCoreApplication.translate("RunActions", "Pause training; Resume carries on"),
        )
        self.pause.setIconText(  # the run bar's button, without the menu's "(&P)"
            QCoreApplication.translate("RunActions", "Resume")
            if paused
            else QCoreApplication.translate("RunActions", "Pause")
        )
        self.stop.setEnabled(state not in (State.IDLE.value, State.STOPPING.value))
        idle = state == State.IDLE.value
        self.save_model.setEnabled(idle and self.controller.trained_model is not None)
        self._refresh_steps(paused)

    def _refresh_steps(self, paused: bool) -> None:
        """Step and Undo step work only while paused; their tooltips say why when they don't."""
        step_tip = QCoreApplication.translate(
            "RunActions", "Train exactly one batch and show what it did, then stay paused"
        )
        undo_tip = QCoreApplication.translate(
            "RunActions", "Put the weights and the optimizer back as they were before the last step"
        )
        self.step.setStatusTip(step_tip)
        self.undo_step.setStatusTip(undo_tip)
        undo = self.controller.can_undo_step
        step_why = (
            "" if paused else QCoreApplication.translate("RunActions", " (pause training first)")
        )
        if undo:
            undo_why = ""
        elif paused:
            undo_why = QCoreApplication.translate(
                "RunActions", " (no step of this pause is left to undo)"
            )
        else:
            undo_why = QCoreApplication.translate(
                "RunActions", " (pause training, then take a step first)"
            )
        self.step.setEnabled(paused)
        self.undo_step.setEnabled(undo)
        self.step.setToolTip(f"{step_tip}{step_why} ({STEP_KEYS[0]})")
        self.undo_step.setToolTip(f"{undo_tip}{undo_why} ({UNDO_STEP_KEYS[0]})")


class RunBar(QToolBar):
    """A fixed toolbar: [Train] [Pause] [Stop]  epoch 2/10 [progress]."""

    def __init__(self, train: QAction, actions: RunActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("run_toolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._run_actions = actions
        self.addActions([train, actions.pause, actions.step, actions.undo_step, actions.stop])
        self.rate = RateBox(actions.controller.panel)  # the lesson's LR change, panel or not
        self.addWidget(self.rate)
        self.addSeparator()
        self.epoch = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self._last: BatchReport | None = None
        self._epoch_text: Callable[[], str] = str  # what the epoch label says, in any language
        self._progress_text: Callable[[], str] = str  # the progress bar's text, likewise
        self.forget_project()
        self.addWidget(self.epoch)
        self.addWidget(self.progress)
        controller = actions.controller
        controller.state_changed.connect(self._on_state)
        controller.run_started.connect(lambda *_: self._on_started())
        controller.batch_reported.connect(self._on_batch)
        controller.model_trained.connect(self._on_trained)
        controller.training_failed.connect(
            lambda code, _message: self._say(lambda: messages.failure_title(code))
        )
        controller.folds_finished.connect(self._on_folds_finished)
        controller.project_replaced.connect(self.forget_project)
        self._on_state(controller.state.value)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text again in the language now chosen; the run's numbers stay."""
        self.setWindowTitle(QCoreApplication.translate("RunBar", "Run"))
        self._fix_width(
            self._run_actions.pause,
            (
                QCoreApplication.translate("RunActions", "Pause"),
                QCoreApplication.translate("RunActions", "Resume"),
            ),
        )
        self._fit_progress()
        self.epoch.setText(self._epoch_text())
        self.progress.setFormat(self._progress_text())

    def forget_project(self) -> None:
        """Another project opened: the last one's epoch and score are not its own."""
        self._last = None
        self._show_epoch(str)
        self.progress.setValue(0)  # a reset bar (-1) shows no text
        self._say(lambda: QCoreApplication.translate("RunBar", "Not trained yet"))

    def _show_epoch(self, text: Callable[[], str]) -> None:
        self._epoch_text = text
        self.epoch.setText(text())

    def _say(self, text: Callable[[], str]) -> None:
        """The progress bar's text, kept as how to say it so a language change says it again."""
        self._progress_text = text
        self.progress.setFormat(text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_progress_text"):
            self.retranslate()  # larger text: every width again, in the language shown

    def _fit_progress(self) -> None:
        """The bar holds its longest text at any text size ("Test accuracy 99.3%" was cut)."""
        epoch = self.epoch.fontMetrics()  # at presenter size "Epoch 40/40" was cut to "Epoch 40/4"
        self.epoch.setMinimumWidth(epoch.horizontalAdvance(epoch_text(88, 88)))
        metrics = self.progress.fontMetrics()  # at presenter size every pixel counts: 1024 in all
        widest = metrics.horizontalAdvance(test_accuracy_text(1.0)) + 4
        self.progress.setMinimumWidth(widest)
        self.progress.setMaximumWidth(max(260, widest))

    def _fix_width(self, action: QAction, texts: tuple[str, ...]) -> None:
        """A button whose text changes keeps one width, so nothing after it moves."""
        button = self.widgetForAction(action)
        metrics = button.fontMetrics()
        widest = max(metrics.horizontalAdvance(text.replace("&", "")) for text in texts)
        # the button's own padding, from its hint for the text it shows now (two "M"s at
        # presenter size pushed the result off a 1024 px bar after a language switch)
        padding = button.sizeHint().width() - metrics.horizontalAdvance(button.text())
        button.setMinimumWidth(widest + max(padding, 0))

    def _on_started(self) -> None:
        self._last = None
        self.progress.setValue(0)
        self._show_epoch(lambda: QCoreApplication.translate("RunBar", "Epoch –"))

    def _on_state(self, state: str) -> None:
        if state_text(state):
            self._say(lambda: state_text(state))
        elif state == State.RUNNING.value:
            self._say(lambda: "%p%")

    def _on_batch(self, report: BatchReport) -> None:
        self._last = report
        self._show_epoch(lambda: epoch_text(report.epoch, report.epochs))
        self.progress.setValue(round(report.progress * 1000))

    def _on_trained(self, trained) -> None:
        if trained.result is not None:  # a run: the epoch it ended in, as the panel says it
            reached = epoch_reached(trained.result.finished, self._last)
            epochs = trained.project.training.epochs
            self._show_epoch(lambda: epoch_text(reached, epochs))
        else:  # a model file: no run of this session
            self._show_epoch(str)
        metrics = trained.metrics()
        accuracy = metrics.get("test_accuracy")
        if "r2" in metrics:
            r2 = float(metrics["r2"])
            self._say(
                lambda: QCoreApplication.translate("RunBar", "Test R² {r2}").format(r2=f"{r2:.3f}")
            )
        elif "test_reconstruction_mse" in metrics:
            mse = float(metrics["test_reconstruction_mse"])
            self._say(
                lambda: QCoreApplication.translate("RunBar", "Test MSE {mse}").format(
                    mse=f"{mse:.4f}"
                )
            )
        elif accuracy is None:
            self._say(lambda: QCoreApplication.translate("RunBar", "Model loaded"))
        else:
            self._say(lambda: test_accuracy_text(float(accuracy)))

    def _on_folds_finished(self, results) -> None:
        folds, mean, std = results.folds, results.mean, results.std
        self._say(
            lambda: QCoreApplication.translate("RunBar", "{folds}-fold: {mean} ± {std}").format(
                folds=folds, mean=f"{mean:.1%}", std=f"{std:.1%}"
            )
        )
