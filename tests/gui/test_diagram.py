"""`netbuilder diagram`: the canvas drawn into PNG and SVG files, with no window shown."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from netbuilder.cli.main import main
from tests.paths import EXAMPLES


def test_diagram_writes_png_and_svg_of_the_canvas(qapp, tmp_path, capsys):
    png, svg = tmp_path / "lenet5.png", tmp_path / "lenet5.svg"
    args = ["diagram", str(EXAMPLES / "lenet5.json"), "--png", str(png), "--svg", str(svg)]
    assert main(args) == 0
    assert f"wrote {png}" in capsys.readouterr().out
    image = QImage(str(png))
    assert image.width() > 1000 and image.height() > 300
    colours = {QColor(image.pixel(x, image.height() // 5)).name() for x in range(image.width())}
    assert len(colours) > 10, "blocks in their category colours, not a blank image"
    text = svg.read_text()
    assert text.count("Conv2d") == 2 and "61.7k params in total" in text
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()], "no window shown"


def test_diagram_of_a_bad_project_says_why_and_writes_nothing(qapp, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert main(["diagram", str(bad), "--png", str(tmp_path / "x.png")]) == 1
    assert "not valid JSON" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
