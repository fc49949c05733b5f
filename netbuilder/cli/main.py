"""The command line. With no command it opens the app; the commands work headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from netbuilder import __version__
from netbuilder.cli import explain, import_command, optimize, sweep
from netbuilder.cli.parser import Parser
from netbuilder.cli.setting_options import add_training_options
from netbuilder.cli.words import error_line, translate
from netbuilder.document.bundled import example_names, example_path
from netbuilder.document.datasets import DATASETS
from netbuilder.document.messages import QT_TRANSLATE_NOOP

COMMANDS = (
    "gui", "summary", "train", "sweep", "export", "predict", "explain", "embed", "optimize",
    "diagram", "examples", "import",
)  # fmt: skip
# Options that stand alone, as --version does (any other first word that is no command opens the app).
OPTIONS = ("-h", "--help", "--version", "--install-desktop-entry", "--uninstall-desktop-entry")

_EPILOG = QT_TRANSLATE_NOOP(
    "cli",
    """examples:
  netbuilder                              open the app with LeNet-5 ready to train
  netbuilder lenet5                       open an example (`netbuilder examples` lists them)
  netbuilder my_network.json              open a project in the app
  netbuilder summary lenet5
  netbuilder train mlp_784_200_200_10 --epochs 3 --checkpoint mlp.pt
  netbuilder predict mlp.pt digit.png
  netbuilder explain mlp.pt digit.png --png why.png
  netbuilder embed mlp.pt --png map.png --csv map.csv
  netbuilder export lenet5 --python train_lenet5.py
  netbuilder optimize himmelblau --optimizer adam --lr 0.001 --start 0 0
  torchrun --nproc-per-node 2 train_lenet5.py --data DATA   (the script on 2 processes)
  netbuilder export mlp.pt --onnx mlp.onnx --torchscript mlp.torchscript.pt
  netbuilder diagram lenet5 --png lenet5.png --svg lenet5.svg
  netbuilder --install-desktop-entry      add netbuilder to the desktop's applications menu

