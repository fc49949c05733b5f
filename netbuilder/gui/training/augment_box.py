"""The Data augmentation box: one field per augmentation, the flip lint, and a preview.

The preview is a small grid of the same few training images: the top row as they are, the rows
below as the current settings may change them (two seeded draws, so the same settings always
give the same grid). It is redrawn when a setting changes. Like the settings form, the box never
edits the project: it emits `settings_changed(TrainingSettings)` for the document to apply.
Run it on its own: `python -m netbuilder.gui.training.augment_box`.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable

import numpy as np
import torch
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from netbuilder.document.augmentation import augment_lints, is_augmented
from netbuilder.document.datasets import dataset_spec
from netbuilder.document.setting_specs import AUGMENT_SPECS
from netbuilder.document.settings import TrainingSettings
from netbuilder.document.two_d import is_two_d
from netbuilder.engine.augment import preview
from netbuilder.engine.data import load_dataset
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.gui import language, messages
from netbuilder.gui.dataset_words import dataset_title_text
from netbuilder.gui.plain_text import escaped, plain, rich
from netbuilder.gui.training.setting_fields import (
    connect_edits,
    field_for,
    field_value,
    name_field,
    show_value,
    tr,
)

PREVIEW_IMAGES = 6  # one row of training images
PREVIEW_DRAWS = 2  # rows of augmented copies below them
GAP = 2  # pixels between the images, before scaling
LINT_COLOUR = "#b35c00"  # the form's colour for a note worth reading


def preview_images(name: str, data_dir: str | None) -> tuple[torch.Tensor | None, bool]:
    """(uint8 (N, C, H, W) training images of dataset `name`, whether they are stand-ins).

    Read from the data folder when its files are there (nothing is downloaded); a digit
    dataset that is not there yet shows generated digits instead; None for data that holds no
    pictures (2-D points, tables) or pictures that cannot be read now.
    """
    spec = dataset_spec(name)
    if is_two_d(name) or name.lower().endswith(".csv") or (spec and len(spec.input_shape) != 3):
        return None, False
    if name != "synthetic-digits":
        try:
            data = load_dataset(name, data_dir, download=False, limit_train=PREVIEW_IMAGES)
            return _as_images(data.train.features[:PREVIEW_IMAGES]), False
        except Exception:  # missing, unreadable, another dataset: a preview falls back, never fails
            if spec is None or spec.input_shape != (1, 28, 28):
                return None, False
    digits = synthetic_digits(PREVIEW_IMAGES, 1, seed=0).train.features
    return _as_images(digits), name != "synthetic-digits"


def _as_images(features: torch.Tensor) -> torch.Tensor | None:
    if features.dtype != torch.uint8:
        return None
    return features.unsqueeze(1) if features.dim() == 3 else features


def grid_image(rows: list[torch.Tensor]) -> QImage:
    """Rows of uint8 (N, C, H, W) images side by side, as one RGB QImage (a gap between)."""
    count, channels, height, width = rows[0].shape
    out = np.full((len(rows) * (height + GAP) - GAP, count * (width + GAP) - GAP, 3), 128, np.uint8)
    for r, row in enumerate(rows):
        pixels = row.permute(0, 2, 3, 1).numpy()
        if channels == 1:
            pixels = np.repeat(pixels, 3, axis=3)
        for c in range(count):
            top, left = r * (height + GAP), c * (width + GAP)
            out[top : top + height, left : left + width] = pixels[c, :, :, :3]
    image = QImage(
        out.data, out.shape[1], out.shape[0], out.strides[0], QImage.Format.Format_RGB888
    )
    return image.copy()  # owns its pixels: `out` goes away


class PreviewGrid(QWidget):
    """Paints one image scaled to the width it is given, pixels kept square and sharp."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        if self.image.isNull():
            return 0
        scale = min(width / self.image.width(), 3.0)
        return round(self.image.height() * scale)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = round(self.image.width() * 1.5) if not self.image.isNull() else 200  # never the
        # widest thing in the panel: it takes whatever width the panel has (heightForWidth)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(80, 0)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        if self.image.isNull():
            return
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        painter = QPainter(self)
        painter.drawImage(QRectF((self.width() - w) / 2, 0, w, h), self.image)


