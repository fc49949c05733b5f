"""The main window's actions, menus and toolbars: what each does and where it is found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QToolBar,
)

from netbuilder.document.languages import LANGUAGES
from netbuilder.gui import files, language
from netbuilder.gui.actions import bare, make_action, set_texts
from netbuilder.gui.help import fill_help_menu, retranslate_help

Key = QKeySequence.StandardKey


ACTION_TEXTS = {  # the window's action (by attribute) -> its text and tip, in context MainWindow
    "new_action": (
        QT_TRANSLATE_NOOP("MainWindow", "&New"),
        QT_TRANSLATE_NOOP("MainWindow", "Start an empty network"),
    ),
    "open_action": (
        QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
        QT_TRANSLATE_NOOP("MainWindow", "Open a project file"),
    ),
    "import_onnx_action": (
        QT_TRANSLATE_NOOP("MainWindow", "&Import ONNX Model…"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Open an ONNX model's layers and trained weights as blocks"
        ),
    ),
    "save_action": (
        QT_TRANSLATE_NOOP("MainWindow", "&Save"),
        QT_TRANSLATE_NOOP("MainWindow", "Save the project"),
    ),
    "save_as_action": (
        QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
        QT_TRANSLATE_NOOP("MainWindow", "Save under a new name"),
    ),
    "quit_action": (
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        QT_TRANSLATE_NOOP("MainWindow", "Close the window"),
    ),
    "undo_action": (QT_TRANSLATE_NOOP("MainWindow", "&Undo"), ""),
    "redo_action": (QT_TRANSLATE_NOOP("MainWindow", "&Redo"), ""),
    "delete_action": (
        QT_TRANSLATE_NOOP("MainWindow", "&Delete Layer"),
        QT_TRANSLATE_NOOP("MainWindow", "Remove the selected layer"),
    ),
    "duplicate_action": (
        QT_TRANSLATE_NOOP("MainWindow", "D&uplicate Layer"),
        QT_TRANSLATE_NOOP("MainWindow", "Insert a copy of the selected layer after it"),
    ),
    "move_up_action": (
        QT_TRANSLATE_NOOP("MainWindow", "Move &Earlier"),
        QT_TRANSLATE_NOOP("MainWindow", "Move the selected layer one step towards the input"),
    ),
    "move_down_action": (
        QT_TRANSLATE_NOOP("MainWindow", "Move &Later"),
        QT_TRANSLATE_NOOP("MainWindow", "Move the selected layer one step towards the output"),
    ),
    "wrap_residual_action": (
        QT_TRANSLATE_NOOP("MainWindow", "Wrap in &Residual Block"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Put the selected neighbouring layers inside a skip connection"
        ),
    ),
    "wrap_branches_action": (
        QT_TRANSLATE_NOOP("MainWindow", "Wrap in &Branches"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Make the selected neighbouring layers one branch beside an empty one"
        ),
    ),
    "unwrap_action": (
        QT_TRANSLATE_NOOP("MainWindow", "U&nwrap"),
        QT_TRANSLATE_NOOP("MainWindow", "Take the selected block away and keep what it holds"),
    ),
    "zoom_in_action": (QT_TRANSLATE_NOOP("MainWindow", "Zoom Canvas &In"), ""),
    "zoom_out_action": (QT_TRANSLATE_NOOP("MainWindow", "Zoom Canvas &Out"), ""),
    "zoom_reset_action": (QT_TRANSLATE_NOOP("MainWindow", "Canvas &Actual Size"), ""),
    "fit_action": (
        QT_TRANSLATE_NOOP("MainWindow", "&Fit to View"),
        QT_TRANSLATE_NOOP("MainWindow", "Show the whole network"),
    ),
    "dark_action": (QT_TRANSLATE_NOOP("MainWindow", "&Dark Theme"), ""),
    "larger_text_action": (
        QT_TRANSLATE_NOOP("MainWindow", "&Larger Text"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Zoom the whole app: text, blocks and plots, for projectors"
        ),
    ),
    "smaller_text_action": (QT_TRANSLATE_NOOP("MainWindow", "S&maller Text"), ""),
    "normal_text_action": (QT_TRANSLATE_NOOP("MainWindow", "&Normal Text Size"), ""),
    "train_action": (
        QT_TRANSLATE_NOOP("MainWindow", "&Train…"),
        QT_TRANSLATE_NOOP("MainWindow", "Train this network"),
    ),
}
MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    "view": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "panels": QT_TRANSLATE_NOOP("MainWindow", "&Panels"),
    "language": QT_TRANSLATE_NOOP("MainWindow", "&Language"),
    "presets": QT_TRANSLATE_NOOP("MainWindow", "&Presets"),
    "run": QT_TRANSLATE_NOOP("MainWindow", "&Run"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
    "recent": QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"),
}
TOOLBAR_TEXTS = {  # short, fixed button texts: the menus say "Undo Add Linear", the toolbar never reflows
    "undo_action": QT_TRANSLATE_NOOP("MainWindow", "Undo"),
    "redo_action": QT_TRANSLATE_NOOP("MainWindow", "Redo"),
    "duplicate_action": QT_TRANSLATE_NOOP("MainWindow", "Duplicate"),
    "delete_action": QT_TRANSLATE_NOOP("MainWindow", "Delete"),
}
ON_BARS = ("new_action", "open_action", "save_action", "zoom_out_action", "zoom_in_action")
ON_BARS += ("fit_action", "train_action")
"""The window's actions with a button on the toolbar or the run bar."""
FOLLOW_SYSTEM = "system"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text) if text else ""


