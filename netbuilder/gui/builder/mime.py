"""The drag-and-drop payload: a catalog key in a custom MIME type, looked up on drop."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from netbuilder.document.catalog import CATALOG

LAYER_MIME = "application/x-netbuilder-layer"


def layer_mime(type_id: str) -> QMimeData:
    """MIME data that carries one layer type id from the palette to the canvas."""
    data = QMimeData()
    data.setData(LAYER_MIME, type_id.encode("utf-8"))
    return data


def layer_type_id(data: QMimeData | None) -> str | None:
    """The catalog id carried by `data`, or None when it carries no known layer type."""
    if data is None or not data.hasFormat(LAYER_MIME):
        return None
    type_id = bytes(data.data(LAYER_MIME).data()).decode("utf-8", "replace")
    return type_id if type_id in CATALOG else None
