"""The Help menu: keyboard shortcuts, how to use the app in four steps, and About (versions)."""

from __future__ import annotations

import html
import platform
from collections.abc import Callable, Iterable
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

import netbuilder
from netbuilder.gui import language
from netbuilder.gui.actions import bare, make_action, set_texts

HOW_TO = QT_TRANSLATE_NOOP(
    "Help",
    """
<h3>Four steps</h3>
<ol>
<li><b>Build.</b> Drag layers from <i>Layers</i> onto the canvas, between two blocks. Select a block
to edit it in the <i>Inspector</i>. Red blocks do not fit: the <i>Problems</i> list says why and
how to fix it. <i>Presets</i> opens ready-made networks.</li>
<li><b>Train.</b> Choose the data and settings in the <i>Training</i> tab, then press <b>Train</b>
in the run bar (Ctrl+T). Loss and accuracy update live in <i>Training plots</i>; Pause (Ctrl+P)
and Stop (Ctrl+.) are in the run bar and the Run menu.</li>
<li><b>Draw.</b> Once trained, draw a digit in the <i>Predict</i> tab and watch the network read it.
Click a block to see that layer's activations.</li>
<li><b>Evaluate.</b> The <i>Evaluation</i> tab shows the test accuracy and the confusion matrix;
click a cell to see those images. <b>Run &gt; Save Model…</b> keeps the trained weights.</li>
</ol>
<p>Your work is saved to a recovery file a few seconds after each change: if netbuilder stops
unexpectedly, the next start offers to restore it.</p>
""",
)


def versions() -> dict[str, str]:
    """netbuilder, torch, Qt, PySide6 and Python versions, for About and bug reports."""
    try:
        torch_version = metadata.version("torch")
    except metadata.PackageNotFoundError:
        torch_version = QCoreApplication.translate("Help", "not installed")
    return {
        "netbuilder": netbuilder.__version__,
        "torch": torch_version,
        "Qt": qVersion(),
        "PySide6": pyside_version,
        "Python": platform.python_version(),
    }


def about_html() -> str:
    rows = "".join(f"<tr><td>{k}</td><td><b>{v}</b></td></tr>" for k, v in versions().items())
    about = QCoreApplication.translate(
        "Help",
        "Build neural networks by dragging layers, train them with live plots, and draw digits "
        "for them to read.",
    )
    return f"<h3>netbuilder</h3><p>{about}</p><table cellpadding='3'>{rows}</table>"


def shortcuts_html(actions: Iterable[QAction]) -> str:
    """A table of every action that has a shortcut, in menu order."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            name = html.escape(bare(action.text()))
            rows.append(f"<tr><td>{name}</td><td><b>{', '.join(keys)}</b></td></tr>")
    zoom = QCoreApplication.translate("Help", "Zoom the canvas")
    wheel = QCoreApplication.translate("Help", "Ctrl+scroll")
    extra = f"<tr><td>{zoom}</td><td><b>{wheel}</b></td></tr>"
    return f"<table cellpadding='3'>{''.join(rows)}{extra}</table>"


def show_document(parent: QWidget, title: str, text: Callable[[], str]) -> QDialog:
    """A small non-modal window showing rich text, closed with Close or Esc. `title` is a source
    text of the "Help" context and `text` makes the page: both follow a change of language."""
    dialog = QDialog(parent)
    browser = QTextBrowser()
    browser.setOpenExternalLinks(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)

    def retranslate() -> None:
        dialog.setWindowTitle(QCoreApplication.translate("Help", title))
        browser.setHtml(text())

    retranslate()
    language.on_language_change(dialog, retranslate)
    dialog.resize(520, 460)
    dialog.show()
    return dialog


def fill_help_menu(window, menu: QMenu) -> None:
    """Help > Keyboard Shortcuts, How to Use netbuilder (F1), About netbuilder."""

    def menu_actions() -> list[QAction]:
        found = []
        for top in window.menuBar().actions():
            if top.menu() is not None:
                found.extend(_all_actions(top.menu()))
        return found

    window.how_to_action = make_action(
        window,
        "",
        lambda: show_document(
            window,
            QT_TRANSLATE_NOOP("Help", "How to use netbuilder"),
            lambda: QCoreApplication.translate("Help", HOW_TO),
        ),
        ["F1"],
    )
    window.shortcuts_action = make_action(
        window,
        "",
        lambda: show_document(
            window,
            QT_TRANSLATE_NOOP("Help", "Keyboard shortcuts"),
            lambda: shortcuts_html(menu_actions()),
        ),
    )
    window.about_action = make_action(
        window,
        "",
        lambda: show_document(window, QT_TRANSLATE_NOOP("Help", "About netbuilder"), about_html),
    )
    retranslate_help(window)
    menu.addActions([window.how_to_action, window.shortcuts_action])
    menu.addSeparator()
    menu.addAction(window.about_action)


def retranslate_help(window) -> None:
    """The Help menu's texts in the current language."""
    for action, text in (
        (window.how_to_action, QT_TRANSLATE_NOOP("Help", "&How to Use netbuilder")),
        (window.shortcuts_action, QT_TRANSLATE_NOOP("Help", "&Keyboard Shortcuts")),
        (window.about_action, QT_TRANSLATE_NOOP("Help", "&About netbuilder")),
    ):
        set_texts(action, QCoreApplication.translate("Help", text))


def _all_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(_all_actions(action.menu()))
        elif not action.isSeparator():
            found.append(action)
    return found
