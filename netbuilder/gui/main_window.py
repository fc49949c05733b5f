"""The builder window: the canvas on one Document, and the features that declare themselves to it.

The window holds the document, the canvas, its menus and its look; every panel comes from a feature
(`gui/<feature>/__init__.py` exports its `FEATURE` declaration), attached in `FEATURES` order and,
for those that need torch, once torch has loaded. Get one with `feature(name)`, a dock with
`dock("training.plots")`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from netbuilder.gui import (
    builder,
    cjk_font,
    code_import,
    commands,
    explore,
    garbage,
    language,
    lessons,
    messages,
    presenter,
    recovery,
    selection_edits,
    settings_values,
    theme,
)
from netbuilder.gui.builder import CanvasView, StatusSummary
from netbuilder.gui.docks import dock_name
from netbuilder.gui.document import Document, display_name
from netbuilder.gui.engine_loader import EngineLoader
from netbuilder.gui.features import Feature, Features
from netbuilder.gui.plain_text import message_box, tip, warn
from netbuilder.gui.scrolling import VerticalScrollArea
from netbuilder.gui.settings_file import user_settings
from netbuilder.gui.torch_placeholders import TorchPlaceholders
from netbuilder.gui.window_files import WindowFiles
from netbuilder.gui.window_menus import WindowMenus

Key = QKeySequence.StandardKey
FEATURES = (builder.FEATURE, explore.FEATURE, lessons.FEATURE, presenter.FEATURE)
"""Attached as the window is built; training, predict, regions, fit and step once torch loads."""
FEATURES += (code_import.FEATURE,)  # Edit > Paste PyTorch code…, and .py files dropped


class MainWindow(WindowMenus, WindowFiles, QMainWindow):
    train_requested = Signal()
    """The user asked to train the current (valid) network."""
    style_changed = Signal()
    """The theme or the text size changed: panels restyle what the palette does not reach."""
    layout_restored = Signal()
    """A saved layout was put back: docks that depend on the project's data follow this one."""
    features_arriving = Signal()
    """The features that need torch are about to be attached (their docks join the layout)."""
    features_arrived = Signal()

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
        self.settings = settings or user_settings()
        self.data_folder = data_folder or recovery.data_folder()
        self.document = Document(parent=self)
        self.autosave = recovery.Autosave(self.document, self.data_folder)
        self.canvas = CanvasView(self.document)
        self.setCentralWidget(self.canvas)
        self.setDockNestingEnabled(True)
        self.features = Features(self)
        self.features.add(builder.FEATURE)  # its panels, before the menus that list them
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self.placeholders = TorchPlaceholders(self) if torch_in_background else None
        if self.placeholders is not None:
            self.run_bar = self.placeholders.run_bar
        self.retranslate()
        language.on_language_change(self, self.retranslate)
        self._connect()
        self.statusBar().addPermanentWidget(StatusSummary(self.document))
        self.resize(1400, 900)
        for feature in FEATURES[1:]:
            self.add_feature(feature)
        self._built = False
        self.engine = EngineLoader(self)
        self.engine.loaded.connect(self._attach_torch_features)
        self.engine.failed.connect(
            lambda text: self.show_error(
                QCoreApplication.translate("MainWindow", "PyTorch unavailable"), text
            )
        )
        if not torch_in_background:
            self.engine.load_now()
        # After every dock exists, so the saved layout can place each of them.
        self._restore_preferences()
        self._refresh_all()
        self._built = True
        if torch_in_background:
            self.engine.load_after_first_paint(self.canvas.viewport())

    def retranslate(self) -> None:
        """The window's own texts (menus, actions, toolbar, title, the stand-ins' docks) in the
        current language; features' panels follow the change themselves."""
        self.retranslate_menus()
        if self.placeholders is not None:
            self.placeholders.retranslate()
        self._refresh_all()

    def choose_language(self, choice: str) -> None:
        """View > Language: show the app in `choice` ("system" or a language) now and from now on."""
        language.choose_language(self.settings, choice)
        self.language_actions[choice].setChecked(True)
        self.warn_if_no_font()

    def warn_if_no_font(self) -> None:
        """Chinese without a Chinese font draws boxes: say once which package brings one."""
        advice = cjk_font.advice_once(language.current_language())
        if advice is not None:
            self.show_font_advice(advice)

    def show_font_advice(self, text: str) -> None:
        """A non-modal note (the window stays usable); tests and screenshots override this."""
        box = message_box(
            self, QMessageBox.Icon.Information, "netbuilder: 中文字体 / Chinese font", text
        )
        box.setModal(False)
        box.show()
        self.font_advice = box

    def feature(self, name: str):
        """The face of the attached feature `name` ("training", "predict", "builder", ...)."""
        return self.features[name]

    def dock(self, dock_id: str) -> QDockWidget | None:
        """The dock with stable id `dock_id` ("training.plots"), None while it does not exist."""
        return self.features.dock(dock_id)

    def add_feature(self, feature: Feature) -> None:
        """Attach `feature`, put its declared menu entries in their menus and list its docks
        under View > Panels."""
        self.features.add(feature)
        for menu_id, actions in self.features.menu_entries(feature.name).items():
            menu = self.menus[menu_id]
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        listed = self.panels_menu.actions()
        for dock_id in feature.docks:
            dock = self.dock(dock_id)
            if dock is not None and dock.toggleViewAction() not in listed:
                self.panels_menu.addAction(dock.toggleViewAction())

    def _attach_torch_features(self) -> None:
        """Training, prediction and evaluation need torch: their panels come once it is loaded."""
        from netbuilder.gui import (
            autoencoder,
            fit,
            predict,
            regions,
            result_docks,
            step,
            sweep,
            training,
        )  # fmt: skip

        garbage.collect_between_events()  # before the first plot: cycles freed between events
        self.features_arriving.emit()  # presenting: the new panels go where the layout puts them
        for feature in (training, predict, regions, fit, autoencoder, step, result_docks, sweep):
            self.add_feature(feature.FEATURE)
        self._make_run_controls()
        self._arrange_training_docks()
        state = settings_values.blob(self.settings, "window/state")
        if state is not None and self._built:  # attached after the window opened
            self.restoreState(state)
        self.after_layout_restored()
        self.features_arrived.emit()
        self.restyle()  # the plots made just now take the theme (and presenter mode's look)

    def _keep_run_bar_on_its_row(self) -> None:
        """Under a layout saved before the run bar existed, Qt would put it beside the toolbar."""
        run_bar = getattr(self, "run_bar", None)
        if run_bar is not None and not self.toolBarBreak(run_bar):
            self.insertToolBarBreak(run_bar)

    # Panels ------------------------------------------------------------------------------------

    def add_panel(
        self,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea,
        tabify_with: QDockWidget | None = None,
        name: str = "",
    ) -> QDockWidget:
        """Dock `widget` (e.g. the training panel) and list it under View > Panels. `name`, its
        objectName, is what saved layouts know it by (its feature declares it)."""
        name = name or dock_name(title)
        kept = self.findChild(QDockWidget, name)
        if kept is not None:  # its place was kept from the first paint (torch_placeholders)
            kept.setWindowTitle(title)  # the feature's own title (its translation) from now on
            kept.widget().deleteLater()
            kept.setWidget(_scrollable_if_large(widget))
            return kept
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(_scrollable_if_large(widget))
        self.addDockWidget(area, dock)
        if tabify_with is None and area == Qt.DockWidgetArea.BottomDockWidgetArea:
            tabify_with = self.dock("builder.problems")  # bottom panels share one width
        if tabify_with is not None and tabify_with is not dock:
            self.tabifyDockWidget(tabify_with, dock)
        if hasattr(self, "panels_menu"):
            self.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def _arrange_training_docks(self) -> None:
        """The builder's own panels stay in front (the docks that kept their places from the
        first paint stay where they are)."""
        if self.placeholders is not None:
            return
        palette, inspector = self.dock("builder.palette"), self.dock("builder.inspector")
        problems = self.dock("builder.problems")
        inspector.raise_()
        problems.raise_()
        self.resizeDocks([problems], [170], Qt.Orientation.Vertical)
        self.resizeDocks([palette, inspector], [230, 320], Qt.Orientation.Horizontal)

    # Actions -----------------------------------------------------------------------------------

    def _connect(self) -> None:
        doc = self.document
        doc.undo_stack.cleanChanged.connect(self._refresh_title)
        doc.undo_stack.indexChanged.connect(self._refresh_edit_actions)
        doc.path_changed.connect(self._refresh_title)
        doc.network_reset.connect(self._refresh_title)
        doc.analysis_changed.connect(self._refresh_analysis)
        doc.lock_changed.connect(self._refresh_all)
        self.canvas.layer_selected.connect(self._refresh_edit_actions)
        self.autosave.failed.connect(lambda why: self.statusBar().showMessage(why, 10000))

    def _refresh_all(self) -> None:
        self._refresh_title()
        self._refresh_edit_actions()
        self._refresh_analysis()

    def _refresh_title(self) -> None:
        title = QCoreApplication.translate("MainWindow", "{name}[*] — netbuilder")
        self.setWindowTitle(title.format(name=display_name(self.document)))
        self.setWindowModified(self.document.modified)

    def _refresh_edit_actions(self) -> None:
        stack, locked = self.document.undo_stack, self.document.locked
        self.undo_action.setEnabled(stack.canUndo() and not locked)
        self.redo_action.setEnabled(stack.canRedo() and not locked)
        self.undo_action.setText(
            _with_step(
                QCoreApplication.translate("MainWindow", "&Undo"),
                QCoreApplication.translate("MainWindow", "&Undo {step}"),
                stack.undoText(),
            )
        )
        self.redo_action.setText(
            _with_step(
                QCoreApplication.translate("MainWindow", "&Redo"),
                QCoreApplication.translate("MainWindow", "&Redo {step}"),
                stack.redoText(),
            )
        )
        uids = self.canvas.selected_uids()
        for action in (self.delete_action, self.duplicate_action):
            action.setEnabled(bool(uids) and not locked)
        self.move_up_action.setEnabled(selection_edits.can_move(self.document, uids, -1))
        self.move_down_action.setEnabled(selection_edits.can_move(self.document, uids, 1))
        self.explain_move(selection_edits.move_refusal(self.document, uids))
        self._refresh_wrap_actions(locked)
        for action in (self.new_action, self.open_action, self.presets_menu.menuAction()):
            action.setEnabled(not locked)

    def _refresh_analysis(self) -> None:
        analysis = self.document.analysis
        self.train_action.setEnabled(analysis.valid and not self.document.locked)
        reason = messages.cannot_train(analysis) or QCoreApplication.translate(
            "MainWindow", "Train this network (Ctrl+T)"
        )
        self.train_action.setToolTip(tip(reason))
        self.train_action.setStatusTip(reason)
        self._refresh_edit_actions()

    # Editing -----------------------------------------------------------------------------------

    def append_layer(self, type_id: str) -> None:
        """Add a layer of `type_id` at the end and select it (the palette's double-click)."""
        if commands.add_layer(self.document, type_id):
            self.canvas.select_layer(self.document.network.layers[-1].uid)

    def delete_selected(self) -> None:
        """Delete every selected layer (one undo step); one alone passes the selection on."""
        uids = self.canvas.selected_uids()
        place = self.document.network.place(uids[0]) if len(uids) == 1 else None
        if not selection_edits.delete_layers(self.document, uids) or place is None:
            return
        layers = self.document.network.siblings(place.parent)
        if layers:
            self.canvas.select_layer(layers[min(place.index, len(layers) - 1)].uid)
        elif place.parent is not None:
            self.canvas.select_layer(place.parent)

    def duplicate_selected(self) -> None:
        """Copy every selected layer (one undo step) and select the copies."""
        copies = selection_edits.duplicate_layers(self.document, self.canvas.selected_uids())
        if copies:
            self.canvas.select_layers(copies)

    def move_selected(self, step: int) -> None:
        if selection_edits.move_layers(self.document, self.canvas.selected_uids(), step):
            self._refresh_edit_actions()

    def _refresh_wrap_actions(self, locked: bool) -> None:
        uids, document = self.canvas.selected_uids(), self.document
        span = commands.consecutive(document, uids)
        holder = document.layer(span[0]) if span and span[0] is not None else None
        can_wrap = (
            span is not None
            and not locked
            and not (holder is not None and holder.type_id == "Branches")
        )
        self.wrap_residual_action.setEnabled(can_wrap)
        self.wrap_branches_action.setEnabled(can_wrap)
        can_unwrap = len(uids) == 1 and commands.can_unwrap(document, uids[0])
        self.unwrap_action.setEnabled(can_unwrap and not locked)

    def wrap_selected(self, type_id: str) -> None:
        """Put the selected neighbouring layers inside a new Residual or Branches: one step."""
        uids = self.canvas.selected_uids()
        if commands.wrap_layers(self.document, uids, type_id):
            ancestors = self.document.network.ancestors(uids[0])
            container = next(a for a in ancestors if self.document.layer(a).type_id == type_id)
            self.canvas.select_layer(container)

    def unwrap_selected(self) -> None:
        """Take the selected container away; what it held stays in its place, selected."""
        uid = self.canvas.selected_uid()
        if not uid or not commands.can_unwrap(self.document, uid):
            return
        layer = self.document.layer(uid)
        held = layer.children
        if layer.type_id == "Branches":
            held = next((b.children for b in layer.children if b.children), [])
        uids = [each.uid for each in held]
        if commands.unwrap_layer(self.document, uid):
            self.canvas.select_layers(uids)

    def set_editing_locked(self, locked: bool) -> None:
        """Block every edit (e.g. while training); the canvas shows a lock banner."""
        self.document.set_locked(locked)

    def _on_train(self) -> None:
        if not self.document.analysis.valid or self.document.locked:
            return
        self.engine.when_loaded(self.train_requested.emit)

    # Files -------------------------------------------------------------------------------------

    def show_error(self, title: str, text: str) -> None:
        """Report a failure to the user; tests override this to capture the text."""
        warn(self, title, text)

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
        self.restyle()

    def set_text_scale(self, scale: float) -> None:
        """Zoom the whole app; larger text never makes the canvas's blocks smaller."""
        grows, zoom = scale > getattr(self, "text_scale", scale), self.canvas.zoom()
        theme.apply_text_scale(QApplication.instance(), theme.base_font(), scale)
        self.text_scale = scale
        self.settings.setValue("view/text_scale", scale)
        self.restyle()
        if grows and self.canvas.zoom() < zoom:
            self.canvas.zoom_by(zoom / self.canvas.zoom())

    def step_text_size(self, step: int) -> None:
        self.set_text_scale(theme.next_scale(self.text_scale, step))

    def restyle(self) -> None:
        """Repaint what the app's palette and font do not reach, after a change of look."""
        self.canvas.refresh_style()
        self.style_changed.emit()

    def _restore_preferences(self) -> None:
        self.text_scale = settings_values.number(self.settings, "view/text_scale", 1.0, 0.5, 4.0)
        self.set_text_scale(self.text_scale)
        self.set_dark(settings_values.flag(self.settings, "view/dark", False))
        geometry, state = (
            settings_values.blob(self.settings, "window/geometry"),
            settings_values.blob(self.settings, "window/state"),
        )
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_to_screen(1400, 900)
        else:
            self.fit_to_screen()  # saved on a larger screen, perhaps
        if state is not None:
            self.restoreState(state)
        self.after_layout_restored()

    def after_layout_restored(self) -> None:
        """A saved layout is a past session's: the docks that depend on the data follow this one."""
        self._keep_run_bar_on_its_row()
        self.layout_restored.emit()

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
        """The window's own actions by attribute name, then its features' by their text."""
        named = {name: value for name, value in vars(self).items() if isinstance(value, QAction)}
        for action in self.findChildren(QAction):
            if action not in named.values():
                text = action.text().replace("&", "") or "(no text)"
                named[text if text not in named else f"{text} ({len(named)})"] = action
        return named


def _with_step(alone: str, template: str, step: str) -> str:
    """ "&Undo" or "&Undo Add Linear": the menu names the step it undoes, when there is one."""
    return template.format(step=step) if step else alone


def _scrollable_if_large(widget: QWidget) -> QWidget:
    """Panels taller than a small screen allows scroll up and down; never sideways, where a
    clipped button is easy to miss: the dock keeps the panel's whole width."""
    if widget.minimumSizeHint().height() <= 320:
        return widget
    return VerticalScrollArea(widget)
