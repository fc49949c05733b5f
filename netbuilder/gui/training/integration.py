"""Wiring the training panel and plots into a main window: `attach_training(window)`.

Duck-typed on the window, so the lead can call it with one line. The window needs:
  - `document`: a gui Document; the form's edits are pushed as undo commands (gui/commands.py),
    and its signals `training_changed` / `network_reset` reload the form;
  - `train_action` (QAction) or a `train_requested` signal: starts training;
  - `set_editing_locked(bool)`: called with True while a run is going;
  - QMainWindow's `addDockWidget` / `tabifyDockWidget` (or its own `add_panel(...)`).
Closing the window mid-run asks first, then stops the worker and waits for its thread.

`FEATURE` declares it to the main window: the Training, Training plots and Runs docks, the run
actions and "save the model" as services, and the builder's Problems list (for the training
doctor's findings) as a feature it can use.
"""

from __future__ import annotations

import dataclasses
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from netbuilder.document.data_options import has_dataset_params, is_image_folder
from netbuilder.document.datasets import dataset_classes, dataset_input_shape
from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.document.two_d import is_two_d
from netbuilder.engine.image_folder import input_shape_of
from netbuilder.engine.table import csv_input_shape
from netbuilder.gui import commands, data_folders, language
from netbuilder.gui.docks import add_dock
from netbuilder.gui.document import on_project_changes, on_session_replaced
from netbuilder.gui.features import Feature, find_dock
from netbuilder.gui.training import dialogs as dialogs
from netbuilder.gui.training.controller import State, TrainingController
from netbuilder.gui.training.panel import TrainingPanel
from netbuilder.gui.training.plots import TrainingPlots
from netbuilder.gui.training.run_bar import RunActions
from netbuilder.gui.training.runs_table import RunsTable, connect_runs

Area = Qt.DockWidgetArea
DOCKS = {  # the names saved layouts know them by
    "training.panel": "training_dock",
    "training.plots": "training_plots_dock",
    "training.runs": "runs_dock",
}


def run_title(project: Project, dataset: str) -> str:
    t = project.training
    return f"{project.name or 'network'} · {t.optimizer} lr {t.learning_rate:g} · {dataset}"


def connect_plots(controller: TrainingController, plots: TrainingPlots) -> None:
    controller.run_started.connect(
        lambda project, dataset: plots.start_run(run_title(project, dataset))
    )
    controller.batch_reported.connect(plots.add_batch)
    controller.task_known.connect(plots.set_task)
    controller.run_started.connect(
        lambda project, dataset: plots.set_classes(dataset_classes(dataset, project.dataset_params))
    )
    controller.epoch_finished.connect(plots.add_epoch)
    controller.weights_updated.connect(plots.show_weights)
    controller.gradients_reported.connect(plots.add_gradients)
    controller.run_started.connect(lambda _p, dataset: plots.show_filters(not is_two_d(dataset)))
    controller.state_changed.connect(lambda state: plots.set_live(state != State.IDLE.value))


class CloseGuard(QObject):
    """Asks before a window closes mid-run: save the model so far, discard it, or keep training.
    Then stops training and waits for the thread; the project's own question comes after."""

    SAVE, DISCARD, KEEP = "save", "discard", "keep"

    def __init__(self, window: QWidget, controller: TrainingController) -> None:
        super().__init__(window)
        self.window, self.controller = window, controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Close or not self.controller.busy:
            return False
        answer = self.ask_stop()
        if answer == self.KEEP:
            event.ignore()
            return True  # the window stays open, training goes on
        before = self.controller.trained_model
        self.controller.shutdown()
        QCoreApplication.sendPostedEvents()  # the stopped run's model, queued by the worker
        if answer == self.SAVE and not self._save_model(before):
            event.ignore()
            return True  # not saved (cancelled, or failed): stay open, the model is still here
        return False  # let the window's own closeEvent run (e.g. "save changes?")

    def _save_model(self, before) -> bool:
        trained = self.controller.trained_model
        if trained is None or trained is before:  # stopped before the first batch: nothing new
            return True
        return self.controller.save_model()

    def ask_stop(self) -> str:
        """SAVE, DISCARD or KEEP; tests replace this."""
        return dialogs.choose(
            self.window,
            QCoreApplication.translate("CloseGuard", "Training is running"),
            QCoreApplication.translate(
                "CloseGuard", "Stop training and close? Save the model trained so far first?"
            ),
            [
                (self.SAVE, QCoreApplication.translate("CloseGuard", "Save model and close")),
                (
                    self.DISCARD,
                    QCoreApplication.translate("CloseGuard", "Close without saving the model"),
                ),
                (self.KEEP, QCoreApplication.translate("CloseGuard", "Keep training")),
            ],
            default=self.SAVE,
        )


