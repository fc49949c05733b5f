"""The form for a project's TrainingSettings: every setting the core trainer supports.

The form shows a TrainingSettings and, when the user changes a value, emits `settings_changed`
with a new, checked TrainingSettings; it never edits the project itself. Fields that do not
apply (momentum for Adam, step size without a step schedule) are greyed out, not hidden.
"""

from __future__ import annotations

import dataclasses
import math

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from netbuilder.document.settings import (
    INITS,
    LOSSES,
    MAX_FOLDS,
    MAX_TRAINING_SAMPLES,
    OPTIMIZERS,
    SCHEDULES,
    SettingsError,
    TrainingSettings,
)
from netbuilder.engine.devices import DeviceUnavailableError, available_devices, resolve_device
from netbuilder.gui.number_fields import FloatField, IntField

OPTIMIZER_NAMES = {
    "sgd": "SGD",
    "adam": "Adam",
    "adamw": "AdamW",
    "adagrad": "Adagrad",
    "rmsprop": "RMSprop",
}
LOSS_NAMES = {
    "cross_entropy": "Cross-entropy",
    "mse": "Mean squared error (one-hot)",
    "l1": "Mean absolute error (one-hot)",
}
SCHEDULE_NAMES = {
    "none": "Constant",
    "step": "Step: × gamma every N epochs",
    "cosine": "Cosine annealing",
}
INIT_NAMES = {
    "default": "PyTorch default",
    "kaiming": "Kaiming (He) normal",
    "xavier": "Xavier (Glorot) uniform",
}
_MANTISSAS = (1.0, 2.0, 5.0)


