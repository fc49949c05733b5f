"""`netbuilder predict MODEL IMAGE...`: read digit images with a trained model, in the terminal.

Digit models use exactly the drawing pad's preprocessing (engine.digit_image), so the terminal and
the app agree; image-folder models get the whole picture resized as in training (engine.picture).
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from netbuilder.cli.output import printable
from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.digit_image import Prediction
from netbuilder.engine.experiment import model_from_checkpoint
from netbuilder.engine.picture import predict_file

TOP = 3


def predict_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Print each image's prediction and top three; a bad model or image raises a user error.

    Every image is read first, so a missing file fails before anything is printed.
    """
    out = out or sys.stdout
    trained = model_from_checkpoint(load_checkpoint(args.model))
    predictions = [predict_file(trained, path) for path in args.images]
    for path, prediction in zip(args.images, predictions, strict=True):
        out.write(printable(format_prediction(str(path), prediction)))
    out.flush()
    return 0


def format_prediction(name: str, prediction: Prediction) -> str:
    """`IMAGE: predicted D (confidence XX.X%)` then the top three as `  1. D  XX.X%` lines."""
    if prediction.empty:
        return f"{name}: nothing drawn (the image has no ink)\n"
    label, confidence = prediction.ranked(1)[0]
    lines = [f"{name}: predicted {label} (confidence {confidence:.1%})"]
    lines += [
        f"  {rank}. {cls}  {p:.1%}" for rank, (cls, p) in enumerate(prediction.ranked(TOP), 1)
    ]
    return "\n".join(lines) + "\n"
