"""The builder's declaration: the palette, inspector, problems, code and layer table docks around
the window's canvas, and the Problems list as a service (the training doctor writes to it,
lessons open from it)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from netbuilder.gui import language
from netbuilder.gui.builder.code_view import CodeView
from netbuilder.gui.builder.inspector import Inspector
from netbuilder.gui.builder.layer_table import LayerTable
from netbuilder.gui.builder.palette import Palette
from netbuilder.gui.builder.problems import ProblemsPanel
from netbuilder.gui.docks import add_dock
from netbuilder.gui.features import Feature

Area = Qt.DockWidgetArea
DOCKS = {
    "builder.palette": "layers_dock",
    "builder.inspector": "inspector_dock",
    "builder.problems": "problems_dock",
    "builder.code": "pytorch_code_dock",
    "builder.layer_table": "layer_table_dock",
}
TITLES = {
    "builder.palette": QT_TRANSLATE_NOOP("BuilderPanels", "Layers"),
    "builder.inspector": QT_TRANSLATE_NOOP("BuilderPanels", "Inspector"),
    "builder.code": QT_TRANSLATE_NOOP("BuilderPanels", "PyTorch code"),
    "builder.layer_table": QT_TRANSLATE_NOOP("BuilderPanels", "Layer table"),
}
"""The docks' titles in English (the Problems dock's title counts its problems)."""


class BuilderPanels:
    """The builder's panels around the canvas; `problems` is the Problems list others write to."""

    def __init__(self, window) -> None:
        document, canvas = window.document, window.canvas
        self.palette = Palette()
        self.inspector = Inspector(document)
        self.problems = ProblemsPanel(document)
        self.code_view = CodeView(document)
        self.layer_table = LayerTable(document)
        self._dock_panels(window)
        canvas.layer_selected.connect(self.inspector.show_layer)
        self.problems.problem_clicked.connect(lambda uid: uid and canvas.select_layer(uid))
        self.layer_table.layer_clicked.connect(lambda uid: uid and canvas.select_layer(uid))
        self.palette.layer_activated.connect(window.append_layer)
        self.code_view.code_exported.connect(
            lambda path: window.statusBar().showMessage(
                QCoreApplication.translate("BuilderPanels", "Exported {path}").replace(
                    "{path}", path
                ),
                5000,
            )
        )
        window.style_changed.connect(self.code_view.refresh_style)
        document.analysis_changed.connect(self._refresh_problems_title)
        document.lock_changed.connect(lambda locked: self.palette.setEnabled(not locked))
        self._refresh_problems_title()
        language.on_language_change(self.palette, self.retranslate)

    def retranslate(self) -> None:
        """The docks' titles in the user's language."""
        for dock_id, dock in self.docks.items():
            if dock_id in TITLES:
                dock.setWindowTitle(QCoreApplication.translate("BuilderPanels", TITLES[dock_id]))
        self._refresh_problems_title()

    def _dock_panels(self, window) -> None:
        self.docks = {}

        def dock(dock_id: str, widget, area: Area, beside=None):
            if dock_id == "builder.problems":
                title = self.problems.title()
            else:
                title = QCoreApplication.translate("BuilderPanels", TITLES[dock_id])
            self.docks[dock_id] = add_dock(window, title, widget, area, beside, name=DOCKS[dock_id])
            return self.docks[dock_id]

        palette = dock("builder.palette", self.palette, Area.LeftDockWidgetArea)
        inspector = dock("builder.inspector", self.inspector, Area.RightDockWidgetArea)
        self.problems_dock = dock("builder.problems", self.problems, Area.BottomDockWidgetArea)
        bottom = Area.BottomDockWidgetArea
        dock("builder.code", self.code_view, bottom, self.problems_dock)
        dock("builder.layer_table", self.layer_table, bottom, self.problems_dock)
        self.problems_dock.raise_()
        window.resizeDocks([palette, inspector], [230, 300], Qt.Orientation.Horizontal)
        window.resizeDocks([self.problems_dock], [170], Qt.Orientation.Vertical)

    def _refresh_problems_title(self) -> None:
        self.problems_dock.setWindowTitle(self.problems.title())


FEATURE = Feature(
    name="builder",
    attach=lambda window, _features: BuilderPanels(window),
    docks=DOCKS,
    provides=("problems", "palette", "inspector", "code_view", "layer_table"),
)