A PROJECT is a project file or the name of an example that comes with netbuilder.
""",
)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="netbuilder",
        description=translate(
            "cli",
            "Build neural networks from layers, train them on MNIST, and draw digits for them.",
        ),
        epilog=translate("cli", _EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"netbuilder {__version__}")
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=translate(
            "cli", "add netbuilder and its icon to the applications menu (in ~/.local/share)"
        ),
    )
    parser.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help=translate("cli", "remove that menu entry again"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _gui_command(commands)
    _summary_command(commands)
    _train_command(commands)
    sweep.add_command(commands)
    _export_command(commands)
    _predict_command(commands)
    explain.add_commands(commands)
    optimize.add_command(commands)
    _diagram_command(commands)
    import_command.add_command(commands)
    commands.add_parser(
        "examples", help=translate("cli", "list the example projects that come with netbuilder")
    )
    return parser


def _gui_command(commands: argparse._SubParsersAction) -> None:
    gui = commands.add_parser(
        "gui", help=translate("cli", "open the app (the default when no command is given)")
    )
    gui.add_argument("project", nargs="?", help=translate("cli", "a project file to open"))
    gui.add_argument(
        "--screenshot", metavar="FILE", help=translate("cli", "render the window to a PNG and exit")
    )
    gui.add_argument(
        "--presenter",
        action="store_true",
        help=translate("cli", "with --screenshot: in presenter mode"),
    )
    gui.add_argument(
        "--size",
        metavar="WxH",
        type=_window_size,
        help=translate("cli", "with --screenshot: the window's size"),
    )
    # For benchmarks/startup.py and the tests: print when the window painted (and torch loaded).
    gui.add_argument(
        "--report-startup", choices=("paint", "ready"), metavar="WHEN", help=argparse.SUPPRESS
    )


def _summary_command(commands: argparse._SubParsersAction) -> None:
    summary = commands.add_parser(
        "summary", help=translate("cli", "print each layer's output shape and parameters")
    )
    summary.add_argument("project")


def _train_command(commands: argparse._SubParsersAction) -> None:
    train = commands.add_parser(
        "train", help=translate("cli", "train a project and report test accuracy")
    )
    train.add_argument("project")
    train.add_argument(
        "--dataset",
        help=translate(
            "cli",
            "{names}, a folder of IDX files, a folder of images with one subfolder per class, "
            "or a CSV file",
        ).format(names=", ".join(DATASETS)),
    )
    train.add_argument(
        "--target",
        metavar="NAME",
        help=translate("cli", "a CSV's label column (default: label, else the last)"),
    )
    train.add_argument(
        "--task",
        choices=("classification", "regression"),
        help=translate(
            "cli",
            "for a CSV: what its label column is (default: regression for a numeric column "
            "with many distinct values)",
        ),
    )
    train.add_argument(
        "--image-size",
        metavar="N|HxW",
        help=translate("cli", "resize an image folder's images (default: their own)"),
    )
    train.add_argument(
        "--data-dir",
        help=translate(
            "cli", "where datasets are stored (default: $NETBUILDER_DATA_DIR or per-user)"
        ),
    )
    train.add_argument(
        "--metrics-out", metavar="FILE", help=translate("cli", "write final metrics as JSON")
    )
    train.add_argument(
        "--checkpoint",
        metavar="FILE",
        help=translate("cli", "save the trained model (for predict and the app)"),
    )
    train.add_argument(
        "--resume",
        metavar="FILE",
        help=translate("cli", "continue from a checkpoint's weights and optimizer"),
    )
    train.add_argument(
        "--no-download", action="store_true", help=translate("cli", "never download missing data")
    )
    train.add_argument(
        "--tensorboard",
        metavar="DIR",
        help=translate("cli", "write TensorBoard event files (tensorboard --logdir DIR)"),
    )
    train.add_argument(
        "--regions-png",
        metavar="FILE",
        help=translate("cli", "2-D data: write the final decision regions as PNG"),
    )
    train.add_argument(
        "--fit-png",
        metavar="FILE",
        help=translate("cli", "regression: write the final fit over the data as PNG"),
    )
    train.add_argument(
        "--latent-csv",
        metavar="FILE",
        help=translate(
            "cli", "an autoencoder with a 2-value code: write the test images' codes (x, y, label)"
        ),
    )
    add_training_options(train)  # --epochs, --learning-rate, ...: one per training setting


def _export_command(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help=translate(
            "cli", "write a training script (runs under torchrun), or a model as ONNX/TorchScript"
        ),
    )
    export.add_argument(
        "source",
        metavar="PROJECT|MODEL",
        help=translate("cli", "a project, or a saved model (.pt)"),
    )
    export.add_argument(
        "--python", metavar="FILE", help=translate("cli", "a standalone torch training script")
    )
    export.add_argument(
        "--onnx", metavar="FILE", help=translate("cli", "the model as ONNX (needs a saved model)")
    )
    export.add_argument(
        "--torchscript",
        metavar="FILE",
        help=translate("cli", "the model as TorchScript (needs a saved model)"),
    )


def _predict_command(commands: argparse._SubParsersAction) -> None:
    predict = commands.add_parser(
        "predict", help=translate("cli", "classify images (or CSV rows) with a trained model")
    )
    predict.add_argument(
        "model", help=translate("cli", "a file from `train --checkpoint` or saved from the app")
    )
    predict.add_argument(
        "images",
        nargs="*",
        help=translate("cli", "PNG or JPEG images (of single digits, for a digit model)"),
    )
    predict.add_argument(
        "--out",
        metavar="FILE",
        help=translate("cli", "an autoencoder: write the image's reconstruction as PNG"),
    )
    predict.add_argument(
        "--csv",
        metavar="FILE",
        help=translate("cli", "a table model: predict each row of this CSV"),
    )


def _diagram_command(commands: argparse._SubParsersAction) -> None:
    diagram = commands.add_parser(
        "diagram",
        help=translate("cli", "draw the network as the canvas shows it, to PNG or SVG (no window)"),
    )
    diagram.add_argument("project")
    diagram.add_argument(
        "--png", metavar="FILE", help=translate("cli", "a PNG image (2 pixels per point)")
    )
    diagram.add_argument("--svg", metavar="FILE", help=translate("cli", "an SVG drawing"))
    diagram.add_argument(
        "--width", type=int, default=1200, help=translate("cli", "layout width in points")
    )
    diagram.add_argument(
        "--dark", action="store_true", help=translate("cli", "the dark theme's colours")
    )


def main(argv: Sequence[str] | None = None) -> int:
    from netbuilder.cli.output import make_output_streams_safe, printable

    make_output_streams_safe()
    args_list = list(sys.argv[1:] if argv is None else argv)
    unknown = _unknown_command(args_list)
    if unknown:
        print(printable(error_line(unknown)), file=sys.stderr)
        return 1
    if not args_list or (args_list[0] not in COMMANDS and args_list[0] not in OPTIONS):
        args_list.insert(0, "gui")
    args = build_parser().parse_args(args_list)
    if args.command is None:
        args.command = "desktop_entry"
    _open_examples_by_name(args)
    handler: Callable[[argparse.Namespace], int] = globals()[f"_run_{args.command}"]
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("\n" + translate("cli", "interrupted"), file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - every failure becomes a message, never a traceback
        if not _is_user_error(error):
            raise
        print(printable(error_line(error)), file=sys.stderr)
        return 1


def _unknown_command(args: list[str]) -> str:
    """Why args[0] is neither a command nor a project to open (a typo such as `summry`), or ''."""
    if not args or args[0] in COMMANDS or args[0].startswith("-"):
        return ""
    word = args[0]
    if Path(word).exists() or any(c in word for c in "./\\~") or example_path(word):
        return ""  # a project file or an example to open (a missing file is reported there)
    import difflib

    close = difflib.get_close_matches(word, [*COMMANDS, *example_names()], n=1)
    hint = translate("cli", " (did you mean {name}?)").format(name=repr(close[0])) if close else ""
    return translate(
        "cli",
        "unknown command {word}{hint}; the commands are {commands} "
        "(`netbuilder examples` lists the examples to open by name)",
    ).format(word=repr(word[:40]), hint=hint, commands=", ".join(COMMANDS))


def _open_examples_by_name(args: argparse.Namespace) -> None:
    """A PROJECT that is no file but an example's name ("lenet5") means that example; the app
    opens it as a new untitled project, as File > New from example does, so Save never writes
    into the installed package."""
    args.example = False
    for name in ("project", "source"):
        value = getattr(args, name, None)
        path = example_path(value) if value and not Path(value).exists() else None
        if path is not None:
            setattr(args, name, str(path))
            args.example = True


def _is_user_error(error: Exception) -> bool:
    from netbuilder.document.errors import DOCUMENT_ERRORS

    if isinstance(error, DOCUMENT_ERRORS):
        return True
    # An engine error can only come from a loaded engine; never import torch just to ask.
    if "netbuilder.engine" not in sys.modules:
        return False
    from netbuilder.engine.errors import USER_ERRORS

    return isinstance(error, USER_ERRORS)


def _run_gui(args: argparse.Namespace) -> int:
    if args.screenshot:
        from netbuilder.document.safe_io import check_outputs, check_writable

        check_outputs([("--screenshot", args.screenshot)], [("the project", args.project)])
        check_writable(args.screenshot)
    from netbuilder.gui.app import run

    return run(
        args.project,
        screenshot=args.screenshot,
        report_startup=args.report_startup,
        presenter=args.presenter,
        size=args.size,
        as_example=args.example,
    )


def _window_size(text: str) -> tuple[int, int]:
    """ "1024x768" -> (1024, 768), for --size."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and 200 <= int(width) and 200 <= int(height)):
        raise argparse.ArgumentTypeError(
            translate(
                "cli", "{text} is not a window size: give width x height in pixels, e.g. 1024x768"
            ).format(text=repr(text))
        )
    return int(width), int(height)


