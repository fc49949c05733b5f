"""The QApplication, and opening one panel on its own: shared by every panel's `__main__`."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from netbuilder.document.bundled import ICON_PNG, ICON_SVG
from netbuilder.document.project import load_project
from netbuilder.gui import files, garbage, theme, undo_keys, wheel_guard


def application() -> QApplication:
    """The one QApplication, created with the names QSettings uses."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("netbuilder")
    app.setOrganizationName("netbuilder")
    app.setDesktopFileName("netbuilder")  # Wayland finds the menu entry's icon by this name
    app.setWindowIcon(app_icon())
    theme.base_font()
    wheel_guard.install(app)
    undo_keys.install(app)
    return app


def app_icon() -> QIcon:
    """The icon the menu entry shows (netbuilder --install-desktop-entry), for every window."""
    icon = QIcon(str(ICON_SVG))
    icon.addFile(str(ICON_PNG))
    return icon


def standalone(factory: Callable[..., QWidget]) -> None:
    """Open one panel on its own, on the LeNet-5 example, for quick work on that panel."""
    from netbuilder.gui.document import Document

    app = application()
    garbage.collect_between_events()  # the panel's plots: collected between events only
    theme.apply_theme(app, False)
    document = Document(load_project(files.DEFAULT_PRESET))
    widget = factory(document)
    widget.resize(900, 600)
    widget.show()
    sys.exit(app.exec())
