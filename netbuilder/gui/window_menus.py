"""The main window's actions, menus and toolbars: what each does and where it is found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QToolBar,
)

from netbuilder.gui import files
from netbuilder.gui.actions import make_action
from netbuilder.gui.help import fill_help_menu

Key = QKeySequence.StandardKey


class WindowMenus:
    """Mixed into MainWindow: builds its actions, menus and toolbars (they act on its document)."""

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
        file_menu.setObjectName("file_menu")  # found by this id, never by its (translated) title
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
        self.view_menu = bar.addMenu("&View")  # before the Panels submenu exists
        self._make_view_menu(self.view_menu)
        self.presets_menu = bar.addMenu("&Presets")
        self._fill_presets_menu()
        self.run_menu = bar.addMenu("&Run")
        self.run_menu.addAction(self.train_action)
        self.help_menu = bar.addMenu("&Help")
        fill_help_menu(self, self.help_menu)
        self.menus = {
            "file": self.file_menu,
            "edit": edit_menu,
            "view": self.view_menu,
            "panels": self.panels_menu,
            "presets": self.presets_menu,
            "run": self.run_menu,
            "help": self.help_menu,
        }
        """By stable id: where features' declared menu entries go."""

    def _make_run_controls(self) -> None:
        """The run bar: Train, Pause/Resume, Stop, progress, always in view (the Run menu gets
        training's actions as its declaration says)."""
        from netbuilder.gui.training import RunBar

        self.run_bar = RunBar(self.train_action, self.feature("training").run_actions, self)
        if self.placeholders is not None:  # in the place the stand-in kept since the first paint
            self.placeholders.replace_run_bar(self.run_bar)
            return
        self.addToolBarBreak()
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
        for dock in self.features.docks().values():  # the builder's: later ones add themselves
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
