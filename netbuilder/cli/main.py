"""The command line. With no command it opens the app; the commands work headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from netbuilder import __version__
from netbuilder.cli import optimize

COMMANDS = ("gui", "summary", "train", "export", "predict", "optimize")

_EPILOG = """\
examples:
  netbuilder                              open the app with LeNet-5 ready to train
  netbuilder examples/lenet5.json         open a project in the app
  netbuilder summary examples/lenet5.json
  netbuilder train examples/mlp_784_200_200_10.json --epochs 3 --checkpoint mlp.pt
  netbuilder predict mlp.pt digit.png
  netbuilder export examples/lenet5.json --python train_lenet5.py
  netbuilder optimize himmelblau --optimizer adam --lr 0.001 --start 0 0
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netbuilder",
        description="Build neural networks from layers, train them on MNIST, and draw digits for them.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"netbuilder {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _gui_command(commands)
    _summary_command(commands)
    _train_command(commands)
    _export_command(commands)
    _predict_command(commands)
    optimize.add_command(commands)
    return parser


def _gui_command(commands: argparse._SubParsersAction) -> None:
    gui = commands.add_parser("gui", help="open the app (the default when no command is given)")
    gui.add_argument("project", nargs="?", help="a project file to open")
    gui.add_argument("--screenshot", metavar="FILE", help="render the window to a PNG and exit")


def _summary_command(commands: argparse._SubParsersAction) -> None:
    summary = commands.add_parser("summary", help="print each layer's output shape and parameters")
    summary.add_argument("project")


def _train_command(commands: argparse._SubParsersAction) -> None:
    train = commands.add_parser("train", help="train a project and report test accuracy")
    train.add_argument("project")
    train.add_argument(
        "--dataset", help="mnist, fashion-mnist, synthetic-digits, or a folder of IDX files"
    )
    train.add_argument(
        "--data-dir", help="where datasets are stored (default: $NETBUILDER_DATA_DIR or per-user)"
    )
    train.add_argument("--epochs", type=int, help="override the project's epochs")
    train.add_argument("--device", help="auto, cpu, cuda, cuda:N or mps")
    train.add_argument(
        "--limit-train", type=int, metavar="N", help="train on the first N samples only"
    )
    train.add_argument("--metrics-out", metavar="FILE", help="write final metrics as JSON")
    train.add_argument(
        "--checkpoint", metavar="FILE", help="save the trained model (for predict and the app)"
    )
    train.add_argument(
        "--resume", metavar="FILE", help="continue from a checkpoint's weights and optimizer"
    )
    train.add_argument("--no-download", action="store_true", help="never download missing data")
    train.add_argument(
        "--folds",
        type=int,
        metavar="K",
        help="k-fold cross-validation: train K times, report mean +- std",
    )


def _export_command(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help="write a standalone PyTorch training script")
    export.add_argument("project")
    export.add_argument("--python", metavar="FILE", required=True, help="the .py file to write")


def _predict_command(commands: argparse._SubParsersAction) -> None:
    predict = commands.add_parser("predict", help="classify digit images with a trained model")
    predict.add_argument("model", help="a file from `train --checkpoint` or saved from the app")
    predict.add_argument("images", nargs="+", help="PNG or JPEG images of single digits")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (
        args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help", "--version")
    ):
        args_list.insert(0, "gui")
    args = build_parser().parse_args(args_list)
    handler: Callable[[argparse.Namespace], int] = globals()[f"_run_{args.command}"]
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - every failure becomes a message, never a traceback
        if not _is_user_error(error):
            raise
        print(f"netbuilder: error: {error}", file=sys.stderr)
        return 1


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
    from netbuilder.gui.app import run

    return run(args.project, screenshot=args.screenshot)


def _run_summary(args: argparse.Namespace) -> int:
    from netbuilder.document.analysis import analyse
    from netbuilder.document.project import load_project
    from netbuilder.document.summary import summary_table

    project = load_project(args.project)
    print(summary_table(project))
    return 0 if analyse(project.network, loss=project.training.loss).valid else 1


def _run_train(args: argparse.Namespace) -> int:
    from netbuilder.cli.train import train_command

    return train_command(args)


def _run_export(args: argparse.Namespace) -> int:
    from netbuilder.document.project import load_project, write_text_atomically
    from netbuilder.document.script_export import training_script

    project = load_project(args.project)
    write_text_atomically(Path(args.python), training_script(project))
    print(
        f"wrote {args.python}: python {args.python} --data-dir DATA trains {project.name or 'the model'}"
    )
    return 0


def _run_predict(args: argparse.Namespace) -> int:
    from netbuilder.cli.predict import predict_command

    return predict_command(args)


def _run_optimize(args: argparse.Namespace) -> int:
    return optimize.optimize_command(args)
