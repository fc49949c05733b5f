"""The inspector: the selected layer's parameters as typed editors, plus its inferred sizes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from netbuilder.document.analysis import human_count
from netbuilder.gui import commands
from netbuilder.gui.builder.block_item import format_shape
from netbuilder.gui.builder.param_editors import make_editor, set_editor_value
from netbuilder.gui.document import Document

INFERRED = {
    "Linear": "in_features",
    "Conv2d": "in_channels",
    "BatchNorm1d": "num_features",
    "BatchNorm2d": "num_features",
}
"""Constructor sizes that come from the previous layer's output, shown read-only."""


class Inspector(QScrollArea):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.uid = ""
        self.editors: dict[str, QWidget] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        document.param_changed.connect(self._on_param_changed)
        document.analysis_changed.connect(self._refresh_inferred)
        document.network_reset.connect(lambda: self.show_layer(""))
        document.network_replaced.connect(lambda: self.show_layer(""))
        document.layer_removed.connect(self._on_layer_removed)
        document.lock_changed.connect(self._on_lock_changed)
        self.show_layer("")

    def editor(self, name: str) -> QWidget:
        return self.editors[name]

    def show_layer(self, uid: str) -> None:
        """Rebuild the form for the layer `uid` ("" shows a hint)."""
        self.uid = uid if uid and self._exists(uid) else ""
        self.editors = {}
        page = QWidget()
        layout = QVBoxLayout(page)
        if not self.uid:
            layout.addWidget(
                _wrapped("<i>Select a block on the canvas to see and edit its parameters.</i>")
            )
        else:
            self._build_form(layout)
        layout.addStretch(1)
        self.setWidget(page)
        self._on_lock_changed(self.document.locked)

    def _exists(self, uid: str) -> bool:
        return any(layer.uid == uid for layer in self.document.network.layers)

    def _build_form(self, layout: QVBoxLayout) -> None:
        layer = self.document.layer(self.uid)
        layout.addWidget(_wrapped(f"<h3 style='margin:0'>{layer.type_id}</h3>"))
        layout.addWidget(_wrapped(f"{layer.type.doc}"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inferred = QLabel()
        self.inferred.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.inferred.setWordWrap(True)
        form.addRow("Shapes:", self.inferred)
        for param in layer.type.params:
            editor = make_editor(param, layer.params[param.name], self._changer(param.name))
            self.editors[param.name] = editor
            label = QLabel(f"{param.name}:")
            label.setToolTip(param.doc)
            form.addRow(label, editor)
        if not layer.type.params:
            form.addRow(_wrapped("<i>This layer has no parameters to set.</i>"))
        layout.addLayout(form)
        self.note = _wrapped("")
        self.note.setStyleSheet("color: #b35c00;")
        self.note.hide()
        layout.addWidget(self.note)
        for editor in self.editors.values():
            clamped = getattr(editor, "clamped", None)
            if clamped is not None:
                clamped.connect(self._show_note)
        self._refresh_inferred()

    def _show_note(self, text: str) -> None:
        """Say what happened to a value typed beyond its range."""
        self.note.setText(text)
        self.note.show()

    def _changer(self, name: str):
        uid = self.uid
        return lambda value: commands.change_param(self.document, uid, name, value)

    def _on_param_changed(self, index: int, name: str) -> None:
        layer = self.document.network.layers[index]
        if layer.uid == self.uid and name in self.editors:
            set_editor_value(self.editors[name], layer.params[name])

    def _on_layer_removed(self, index: int, uid: str) -> None:
        if uid == self.uid:
            self.show_layer("")

    def _on_lock_changed(self, locked: bool) -> None:
        for editor in self.editors.values():
            editor.setEnabled(not locked)

    def inferred_text(self) -> str:
        return self.inferred.text() if self.uid else ""

    def _refresh_inferred(self) -> None:
        if not self.uid or not self._exists(self.uid):
            return
        info = next(i for i in self.document.analysis.layers if i.uid == self.uid)
        lines = [f"in {format_shape(info.input_shape)} → out {format_shape(info.output_shape)}"]
        name = INFERRED.get(info.type_id)
        if name and info.input_shape and info.output_shape is not None:  # only where it fits
            lines.append(f"{name} = {info.input_shape[0]} (from the input)")
        lines.append(
            f"{human_count(info.parameters)} parameters, {human_count(info.macs)} multiply-adds"
        )
        self.inferred.setText("\n".join(lines))


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


if __name__ == "__main__":
    from netbuilder.gui.standalone import standalone

    def _inspector(document: Document) -> Inspector:
        inspector = Inspector(document)
        inspector.show_layer(document.network.layers[0].uid)
        return inspector

    standalone(_inspector)