class WindowMenus:
    """Mixed into MainWindow: builds its actions, menus and toolbars (they act on its document)."""

    def _make_actions(self) -> None:
        self._make_file_actions()
        self._make_edit_actions()
        self._make_view_actions()
        self.train_action = make_action(self, "", self._on_train, ["Ctrl+T"])

    def _make_file_actions(self) -> None:
        self.new_action = make_action(self, "", lambda: self.new_document(), [Key.New])
        self.open_action = make_action(self, "", lambda: self.open_file(), [Key.Open])
        self.import_onnx_action = make_action(self, "", self._on_import_onnx)
        self.save_action = make_action(self, "", self.save, [Key.Save])
        self.save_as_action = make_action(self, "", lambda: self.save_as(), [Key.SaveAs])
        self.quit_action = make_action(self, "", self.close, [Key.Quit])

    def _make_edit_actions(self) -> None:
        self.undo_action = make_action(self, "", self.document.undo, [Key.Undo])
        self.redo_action = make_action(self, "", self.document.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.delete_action = make_action(
            self,
            "",
            self.delete_selected,
            ["Del", "Backspace"],  # not Key.Delete: on GNOME and KDE it also means Ctrl+D
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.canvas.addAction(self.delete_action)
        self.duplicate_action = make_action(self, "", self.duplicate_selected, ["Ctrl+D"])
        self.move_up_action = make_action(self, "", lambda: self.move_selected(-1), ["Alt+Up"])
        self.move_down_action = make_action(self, "", lambda: self.move_selected(1), ["Alt+Down"])
        # Ctrl+G / Ctrl+Shift+G: Group / Ungroup in drawing and slide programs
        wrap = make_action(self, "", lambda: self.wrap_selected("Residual"), ["Ctrl+G"])
        self.wrap_residual_action = wrap
        self.wrap_branches_action = make_action(self, "", lambda: self.wrap_selected("Branches"))
        self.unwrap_action = make_action(self, "", self.unwrap_selected, ["Ctrl+Shift+G"])
        self.canvas.context_actions = [
            self.duplicate_action,
            self.delete_action,
            None,
            self.move_up_action,
            self.move_down_action,
            None,
            *self.wrap_actions(),
        ]

    def wrap_actions(self) -> list:
        return [self.wrap_residual_action, self.wrap_branches_action, self.unwrap_action]

    def explain_move(self, reason: str) -> None:
        """Move Earlier / Later's tooltip: why they are off for this selection, or what they do."""
        for name in ("move_up_action", "move_down_action"):
            text, tip = ACTION_TEXTS[name]
            set_texts(getattr(self, name), _tr(text), reason or _tr(tip))

    def _make_view_actions(self) -> None:
        canvas = self.canvas
        # Ctrl+= / Ctrl+- / Ctrl+0 zoom the whole app (the text sizes below); these, the canvas.
        self.zoom_in_action = make_action(self, "", lambda: canvas.zoom_by(1.2), ["Ctrl+Shift+Up"])
        self.zoom_out_action = make_action(
            self, "", lambda: canvas.zoom_by(1 / 1.2), ["Ctrl+Shift+Down"]
        )
        self.zoom_reset_action = make_action(self, "", canvas.reset_zoom, ["Ctrl+Shift+0"])
        self.fit_action = make_action(self, "", canvas.fit_to_view, ["Ctrl+9"])
        self.dark_action = make_action(self, "", self.set_dark, ["Ctrl+Shift+L"], checkable=True)
        self.larger_text_action = make_action(
            self,
            "",
            lambda: self.step_text_size(1),
            ["Ctrl+=", Key.ZoomIn, "Ctrl+Alt+="],
        )
        self.smaller_text_action = make_action(
            self, "", lambda: self.step_text_size(-1), [Key.ZoomOut, "Ctrl+Alt+-"]
        )
        self.normal_text_action = make_action(
            self, "", lambda: self.set_text_scale(1.0), ["Ctrl+0", "Ctrl+Alt+0"]
        )
        self.canvas.context_actions += [None, self.fit_action]

    def retranslate_menus(self) -> None:
        """Every text of the window's own actions, menus and toolbar, in the current language."""
        for name, (text, tip) in ACTION_TEXTS.items():
            set_texts(getattr(self, name), _tr(text), _tr(tip))
        for menu_id, title in MENU_TITLES.items():
            self._menu(menu_id).setTitle(_tr(title))
        for name in ON_BARS:  # Qt's own button text would keep a Chinese accelerator: "打开(O)"
            action = getattr(self, name)
            action.setIconText(bare(action.text()))
        for name, text in TOOLBAR_TEXTS.items():
            getattr(self, name).setIconText(_tr(text))
        self.toolbar.setWindowTitle(_tr(QT_TRANSLATE_NOOP("MainWindow", "Main toolbar")))
        self.follow_system_action.setText(_tr(QT_TRANSLATE_NOOP("MainWindow", "Follow the system")))
        self._retranslate_presets()
        retranslate_help(self)

    def _on_import_onnx(self) -> None:
        """Reading a model needs torch: once it is loaded, the training feature imports it."""
        self.engine.when_loaded(lambda: self.feature("training").import_onnx())

    def _menu(self, menu_id: str):
        return self.recent_menu if menu_id == "recent" else self.menus[menu_id]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu("")
        file_menu.setObjectName("file_menu")  # found by this id, never by its (translated) title
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.import_onnx_action)
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("")
        edit_menu.setToolTipsVisible(True)  # e.g. why Move is off for the selection
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.duplicate_action, self.delete_action, self.move_up_action, self.move_down_action]
        )
        edit_menu.addSeparator()
        edit_menu.addActions(self.wrap_actions())
        self.view_menu = bar.addMenu("")  # before the Panels submenu exists
        self._make_view_menu(self.view_menu)
        self.presets_menu = bar.addMenu("")
        self._fill_presets_menu()
        self.run_menu = bar.addMenu("")
        self.run_menu.addAction(self.train_action)
        self.help_menu = bar.addMenu("")
        fill_help_menu(self, self.help_menu)
        self.menus = {
            "file": self.file_menu,
            "edit": edit_menu,
            "view": self.view_menu,
            "panels": self.panels_menu,
            "language": self.language_menu,
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
        self.language_menu = menu.addMenu("")
        self._fill_language_menu(self.language_menu)
        menu.addSeparator()
        self.panels_menu = menu.addMenu("")
        for dock in self.features.docks().values():  # the builder's: later ones add themselves
            self.panels_menu.addAction(dock.toggleViewAction())

    def _fill_language_menu(self, menu) -> None:
        """View > Language: follow the system, or one language, each named in its own words."""
        group = QActionGroup(menu)
        saved = language.saved_choice(self.settings)
        self.language_actions = {}
        for choice, name in [(FOLLOW_SYSTEM, ""), *LANGUAGES.items()]:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(choice == saved)
            action.setData(choice)
            group.addAction(action)
            action.triggered.connect(lambda checked=False, c=choice: self.choose_language(c))
            self.language_actions[choice] = action
            if choice == FOLLOW_SYSTEM:
                menu.addSeparator()
        self.follow_system_action = self.language_actions[FOLLOW_SYSTEM]

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
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
        """Presets: a new empty network, then the shipped examples (their texts come with
        `retranslate_menus`)."""
        self.new_preset_action = make_action(self, "", lambda: self.new_document())
        self.presets_menu.addAction(self.new_preset_action)
        self.presets_menu.addSeparator()
        self.preset_actions = []
        for name, path in files.presets():
            action = make_action(self, name, lambda checked=False, p=path: self.load_preset(p))
            self.presets_menu.addAction(action)
            self.preset_actions.append((action, name))

    def _retranslate_presets(self) -> None:
        set_texts(
            self.new_preset_action, _tr(QT_TRANSLATE_NOOP("MainWindow", "&New (empty network)"))
        )
        for action, name in self.preset_actions:
            shown = QCoreApplication.translate("examples", name)  # scripts/translations.py
            tip = _tr(QT_TRANSLATE_NOOP("MainWindow", "Start from the {name} example")).format(
                name=shown
            )
            set_texts(action, shown, tip)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(files.recent_files(self.settings), start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(not self.document.locked)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(_tr(QT_TRANSLATE_NOOP("MainWindow", "(none)"))).setEnabled(
                False
            )

    # Keeping the window in step with the document ----------------------------------------------