def next_nice_value(value: float, steps: int, minimum: float) -> float:
    """Step along 1, 2, 5, 10, 20, 50, ...: how a learning rate is usually tuned."""
    if value <= 0:
        return 1e-5 if steps > 0 else 0.0
    exponent = math.floor(math.log10(value) + 1e-9)
    mantissa = value / 10**exponent
    index = min(range(3), key=lambda i: abs(_MANTISSAS[i] - mantissa))
    position = exponent * 3 + index + steps
    result = _MANTISSAS[position % 3] * 10 ** (position // 3)
    return 0.0 if result < minimum or (minimum == 0 and result < 1e-7) else float(f"{result:.3g}")


class ScientificSpinBox(FloatField):
    """A spin box for values spanning decades: shows 0.001 or 1e-05, steps 1-2-5."""

    def __init__(self, minimum: float, maximum: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(12)
        self.setRange(minimum, maximum)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return f"{value:.4g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        try:
            value = float(text)
        except ValueError:
            return QValidator.State.Intermediate, text, position
        ok = self.minimum() <= value <= self.maximum()
        return (
            (QValidator.State.Acceptable if ok else QValidator.State.Intermediate),
            text,
            position,
        )

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        value = next_nice_value(self.value(), steps, self.minimum())
        self.setValue(min(max(value, self.minimum()), self.maximum()))


def device_choice(spec: str) -> tuple[str, str | None]:
    """(the device training will use, a note when the project's choice is absent here)."""
    try:
        resolve_device(spec)
        return spec, None
    except DeviceUnavailableError:
        return "cpu", (
            f"This project asks for device “{spec}”, which this computer does not "
            "have: training will use the CPU."
        )


class TrainingSettingsForm(QWidget):
    """Edits a TrainingSettings; emits settings_changed(TrainingSettings) after each user edit."""

    settings_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = TrainingSettings()
        self._loading = False
        self._clamp_note = ""
        self._make_fields()
        self._make_layout()
        self.set_settings(self.settings)

    # --- fields --------------------------------------------------------------------------------

    def _make_fields(self) -> None:
        self.optimizer = self._combo(OPTIMIZERS, OPTIMIZER_NAMES)
        self.learning_rate = self._science(
            1e-7, 1e7, "Step size of each update (1e6 makes the loss blow up)"
        )
        self.momentum = self._double(
            0.0, 0.999, 0.05, 3, "Fraction of the previous update kept (SGD, RMSprop)"
        )
        self.nesterov = QCheckBox("Nesterov")
        self.nesterov.setToolTip("Nesterov momentum: needs SGD with momentum above 0")
        self.nesterov.toggled.connect(self._edited)
        self.batch_size = self._int(1, 65536, "Samples per update")
        self.epochs = self._int(1, 10000, "Passes over the training data")
        self.limit_train = self._int(
            0, MAX_TRAINING_SAMPLES, "Train on this many samples (a seeded shuffle); all: every one"
        )
        self.limit_train.setSpecialValueText("all")
        self.limit_train.setGroupSeparatorShown(True)
        self.loss = self._combo(LOSSES, LOSS_NAMES)
        self.weight_decay = self._science(0.0, 1.0, "L2 penalty on the weights (0 = off)")
        self.l1 = self._science(0.0, 1.0, "L1 penalty on the weights (0 = off)")
        self.schedule = self._combo(SCHEDULES, SCHEDULE_NAMES)
        self.step_size = self._int(1, 10000, "Epochs between learning-rate drops")
        self.gamma = self._double(0.01, 1.0, 0.05, 3, "Learning-rate factor at each drop")
        self.patience = self._int(
            0, 10000, "Stop after this many epochs without a better validation loss"
        )
        self.patience.setSpecialValueText("off")
        self.validation = self._double(
            0.0, 90.0, 5.0, 1, "Training samples held out to validate each epoch"
        )
        self.validation.setSuffix(" %")
        self.folds = self._int(
            0, MAX_FOLDS, "k-fold cross-validation: train K times, each fold held out once"
        )
        self.folds.setSpecialValueText("off")
        self.init = self._combo(INITS, INIT_NAMES)
        self.seed = self._int(0, 2**31 - 1, "Same seed + same settings = same run")
        self.device = QComboBox()
        self.device.setToolTip("Where the network trains; the fastest is chosen automatically")
        self.device.currentIndexChanged.connect(self._edited)
        self.device_note = self._note("#b35c00")
        self.problem = self._note("#c62828")

    def _make_layout(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            ("Optimizer", self.optimizer),
            ("Learning rate", self.learning_rate),
            ("Momentum", self.momentum),
            ("", self.nesterov),
            ("Batch size", self.batch_size),
            ("Epochs", self.epochs),
            ("Training samples", self.limit_train),
            ("Loss", self.loss),
            ("Weight decay (L2)", self.weight_decay),
            ("L1 penalty", self.l1),
            ("LR schedule", self.schedule),
            ("Step size (epochs)", self.step_size),
            ("Gamma", self.gamma),
            ("Early stopping patience", self.patience),
            ("Validation split", self.validation),
            ("Cross-validation folds", self.folds),
            ("Weight init", self.init),
            ("Seed", self.seed),
            ("Device", self.device),
        )
        for label, field in rows:
            form.addRow(label, field)
            clamped = getattr(field, "clamped", None)
            if clamped is not None:
                field.setAccessibleName(label)
                clamped.connect(self._show_clamped)
        form.addRow(self.device_note)
        form.addRow(self.problem)

    def _combo(self, values: tuple[str, ...], names: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem(names.get(value, value), value)
        combo.currentIndexChanged.connect(self._edited)
        return combo

    def _science(self, low: float, high: float, tip: str) -> ScientificSpinBox:
        box = ScientificSpinBox(low, high)
        box.setToolTip(tip)
        box.valueChanged.connect(self._edited)
        return box

    def _double(self, low: float, high: float, step: float, decimals: int, tip: str) -> FloatField:
        box = FloatField()
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setDecimals(decimals)
        box.setKeyboardTracking(False)
        box.setToolTip(tip)
        box.valueChanged.connect(self._edited)
        return box

    def _int(self, low: int, high: int, tip: str) -> IntField:
        box = IntField()
        box.setRange(low, high)
        box.setKeyboardTracking(False)
        box.setToolTip(tip)
        box.valueChanged.connect(self._edited)
        return box

    def _note(self, colour: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour};")
        label.hide()
        return label

    # --- showing and reading -------------------------------------------------------------------

    def set_settings(self, settings: TrainingSettings) -> None:
        """Show `settings` (a project was opened, or an edit was undone); emits nothing."""
        self.settings = settings
        self._loading = True
        try:
            for combo, value in (
                (self.optimizer, settings.optimizer),
                (self.loss, settings.loss),
                (self.schedule, settings.schedule),
                (self.init, settings.init),
            ):
                combo.setCurrentIndex(max(combo.findData(value), 0))
            self.learning_rate.setValue(settings.learning_rate)
            self.momentum.setValue(settings.momentum)
            self.nesterov.setChecked(settings.nesterov)
            self.batch_size.setValue(settings.batch_size)
            self.epochs.setValue(settings.epochs)
            self.limit_train.setValue(settings.limit_train)
            self.weight_decay.setValue(settings.weight_decay)
            self.l1.setValue(settings.l1)
            self.step_size.setValue(settings.step_size)
            self.gamma.setValue(settings.gamma)
            self.patience.setValue(settings.early_stopping_patience)
            self.validation.setValue(settings.validation_fraction * 100)
            self.folds.setValue(settings.folds)
            self.seed.setValue(settings.seed)
            self._fill_devices(settings.device)
        finally:
            self._loading = False
        self._refresh_enabled()
        self.problem.hide()

    def read(self) -> TrainingSettings:
        """The settings the fields show; raises SettingsError if they do not fit together."""
        settings = dataclasses.replace(
            self.settings,
            optimizer=self.optimizer.currentData(),
            learning_rate=self.learning_rate.value(),
            momentum=round(self.momentum.value(), 6),
            nesterov=self.nesterov.isChecked(),
            batch_size=self.batch_size.value(),
            epochs=self.epochs.value(),
            limit_train=self.limit_train.value(),
            loss=self.loss.currentData(),
            weight_decay=self.weight_decay.value(),
            l1=self.l1.value(),
            schedule=self.schedule.currentData(),
            step_size=self.step_size.value(),
            gamma=round(self.gamma.value(), 6),
            early_stopping_patience=self.patience.value(),
            validation_fraction=round(self.validation.value() / 100, 6),
            folds=self.folds.value(),
            init=self.init.currentData(),
            seed=self.seed.value(),
            device=self.device.currentData() or self.settings.device,
        )
        settings.check()
        return settings

    def _fill_devices(self, spec: str) -> None:
        self.device.clear()
        devices = available_devices()
        self.device.addItem(f"Fastest available ({devices[0].label})", "auto")
        for device in devices:
            self.device.addItem(device.label, device.id)
        used, note = device_choice(spec)
        if note:  # keep the project's wish visible and selectable, marked as absent
            self.device.addItem(f"{spec} (not on this computer)", spec)
        self.device.setCurrentIndex(max(self.device.findData(spec), 0))
        self.device_note.setText(note or "")
        self.device_note.setVisible(bool(note))

    def _edited(self) -> None:
        if self._loading:
            return
        self._refresh_enabled()
        try:
            settings = self.read()
        except SettingsError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        self.problem.setText(self._clamp_note)  # a typed value set to its limit says so
        self.problem.setVisible(bool(self._clamp_note))
        self._clamp_note = ""
        if settings != self.settings:
            self.settings = settings
            _, note = device_choice(settings.device)
            self.device_note.setText(note or "")
            self.device_note.setVisible(bool(note))
            self.settings_changed.emit(settings)

    def _show_clamped(self, text: str) -> None:
        self._clamp_note = text
        self.problem.setText(text)
        self.problem.show()

    def _refresh_enabled(self) -> None:
        optimizer = self.optimizer.currentData()
        self.momentum.setEnabled(optimizer in ("sgd", "rmsprop"))
        can_nesterov = optimizer == "sgd" and self.momentum.value() > 0
        if not can_nesterov and self.nesterov.isChecked():
            self.nesterov.blockSignals(True)
            self.nesterov.setChecked(False)
            self.nesterov.blockSignals(False)
        self.nesterov.setEnabled(can_nesterov)
        stepped = self.schedule.currentData() == "step"
        self.step_size.setEnabled(stepped)
        self.gamma.setEnabled(stepped)
        folds = self.folds.value() >= 2  # each fold holds out its own part instead
        self.validation.setEnabled(not folds)
        self.patience.setEnabled(not folds)
