"""The palette: the layer catalog by category, filterable; drag an entry out or press Enter to add it."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netbuilder.document.catalog import by_category
from netbuilder.gui import language, theme
from netbuilder.gui.builder.catalog_words import catalog_text
from netbuilder.gui.builder.mime import layer_mime

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
DOC_ROLE = Qt.ItemDataRole.UserRole + 2
"""An entry's one-line explanation in English, as the catalog has it."""
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 3
"""A group's category in English, as the catalog has it (its icon and translation go by it)."""


class LayerTree(QTreeWidget):
    """A tree whose drags carry the layer type id in our MIME type."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.setAnimated(True)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Wide enough for the longest name, so no layout (one saved on a small screen
        included) squeezes the palette until the names are cut."""
        hint = super().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        width = self.sizeHintForColumn(0) + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())

    def startDrag(self, supported) -> None:  # noqa: N802 - Qt override
        item = self.currentItem()
        type_id = item.data(0, TYPE_ROLE) if item else None
        if not type_id:
            return
        drag = QDrag(self)
        drag.setMimeData(layer_mime(type_id))
        drag.setPixmap(item.icon(0).pixmap(24, 24))
        drag.exec(Qt.DropAction.CopyAction)


class Palette(QWidget):
    layer_activated = Signal(str)
    """A layer type was chosen with double-click or Enter: append it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.filter_box = QLineEdit(clearButtonEnabled=True)
        self.tree = LayerTree()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree)
        self._populate()
        self.filter_box.textChanged.connect(self.set_filter)
        self.filter_box.returnPressed.connect(self._activate_first_visible)
        self.tree.itemActivated.connect(self._on_activated)
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Every word in the user's language; the filter, selection and scroll stay."""
        self.filter_box.setPlaceholderText(QCoreApplication.translate("Palette", "Filter layers…"))
        self.filter_box.setAccessibleName(QCoreApplication.translate("Palette", "Filter layers"))
        for group in self._groups():
            group.setText(0, catalog_text(group.data(0, CATEGORY_ROLE)))
            for i in range(group.childCount()):
                child = group.child(i)
                doc = html.escape(catalog_text(child.data(0, DOC_ROLE)), quote=False)
                child.setToolTip(0, f"<b>{child.data(0, TYPE_ROLE)}</b><br>{doc}")
        self.tree.updateGeometry()  # the longest name sets the palette's least width
        self._hide_unmatched(self.filter_box.text())

    def _populate(self) -> None:
        for category, entries in by_category().items():
            group = QTreeWidgetItem(self.tree, [category])
            group.setData(0, CATEGORY_ROLE, category)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setIcon(0, theme.category_icon(category))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for entry in entries:
                child = QTreeWidgetItem(group, [entry.id])
                child.setData(0, TYPE_ROLE, entry.id)
                child.setData(0, DOC_ROLE, entry.doc)
                child.setIcon(0, theme.category_icon(category))
                child.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
        self.tree.expandAll()

    def entries(self) -> list[QTreeWidgetItem]:
        return [group.child(i) for group in self._groups() for i in range(group.childCount())]

    def _groups(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def visible_type_ids(self) -> list[str]:
        return [item.data(0, TYPE_ROLE) for item in self.entries() if not item.isHidden()]

    def set_filter(self, text: str) -> None:
        """Show entries whose id, category or explanation contains `text` (in English or in the
        language shown)."""
        self._hide_unmatched(text)
        self.tree.expandAll()

    def _hide_unmatched(self, text: str) -> None:
        needle = text.strip().lower()
        for group in self._groups():
            shown = 0
            for i in range(group.childCount()):
                child = group.child(i)
                category, doc = group.data(0, CATEGORY_ROLE), child.data(0, DOC_ROLE)
                words = (child.text(0), category, doc, catalog_text(category), catalog_text(doc))
                child.setHidden(needle not in " ".join(words).lower())
                shown += not child.isHidden()
            group.setHidden(shown == 0)

    def _activate_first_visible(self) -> None:
        visible = self.visible_type_ids()
        if visible:
            self.layer_activated.emit(visible[0])
            self._search_used()

    def _search_used(self) -> None:
        """The typed search did its job: Ctrl+Z now undoes the layer it added rather than the
        typing, and the next search typed replaces this one."""
        self.filter_box.setText(self.filter_box.text())  # forgets the typing's undo steps
        self.filter_box.selectAll()

    def _on_activated(self, item: QTreeWidgetItem, column: int) -> None:
        type_id = item.data(0, TYPE_ROLE)
        if type_id:
            self.layer_activated.emit(type_id)


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    palette = Palette()
    palette.layer_activated.connect(print)
    palette.show()
    app.exec()
