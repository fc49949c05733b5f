"""The "Why?" toggle under Predict's input: which pixels pushed the prediction toward a class
(red) and which against it (blue), by one of Captum's methods (engine/attributions.py).

An attribution is a sensitivity, not a reason; the tooltip says so in a learner's words.
`heat_image` is the same colouring as a translucent picture to lay over the drawing pad's ink.
The rest is what Predict does with it: `explanation` (the attribution to show for an input, if
any), `coloured_input`, `caption` and `show_on_pad`.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from netbuilder.gui import language

TOWARD = (240, 40, 40)  # the pad is black: a red and a blue that stand out on black and on ink
AGAINST = (40, 130, 255)
HEAT_OPACITY = 0.8  # at the strongest pixel: the white ink still reads through the colour
HEAT_GAMMA = 0.7  # lifts the middling pixels, so more than the few strongest ones show

METHODS = (
    ("integrated-gradients", QT_TRANSLATE_NOOP("WhyControls", "Integrated gradients")),
    ("saliency", QT_TRANSLATE_NOOP("WhyControls", "Saliency")),
    ("gradcam", QT_TRANSLATE_NOOP("WhyControls", "Grad-CAM")),
)


class WhyControls(QWidget):
    """A check box and the method; `changed` when either changes. `target` is the class to
    explain (None: the predicted one), chosen by clicking a bar of the chart."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: int | None = None
        self.toggle = QCheckBox()
        self.method_box = QComboBox()
        for method, _words in METHODS:
            self.method_box.addItem("", method)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.method_box, 1)
        self.toggle.toggled.connect(self._on_toggled)
        self.method_box.currentIndexChanged.connect(self.changed)
        self.method_box.setEnabled(False)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.toggle.setText(QCoreApplication.translate("WhyControls", "Why?"))
        tip = QCoreApplication.translate(
            "WhyControls",
            "Colour the input (and the drawing on the pad) by how much each pixel pushed the "
            "score of the class toward it (red) or against it (blue). It is a sensitivity, not a "
            "reason: it shows what the score reacts to. Click a bar of the chart to ask about "
            "another class.",
        )
        for widget in (self, self.toggle, self.method_box):
            widget.setToolTip(tip)
        for index, (_method, words) in enumerate(METHODS):
            self.method_box.setItemText(index, QCoreApplication.translate("WhyControls", words))

    @property
    def enabled(self) -> bool:
        return self.toggle.isChecked()

    @property
    def method(self) -> str:
        return str(self.method_box.currentData())

    def set_target(self, target: int | None) -> None:
        if target != self.target:
            self.target = target
            self.changed.emit()

    def ask_about(self, index: int) -> None:
        """A bar clicked: explain that class; the predicted one again on a second click."""
        self.set_target(None if self.target == index else index)

    def _on_toggled(self, on: bool) -> None:
        self.method_box.setEnabled(on)
        self.changed.emit()


def explain(trained, pixels: np.ndarray, method: str, target: int | None):
    """The attribution for the model's input (uint8 (H, W) or (C, H, W)); None when the method
    does not apply to this network (Grad-CAM without a convolution)."""
    from netbuilder.engine.attributions import AttributionError, attribute

    try:
        return attribute(trained.model, pixels, trained.mean, trained.std, target, method)
    except AttributionError:
        return None


def explanation(controls: WhyControls, trained, prediction, pixels: np.ndarray | None):
    """The attribution to show for this input: None when Why? is off, nothing is read, or the
    method does not apply. A class asked about that the model lacks means the predicted one."""
    if not controls.enabled or trained is None or pixels is None:
        return None
    if prediction is None or prediction.empty:
        return None
    target = controls.target
    if target is not None and target >= len(trained.classes):
        target = None
    return explain(trained, pixels, controls.method, target)


def coloured_input(result, pixels: np.ndarray | None) -> np.ndarray | None:
    """The input as the view shows it: coloured by the attribution when there is one."""
    if result is None or pixels is None:
        return pixels
    from netbuilder.engine.attributions import overlay

    return overlay(result.image, result.values)


def caption(result, classes) -> str:
    """What the input view's caption says: the input, or which class it explains."""
    if result is None:
        return QCoreApplication.translate("PredictPanel", "The network's input (28×28)")
    return QCoreApplication.translate("PredictPanel", "Why {label}: red for, blue against").format(
        label=classes[result.target]
    )


def show_on_pad(pad, result, place: QRectF | None) -> None:
    """The attribution over the strokes, where the 28x28 grid lies on the pad (`place`, unit
    coordinates); none without one (an opened file, a model of pictures: `place` None)."""
    on_pad = result is not None and place is not None
    pad.set_overlay(heat_image(result.values) if on_pad else None, place)


def heat_image(values: np.ndarray) -> QImage:
    """(H, W) attributions as a translucent picture: red toward the class, blue against, as
    opaque as the pixel's share of the largest (none where it did not matter)."""
    peak = float(np.abs(values).max()) or 1.0
    strength = np.clip(np.asarray(values, dtype=np.float32) / peak, -1, 1)
    alpha = np.abs(strength) ** HEAT_GAMMA * HEAT_OPACITY
    colour = np.where((strength >= 0)[..., None], np.float32(TOWARD), np.float32(AGAINST))
    rgba = np.concatenate([colour * alpha[..., None], 255 * alpha[..., None]], axis=-1)
    data = np.ascontiguousarray(np.round(rgba).astype(np.uint8))  # premultiplied by alpha
    height, width = strength.shape
    image = QImage(
        data.tobytes(), width, height, 4 * width, QImage.Format.Format_RGBA8888_Premultiplied
    )
    return image.copy()
