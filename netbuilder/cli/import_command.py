"""`netbuilder import FILE -o PROJECT.json`: a model made elsewhere, as a netbuilder project.

What FILE is reads from its suffix (IMPORTERS): `.py` is PyTorch code, read and never run
(document/code_import); `.onnx` is a model graph with its weights (cli/import_onnx), parsed and
never run either.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from netbuilder.cli.output import printable, say
from netbuilder.cli.words import error_line, message_text, translate
from netbuilder.document.messages import shape_text


def add_command(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser(
        "import",
        help=translate(
            "cli", "turn PyTorch code (.py) or an ONNX model (.onnx) into a project (nothing runs)"
        ),
        description=translate(
            "cli",
            "Read a model from PyTorch code (nn.Sequential, or an nn.Module class) or from an "
            "ONNX file into a project. Nothing in the file is run; what is skipped or guessed "
            "is printed.",
        ),
    )
    command.add_argument(
        "file", metavar="FILE", help=translate("cli", "a .py file, or an .onnx model")
    )
    command.add_argument(
        "-o",
        "--output",
        metavar="PROJECT.json",
        required=True,
        help=translate("cli", "the project file to write"),
    )
    command.add_argument(
        "--input-shape",
        metavar="C,H,W",
        type=input_shape,
        help=translate(
            "cli",
            "the input's shape (channels,height,width, or features) where the code does not "
            "say it (default: 1,28,28 for images)",
        ),
    )
    command.add_argument(
        "--checkpoint",
        metavar="MODEL.pt",
        help=translate("cli", "ONNX: write the model's weights as a netbuilder model (.pt)"),
    )


def input_shape(text: str) -> tuple[int, ...]:
    """ "1,28,28" -> (1, 28, 28), for --input-shape."""
    parts = [part.strip() for part in text.replace("x", ",").split(",")]
    if len(parts) in (1, 3) and all(p.isdigit() and 0 < int(p) <= 4096 for p in parts):
        return tuple(int(p) for p in parts)
    raise argparse.ArgumentTypeError(
        translate(
            "cli",
            "{text} is not an input shape: give channels,height,width (e.g. 1,28,28) or the "
            "number of features (e.g. 784)",
        ).format(text=repr(text[:40]))
    )


def import_command(args: argparse.Namespace) -> int:
    if not Path(args.file).exists():
        reason = translate("cli", "{file} does not exist; check the path")
        print(printable(error_line(reason.format(file=args.file))), file=sys.stderr)
        return 1
    importer = IMPORTERS.get(Path(args.file).suffix.lower())
    if importer is None:
        reason = translate(
            "cli",
            "{file} is not a file netbuilder imports; give a .py file of PyTorch code or an "
            ".onnx model",
        )
        print(printable(error_line(reason.format(file=args.file))), file=sys.stderr)
        return 2
    return importer(args)


def _import_onnx(args: argparse.Namespace) -> int:
    from netbuilder.cli.import_onnx import import_onnx_command

    args.source = args.file
    return import_onnx_command(args)


def _import_code(args: argparse.Namespace) -> int:
    from netbuilder.document.analysis import analyse
    from netbuilder.document.code_import import CodeImportError, read_code_file
    from netbuilder.document.project import Project, save_project
    from netbuilder.document.safe_io import check_outputs, check_writable

    check_outputs([("--output", args.output)], [("the code", args.file)])
    check_writable(args.output)
    try:
        read = read_code_file(args.file, args.input_shape)
    except CodeImportError as refused:
        _print_notes(refused.notes)
        error = translate("cli", "{file}: {reason}")
        text = error.format(file=args.file, reason=message_text(refused.message))
        print(printable(error_line(text)), file=sys.stderr)
        return 1
    _print_notes([note for note in read.notes if note.code != "code_input_unknown"])
    if not read.image_size_known:
        unknown = translate(
            "cli",
            "note: the code does not say the input's image size: {shape} was used; give another "
            "with --input-shape C,H,W",
        )
        say(unknown.format(shape=shape_text(read.network.input_shape)))
    name = Path(args.file).stem
    save_project(Project(network=read.network, name=name), args.output)
    analysis = analyse(read.network, num_classes=None)
    for problem in analysis.errors:
        say(translate("cli", "problem: {text}").format(text=message_text(problem.sentence)))
    shape = shape_text(read.network.input_shape)
    count = len(read.network.all_layers())
    done = translate(
        "cli", "wrote {path}: {count} layers, input {shape}; open it with `netbuilder {path}`"
    )
    say(done.format(path=args.output, count=count, shape=shape))
    return 0


def _print_notes(notes) -> None:
    for note in notes:
        say(translate("cli", "note: {text}").format(text=message_text(note)))


IMPORTERS: dict[str, Callable[[argparse.Namespace], int]] = {
    ".py": _import_code,
    ".onnx": _import_onnx,
}
"""The file's suffix -> what reads it."""
