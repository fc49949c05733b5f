"""The layer table: every layer with shape, parameters, multiply-adds and problems; exact totals."""

from __future__ import annotations

import pytest

from netbuilder.gui import commands
from netbuilder.gui.builder import LayerTable

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(builder_window):
    """Building and editing need no torch."""
    return builder_window


def test_every_layer_has_a_row_with_its_numbers_and_exact_totals(window, tmp_path):
    table: LayerTable = window.feature("builder").layer_table
    analysis = window.document.analysis
    layers = window.document.network.layers
    assert table.rowCount() == len(layers) + 2
    assert table.row_texts(0)[1:3] == ["Input", "1 × 28 × 28"]
    for row, info in enumerate(analysis.layers, start=1):
        texts = table.row_texts(row)
        assert texts[1] == info.type_id
        assert texts[3] == f"{info.parameters:,}" and texts[4] == f"{info.macs:,}"
    assert table.row_texts(2)[2] == "6 × 28 × 28"
    totals = table.row_texts(len(layers) + 1)
    assert totals[1] == "Total" and totals[3] == "61,706"  # as `netbuilder summary` says
    assert totals[4] == f"{analysis.total_macs:,}" and totals[5] == "Ready to train"
    window.dock("builder.layer_table").show()
    window.dock("builder.layer_table").raise_()
    assert table.grab().save(str(tmp_path / "layer_table.png"))


def test_problems_show_on_their_layers_row_and_follow_edits(window):
    table = window.feature("builder").layer_table
    document = window.document
    flatten = next(layer for layer in document.network.layers if layer.type_id == "Flatten")
    index = document.network.index_of(flatten.uid)
    commands.delete_layer(document, flatten.uid)
    row = table.row_texts(index + 1)  # the Linear that now gets feature maps
    assert row[1] == "Linear" and row[2] == row[3] == row[4] == "–"  # unknown, not 0
    assert table.row_texts(table.rowCount() - 1)[3] == "–", "no partial total"
    assert row[5].startswith("Linear expects a flat input")
    assert (
        table.row_texts(table.rowCount() - 1)[5].endswith("error")
        or "errors" in table.row_texts(table.rowCount() - 1)[5]
    )
    document.undo()
    assert table.row_texts(table.rowCount() - 1)[5] == "Ready to train"


def test_clicking_a_row_selects_the_block(window):
    table = window.feature("builder").layer_table
    uid = window.document.network.layers[3].uid
    table.cellClicked.emit(4, 1)
    assert window.canvas.selected_uid() == uid
