"""No GUI code branches on displayed text: a translated title or label would silently break it.

Branch on a code, a flag or an object name instead (messages are data: `gui/messages.py`).
"""

import ast
from pathlib import Path

import netbuilder

GUI = Path(netbuilder.__file__).parent / "gui"
SHOWN = {
    "text", "title", "windowTitle", "toolTip", "statusTip", "whatsThis", "format", "currentText",
    "placeholderText", "iconText", "toPlainText", "tabText", "message",
}  # fmt: skip
"""Getters (or attributes) that hold what a user sees."""
TEXT_TESTS = {"startswith", "endswith", "split", "rsplit", "partition", "find", "index", "count"}
ALLOWED = {
    ("training/runs_table.py", "item.text() != run.name"): "what the user typed into the cell",
    ("step/batch.py", 'label.text().replace("\\u200b", " ").split()'): "measures its words",
    ("builder/code_view.py", "text != self.editor.toPlainText()"): "generated code, re-set only "
    "when it changed so that the reader's scroll position stays",
    ("dataset_words.py", "title in _CATALOG"): "the engine's English title of a model's data "
    "(kept so in model files), read to show it in the user's language",
}
"""Reading the text is the point here (no branch on the app's own words), and why."""


def _shown(node: ast.AST) -> bool:
    """`node` is shown text: `label.text()`, `action.text().replace("&", "")`, `problem.message`,
    or a variable named for a title (`title == DATA_MISSING_TITLE`)."""
    if isinstance(node, ast.Name) and (node.id == "title" or node.id.endswith("_TITLE")):
        return True
    while True:
        if isinstance(node, ast.Attribute) and node.attr in SHOWN:
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in SHOWN:
                return True
            node = node.func.value
        else:
            return False


def _branches_on_shown_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Compare):
        return any(_shown(side) for side in (node.left, *node.comparators))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in TEXT_TESTS and _shown(node.func.value)
    return False


def offences(source: str, name: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if _branches_on_shown_text(node):
            code = ast.get_source_segment(source, node)
            if (name, code) not in ALLOWED:
                found.append(f"{name}:{node.lineno}: {code}")
    return found


def test_no_gui_code_compares_the_text_it_shows():
    found = []
    for path in sorted(GUI.rglob("*.py")):
        found += offences(path.read_text(encoding="utf-8"), path.relative_to(GUI).as_posix())
    assert found == []


def test_the_check_sees_the_ways_text_was_compared():
    """The forms this check was written for, as they were in the code before."""
    before = [
        "if self.frames_shown == 0 or self.caption.text() == INVITATION: pass",
        'if menu_action.text().replace("&", "") in ("Model", "File"): pass',
        'cells = "\\n".join(p.message.split(": ", 1)[-1] for p in problems)',
        "if title == DATA_MISSING_TITLE and spec is not None: pass",
    ]
    for line in before:
        assert offences(line, "x.py"), line
    assert not offences("if code == 'failed_data_unavailable': pass", "x.py")