def _run_summary(args: argparse.Namespace) -> int:
    from netbuilder.cli.output import say
    from netbuilder.document.analysis import analyse
    from netbuilder.document.datasets import dataset_classes
    from netbuilder.document.project import load_project
    from netbuilder.document.summary import summary_table

    project = load_project(args.project)
    say(summary_table(project, translate))
    classes = dataset_classes(project.dataset, project.dataset_params)
    return (
        0
        if analyse(
            project.network, classes, project.training.loss, project.training.objective
        ).valid
        else 1
    )


def _run_train(args: argparse.Namespace) -> int:
    from netbuilder.cli.train import train_command

    return train_command(args)


def _run_sweep(args: argparse.Namespace) -> int:
    return sweep.sweep_command(args)


def _run_export(args: argparse.Namespace) -> int:
    from netbuilder.cli.export import export_command

    return export_command(args)


def _run_diagram(args: argparse.Namespace) -> int:
    from netbuilder.cli.diagram import diagram_command

    return diagram_command(args)


def _run_predict(args: argparse.Namespace) -> int:
    from netbuilder.cli.predict import predict_command

    return predict_command(args)


def _run_explain(args: argparse.Namespace) -> int:
    return explain.explain_command(args)


def _run_embed(args: argparse.Namespace) -> int:
    return explain.embed_command(args)


def _run_import(args: argparse.Namespace) -> int:
    return import_command.import_command(args)


def _run_optimize(args: argparse.Namespace) -> int:
    return optimize.optimize_command(args)


def _run_examples(args: argparse.Namespace) -> int:
    from netbuilder.cli.output import say
    from netbuilder.document.project import load_project

    names = example_names()
    width = max(map(len, names))
    for name in names:
        title = load_project(example_path(name)).name
        say(f"{name:<{width}}  {translate('examples', title) if title else ''}")
    say(
        translate(
            "cli",
            "Open one with `netbuilder NAME`; summary, train, export and diagram take a NAME too.",
        )
    )
    return 0


def _run_desktop_entry(args: argparse.Namespace) -> int:
    from netbuilder.cli import desktop

    if args.uninstall_desktop_entry:
        return desktop.uninstall_command()
    if args.install_desktop_entry:
        return desktop.install_command()
    build_parser().print_usage(sys.stderr)
    return 2
