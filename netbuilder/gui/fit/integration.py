"""Wiring the regression fit view into a main window: `attach_fit(window, training)`.

`training` is the TrainingController that attach_training returns; the view listens to its
`run_started`, `fit_updated` and `model_trained` signals. The dock is shown beside the training
plots while the data is a regression on feature vectors (the sine function, a CSV table), and
hidden for images and classes. `FEATURE` declares it to the main window, which must have
training first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from netbuilder.document.project import Project
from netbuilder.gui import language
from netbuilder.gui.document import on_project_changes, on_session_replaced
from netbuilder.gui.features import Feature
from netbuilder.gui.fit.view import FitView

Area = Qt.DockWidgetArea
DOCK = "regression_fit_dock"  # the name saved layouts know it by


def attach_fit(window, training) -> FitView:
    """Add the Fit dock to window and connect it to the training controller."""
    view = FitView()
    view.dock = _dock(window, view)
    view.source = None  # the dataset name whose points the view holds
    training.run_started.connect(lambda project, name: _start(view, project, name))
    training.fit_updated.connect(lambda frame: _show(view, frame))
    training.model_trained.connect(lambda trained: _finish(view, trained))
    on_session_replaced(window, lambda _session: _forget(view))
    on_project_changes(window, lambda project: follow_project(view, project))
    document = getattr(window, "document", None)
    if document is not None:
        follow_project(view, document.project)
    restored = getattr(window, "layout_restored", None)
    if restored is not None:  # a saved layout would bring back a regression's dock
        restored.connect(lambda: follow_project(view, window.document.project))
    return view


def _forget(view: FitView) -> None:
    """Another project opened: the last one's points and fit are not its own."""
    view.source = None
    view.set_points(None)


def _dock(window, view: FitView) -> QDockWidget:
    dock = QDockWidget(_title(), window)
    dock.setObjectName(DOCK)
    language.on_language_change(view, lambda: dock.setWindowTitle(_title()))
    dock.setWidget(view)
    # beside the bottom tabs (not one of them), so the fit and the loss curves show together
    window.addDockWidget(Area.BottomDockWidgetArea, dock, Qt.Orientation.Horizontal)
    return dock  # the main window lists it under View > Panels: the feature declares it


def _title() -> str:
    return QCoreApplication.translate("FitView", "Regression fit")


def _may_fit(name: str) -> bool:
    """A dataset whose fit can be drawn: the sine function, or a CSV (if it is a regression)."""
    return name == "sine" or name.lower().endswith(".csv")


def follow_project(view: FitView, project: Project) -> None:
    """Show the dock for the sine function (with its points) and for a CSV regression already
    trained; hide it otherwise. Called again after a saved layout is restored."""
    name = project.dataset
    if name == "sine" and view.source != "sine":
        view.set_points(_sine_points(project))
        view.source = "sine"
    view.dock.setVisible(_may_fit(name) and view.source == name)


def _sine_points(project: Project):
    from netbuilder.engine.fit import fit_points
    from netbuilder.engine.table import sine_dataset

    return fit_points(sine_dataset(seed=project.training.seed))


def _start(view: FitView, project: Project, name: str) -> None:
    if not _may_fit(name):
        view.dock.hide()
    elif name == "sine":
        follow_project(view, project)
        view.dock.raise_()


def _show(view: FitView, frame) -> None:
    view.show_frame(frame)
    if not view.dock.isVisible():
        view.dock.show()
        view.dock.raise_()


def _finish(view: FitView, trained) -> None:
    if trained is None:
        return
    if trained.result is None and trained.task == "regression":  # a model file, opened
        _show_loaded(view, trained)
    if trained.task == "regression" and view.frame is not None:
        view.source = trained.project.dataset
    elif trained.task != "regression":
        view.dock.hide()


def _show_loaded(view: FitView, trained) -> None:
    """A loaded sine model draws its fit over the same generated points it was trained on."""
    if trained.project.dataset != "sine":
        return  # a table's rows are not kept with the model
    from netbuilder.engine.fit import fit_frame
    from netbuilder.engine.table import sine_dataset

    dataset = sine_dataset(seed=trained.project.training.seed)
    view.set_points(_sine_points(trained.project))
    view.source = "sine"
    view.show_frame(fit_frame(trained.model, dataset))
    view.dock.show()


FEATURE = Feature(
    name="fit",
    attach=lambda window, features: attach_fit(window, features["training"]),
    docks={"fit.view": DOCK},
    provides=("dock",),
    requires=("training",),
    needs_torch=True,
)
