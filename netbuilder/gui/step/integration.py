"""Wiring the One step panel into a main window: `attach_step(window, training, actions)`.

`training` is the TrainingController (its `step_taken`, `step_undone`, `run_started` signals);
`actions` are the run bar's RunActions, whose Step and Undo step the panel shows as buttons too.
The dock stays hidden until the first step, then comes forward at each step. `FEATURE` declares
it to the main window, which must have training (and its run actions) first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from netbuilder.gui import language
from netbuilder.gui.docks import add_dock
from netbuilder.gui.features import Feature, find_dock
from netbuilder.gui.step.view import StepView

Area = Qt.DockWidgetArea
TITLE = QT_TRANSLATE_NOOP("StepView", "One step")
DOCK = "one_step_dock"  # the name saved layouts know it by


def attach_step(window, training, actions=None) -> StepView:
    """Add the One step dock to window and connect it to the training controller."""
    view = StepView()
    if actions is not None:
        view.add_actions(actions.step, actions.undo_step)
    view.dock = _dock(window, view)
    view.dock.hide()
    training.step_taken.connect(view.show_step)
    training.step_taken.connect(lambda _record: _bring_forward(window, view.dock))
    training.step_undone.connect(view.undone)
    training.run_started.connect(lambda *_: view.clear())
    replaced = getattr(training, "project_replaced", None)
    if replaced is not None:  # another project: the last one's step is not its own
        replaced.connect(view.clear)
        replaced.connect(view.dock.hide)
    return view


def _dock(window, view: StepView) -> QDockWidget:
    dock = add_dock(window, _title(), view, Area.BottomDockWidgetArea, name=DOCK)
    language.on_language_change(view, lambda: dock.setWindowTitle(_title()))
    return dock


def _title() -> str:
    return QCoreApplication.translate("StepView", TITLE)


def _bring_forward(window, dock: QDockWidget) -> None:
    """Show the dock in front among the bottom tabs, tall enough to read the heat maps.
    Qt forgets the tab group of a dock hidden while tabified, so it is tabified again."""
    if dock.isVisible():
        dock.raise_()
        return
    beside = find_dock(window, "builder.problems")
    if beside is not None and not dock.isFloating():
        window.tabifyDockWidget(beside, dock)
    dock.show()
    dock.raise_()
    height = window.height() // 2
    if not dock.isFloating() and dock.height() < height:
        window.resizeDocks([dock], [height], Qt.Orientation.Vertical)


def _attach_feature(window, features) -> StepView:
    training = features["training"]
    return attach_step(window, training, training.run_actions)


FEATURE = Feature(
    name="step",
    attach=_attach_feature,
    docks={"step.view": DOCK},
    provides=("dock",),
    requires=("training",),
    needs_torch=True,
)
