"""`netbuilder explain` and `netbuilder embed`: what a trained model looks at, and a map of what
it learned, as pictures and numbers (the engine's attributions and embedding do the work)."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from netbuilder.cli.output import say
from netbuilder.cli.words import translate

METHODS = ("integrated-gradients", "saliency", "gradcam")
"""engine.attributions.METHODS, here so that `--help` never imports torch."""
SCALE = 8  # a 28x28 digit becomes a 224-pixel square per panel


def add_commands(commands: argparse._SubParsersAction) -> None:
    explain = commands.add_parser(
        "explain",
        help=translate(
            "cli", "show which pixels pushed a prediction toward a class (Captum attributions)"
        ),
    )
    explain.add_argument("model", help=translate("cli", "a saved model (.pt)"))
    explain.add_argument("image", help=translate("cli", "a PNG or JPEG image"))
    explain.add_argument("--method", choices=METHODS, default="integrated-gradients")
    explain.add_argument(
        "--target",
        metavar="CLASS",
        help=translate("cli", "the class to explain, by name or number (default: the prediction)"),
    )
    explain.add_argument(
        "--layer",
        metavar="NAME",
        help=translate("cli", "gradcam: the Conv2d to look at, by module name (default: the last)"),
    )
    explain.add_argument(
        "--png", metavar="FILE", help=translate("cli", "the picture and its attribution")
    )
    explain.add_argument(
        "--npy",
        metavar="FILE",
        help=translate("cli", "a NumPy array (2, H, W): the input (0..1) and the attribution"),
    )
    embed = commands.add_parser(
        "embed",
        help=translate("cli", "draw the test set as the network sees it, in 2-D (t-SNE)"),
    )
    embed.add_argument("model", help=translate("cli", "a saved model (.pt)"))
    embed.add_argument(
        "--dataset", help=translate("cli", "the data to map (default: the model's own)")
    )
    embed.add_argument(
        "--data-dir",
        help=translate(
            "cli", "where datasets are stored (default: $NETBUILDER_DATA_DIR or per-user)"
        ),
    )
    embed.add_argument(
        "--layer",
        metavar="NAME",
        help=translate(
            "cli", "the module whose input is mapped (default: the last Linear's input)"
        ),
    )
    embed.add_argument(
        "--points", type=int, default=2000, help=translate("cli", "how many test samples")
    )
    embed.add_argument(
        "--csv", metavar="FILE", help=translate("cli", "columns x, y, label, prediction")
    )
    embed.add_argument("--png", metavar="FILE", help=translate("cli", "the map as a picture"))


def explain_command(args: argparse.Namespace) -> int:
    import numpy as np

    from netbuilder.document.safe_io import check_writable
    from netbuilder.engine.attributions import AttributionError, attribute
    from netbuilder.engine.checkpoint import load_checkpoint
    from netbuilder.engine.digit_image import ImageError, load_digit
    from netbuilder.engine.experiment import model_from_checkpoint
    from netbuilder.engine.picture import load_picture

    for path in (args.png, args.npy):
        if path:
            check_writable(path)
    trained = model_from_checkpoint(load_checkpoint(args.model))
    shape = tuple(trained.project.network.input_shape)
    if len(shape) != 3:
        raise ImageError(translate("cli", "This model reads rows of numbers, not images."))
    if trained.preprocessing == "digit":
        pixels, _inverted = load_digit(args.image)
    else:
        pixels = load_picture(args.image, shape)
    target = _target(args.target, trained.classes)
    try:
        result = attribute(
            trained.model, pixels, trained.mean, trained.std, target, args.method, args.layer
        )
    except AttributionError as error:
        raise ImageError(str(error)) from None
    image = result.image
    if args.npy:
        gray = image.mean(axis=0)
        np.save(args.npy, np.stack([gray, result.values]).astype(np.float32))
    if args.png:
        attribution_picture(image, result.values).save(args.png)
    line = translate(
        "cli", "{method} for class {label}: {positive:.1%} of the attribution is positive"
    )
    values = result.values
    total = float(np.abs(values).sum()) or 1.0
    say(
        line.format(
            method=args.method,
            label=trained.classes[result.target],
            positive=float(values.clip(min=0).sum()) / total,
        )
    )
    return 0


def _target(text: str | None, classes: tuple[str, ...]) -> int | None:
    from netbuilder.engine.digit_image import ImageError

    if text is None:
        return None
    if text in classes:
        return classes.index(text)
    if text.isdigit() and int(text) < len(classes):
        return int(text)
    reason = translate("cli", "{target} is not one of the model's classes: {classes}")
    raise ImageError(reason.format(target=repr(text[:40]), classes=", ".join(classes)))


def attribution_picture(image, values):
    """The input on the left, its attribution (engine.attributions.overlay) on the right."""
    import numpy as np
    from PIL import Image

    from netbuilder.engine.attributions import overlay

    rgb = np.repeat(image, 3, axis=0) if image.shape[0] == 1 else image[:3]
    base = (rgb * 255).astype(np.uint8)
    gap = np.full((3, base.shape[1], 2), 255, np.uint8)
    both = np.concatenate([base, gap, overlay(image, values)], axis=2).transpose(1, 2, 0)
    height, width = both.shape[:2]
    picture = Image.fromarray(np.ascontiguousarray(both))
    return picture.resize((width * SCALE, height * SCALE), Image.Resampling.NEAREST)


def embed_command(args: argparse.Namespace) -> int:
    from netbuilder.document.safe_io import check_writable
    from netbuilder.engine.checkpoint import load_checkpoint
    from netbuilder.engine.data import load_dataset
    from netbuilder.engine.embedding import embed, separation
    from netbuilder.engine.experiment import model_from_checkpoint

    for path in (args.csv, args.png):
        if path:
            check_writable(path)
    trained = model_from_checkpoint(load_checkpoint(args.model))
    project = trained.project
    name = args.dataset or project.dataset
    params = project.dataset_params if name == project.dataset else None
    dataset = load_dataset(name, args.data_dir, download=False, params=params)
    result = embed(
        trained.model, dataset.test, trained.mean, trained.std, args.layer, max(5, args.points)
    )
    if args.csv:
        with Path(args.csv).open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(["x", "y", "label", "prediction"])
            for (x, y), label, predicted in zip(
                result.points, result.labels, result.predictions, strict=True
            ):
                writer.writerow([f"{x:.4f}", f"{y:.4f}", int(label), int(predicted)])
    if args.png:
        map_picture(result.points, result.labels, result.predictions).save(args.png)
    line = translate(
        "cli",
        "{count} test samples at {layer}: 5-nearest-neighbour accuracy in the map {score:.2f}",
    )
    layer = result.layer or translate("cli", "the input")
    say(
        line.format(
            count=len(result.labels), layer=layer, score=separation(result.points, result.labels)
        )
    )
    return 0


PALETTE = (
    (31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
    (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207),
)  # fmt: skip
"""The ten categorical colours of matplotlib's tab10 (pyqtgraph's intColor is less distinct)."""


def map_picture(points, labels, predictions, size: int = 800):
    """Points coloured by true class; a mistake is drawn as a ring instead of a dot."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    low, high = points.min(axis=0), points.max(axis=0)
    span = (high - low).clip(min=1e-6)
    for (x, y), label, predicted in zip(points, labels, predictions, strict=True):
        px = 20 + (x - low[0]) / span[0] * (size - 40)
        py = 20 + (y - low[1]) / span[1] * (size - 40)
        colour = PALETTE[int(label) % len(PALETTE)]
        box = (px - 3, py - 3, px + 3, py + 3)
        if label == predicted:
            draw.ellipse(box, fill=colour)
        else:
            draw.ellipse(box, outline=colour, width=2)
    return image