def attach_training(window) -> TrainingController:
    """Add the training panel and plots to `window` and wire them; returns the controller."""
    controller = TrainingController(window)
    settings = getattr(window, "settings", None)
    data_dir = data_folders.folder_for(settings, window.document.project.dataset)
    panel = TrainingPanel(controller, lambda: window.document.project, str(data_dir))
    if hasattr(window.document, "analysis"):  # the same rule as the window's Train
        panel.analysis_source = lambda: window.document.analysis
        panel.refresh_start()
    plots = TrainingPlots()
    connect_plots(controller, plots)
    runs = RunsTable()
    connect_runs(runs, controller, plots, window.document)
    controller.panel, controller.plots, controller.runs = panel, plots, runs
    controller.docks = _add_docks(window, panel, plots, runs)
    _connect_document(window, panel)
    _follow_session(window, controller)
    _connect_window(window, controller, panel, settings)
    controller.close_guard = CloseGuard(window, controller)
    window.installEventFilter(controller.close_guard)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.shutdown)
    return controller


def _add_docks(window, panel: TrainingPanel, plots: TrainingPlots, runs) -> dict[str, QDockWidget]:
    beside = find_dock(window, "builder.inspector")
    below = find_dock(window, "builder.problems")
    bottom = Area.BottomDockWidgetArea
    docks = {
        "training.panel": add_dock(
            window, "Training", panel, Area.RightDockWidgetArea, beside, DOCKS["training.panel"]
        ),
        "training.plots": add_dock(
            window, "Training plots", plots, bottom, below, DOCKS["training.plots"]
        ),
    }
    plots_dock = docks["training.plots"]
    docks["training.runs"] = add_dock(
        window, "Runs", runs, bottom, plots_dock, DOCKS["training.runs"]
    )
    plots_dock.raise_()  # the plots stay in front of the Runs tab
    name_docks(docks)
    language.on_language_change(panel, lambda: name_docks(docks))
    return docks


def name_docks(docks: dict[str, QDockWidget]) -> None:
    """The docks' titles in the user's language (the layout knows them by object name)."""
    titles = {
        "training.panel": QCoreApplication.translate("TrainingDocks", "Training"),
        "training.plots": QCoreApplication.translate("TrainingDocks", "Training plots"),
        "training.runs": QCoreApplication.translate("TrainingDocks", "Runs"),
    }
    for dock_id, dock in docks.items():
        dock.setWindowTitle(titles[dock_id])


def _connect_document(window, panel: TrainingPanel) -> None:
    document = window.document
    panel.settings_changed.connect(lambda settings: _apply_settings(window.document, settings))
    panel.dataset_changed.connect(lambda name: _apply_dataset(window.document, name))
    panel.data_params_changed.connect(lambda params: _apply_params(window.document, params))
    on_project_changes(window, panel.set_project)
    analysis_changed = getattr(document, "analysis_changed", None)
    if analysis_changed is not None:  # every network edit: Start follows the Train rule
        analysis_changed.connect(panel.on_network_changed)


def _follow_session(window, controller: TrainingController) -> None:
    """The project's session owns its runs and model: a replaced one starts the views clean."""
    on_session_replaced(window, controller.forget_project)
    plots = controller.plots
    controller.project_replaced.connect(plots.clear_runs)  # no faded earlier runs
    controller.project_replaced.connect(  # chance is one class in the new project's classes
        lambda: plots.set_classes(_classes(window.document.project))
    )

    def keep_model(trained) -> None:
        session = getattr(window.document, "session", None)
        if session is not None:
            session.trained = trained

    controller.model_trained.connect(keep_model)


def _classes(project: Project) -> int | None:
    return dataset_classes(project.dataset, project.dataset_params)


def connect_doctor(controller: TrainingController, problems, document) -> None:
    """The doctor's findings go to the builder's Problems list; a clicked fix edits the settings."""
    controller.diagnosed.connect(problems.set_diagnoses)
    problems.fix_requested.connect(lambda fix: _apply_fix(document, fix))


def _apply_fix(document, fix) -> None:
    _apply_settings(document, dataclasses.replace(document.project.training, **fix.changes))


def _apply_settings(document, settings: TrainingSettings) -> None:
    commands.change_training(document, settings)


