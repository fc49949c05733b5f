"""The builder window: palette, canvas, inspector, problems and code around one Document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QToolBar,
    QWidget,
)

from netbuilder.document.lesson import is_lesson_file
from netbuilder.document.project import Project, ProjectError, load_project, save_project
from netbuilder.document.two_d import is_two_d
from netbuilder.gui import files, recovery, theme
from netbuilder.gui.actions import make_action
from netbuilder.gui.builder import (
    CanvasView,
    CodeView,
    Inspector,
    LayerTable,
    Palette,
    ProblemsPanel,
    StatusSummary,
)
from netbuilder.gui.document import Document, display_name
from netbuilder.gui.engine_loader import EngineLoader
from netbuilder.gui.explore import attach_explorers
from netbuilder.gui.help import fill_help_menu
from netbuilder.gui.lessons import attach_lessons
from netbuilder.gui.presenter import attach_presenter

Key = QKeySequence.StandardKey
Button = QMessageBox.StandardButton


class MainWindow(QMainWindow):
    train_requested = Signal()
    """The user asked to train the current (valid) network."""

    def __init__(
        self,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        data_folder: Path | None = None,
        torch_in_background: bool = False,
    ):
        """With `torch_in_background` (the app), the window paints first and attaches training,
        prediction and evaluation once torch has loaded; otherwise (tests) before returning."""
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.data_folder = data_folder or recovery.data_folder()
        self.document = Document(parent=self)
        self.autosave = recovery.Autosave(self.document, self.data_folder)
        self.canvas = CanvasView(self.document)
        self.setCentralWidget(self.canvas)
        self.setDockNestingEnabled(True)
        self._make_panels()
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._connect()
        self.statusBar().addPermanentWidget(StatusSummary(self.document))
        self.resize(1400, 900)
        self.training = self.prediction = None
        self.lessons = attach_lessons(self)
        self.explorers = attach_explorers(self)
        self.presenter = attach_presenter(self)
        self._built = False
        self.engine = EngineLoader(self)
        self.engine.loaded.connect(self._attach_torch_features)
        self.engine.failed.connect(lambda text: self.show_error("PyTorch unavailable", text))
        if not torch_in_background:
            self.engine.load_now()
        # After every dock exists, so the saved layout can place each of them.
        self._restore_preferences()
        self._refresh_all()
        self._built = True
        if torch_in_background:
            self.engine.load_after_first_paint(self.canvas.viewport())

    def _attach_torch_features(self) -> None:
        """Training, prediction and evaluation need torch: their panels come once it is loaded."""
        from netbuilder.gui.fit import attach_fit
        from netbuilder.gui.predict import attach_prediction
        from netbuilder.gui.regions import attach_regions
        from netbuilder.gui.training import attach_training

        self.training = attach_training(self)
        self.prediction = attach_prediction(self, self.training)
        self.regions = attach_regions(self, self.training)
        self.fit = attach_fit(self, self.training)
        self._make_run_controls()
        from netbuilder.gui.step import attach_step

        self.step_view = attach_step(self, self.training, self.run_actions)
        self.training.run_started.connect(lambda *_: self.presenter.restyle_plots_later())
        self.canvas.layer_selected.connect(self._show_activations_of)
        self._arrange_training_docks()
        state = self.settings.value("window/state")
        if state is not None and self._built:  # attached after the window opened
            self.restoreState(state)
        self._after_layout_restored()

    def _keep_run_bar_on_its_row(self) -> None:
        """Under a layout saved before the run bar existed, Qt would put it beside the toolbar."""
        run_bar = getattr(self, "run_bar", None)
        if run_bar is not None and not self.toolBarBreak(run_bar):
            self.insertToolBarBreak(run_bar)

    # Panels ------------------------------------------------------------------------------------

    def _make_panels(self) -> None:
        self.palette = Palette()
        self.inspector = Inspector(self.document)
        self.problems = ProblemsPanel(self.document)
        self.code_view = CodeView(self.document)
        self.palette_dock = self.add_panel(
            "Layers", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.inspector_dock = self.add_panel(
            "Inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.problems_dock = self.add_panel(
            "Problems", self.problems, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.code_dock = self.add_panel(
            "PyTorch code",
            self.code_view,
            Qt.DockWidgetArea.BottomDockWidgetArea,
            tabify_with=self.problems_dock,
        )
        self.layer_table = LayerTable(self.document)
        self.layer_table_dock = self.add_panel(
            "Layer table",
            self.layer_table,
            Qt.DockWidgetArea.BottomDockWidgetArea,
            self.problems_dock,
        )
        self.problems_dock.raise_()
        self.resizeDocks(
            [self.palette_dock, self.inspector_dock], [230, 300], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.problems_dock], [170], Qt.Orientation.Vertical)

    def add_panel(
        self,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea,
        tabify_with: QDockWidget | None = None,
    ) -> QDockWidget:
        """Dock `widget` (e.g. the training panel) and list it under View > Panels."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{title.lower().replace(' ', '_')}_dock")
        dock.setWidget(_scrollable_if_large(widget))
        self.addDockWidget(area, dock)
        if tabify_with is None and area == Qt.DockWidgetArea.BottomDockWidgetArea:
            tabify_with = getattr(self, "problems_dock", None)  # bottom panels share one width
        if tabify_with is not None:
            self.tabifyDockWidget(tabify_with, dock)
        if hasattr(self, "panels_menu"):
            self.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def _show_activations_of(self, uid: str) -> None:
        """A block clicked on the canvas shows that layer's activations, if the trained model has it."""
        trained = self.prediction.trained
        if not uid or trained is None:
            return
        try:
            self.prediction.show_activations_for(trained.project.network.index_of(uid))
        except KeyError:  # a layer added after training: the trained model has no such layer
            return

    def _show_in_bottom_tabs(self, *docks: QDockWidget) -> None:
        """Show docks as tabs beside Problems. Qt forgets the tab group of a dock hidden while
        tabified, so the docks are (re)tabified each time they are shown."""
        for dock in docks:
            self.tabifyDockWidget(self.problems_dock, dock)
            dock.show()

    def _arrange_training_docks(self) -> None:
        """The builder's own panels stay in front; the plots appear when training starts, and
        Predict and Evaluation once there is a trained model."""
        plots_dock = self.training.docks[1]
        for dock in (plots_dock, *self.prediction.docks):
            dock.hide()
        self.training.run_started.connect(lambda *_: self._raise_plots())
        self.training.model_trained.connect(self._show_model_docks)
        self.prediction.model_loaded.connect(self._raise_prediction)
        self.inspector_dock.raise_()
        self.problems_dock.raise_()
        self.resizeDocks([self.problems_dock], [170], Qt.Orientation.Vertical)
        self.resizeDocks(
            [self.palette_dock, self.inspector_dock], [230, 320], Qt.Orientation.Horizontal
        )

    def _show_model_docks(self, trained=None) -> None:
        """Predict and Evaluation join the tabs; 2-D data keeps its decision regions in front."""
        self._show_in_bottom_tabs(*self.prediction.docks)
        if trained is not None and not self.regions.dock.isHidden():
            if is_two_d(trained.project.dataset):
                self.regions.dock.raise_()

    def _raise_prediction(self) -> None:
        self._bring_forward(self.prediction.docks[0])

    def _raise_plots(self) -> None:
        self._bring_forward(self.training.docks[1])

    def _bring_forward(self, dock: QDockWidget) -> None:
        """Show a bottom tab in front, tall enough to read: plots and the pad need room."""
        self._show_in_bottom_tabs(dock)
        dock.raise_()
        if dock.height() < self.height() // 2:
            self.resizeDocks([dock], [self.height() // 2], Qt.Orientation.Vertical)

    # Actions -----------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self._make_file_actions()
        self._make_edit_actions()
        self._make_view_actions()
        self.train_action = make_action(
            self, "&Train…", self._on_train, ["Ctrl+T"], "Train this network"
        )

    def _make_file_actions(self) -> None:
        self.new_action = make_action(
            self, "&New", lambda: self.new_document(), [Key.New], "Start an empty network"
        )
        self.open_action = make_action(
            self, "&Open…", lambda: self.open_file(), [Key.Open], "Open a project file"
        )
        self.save_action = make_action(self, "&Save", self.save, [Key.Save], "Save the project")
        self.save_as_action = make_action(
            self, "Save &As…", lambda: self.save_as(), [Key.SaveAs], "Save under a new name"
        )
        self.quit_action = make_action(self, "&Quit", self.close, [Key.Quit], "Close the window")

    def _make_edit_actions(self) -> None:
        self.undo_action = make_action(self, "&Undo", self.document.undo, [Key.Undo])
        self.redo_action = make_action(
            self, "&Redo", self.document.redo, ["Ctrl+Shift+Z", "Ctrl+Y"]
        )
        self.delete_action = make_action(
            self,
            "&Delete Layer",
            self.delete_selected,
            ["Del", "Backspace"],  # not Key.Delete: on GNOME and KDE it also means Ctrl+D
            "Remove the selected layer",
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.canvas.addAction(self.delete_action)
        self.duplicate_action = make_action(
            self,
            "D&uplicate Layer",
            self.duplicate_selected,
            ["Ctrl+D"],
            "Insert a copy of the selected layer after it",
        )
        self.move_up_action = make_action(
            self,
            "Move &Earlier",
            lambda: self.move_selected(-1),
            ["Alt+Up"],
            "Move the selected layer one step towards the input",
        )
        self.move_down_action = make_action(
            self,
            "Move &Later",
            lambda: self.move_selected(1),
            ["Alt+Down"],
            "Move the selected layer one step towards the output",
        )
        self.canvas.context_actions = [
            self.duplicate_action,
            self.delete_action,
            None,
            self.move_up_action,
            self.move_down_action,
        ]

    def _make_view_actions(self) -> None:
        canvas = self.canvas
        # Ctrl+= / Ctrl+- / Ctrl+0 zoom the whole app (the text sizes below); these, the canvas.
        self.zoom_in_action = make_action(
            self, "Zoom Canvas &In", lambda: canvas.zoom_by(1.2), ["Ctrl+Shift+Up"]
        )
        self.zoom_out_action = make_action(
            self, "Zoom Canvas &Out", lambda: canvas.zoom_by(1 / 1.2), ["Ctrl+Shift+Down"]
        )
        self.zoom_reset_action = make_action(
            self, "Canvas &Actual Size", canvas.reset_zoom, ["Ctrl+Shift+0"]
        )
        self.fit_action = make_action(
            self, "&Fit to View", canvas.fit_to_view, ["Ctrl+9"], "Show the whole network"
        )
        self.dark_action = make_action(
            self, "&Dark Theme", self.set_dark, ["Ctrl+Shift+L"], checkable=True
        )
        self.larger_text_action = make_action(
            self,
            "&Larger Text",
            lambda: self.step_text_size(1),
            ["Ctrl+=", Key.ZoomIn, "Ctrl+Alt+="],
            "Zoom the whole app: text, blocks and plots, for projectors",
        )
        self.smaller_text_action = make_action(
            self, "S&maller Text", lambda: self.step_text_size(-1), [Key.ZoomOut, "Ctrl+Alt+-"]
        )
        self.normal_text_action = make_action(
            self, "&Normal Text Size", lambda: self.set_text_scale(1.0), ["Ctrl+0", "Ctrl+Alt+0"]
        )
        self.canvas.context_actions += [None, self.fit_action]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.duplicate_action, self.delete_action, self.move_up_action, self.move_down_action]
        )
        self.view_menu = bar.addMenu("&View")
        self._make_view_menu(self.view_menu)
        self.presets_menu = bar.addMenu("&Presets")
        self._fill_presets_menu()
        self.run_menu = bar.addMenu("&Run")
        self.run_menu.addAction(self.train_action)
        self.help_menu = bar.addMenu("&Help")
        fill_help_menu(self, self.help_menu)

    def _make_run_controls(self) -> None:
        """Run menu and the run bar: Train, Pause/Resume, Stop, progress, always in view."""
        from netbuilder.gui.training import RunActions, RunBar

        self.run_actions = run = RunActions(self, self.training)
        self.pause_action, self.stop_action = run.pause, run.stop
        self.save_model_action = run.save_model
        self.load_model_action = self.prediction.load_action
        self.file_menu.removeAction(self.load_model_action)  # not beside Quit
        self.step_action, self.undo_step_action = run.step, run.undo_step
        self.run_menu.addActions(
            [self.pause_action, self.stop_action, self.step_action, self.undo_step_action]
        )
        self.run_menu.addSeparator()
        self.run_menu.addActions([self.save_model_action, self.load_model_action])
        self.addToolBarBreak()
        self.run_bar = RunBar(self.train_action, run, self)
        self.addToolBar(self.run_bar)

    def _make_view_menu(self, menu) -> None:
        menu.addActions(
            [self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, self.fit_action]
        )
        menu.addSeparator()
        menu.addActions(
            [self.larger_text_action, self.smaller_text_action, self.normal_text_action]
        )
        menu.addSeparator()
        menu.addAction(self.dark_action)
        menu.addSeparator()
        self.panels_menu = menu.addMenu("&Panels")
        for dock in (self.palette_dock, self.inspector_dock, self.problems_dock, self.code_dock,
                     self.layer_table_dock):  # fmt: skip
            self.panels_menu.addAction(dock.toggleViewAction())

    def _make_toolbar(self) -> None:
        toolbar = QToolBar("Main toolbar", self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        # Short, fixed button texts: the menus say "Undo Add Linear", the toolbar never reflows
        for action, text in (
            (self.undo_action, "Undo"),
            (self.redo_action, "Redo"),
            (self.duplicate_action, "Duplicate"),
            (self.delete_action, "Delete"),
        ):
            action.setIconText(text)
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.duplicate_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action, self.fit_action])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _fill_presets_menu(self) -> None:
        self.presets_menu.clear()
        self.presets_menu.addAction(
            make_action(self, "&New (empty network)", lambda: self.new_document())
        )
        self.presets_menu.addSeparator()
        for name, path in files.presets():
            self.presets_menu.addAction(
                make_action(
                    self,
                    name,
                    lambda checked=False, p=path: self.load_preset(p),
                    tip=f"Start from the {name} example",
                )
            )

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(files.recent_files(self.settings), start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(not self.document.locked)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("(none)").setEnabled(False)

    # Keeping the window in step with the document ----------------------------------------------

    def _connect(self) -> None:
        doc = self.document
        doc.undo_stack.cleanChanged.connect(self._refresh_title)
        doc.undo_stack.indexChanged.connect(self._refresh_edit_actions)
        doc.path_changed.connect(self._refresh_title)
        doc.network_reset.connect(self._refresh_title)
        doc.analysis_changed.connect(self._refresh_analysis)
        doc.lock_changed.connect(self._refresh_all)
        self.canvas.layer_selected.connect(self.inspector.show_layer)
        self.canvas.layer_selected.connect(self._refresh_edit_actions)
        self.problems.problem_clicked.connect(self._on_problem_clicked)
        self.layer_table.layer_clicked.connect(self._on_problem_clicked)
        self.palette.layer_activated.connect(self._append_layer)
        self.code_view.code_exported.connect(
            lambda path: self.statusBar().showMessage(f"Exported {path}", 5000)
        )
        self.autosave.failed.connect(lambda why: self.statusBar().showMessage(why, 10000))

    def _refresh_all(self) -> None:
        self._refresh_title()
        self._refresh_edit_actions()
        self._refresh_analysis()

    def _refresh_title(self) -> None:
        self.setWindowTitle(f"{display_name(self.document)}[*] — netbuilder")
        self.setWindowModified(self.document.modified)

    def _refresh_edit_actions(self) -> None:
        stack, locked = self.document.undo_stack, self.document.locked
        self.undo_action.setEnabled(stack.canUndo() and not locked)
        self.redo_action.setEnabled(stack.canRedo() and not locked)
        self.undo_action.setText(f"&Undo {stack.undoText()}".strip())
        self.redo_action.setText(f"&Redo {stack.redoText()}".strip())
        selected = self.canvas.selected_uid()
        index = self.document.network.index_of(selected) if selected else -1
        for action in (self.delete_action, self.duplicate_action):
            action.setEnabled(bool(selected) and not locked)
        self.move_up_action.setEnabled(index > 0 and not locked)
        self.move_down_action.setEnabled(0 <= index < len(self.document.network) - 1 and not locked)
        for action in (self.new_action, self.open_action, self.presets_menu.menuAction()):
            action.setEnabled(not locked)
        self.palette.setEnabled(not locked)

    def _refresh_analysis(self) -> None:
        analysis = self.document.analysis
        self.train_action.setEnabled(analysis.valid and not self.document.locked)
        if analysis.valid:
            reason = "Train this network (Ctrl+T)"
        else:
            count = len(analysis.errors)
            reason = f"Cannot train yet ({count} error{'s' * (count != 1)}): {analysis.errors[0].message}"
        self.train_action.setToolTip(reason)
        self.train_action.setStatusTip(reason)
        self.problems_dock.setWindowTitle(self.problems.title())
        self._refresh_edit_actions()

    # Editing -----------------------------------------------------------------------------------

    def _append_layer(self, type_id: str) -> None:
        if self.document.add_layer(type_id):
            self.canvas.select_layer(self.document.network.layers[-1].uid)

    def delete_selected(self) -> None:
        uid = self.canvas.selected_uid()
        if uid:
            index = self.document.network.index_of(uid)
            self.document.delete_layer(uid)
            layers = self.document.network.layers
            if layers:
                self.canvas.select_layer(layers[min(index, len(layers) - 1)].uid)

    def duplicate_selected(self) -> None:
        uid = self.canvas.selected_uid()
        if uid and self.document.duplicate_layer(uid):
            self.canvas.select_layer(
                self.document.network.layers[self.document.network.index_of(uid) + 1].uid
            )

    def move_selected(self, step: int) -> None:
        uid = self.canvas.selected_uid()
        if uid:
            self.document.move_layer_to(uid, self.document.network.index_of(uid) + step)
            self._refresh_edit_actions()

    def _on_problem_clicked(self, uid: str) -> None:
        if uid:
            self.canvas.select_layer(uid)

    def set_editing_locked(self, locked: bool) -> None:
        """Block every edit (e.g. while training); the canvas shows a lock banner."""
        self.document.set_locked(locked)

    def _on_train(self) -> None:
        if not self.document.analysis.valid or self.document.locked:
            return
        self.engine.when_loaded(self.train_requested.emit)

    # Files -------------------------------------------------------------------------------------

    def new_document(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.reset(Project())
        return True

    def load_preset(self, path: str | Path) -> bool:
        """Start a new, untitled document from an example project."""
        return self._load(path, as_untitled=True)

    def open_file(self, path: str | Path | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, "Open project", self._file_dir(), files.FILE_FILTER
            )
            if not path:
                return False
        return self._load(path, as_untitled=False)

    def _load(self, path: str | Path, as_untitled: bool) -> bool:
        try:
            project = load_project(path)
        except ProjectError as error:
            if is_lesson_file(path):  # File > Open or the command line given a lesson
                return self.lessons.open_lesson(path) is not None
            self.show_error("Cannot open project", str(error))
            return False
        if not self.maybe_save():
            return False
        self.document.reset(project, None if as_untitled else str(path))
        if not as_untitled:
            files.remember_file(self.settings, str(path))
        return True

    def save(self) -> bool:
        if not self.document.path:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self, path: str | Path | None = None) -> bool:
        if path is None:
            suggestion = str(
                Path(self._file_dir()) / f"{self.document.project.name or 'network'}.json"
            )
            path, _ = QFileDialog.getSaveFileName(
                self, "Save project", suggestion, files.FILE_FILTER
            )
            if not path:
                return False
        return self._write(str(path))

    def _write(self, path: str) -> bool:
        try:
            save_project(self.document.project, path)
        except OSError as error:
            self.show_error("Cannot save project", f"Cannot save {path}: {error.strerror or error}")
            return False
        self.document.mark_saved(path)
        files.remember_file(self.settings, path)
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def _file_dir(self) -> str:
        recent = files.recent_files(self.settings)
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded or unmodified)."""
        if not self.document.modified:
            return True
        answer = self.ask_save_changes()
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def ask_save_changes(self) -> Button:
        """Ask Save / Discard / Cancel; tests override this."""
        return QMessageBox.question(
            self,
            "Unsaved changes",
            f"Save the changes to {display_name(self.document)}?",
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )

    # Recovery after a crash ----------------------------------------------------------------------

    def offer_recovery(self) -> bool:
        """If an earlier run left unsaved work behind (crash, kill), offer it; True if restored."""
        found = recovery.orphans(self.data_folder)
        if not found:
            return False
        latest = found[0]
        restore = self.ask_restore(latest)
        recovery.set_aside(latest)
        if not restore or not self.maybe_save():
            return False
        self.document.reset(latest.project, latest.original_path)
        self.document.undo_stack.resetClean()  # restored work is unsaved work
        self.autosave.write_now()
        self.statusBar().showMessage(f"Restored the unsaved changes from {latest.when}", 8000)
        return True

    def ask_restore(self, found: recovery.Recovered) -> bool:
        """Restore or discard; tests override this."""
        name = Path(found.original_path).name if found.original_path else "an untitled network"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Restore unsaved work?",
            f"netbuilder did not close properly last time. Changes to {name}, saved "
            f"automatically at {found.when}, were not saved.\n\nRestore them?",
            parent=self,
        )
        restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Discard", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restore

    def show_error(self, title: str, text: str) -> None:
        """Report a failure to the user; tests override this to capture the text."""
        QMessageBox.warning(self, title, text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.maybe_save():
            self.save_preferences()
            self.autosave.close()
            event.accept()
        else:
            event.ignore()

    # Look and preferences ----------------------------------------------------------------------

    def set_dark(self, dark: bool) -> None:
        theme.apply_theme(QApplication.instance(), dark)
        self.dark_action.setChecked(dark)
        self.settings.setValue("view/dark", dark)
        self._restyle()

    def set_text_scale(self, scale: float) -> None:
        """Zoom the whole app; larger text never makes the canvas's blocks smaller."""
        grows, zoom = scale > getattr(self, "text_scale", scale), self.canvas.zoom()
        theme.apply_text_scale(QApplication.instance(), theme.base_font(), scale)
        self.text_scale = scale
        self.settings.setValue("view/text_scale", scale)
        self._restyle()
        if grows and self.canvas.zoom() < zoom:
            self.canvas.zoom_by(zoom / self.canvas.zoom())

    def step_text_size(self, step: int) -> None:
        self.set_text_scale(theme.next_scale(self.text_scale, step))

    def _restyle(self) -> None:
        self.canvas.refresh_style()
        self.code_view.refresh_style()
        if hasattr(self, "presenter"):
            self.presenter.restyle_plots()  # plots follow the theme too

    def _restore_preferences(self) -> None:
        self.text_scale = float(self.settings.value("view/text_scale", 1.0))
        self.set_text_scale(self.text_scale)
        self.set_dark(self.settings.value("view/dark", False, type=bool))
        geometry, state = (
            self.settings.value("window/geometry"),
            self.settings.value("window/state"),
        )
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_to_screen(1400, 900)
        else:
            self.fit_to_screen()  # saved on a larger screen, perhaps
        if state is not None:
            self.restoreState(state)
        self._after_layout_restored()

    def _after_layout_restored(self) -> None:
        """A saved layout is a past session's: the docks that depend on the data follow this one."""
        self._keep_run_bar_on_its_row()
        if getattr(self, "regions", None) is not None:
            from netbuilder.gui.regions import follow_project

            follow_project(self.regions, self.document.project)
        if getattr(self, "fit", None) is not None:
            from netbuilder.gui.fit import follow_project as follow_fit

            follow_fit(self.fit, self.document.project)

    def fit_to_screen(self, width: int | None = None, height: int | None = None) -> None:
        """Resize to (width, height), or keep the size, but never beyond the screen's free area."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = width or self.width(), height or self.height()
        if screen is None:
            self.resize(width, height)
            return
        area = screen.availableGeometry()
        title_bar = max(self.frameGeometry().height() - self.geometry().height(), 32)
        self.resize(min(width, area.width()), min(height, area.height() - title_bar))
        if not area.contains(self.frameGeometry()):
            self.move(area.topLeft())

    def save_preferences(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    def actions_by_name(self) -> dict[str, QAction]:
        return {name: value for name, value in vars(self).items() if isinstance(value, QAction)}


def _scrollable_if_large(widget: QWidget) -> QWidget:
    """Panels taller than a small screen allows scroll up and down; never sideways, where a
    clipped button is easy to miss: the dock keeps the panel's whole width."""
    if widget.minimumSizeHint().height() <= 320:
        return widget
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(widget.minimumSizeHint().width() + bar)
    return scroll
