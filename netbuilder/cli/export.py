"""`netbuilder export`: a project (or a saved model's project) as a training script, and a saved
model as TorchScript or ONNX.

`export PROJECT --python FILE` never imports torch; a MODEL.pt needs it to be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netbuilder.cli.output import say
from netbuilder.cli.words import translate
from netbuilder.document.project import Project, load_project
from netbuilder.document.safe_io import check_outputs, check_writable, write_text_atomically
from netbuilder.document.script_export import training_script


def export_command(args: argparse.Namespace) -> int:
    if not (args.python or args.onnx or args.torchscript):
        print(
            translate(
                "cli",
                "netbuilder export: error: say what to write: --python FILE, --onnx FILE or "
                "--torchscript FILE",
            ),
            file=sys.stderr,
        )
        return 2
    source = Path(args.source)
    outputs = [
        ("--python", args.python),
        ("--onnx", args.onnx),
        ("--torchscript", args.torchscript),
    ]
    check_outputs(outputs, [("the file it exports from", source)])
    for _, output in outputs:
        if output:
            check_writable(output)  # a bad output fails before any work
    trained = _trained_model(source) if _is_model(source) else None
    if args.python:
        project = trained.project if trained is not None else load_project(source)
        _write_script(project, Path(args.python))
    if args.onnx or args.torchscript:
        if trained is None:
            raise _needs_model(source)
        _write_models(trained, args)
    return 0


def _is_model(path: Path) -> bool:
    """A checkpoint is a torch zip file; a project is JSON text. A FIFO is never opened."""
    from netbuilder.document.safe_io import check_regular_file

    try:
        check_regular_file(path)
        with path.open("rb") as stream:
            return stream.read(2) == b"PK"
    except OSError:
        return path.suffix == ".pt"


def _trained_model(path: Path):
    from netbuilder.engine.checkpoint import load_checkpoint
    from netbuilder.engine.experiment import model_from_checkpoint

    return model_from_checkpoint(load_checkpoint(path))


def _needs_model(path: Path) -> Exception:
    from netbuilder.engine.checkpoint import CheckpointError

    reason = translate(
        "cli",
        "{path} is a project, not a trained model: --onnx and --torchscript need a file from "
        "`netbuilder train --checkpoint` or the app's Save model",
    )
    return CheckpointError(reason.format(path=path))


def _write_script(project: Project, path: Path) -> None:
    write_text_atomically(path, training_script(project))
    if project.name:
        line = translate(
            "cli",
            "wrote {path}: `python {path} --data DATA` trains {name}; "
            "`torchrun --nproc-per-node N {path} --data DATA` trains it on N processes",
        )
    else:
        line = translate(
            "cli",
            "wrote {path}: `python {path} --data DATA` trains the model; "
            "`torchrun --nproc-per-node N {path} --data DATA` trains it on N processes",
        )
    say(line.format(path=path, name=project.name))


def _write_models(trained, args: argparse.Namespace) -> None:
    from netbuilder.engine.model_export import export_onnx, export_torchscript

    shape = "x".join(str(s) for s in trained.project.network.input_shape)
    for path, write, kind in ((args.torchscript, export_torchscript, "TorchScript"),
                              (args.onnx, export_onnx, "ONNX")):  # fmt: skip
        if path:
            write(trained, path)
            line = translate(
                "cli", "wrote {path} ({kind}): pixels 0..1 shaped (N, {shape}) in, logits out"
            )
            if trained.task == "reconstruction":
                line = translate(
                    "cli",
                    "wrote {path} ({kind}): pixels 0..1 shaped (N, {shape}) in, "
                    "their reconstructions out",
                )
            say(line.format(path=path, kind=kind, shape=shape))
