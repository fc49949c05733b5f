"""Wiring the decision-regions view into a main window: `attach_regions(window, training)`.

`training` is the TrainingController that attach_training returns; the view listens to its
`run_started`, `regions_updated` and `model_trained` signals. The dock is shown only while the
project's dataset is 2-D points (where it takes the place of the filter view). `FEATURE`
declares it to the main window, which must have training first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from netbuilder.document.project import Project
from netbuilder.document.two_d import is_two_d
from netbuilder.engine.dataset import DataUnavailableError
from netbuilder.engine.two_d import generate
from netbuilder.gui import language
from netbuilder.gui.docks import add_dock
from netbuilder.gui.document import on_project_changes, on_session_replaced
from netbuilder.gui.features import Feature
from netbuilder.gui.regions.view import RegionsView

Area = Qt.DockWidgetArea
DOCK = "decision_regions_dock"  # the name saved layouts know it by


def attach_regions(window, training) -> RegionsView:
    """Add the Decision regions dock to window and connect it to the training controller."""
    view = RegionsView()
    dock = _dock(window, view)
    view.dock = dock
    training.run_started.connect(lambda project, name: _start(view, project, name))
    training.regions_updated.connect(view.show_frame)
    training.model_trained.connect(lambda trained: _finish(view, trained))
    on_session_replaced(window, lambda _session: _forget(view))
    on_project_changes(window, lambda project: follow_project(view, project))
    document = getattr(window, "document", None)
    if document is not None:
        follow_project(view, document.project)
    restored = getattr(window, "layout_restored", None)
    if restored is not None:  # a saved layout would bring back a 2-D session's dock
        restored.connect(lambda: follow_project(view, window.document.project))
    return view


def _forget(view: RegionsView) -> None:
    """Another project opened: the last one's points and model are not its own (its hover
    would give their probabilities); follow_project then shows the new project's points."""
    view.source = None
    view.forget()


def _dock(window, view: RegionsView) -> QDockWidget:
    dock = add_dock(window, _title(), view, Area.BottomDockWidgetArea, name=DOCK)
    language.on_language_change(view, lambda: dock.setWindowTitle(_title()))
    return dock


def _title() -> str:
    return QCoreApplication.translate("RegionsView", "Decision regions")


def _points(project: Project, name: str):
    try:
        return generate(name, project.dataset_params)
    except (DataUnavailableError, ValueError):
        return None


def follow_project(view: RegionsView, project: Project) -> None:
    """Show the dock (with the points) for 2-D data; hide it for images. The window calls this
    again after restoring a saved layout, which would otherwise bring back a 2-D session's dock."""
    two_d = is_two_d(project.dataset)
    view.dock.setVisible(two_d)
    source = (project.dataset, dict(project.dataset_params))
    if two_d and (getattr(view, "source", None) != source or view.frame is None):
        view.source = source
        view.set_dataset(_points(project, project.dataset))


def _start(view: RegionsView, project: Project, name: str) -> None:
    if not is_two_d(name):
        view.dock.hide()
        return
    view.set_dataset(_points(project, name))
    view.dock.show()
    view.dock.raise_()


def _finish(view: RegionsView, trained) -> None:
    if trained is not None and is_two_d(trained.project.dataset) and view.dataset is not None:
        view.show_model(trained.model)


FEATURE = Feature(
    name="regions",
    attach=lambda window, features: attach_regions(window, features["training"]),
    docks={"regions.view": DOCK},
    provides=("dock",),
    requires=("training",),
    needs_torch=True,
)