def _apply_dataset(document, name: str) -> None:
    if document.project.dataset == name:
        return
    current = tuple(document.project.network.input_shape)
    before = document.project.dataset
    if dataset_input_shape(name):  # a named dataset: the catalog says (CIFAR-10: 3x32x32)
        shape = dataset_input_shape(name)
    elif name.lower().endswith(".csv"):  # a table: the Input block takes its feature count
        shape = csv_input_shape(name)
    elif len(current) != 3 and current == dataset_input_shape(before):
        shape = input_shape_of(name) or dataset_input_shape("mnist")  # points to images
    else:  # an image folder: the Input block takes its images' shape
        shape = input_shape_of(name) if len(current) == 3 else None
    commands.change_dataset(document, name, shape)


def _apply_params(document, params: dict) -> None:
    project = document.project
    if not has_dataset_params(project.dataset) or params == project.dataset_params:
        return
    commands.change_dataset(document, project.dataset, _resized_input(project, params), params)


def _resized_input(project: Project, params: dict) -> tuple[int, ...] | None:
    """An image folder's new Input shape when its resize changes; None keeps the shape."""
    if not is_image_folder(project.dataset) or len(project.network.input_shape) != 3:
        return None
    size = params.get("image_size")
    return input_shape_of(project.dataset, tuple(size) if size else None)


def _connect_window(window, controller: TrainingController, panel: TrainingPanel, settings) -> None:
    requested = getattr(window, "train_requested", None)
    if requested is not None:
        requested.connect(lambda: _train(controller, panel))
    else:
        window.train_action.triggered.connect(lambda _checked=False: _train(controller, panel))
    lock = getattr(window, "set_editing_locked", None)
    if lock is not None:
        controller.state_changed.connect(lambda state: lock(state != State.IDLE.value))
    if isinstance(settings, QSettings):  # the folder is remembered for its dataset
        panel.data.folder.editingFinished.connect(
            lambda: data_folders.remember(settings, panel.data.name(), panel.data.data_dir())
        )
    _follow_dataset(window, panel, settings)


def _follow_dataset(window, panel: TrainingPanel, settings) -> None:
    """The data folder shown is the dataset's own, never the last project's or dataset's: it
    changes when the project is replaced or its dataset changes, and stays as typed otherwise."""
    shown_for = [window.document.project.dataset]

    def follow(project: Project) -> None:
        if project.dataset != shown_for[0]:
            shown_for[0] = project.dataset
            panel.data.folder.setText(str(data_folders.folder_for(settings, project.dataset)))
            panel.data.refresh_status()

    on_session_replaced(window, lambda _session: shown_for.__setitem__(0, None))
    on_project_changes(window, follow)


def _train(controller: TrainingController, panel: TrainingPanel) -> None:
    for dock_id in ("training.panel", "training.plots"):
        controller.docks[dock_id].show()
        controller.docks[dock_id].raise_()
    panel.start()


def _attach_feature(window, _features) -> TrainingController:
    controller = attach_training(window)
    controller.run_actions = RunActions(window, controller)
    return controller


def _on_available(controller: TrainingController, name: str, other) -> None:
    if name == "builder":
        connect_doctor(controller, other.problems, controller.parent().document)


FEATURE = Feature(
    name="training",
    attach=_attach_feature,
    docks=DOCKS,
    provides=(
        "run_actions",
        "save_model",
        "import_onnx",
        "trained_model",
        "run_started",
        "model_trained",
        "project_replaced",
        "plots",
        "runs",
    ),
    menu_entries={
        "run": (
            "run_actions.pause",
            "run_actions.stop",
            "run_actions.step",
            "run_actions.undo_step",
            "-",
            "run_actions.save_model",
        )
    },
    optional=("builder",),
    needs_torch=True,
    on_available=_on_available,
)


# --- a small window for working on the panel alone, and for tests and benchmarks ----------------


class TrainingHostWindow(QMainWindow):
    """A stand-in main window with what attach_training needs: document, train_action, lock."""

    def __init__(self, project: Project | None = None) -> None:
        super().__init__()
        from netbuilder.gui.document import Document

        self.document = Document(project or Project(), parent=self)
        self.train_action = QAction(
            QCoreApplication.translate("TrainingHostWindow", "&Train"), self
        )
        self.train_action.setShortcut("Ctrl+T")
        self.addAction(self.train_action)
        self.setWindowTitle(f"netbuilder training — {self.document.project.name or 'untitled'}")
        self.resize(1500, 950)

    def set_editing_locked(self, locked: bool) -> None:
        self.document.set_locked(locked)


def open_host(project: Project) -> tuple[TrainingHostWindow, TrainingController]:
    window = TrainingHostWindow(project)
    controller = attach_training(window)
    return window, controller


def main() -> None:
    from netbuilder.document.project import load_project
    from netbuilder.gui.files import DEFAULT_PRESET
    from netbuilder.gui.standalone import application

    app = application()
    project = load_project(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_PRESET)
    window, _controller = open_host(project)
    window.show()
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
