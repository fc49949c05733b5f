"""Wiring the autoencoder views into a main window: `attach_autoencoder(window, training)`.

`training` is the TrainingController that attach_training returns. The dock shows while the
project's task is to reconstruct its input: live reconstructions come from the training process
as ReconstructionSnapshot events; once the run has left its model (`model_trained`), the codes of
the test set and the latent explorer are computed here from that model (a single code decodes in
well under a millisecond, so a drag redraws live). `FEATURE` declares it to the main window.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from netbuilder.document.project import Project
from netbuilder.gui import language
from netbuilder.gui.autoencoder.view import AutoencoderView
from netbuilder.gui.document import on_project_changes, on_session_replaced
from netbuilder.gui.features import Feature

Area = Qt.DockWidgetArea
DOCK = "autoencoder_dock"  # the name saved layouts know it by


def attach_autoencoder(window, training) -> AutoencoderView:
    """Add the Autoencoder dock to window and connect it to the training controller."""
    view = AutoencoderView()
    view.dock = _dock(window, view)
    training.run_started.connect(lambda project, _name: _start(view, project))
    training.reconstructions_updated.connect(view.grid.show_snapshot)
    training.model_trained.connect(lambda trained: show_model(view, trained))
    on_session_replaced(window, lambda _session: _forget(view))
    on_project_changes(window, lambda project: follow_project(view, project))
    document = getattr(window, "document", None)
    if document is not None:
        follow_project(view, document.project)
    restored = getattr(window, "layout_restored", None)
    if restored is not None:  # a saved layout would bring back the dock of another project
        restored.connect(lambda: follow_project(view, window.document.project))
    return view


def _dock(window, view: AutoencoderView) -> QDockWidget:
    dock = QDockWidget(_title(), window)
    dock.setObjectName(DOCK)
    language.on_language_change(view, lambda: dock.setWindowTitle(_title()))
    dock.setWidget(view)
    window.addDockWidget(Area.BottomDockWidgetArea, dock)
    problems = _find(window, "builder.problems")
    if problems is not None:  # a tab beside Problems and the code: the whole window's width
        window.tabifyDockWidget(problems, dock)
    dock.hide()
    return dock


def _find(window, dock_id: str):
    finder = getattr(window, "dock", None)
    return finder(dock_id) if callable(finder) else None


def _title() -> str:
    return QCoreApplication.translate("AutoencoderView", "Autoencoder")


def _reconstructs(project: Project) -> bool:
    return project.training.objective == "reconstruct"


def follow_project(view: AutoencoderView, project: Project) -> None:
    """The dock is there while the project reconstructs its input."""
    view.dock.setVisible(_reconstructs(project))


def _forget(view: AutoencoderView) -> None:
    """Another project opened: the last one's reconstructions and codes are not its own."""
    view.clear()


def _start(view: AutoencoderView, project: Project) -> None:
    view.clear()
    if _reconstructs(project):
        view.dock.show()
        view.dock.raise_()
    else:
        view.dock.hide()


def show_model(view: AutoencoderView, trained) -> None:
    """A trained autoencoder: its final reconstructions and, with a 2-value code, the codes of
    its test images and the latent explorer."""
    if trained is None or getattr(trained, "task", "") != "reconstruction":
        return
    from netbuilder.engine import reconstruction
    from netbuilder.engine.dataset import normalise

    view.dock.show()
    test = trained.test_split
    if test is None or not test.is_images or len(test) == 0:
        view.explorer.hide()
        return
    model = trained.model
    preview = reconstruction.preview_split(test)
    images = normalise(preview.features, 0.0, 1.0)
    shown = reconstruction.reconstruct(model, images)
    labels = tuple(preview.labels.tolist())
    epochs = trained.result.finished.epochs_run if trained.result is not None else 0
    inputs = images.numpy()
    view.grid.show_snapshot(
        reconstruction.ReconstructionSnapshot(epochs, 0, inputs, inputs, shown, labels)
    )
    _show_codes(view, trained)


def _show_codes(view: AutoencoderView, trained) -> None:
    from netbuilder.engine import reconstruction
    from netbuilder.engine.dataset import normalise

    test, model = trained.test_split, trained.model
    images = normalise(test.features, 0.0, 1.0)
    index = reconstruction.code_index(model, images)
    if index is None:
        view.explorer.hide()
        return
    codes = reconstruction.encode(model, images, index)
    labels = test.labels.numpy().astype(np.int64)

    def decoder(points: np.ndarray) -> np.ndarray:
        return reconstruction.decode(model, points, index)

    view.explorer.set_codes(codes, labels, trained.classes, decoder)
    view.explorer.show()


FEATURE = Feature(
    name="autoencoder",
    attach=lambda window, features: attach_autoencoder(window, features["training"]),
    docks={"autoencoder.view": DOCK},
    provides=("dock", "grid", "explorer"),
    requires=("training",),
    needs_torch=True,
)
