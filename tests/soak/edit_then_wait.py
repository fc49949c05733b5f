"""Open the main window on a data folder, make an edit, wait for the autosave, then hang until
killed: tests/gui/test_recovery.py kills it (SIGKILL) to check that the next start recovers."""

import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from netbuilder.document.bundled import EXAMPLES
from netbuilder.gui import commands
from netbuilder.gui.main_window import MainWindow
from netbuilder.gui.standalone import application

folder = Path(sys.argv[1])
app = application()
window = MainWindow(
    QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), data_folder=folder
)
window.autosave.timer.setInterval(100)
window.load_preset(EXAMPLES / "lenet5.json")
window.autosave.written.connect(lambda path: print("autosaved", path, flush=True))
commands.add_layer(window.document, "Dropout")
sys.exit(app.exec())
