"""The form for a project's TrainingSettings: every setting the core trainer supports.

The form shows a TrainingSettings and, when the user changes a value, emits `settings_changed`
with a new, checked TrainingSettings; it never edits the project itself. Fields that do not
apply (momentum for Adam, step size without a step schedule) are greyed out, not hidden. Each
field's range, default, label and tooltip come from the setting's spec (`setting_fields`).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from netbuilder.document.setting_specs import SPECS
from netbuilder.document.settings import SettingsError, TrainingSettings
from netbuilder.engine.devices import (
    DeviceInfo,
    DeviceUnavailableError,
    available_devices,
    resolve_device,
)
from netbuilder.gui import language
from netbuilder.gui.training.setting_fields import (
    connect_edits,
    field_for,
    field_value,
    learning_rate_box,
    name_field,
    next_nice_value,
    show_value,
    tr,
)

__all__ = [
    "TrainingSettingsForm",
    "device_choice",
    "learning_rate_box",
    "next_nice_value",
]

FORM_ORDER = (
    "optimizer", "learning_rate", "momentum", "nesterov", "batch_size", "epochs", "limit_train",
    "objective", "denoise", "loss", "weight_decay", "l1", "schedule", "step_size", "gamma", "early_stopping_patience",
    "validation_fraction", "folds", "init", "seed", "device",
)  # fmt: skip
"""Every setting, in the order the form shows them (related ones together)."""


def device_choice(spec: str) -> tuple[str, str | None]:
    """(the device training will use, a note when the project's choice is absent here)."""
    try:
        resolve_device(spec)
        return spec, None
    except DeviceUnavailableError:
        return "cpu", QCoreApplication.translate(
            "TrainingSettingsForm",
            "This project asks for device “{device}”, which this computer does not have: "
            "training will use the CPU.",
        ).format(device=spec)


class TrainingSettingsForm(QWidget):
    """Edits a TrainingSettings; emits settings_changed(TrainingSettings) after each user edit."""

    settings_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = TrainingSettings()
        self._loading = False
        self._clamp_note = ""
        self._absent_device: str | None = None  # the project's device, if this computer lacks it
        self._make_fields()
        self._make_layout()
        self.set_settings(self.settings)
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The labels, choices and tooltips again in the language now chosen (the "settings"
        context of document.ts); the values shown, even half-typed ones, stay."""
        form = self.layout()
        self._loading = True  # renaming a choice is no edit
        try:
            for name, field in self.fields.items():
                if name == "device":
                    field.setToolTip(tr(SPECS["device"].help))
                    self._name_devices()
                else:
                    name_field(SPECS[name], field)
                label = form.labelForField(field)
                if isinstance(label, QLabel) and name != "nesterov":
                    label.setText(tr(SPECS[name].label))
                if getattr(field, "clamped", None) is not None:
                    field.setAccessibleName(tr(SPECS[name].label))
        finally:
            self._loading = False
        _, note = device_choice(self.settings.device)
        self.device_note.setText(note or "")

    # --- fields --------------------------------------------------------------------------------

    def _make_fields(self) -> None:
        """One field per setting, named as the setting (form.learning_rate, form.gamma, ...)."""
        self.fields: dict[str, QWidget] = {}
        for name in FORM_ORDER:
            field = self._device_field() if name == "device" else field_for(SPECS[name])
            connect_edits(field, self._edited)
            self.fields[name] = field
            setattr(self, name, field)
        self.patience = self.early_stopping_patience
        self.validation = self.validation_fraction
        self.limit_train.setGroupSeparatorShown(True)
        self.device_note = self._note("#b35c00")
        self.problem = self._note("#c62828")

    def _device_field(self) -> QComboBox:
        combo = QComboBox()  # filled with this computer's devices by _fill_devices
        combo.setToolTip(tr(SPECS["device"].help))
        return combo

    def _make_layout(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, field in self.fields.items():
            label = "" if name == "nesterov" else tr(SPECS[name].label)  # the box says it
            form.addRow(label, field)
            clamped = getattr(field, "clamped", None)
            if clamped is not None:
                field.setAccessibleName(label)
                clamped.connect(self._show_clamped)
        form.addRow(self.device_note)
        form.addRow(self.problem)

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
            for name, field in self.fields.items():
                if name != "device":
                    show_value(SPECS[name], field, getattr(settings, name))
            self._fill_devices(settings.device)
        finally:
            self._loading = False
        self._refresh_enabled()
        self.problem.hide()

    def read(self) -> TrainingSettings:
        """The settings the fields show; raises SettingsError if they do not fit together."""
        values = {
            name: field_value(SPECS[name], field)
            for name, field in self.fields.items()
            if name != "device"
        }
        device = self.device.currentData() or self.settings.device
        settings = dataclasses.replace(self.settings, **values, device=device)
        settings.check()
        return settings

    def _fill_devices(self, spec: str) -> None:
        self.device.clear()
        devices = available_devices()
        self.device.addItem("", "auto")
        for device in devices:
            self.device.addItem(device_text(device), device.id)
        used, note = device_choice(spec)
        if note:  # keep the project's wish visible and selectable, marked as absent
            self.device.addItem("", spec)
        self._absent_device = spec if note else None
        self._name_devices()
        self.device.setCurrentIndex(max(self.device.findData(spec), 0))
        self.device_note.setText(note or "")
        self.device_note.setVisible(bool(note))

    def _name_devices(self) -> None:
        """The device choices that are words: "Fastest available (CPU)", "cuda:1 (not on this
        computer)"."""
        fastest = QCoreApplication.translate("TrainingSettingsForm", "Fastest available ({device})")
        devices = available_devices()
        self.device.setItemText(0, fastest.format(device=device_text(devices[0])))
        for device in devices:
            index = self.device.findData(device.id)
            if index > 0:
                self.device.setItemText(index, device_text(device))
        absent = self.device.findData(self._absent_device) if self._absent_device else -1
        if absent > 0:
            text = QCoreApplication.translate(
                "TrainingSettingsForm", "{device} (not on this computer)"
            )
            self.device.setItemText(absent, text.format(device=self._absent_device))

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
        reconstructs = self.fields["objective"].currentData() == "reconstruct"
        self.fields["denoise"].setEnabled(reconstructs)  # noise is for an autoencoder's input
        self.folds.setEnabled(not reconstructs)  # folds score classes


def device_text(device: DeviceInfo) -> str:
    """A device's name in the app's language: "CPU (2 cores)"; a GPU by its own name."""
    if device.id != "cpu":
        return device.label
    text = QCoreApplication.translate("TrainingSettingsForm", "CPU ({cores} cores)")
    return text.format(cores=device.cores)
