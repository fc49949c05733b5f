"""The inspector: the selected layer's parameters as typed editors, plus its inferred sizes."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from netbuilder.document.analysis import human_count
from netbuilder.gui import commands, language
from netbuilder.gui.builder.block_item import format_shape
from netbuilder.gui.builder.canvas_content import projection_text
from netbuilder.gui.builder.catalog_words import catalog_text
from netbuilder.gui.builder.param_editors import make_editor, set_editor_value
from netbuilder.gui.document import Document

INFERRED = {
    "Linear": "in_features",
    "Conv2d": "in_channels",
    "BatchNorm1d": "num_features",
    "BatchNorm2d": "num_features",
}
"""Constructor sizes that come from the previous layer's output, shown read-only."""

SELECT_HINT = QT_TRANSLATE_NOOP(
    "Inspector", "Select a block on the canvas to see and edit its parameters."
)
SHAPES = QT_TRANSLATE_NOOP("Inspector", "Shapes:")
NO_PARAMETERS = QT_TRANSLATE_NOOP("Inspector", "This layer has no parameters to set.")
_TEXTS = {SELECT_HINT: "<i>{}</i>", SHAPES: "{}", NO_PARAMETERS: "<i>{}</i>"}
"""The inspector's fixed words and how each is shown; anything else is the catalog's doc."""


class Inspector(QScrollArea):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.uid = ""
        self.editors: dict[str, QWidget] = {}
        self._param_labels: dict[str, QLabel] = {}
        self._words: list[tuple[QLabel, str]] = []
        """Each label with fixed words, and the words' English, to say again on a language change."""
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        document.param_changed.connect(self._on_param_changed)
        document.analysis_changed.connect(self._refresh_inferred)
        document.network_reset.connect(lambda: self.show_layer(""))
        document.network_replaced.connect(lambda: self.show_layer(""))
        document.layer_removed.connect(self._on_layer_removed)
        document.lock_changed.connect(self._on_lock_changed)
        self.show_layer("")
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The form's words in the user's language; its editors, their values (typed ones
        included) and the scroll position stay."""
        for label, words in self._words:
            label.setText(self._say(words))
        if self.uid:
            layer_type = self.document.layer(self.uid).type
            for param in layer_type.params:
                self._param_labels[param.name].setToolTip(catalog_text(param.doc))
                self.editors[param.name].setToolTip(catalog_text(param.doc))
            self._refresh_inferred()

    def _say(self, words: str) -> str:
        """A fixed label's rich text for `words`: one of the inspector's own, or the layer's doc."""
        if words in _TEXTS:
            return _TEXTS[words].format(html.escape(QCoreApplication.translate("Inspector", words)))
        return html.escape(catalog_text(words), quote=False)

    def _fixed(self, words: str) -> QLabel:
        label = _wrapped("")
        self._words.append((label, words))
        label.setText(self._say(words))
        return label

    def editor(self, name: str) -> QWidget:
        return self.editors[name]

    def show_layer(self, uid: str) -> None:
        """Rebuild the form for the layer `uid` ("" shows a hint)."""
        self.uid = uid if uid and self._exists(uid) else ""
        self.editors = {}
        self._param_labels = {}
        self._words = []
        page = QWidget()
        layout = QVBoxLayout(page)
        if not self.uid:
            layout.addWidget(self._fixed(SELECT_HINT))
        else:
            self._build_form(layout)
        layout.addStretch(1)
        self.setWidget(page)
        self._on_lock_changed(self.document.locked)

    def _exists(self, uid: str) -> bool:
        return self.document.network.contains(uid)

    def _build_form(self, layout: QVBoxLayout) -> None:
        layer = self.document.layer(self.uid)
        layout.addWidget(_wrapped(f"<h3 style='margin:0'>{layer.type_id}</h3>"))
        layout.addWidget(self._fixed(layer.type.doc))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inferred = QLabel()
        self.inferred.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.inferred.setWordWrap(True)
        shapes = QLabel()
        self._words.append((shapes, SHAPES))
        shapes.setText(self._say(SHAPES))
        form.addRow(shapes, self.inferred)
        for param in layer.type.params:
            editor = make_editor(param, layer.params[param.name], self._changer(param.name))
            self.editors[param.name] = editor
            label = QLabel(f"{param.name}:")
            label.setToolTip(catalog_text(param.doc))
            self._param_labels[param.name] = label
            form.addRow(label, editor)
        if not layer.type.params:
            form.addRow(self._fixed(NO_PARAMETERS))
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

    def _on_param_changed(self, uid: str, name: str) -> None:
        if uid == self.uid and name in self.editors:
            set_editor_value(self.editors[name], self.document.layer(uid).params[name])

    def _on_layer_removed(self, uid: str) -> None:
        """The layer shown, or the container that held it, was deleted."""
        if self.uid and not self.document.network.contains(self.uid):
            self.show_layer("")

    def _on_lock_changed(self, locked: bool) -> None:
        for editor in self.editors.values():
            editor.setEnabled(not locked)

    def inferred_text(self) -> str:
        return self.inferred.text() if self.uid else ""

    def _refresh_inferred(self) -> None:
        if not self.uid or not self._exists(self.uid):
            return
        info = self.document.analysis.info(self.uid)
        if info is None:
            return
        shapes = QCoreApplication.translate("Inspector", "in {input} → out {output}")
        lines = [
            shapes.replace("{input}", format_shape(info.input_shape)).replace(
                "{output}", format_shape(info.output_shape)
            )
        ]
        name = INFERRED.get(info.type_id)
        if name and info.input_shape and info.output_shape is not None:  # only where it fits
            size = QCoreApplication.translate("Inspector", "{name} = {size} (from the input)")
            lines.append(size.replace("{name}", name).replace("{size}", str(info.input_shape[0])))
        counts = QCoreApplication.translate(
            "Inspector", "{parameters} parameters, {macs} multiply-adds"
        )
        lines.append(
            counts.replace("{parameters}", human_count(info.parameters)).replace(
                "{macs}", human_count(info.macs)
            )
        )
        if info.type_id == "Residual":
            lines.append(_shortcut_line(info))
        self.inferred.setText("\n".join(lines))


def _shortcut_line(info) -> str:
    """What the Residual adds to its blocks' output: its input, or the projection made for it."""
    if info.projection is None:
        return QCoreApplication.translate(
            "Inspector", "shortcut: identity (adds the input as it is)"
        )
    return projection_text(info.projection)


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
