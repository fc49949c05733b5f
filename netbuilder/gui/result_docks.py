"""Where the results' docks go: the plots come forward when a run starts, Predict and Evaluation
join the bottom tabs once there is a model, tall enough to read; a block clicked on the canvas
shows its activations. A feature that needs the builder, training and predict (found by id)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from netbuilder.document.two_d import is_two_d
from netbuilder.gui.docks import readable_height
from netbuilder.gui.features import Feature, Features

PREDICT_DOCKS = ("predict.pad", "predict.evaluation", "predict.activations", "predict.map")
PLOT_DOCKS = ("predict.map", "regions.view")


class ResultDocks(QObject):
    """Arranges training's and predict's docks in one main window."""

    def __init__(self, window, features: Features) -> None:
        super().__init__(window)
        self.window, self.features = window, features
        self.prediction = features["predict"]
        training = features["training"]
        for dock_id in ("training.plots", *PREDICT_DOCKS):
            self.dock(dock_id).hide()
        training.run_started.connect(lambda *_: self.raise_plots())
        training.model_trained.connect(self.show_model_docks)
        self.prediction.model_loaded.connect(self.raise_prediction)
        self.dock("predict.pad").visibilityChanged.connect(self.fit_predict_dock)
        self.dock("predict.evaluation").visibilityChanged.connect(self.fit_evaluation_dock)
        window.canvas.layer_selected.connect(self.show_activations_of)
        for dock in filter(None, map(self.dock, PLOT_DOCKS)):
            dock.visibilityChanged.connect(lambda visible, d=dock: self._fit_plot_dock(d, visible))
        restored = getattr(window, "layout_restored", None)
        if restored is not None:
            restored.connect(self._keep_the_models_docks)

    def dock(self, dock_id: str) -> QDockWidget | None:
        return self.features.dock(dock_id)

    def show_activations_of(self, uid: str) -> None:
        """A block clicked on the canvas shows that layer's activations, if the trained model has it."""
        trained = self.prediction.trained
        if not uid or trained is None:
            return
        shown = self.prediction.show_activations_of(uid)  # False: added after training
        activations = self.dock("predict.activations")
        if shown and not activations.isHidden():  # points and tables: no pictures to show
            activations.raise_()

    def show_in_bottom_tabs(self, *docks: QDockWidget) -> None:
        """Show docks as tabs beside Problems. Qt forgets the tab group of a dock hidden while
        tabified, so the docks are (re)tabified each time they are shown."""
        for dock in docks:
            self.window.tabifyDockWidget(self.dock("builder.problems"), dock)
            dock.show()

    def show_model_docks(self, trained=None) -> None:
        """Predict and Evaluation join the tabs; 2-D data keeps its decision regions in front."""
        shown = self.prediction.docks_with_content()
        self.show_in_bottom_tabs(*shown)
        for dock_id in PREDICT_DOCKS:
            if self.dock(dock_id) not in shown:
                self.dock(dock_id).hide()  # e.g. Activations, for a model of points or table rows
        regions = self.dock("regions.view")
        if trained is not None and regions is not None and not regions.isHidden():
            if is_two_d(trained.project.dataset):
                regions.raise_()

    def _keep_the_models_docks(self) -> None:
        """A layout put back (leaving presenter mode, a saved one) is older than the model trained
        since: its plots, Predict, Evaluation and Map stay among the tabs (none is raised)."""
        trained = self.prediction.trained
        if trained is not None:
            self.show_in_bottom_tabs(self.dock("training.plots"))
            self.show_model_docks(trained)

    def raise_plots(self) -> None:
        self.bring_forward(self.dock("training.plots"))

    def raise_prediction(self) -> None:
        self.bring_forward(self.dock("predict.pad"))
        self.fit_predict_dock(True)  # after: half the window may not hold the pad's buttons

    def fit_predict_dock(self, visible: bool) -> None:
        """Predict in front: tall enough for the whole pad, if the window has the room."""
        if visible:  # hidden: perhaps its window is being deleted, and nothing is to be fitted
            self._fit(self.dock("predict.pad"), self.prediction.panel, visible)

    def fit_evaluation_dock(self, visible: bool) -> None:
        """Evaluation in front: tall enough for the whole confusion matrix, if there is room."""
        if visible:
            self._fit(self.dock("predict.evaluation"), self.prediction.evaluation_panel, visible)

    def _fit_plot_dock(self, dock: QDockWidget, visible: bool) -> None:
        """The Map or the decision regions in front: the plot tall enough to read."""
        if not visible:
            return
        wanted = readable_height(dock.widget())
        self._fit_height(dock, wanted, visible, share=0.6)  # the network stays in view above

    def _fit(self, dock: QDockWidget, panel, visible: bool) -> None:
        self._fit_height(dock, panel.minimumSizeHint().height(), visible)

    def _fit_height(
        self, dock: QDockWidget, height: int, visible: bool, share: float = 0.7
    ) -> None:
        """`dock` at least `height` tall (plus its title), up to `share` of the window."""
        presenter = self.features.get("presenter")
        if presenter is not None and presenter.active:
            return  # presenter mode shares the room out itself
        needed = height + 40  # title and margins
        if visible and dock.height() < needed:
            height = min(needed, int(self.window.height() * share))
            self.window.resizeDocks([dock], [height], Qt.Orientation.Vertical)

    def bring_forward(self, dock: QDockWidget) -> None:
        """Show a bottom tab in front, tall enough to read: plots and the pad need room."""
        self.show_in_bottom_tabs(dock)
        dock.raise_()
        half = self.window.height() // 2
        if dock.height() < half:
            self.window.resizeDocks([dock], [half], Qt.Orientation.Vertical)


FEATURE = Feature(
    name="result_docks",
    attach=ResultDocks,
    provides=("raise_plots", "raise_prediction", "show_model_docks", "bring_forward"),
    requires=("builder", "training", "predict"),
    optional=("regions",),
    needs_torch=True,
)
