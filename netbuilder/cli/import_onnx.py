"""`netbuilder import MODEL.onnx -o PROJECT.json --checkpoint MODEL.pt`: an ONNX model as a
project and its trained weights (engine/onnx_import.py reads it; nothing in the file runs).

The project opens in the app and trains like any other; the checkpoint is what `train
--checkpoint` writes, so `predict`, `export` and the app's Load model take it as it is.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from netbuilder.cli.output import say
from netbuilder.cli.words import translate


def import_onnx_command(args: argparse.Namespace) -> int:
    """Read args.source (.onnx); write args.output (project) and args.checkpoint (weights)."""
    from netbuilder.document.safe_io import check_outputs, check_writable
    from netbuilder.engine.onnx_import import import_onnx, save_import

    outputs = [("-o", args.output), ("--checkpoint", args.checkpoint)]
    check_outputs(outputs, [("the model it imports", args.source)])
    for _, output in outputs:
        if output:
            check_writable(output)  # a bad output fails before the model is read
    trained = import_onnx(args.source)
    save_import(trained, args.output, args.checkpoint)
    say(_summary(trained, args.source))
    if args.output:
        say(translate("cli", "saved the project to {path}").format(path=args.output))
    if args.checkpoint:
        line = translate("cli", "saved its weights to {path} (predict, export and the app take it)")
        say(line.format(path=args.checkpoint))
    else:
        say(translate("cli", "the weights were not saved: add --checkpoint FILE to keep them"))
    return 0


def _summary(trained, source: str) -> str:
    project = trained.project
    line = translate(
        "cli",
        "imported {path}: {count} blocks, input {shape}, {classes} outputs, dataset {dataset}",
    )
    shape = "x".join(str(size) for size in project.network.input_shape)
    return line.format(
        path=Path(source).name,
        count=len(project.network.all_layers()),
        shape=shape,
        classes=len(trained.classes),
        dataset=project.dataset,
    )
