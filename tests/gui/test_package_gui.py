"""The installed app looks like itself: every window has netbuilder's icon (the menu entry's), and
an example named on the command line opens as a new untitled project."""

from netbuilder.gui.app import open_initial
from netbuilder.gui.standalone import application
from tests.paths import EXAMPLES


def test_every_window_has_the_menu_entrys_icon(builder_window):
    app = application()
    assert app.desktopFileName() == "netbuilder"
    for icon in (app.windowIcon(), builder_window.windowIcon()):
        assert not icon.isNull()
        assert not icon.pixmap(64, 64).toImage().isNull()


def test_an_example_by_name_opens_untitled_and_a_file_as_itself(builder_window):
    open_initial(builder_window, str(EXAMPLES / "spiral_relu.json"), as_example=True)
    assert builder_window.document.path is None
    assert builder_window.document.project.name.startswith("Spiral")
    open_initial(builder_window, str(EXAMPLES / "xor_relu.json"))
    assert builder_window.document.path == str(EXAMPLES / "xor_relu.json")
