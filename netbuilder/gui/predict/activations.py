"""What the network sees: one layer's output for the current input, chosen from a list.

Feature maps (conv, pooling, ...) are tiled into one ImageItem, each map scaled to its own range;
dense outputs are a bar chart. A thin skin over core.activations.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from netbuilder.document.analysis import analyse
from netbuilder.engine.activations import (
    LayerActivation,
    activation_layers,
    feature_grid,
    layer_activations,
)
from netbuilder.engine.digit_image import network_input
from netbuilder.engine.experiment import TrainedModel
from netbuilder.gui import language

COLOUR_MAP = "viridis"
BAR_COLOUR = "#2f80ed"


class ActivationsView(QWidget):
    """Signals: `layer_selected(int)` when the shown layer changes."""

    layer_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activations: list[LayerActivation] = []
        self.layer_index = 0
        self.trained: TrainedModel | None = None
        self._colours = pg.colormap.get(COLOUR_MAP)
        self._build()
        self.show_input(None, None)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The texts in the language now chosen; the layer and its output stay."""
        self.layer_box.setToolTip(
            QCoreApplication.translate(
                "ActivationsView", "The layer whose output is shown, numbered as on the canvas"
            )
        )
        self.caption.setText(
            QCoreApplication.translate("ActivationsView", "What the network sees — layer:")
        )
        self.bars_widget.getPlotItem().setLabel(
            "bottom", QCoreApplication.translate("ActivationsView", "unit")
        )
        if self.activations:
            self._show_layer()
        else:
            self._fill_box([_placeholder()])

    def _build(self) -> None:
        self.layer_box = QComboBox()
        self.layer_box.currentIndexChanged.connect(self._on_box_changed)
        # Sizes that do not follow the text, so the pad above keeps its size as the texts change.
        self.layer_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layer_box.setMinimumContentsLength(24)
        self.note = QLabel(" ")
        self.note.setFixedHeight(self.note.sizeHint().height())
        top = QHBoxLayout()
        self.caption = QLabel()
        top.addWidget(self.caption)
        top.addWidget(self.layer_box, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._maps_view())
        self.stack.addWidget(self._bars_view())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)

    def _maps_view(self) -> pg.GraphicsLayoutWidget:
        self.maps_widget = pg.GraphicsLayoutWidget()
        self.maps_widget.setBackground(None)
        self.maps_widget.setMinimumHeight(160)
        self.maps_box = self.maps_widget.addViewBox(
            lockAspect=True, invertY=True, enableMouse=False
        )
        self.maps = pg.ImageItem(axisOrder="row-major")
        self.maps_box.addItem(self.maps)
        return self.maps_widget

    def _bars_view(self) -> pg.PlotWidget:
        self.bars_widget = pg.PlotWidget(background=None)
        self.bars_widget.setMinimumHeight(160)
        plot = self.bars_widget.getPlotItem()
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        self.bars = pg.BarGraphItem(
            x=np.arange(1), height=np.zeros(1), width=0.8, brush=BAR_COLOUR, pen=None
        )
        plot.addItem(self.bars)
        return self.bars_widget

    # Input --------------------------------------------------------------------------------------

    def show_input(self, trained: TrainedModel | None, digit: np.ndarray | None) -> None:
        """Run every layer on the digit (uint8 28x28) and show the chosen layer; None clears."""
        self.trained = trained
        if trained is None or digit is None:
            self.activations = []
            self._fill_box([_placeholder()])
            self.note.setText(" ")
            self._show_maps(np.zeros((1, 1), dtype=np.float32))
            return
        x = network_input(digit, trained.mean, trained.std)
        self.activations = layer_activations(trained.model, x)
        self._fill_box([a.describe() for a in self.activations])
        self._show_layer()

    def _fill_box(self, names: list[str]) -> None:
        if [self.layer_box.itemText(i) for i in range(self.layer_box.count())] != names:
            self.layer_box.blockSignals(True)
            self.layer_box.clear()
            self.layer_box.addItems(names)
            self.layer_box.blockSignals(False)
        index = min(self.layer_index, len(names) - 1)
        self.layer_box.blockSignals(True)
        self.layer_box.setCurrentIndex(index)
        self.layer_box.blockSignals(False)

    # Choosing a layer ---------------------------------------------------------------------------

    def show_activations_for(self, layer_index: int) -> None:
        """Show this layer's output (0-based, as on the canvas); kept for the next inputs too."""
        self.layer_index = max(0, int(layer_index))
        if self.activations:
            self.layer_box.setCurrentIndex(min(self.layer_index, len(self.activations) - 1))

    def show_activations_of(self, uid: str) -> bool:
        """Show the output of the layer with this uid, a block inside a Residual or Branches
        too; False when the trained model has no such layer (one added since)."""
        if self.trained is None:
            return False
        info = analyse(self.trained.project.network, num_classes=None).info(uid)
        paths = [layer.path for layer in activation_layers(self.trained.model)]
        if info is None or info.path not in paths:
            return False
        self.show_activations_for(paths.index(info.path))
        return True

    def _on_box_changed(self, index: int) -> None:
        if index < 0 or not self.activations:
            return
        self.layer_index = index
        self._show_layer()
        self.layer_selected.emit(index)

    def current(self) -> LayerActivation | None:
        if not self.activations:
            return None
        return self.activations[min(self.layer_index, len(self.activations) - 1)]

    def _show_layer(self) -> None:
        activation = self.current()
        values = activation.values
        if activation.is_feature_maps:
            note = QCoreApplication.translate(
                "ActivationsView",
                "{count} feature maps of {height}×{width}, each scaled to its own range "
                "(bright = high)",
            )
            self.note.setText(
                note.format(count=values.shape[0], height=values.shape[1], width=values.shape[2])
            )
            self._show_maps(feature_grid(_per_map_scaled(values)))
        else:
            flat = values.reshape(-1)
            note = QCoreApplication.translate(
                "ActivationsView", "{count} outputs (bars: each unit's value)"
            )
            self.note.setText(note.format(count=flat.size))
            self.bars.setOpts(
                x=np.arange(flat.size),
                height=flat.astype(float),
                width=0.8 if flat.size > 1 else 0.5,
            )
            self.bars_widget.getPlotItem().enableAutoRange()
            self.stack.setCurrentWidget(self.bars_widget)

    def _show_maps(self, grid: np.ndarray) -> None:
        rgba = self._colours.map(np.nan_to_num(grid, nan=0.0), mode="byte")
        rgba = rgba.reshape(*grid.shape, 4)
        rgba[np.isnan(grid)] = (128, 128, 128, 60)  # the gaps between maps
        self.maps.setImage(np.ascontiguousarray(rgba), levels=None, autoLevels=False)
        self.maps_box.autoRange(padding=0.02)
        self.stack.setCurrentWidget(self.maps_widget)

    def image_data(self) -> np.ndarray | None:
        """The RGBA feature grid shown now (for tests)."""
        return self.maps.image


def _placeholder() -> str:
    return QCoreApplication.translate(
        "ActivationsView", "(draw a digit to see each layer's output)"
    )


def _per_map_scaled(values: np.ndarray) -> np.ndarray:
    """Each (H, W) map to [0, 1] on its own range; a flat map is 0."""
    low = values.min(axis=(1, 2), keepdims=True)
    span = values.max(axis=(1, 2), keepdims=True) - low
    return np.where(span > 0, (values - low) / np.where(span > 0, span, 1), 0.0).astype(np.float32)
