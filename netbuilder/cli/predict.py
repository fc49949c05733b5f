"""`netbuilder predict MODEL IMAGE...`: read digit images with a trained model, in the terminal.

Digit models use exactly the drawing pad's preprocessing (engine.digit_image), so the terminal and
the app agree; image-folder models get the whole picture resized as in training (engine.picture).
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

import numpy as np

from netbuilder.cli.output import printable
from netbuilder.cli.words import translate
from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.digit_image import ImageError, Prediction
from netbuilder.engine.experiment import model_from_checkpoint
from netbuilder.engine.picture import predict_file
from netbuilder.engine.table import read_features

TOP = 3


def predict_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Print each image's prediction and top three; a bad model or image raises a user error.

    Every image is read first, so a missing file fails before anything is printed.
    """
    out = out or sys.stdout
    if not args.images and not getattr(args, "csv", None):
        raise ImageError(
            translate("cli", "Give image files to read, or --csv FILE for a table model.")
        )
    trained = model_from_checkpoint(load_checkpoint(args.model))
    if getattr(args, "csv", None):
        out.write(printable(predict_rows(trained, args.csv)))
    if args.images and len(trained.project.network.input_shape) != 3:
        raise ImageError(
            translate("cli", "This model reads rows of numbers, not images: use --csv FILE.")
        )
    if trained.task == "reconstruction":
        return _reconstruct(trained, args, out)
    predictions = [predict_file(trained, path) for path in args.images]
    for path, prediction in zip(args.images, predictions, strict=True):
        out.write(printable(format_prediction(str(path), prediction)))
    out.flush()
    return 0


def format_prediction(name: str, prediction: Prediction) -> str:
    """`IMAGE: predicted D (confidence XX.X%)` then the top three as `  1. D  XX.X%` lines."""
    if prediction.empty:
        return (
            translate("cli", "{name}: nothing drawn (the image has no ink)").format(name=name)
            + "\n"
        )
    label, confidence = prediction.ranked(1)[0]
    line = translate("cli", "{name}: predicted {label} (confidence {confidence})")
    lines = [line.format(name=name, label=label, confidence=f"{confidence:.1%}")]
    lines += [
        f"  {rank}. {cls}  {p:.1%}" for rank, (cls, p) in enumerate(prediction.ranked(TOP), 1)
    ]
    return "\n".join(lines) + "\n"


def predict_rows(trained, path: str) -> str:
    """One line per row of a CSV: `row N: predicted CLASS (confidence XX.X%)` or `row N: VALUE`."""
    from netbuilder.engine.digit_image import model_device
    from netbuilder.engine.evaluation import predict_probabilities, predict_values

    shape = tuple(trained.project.network.input_shape)
    if len(shape) != 1:
        reason = translate(
            "cli", "{path}: this model reads images {shape}, not table rows; give images."
        )
        raise ImageError(reason.format(path=path, shape=shape))
    _header, features = read_features(path, shape[0])
    device = model_device(trained.model)
    if trained.task == "regression":
        values = predict_values(
            trained.model, features, trained.mean, trained.std, trained.target, device
        )
        return "".join(f"row {i}: {v:.6g}\n" for i, v in enumerate(values, start=2))
    probabilities = predict_probabilities(
        trained.model, features, trained.mean, trained.std, device
    )
    line = translate("cli", "row {row}: predicted {label} (confidence {confidence})")
    return "".join(
        line.format(row=i, label=trained.classes[p.argmax()], confidence=f"{p.max():.1%}") + "\n"
        for i, p in enumerate(probabilities, start=2)
    )


def _reconstruct(trained, args: argparse.Namespace, out: TextIO) -> int:
    """An autoencoder rebuilds each image: its pixel error is printed and, with --out, the
    reconstruction written as PNG (FILE for one image, FILE_1.png, FILE_2.png... for more)."""
    from netbuilder.engine.reconstruction import reconstruct, save_png

    pictures = [_autoencoder_input(trained, path) for path in args.images]
    targets = _out_paths(getattr(args, "out", None), len(pictures))
    for path, picture, target in zip(args.images, pictures, targets, strict=True):
        rebuilt = reconstruct(trained.model, picture[None])[0]
        error = float(((rebuilt - picture / 255.0) ** 2).mean())
        line = translate("cli", "{name}: reconstructed, pixel MSE {mse}")
        out.write(printable(line.format(name=str(path), mse=f"{error:.4f}") + "\n"))
        if target is not None:
            save_png(rebuilt, target)
            line = translate("cli", "saved the reconstruction to {path}")
            out.write(printable(line.format(path=target) + "\n"))
    out.flush()
    return 0


def _autoencoder_input(trained, path) -> np.ndarray:
    """uint8 (C, H, W): prepared as for a digit model (centred, light on dark), else resized."""
    from netbuilder.engine.digit_image import load_digit
    from netbuilder.engine.picture import load_picture

    shape = tuple(trained.project.network.input_shape)
    if trained.preprocessing == "digit" and shape == (1, 28, 28):
        digit, _inverted = load_digit(path)
        if digit is None:
            reason = translate("cli", "{name}: nothing drawn (the image has no ink)")
            raise ImageError(reason.format(name=str(path)))
        return digit[None]
    return load_picture(path, shape)


def _out_paths(out: str | None, count: int) -> list[str | None]:
    if not out:
        return [None] * count
    if count == 1:
        return [out]
    stem, dot, suffix = out.rpartition(".")
    base, ext = (stem, dot + suffix) if dot else (out, ".png")
    return [f"{base}_{i}{ext}" for i in range(1, count + 1)]
