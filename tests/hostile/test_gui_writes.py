"""The window's writes follow the same rules as the command line's: a user's file beside the
project is never taken over, and the open project is never overwritten by an export."""

from __future__ import annotations

import pytest

from netbuilder.document.project import save_project
from netbuilder.gui.builder.code_view import CodeView
from netbuilder.gui.document import Document
from netbuilder.gui.training.runs import RunSummary
from netbuilder.gui.training.runs_table import RunsTable

from .conftest import small_project


def test_a_users_file_named_like_the_runs_file_is_kept_and_the_panel_says_so(qtbot, tmp_path):
    path = tmp_path / "x.json"
    save_project(small_project(), path)
    theirs = tmp_path / "x.runs.json"
    theirs.write_text("my own notes, not runs")
    table = RunsTable()
    qtbot.addWidget(table)
    table.open_for(str(path))
    table.log.runs = [RunSummary(1, "Run 1", "Linear", "digits")]
    table.save_to(str(path))
    assert theirs.read_text() == "my own notes, not runs"
    assert "not a netbuilder runs file" in table.message.text()


def test_the_script_export_never_overwrites_the_open_project(qtbot, tmp_path):
    path = tmp_path / "p.json"
    save_project(small_project(), path)
    before = path.read_bytes()
    document = Document(small_project())
    document.set_path(str(path))
    view = CodeView(document)
    qtbot.addWidget(view)
    with pytest.raises(OSError, match="the open project"):
        view.export(path)
    assert path.read_bytes() == before
