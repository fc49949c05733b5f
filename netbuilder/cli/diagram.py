"""`netbuilder diagram PROJECT --png FILE / --svg FILE`: the canvas drawing, for slides and papers."""

from __future__ import annotations

import argparse
import os
import sys

from netbuilder.cli.output import say
from netbuilder.cli.words import translate
from netbuilder.document.safe_io import check_outputs, check_writable


def diagram_command(args: argparse.Namespace) -> int:
    if not (args.png or args.svg):
        print(
            translate(
                "cli", "netbuilder diagram: error: say what to write: --png FILE or --svg FILE"
            ),
            file=sys.stderr,
        )
        return 2
    from netbuilder.document.project import load_project

    project = load_project(args.project)  # a bad file fails before Qt starts
    outputs = [("--png", args.png), ("--svg", args.svg)]
    check_outputs(outputs, [("the project it draws", args.project)])
    for _, output in outputs:
        if output:
            check_writable(output)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # never a window, display or not
    from PySide6.QtWidgets import QApplication

    from netbuilder.gui import theme
    from netbuilder.gui.builder import render_diagram
    from netbuilder.gui.standalone import application

    ours = QApplication.instance() is None  # a running app keeps its own look
    app = application()
    if ours or args.dark:
        theme.apply_theme(app, args.dark)
    size = render_diagram(project, png=args.png, svg=args.svg, width=args.width)
    for path in (args.png, args.svg):
        if path:
            line = translate("cli", "wrote {path} ({width} x {height} points)")
            say(line.format(path=path, width=size.width(), height=size.height()))
    return 0