class AugmentBox(QWidget):
    """Edits the augmentation settings; emits settings_changed(TrainingSettings) after an edit."""

    settings_changed = Signal(object)

    def __init__(
        self, data_dir: Callable[[], str | None] = lambda: None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = TrainingSettings()
        self.dataset = "mnist"
        self._loading = False
        self._images: dict[tuple[str, str | None], tuple[torch.Tensor | None, bool]] = {}
        self._make_widgets()
        self.set_settings(self.settings, self.dataset)
        language.on_language_change(self, self.retranslate)

    def _make_widgets(self) -> None:
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, spec in enumerate(AUGMENT_SPECS):
            field = field_for(spec)
            connect_edits(field, self._edited)
            self.fields[spec.name] = field
            row, column = divmod(index, 2)
            if spec.kind is bool:  # the check box says it itself
                grid.addWidget(field, row, column * 2, 1, 2)
                continue
            label = QLabel()
            label.setBuddy(field)
            self.labels[spec.name] = label
            grid.addWidget(label, row, column * 2)
            grid.addWidget(field, row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.lint = rich(QLabel())  # our HTML around escaped sentences: a style sheet would
        self.lint.setWordWrap(True)  # keep its font from following presenter mode's
        self.grid = PreviewGrid()
        self.caption = plain(QLabel())
        self.caption.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(grid)
        column.addWidget(self.lint)
        column.addWidget(self.grid)
        column.addWidget(self.caption)

    def retranslate(self) -> None:
        """Labels, tooltips and notes in the language now chosen; the values stay."""
        self._loading = True
        try:
            for spec in AUGMENT_SPECS:
                name_field(spec, self.fields[spec.name])
                if spec.name in self.labels:
                    self.labels[spec.name].setText(tr(spec.label))
                    self.fields[spec.name].setAccessibleName(tr(spec.label))
        finally:
            self._loading = False
        self._refresh()

    # --- showing and reading -------------------------------------------------------------------

    def set_settings(self, settings: TrainingSettings, dataset: str | None = None) -> None:
        """Show `settings` (a project was opened, or an edit was undone) for `dataset`."""
        self.settings = settings
        self.dataset = dataset if dataset is not None else self.dataset
        self._loading = True
        try:
            for spec in AUGMENT_SPECS:
                show_value(spec, self.fields[spec.name], getattr(settings, spec.name))
        finally:
            self._loading = False
        self.retranslate()

    def read(self) -> TrainingSettings:
        values = {s.name: field_value(s, self.fields[s.name]) for s in AUGMENT_SPECS}
        return dataclasses.replace(self.settings, **values)

    def _edited(self) -> None:
        if self._loading:
            return
        settings = self.read()
        if settings != self.settings:
            self.settings = settings
            self._refresh()
            self.settings_changed.emit(settings)

    # --- the lint and the preview --------------------------------------------------------------

    def _refresh(self) -> None:
        title = dataset_title_text(_title(self.dataset))
        lints = augment_lints(self.settings, self.dataset, title)
        said = "<br>".join(escaped(messages.text(m)) for m in lints)
        self.lint.setText(f"<span style='color:{LINT_COLOUR}'>{said}</span>" if lints else "")
        self.lint.setVisible(bool(lints))
        self._show_preview()

    def _show_preview(self) -> None:
        if not is_augmented(self.settings):
            self.grid.set_image(QImage())
            self.grid.hide()
            self.caption.setText(
                QCoreApplication.translate(
                    "AugmentBox",
                    "Turn on an augmentation to see what it does to the training images.",
                )
            )
            return
        images, stand_in = self._source()
        if images is None:
            self.grid.hide()
            spec = dataset_spec(self.dataset)
            pictures = not is_two_d(self.dataset) and (spec is None or len(spec.input_shape) == 3)
            text = QCoreApplication.translate(
                "AugmentBox",
                "The preview shows training images once the dataset's files are here (training "
                "downloads them).",
            )
            self.caption.setText(text if pictures else "")
            return
        rows = [images] + [preview(self.settings, images, seed) for seed in range(PREVIEW_DRAWS)]
        self.grid.set_image(grid_image(rows))
        self.grid.show()
        text = QCoreApplication.translate(
            "AugmentBox",
            "Top: training images as they are. Below: what training may see instead (each "
            "epoch draws anew; validation and test images are never changed).",
        )
        if stand_in:
            text += " " + QCoreApplication.translate(
                "AugmentBox", "(Generated digits: the dataset's files are not here yet.)"
            )
        self.caption.setText(text)

    def preview_rows(self) -> list[torch.Tensor]:
        """The images the preview shows, row by row (tests)."""
        images, _ = self._source()
        if images is None or not is_augmented(self.settings):
            return []
        return [images] + [preview(self.settings, images, seed) for seed in range(PREVIEW_DRAWS)]

    def _source(self) -> tuple[torch.Tensor | None, bool]:
        key = (self.dataset, self.data_dir())
        if key not in self._images:
            self._images[key] = preview_images(*key)
        return self._images[key]


def _title(name: str) -> str:
    spec = dataset_spec(name)
    return spec.title if spec is not None else name


def main() -> int:
    from netbuilder.gui.standalone import application

    app = application()
    box = AugmentBox()
    box.set_settings(TrainingSettings(augment_shift=3, augment_rotate=15.0, augment_flip=True))
    box.resize(360, 420)
    box.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
