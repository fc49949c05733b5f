"""The QApplication, and opening one panel on its own: shared by every panel's `__main__`."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from netbuilder.document.project import load_project
from netbuilder.gui import files, theme, undo_keys, wheel_guard


def application() -> QApplication:
    """The one QApplication, created with the names QSettings uses."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("netbuilder")
    app.setOrganizationName("netbuilder")
    theme.base_font()
    wheel_guard.install(app)
    undo_keys.install(app)
    return app


def standalone(factory: Callable[..., QWidget]) -> None:
    """Open one panel on its own, on the LeNet-5 example, for quick work on that panel."""
    from netbuilder.gui.document import Document

    app = application()
    theme.apply_theme(app, False)
    document = Document(load_project(files.DEFAULT_PRESET))
    widget = factory(document)
    widget.resize(900, 600)
    widget.show()
    sys.exit(app.exec())
