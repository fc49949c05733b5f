"""Picture files decoded the one way training and prediction share: the whole picture, resized.

Digit models (MNIST and the like) read pictures the MNIST way, in `digit_image`; a folder of
images is decoded here for training (`image_folder`), and a new picture for a model trained on one
is decoded here too, so both see the same pixels: turned upright by its EXIF orientation (as a
phone photo shows), converted to gray or RGB, resized. Every file is opened through
`digit_image.open_image` (raster formats only, ordinary files only) and refused over the pixel
budget from its header, before decoding.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np
from torch import nn

from netbuilder.engine.digit_image import (
    IMAGE_FORMATS,
    Prediction,
    check_pixels,
    load_digit,
    model_device,
    open_image,
    predict_digit,
)
from netbuilder.engine.evaluation import predict_probabilities

_TURNED = (5, 6, 7, 8)  # EXIF orientations that swap width and height
_ORIENTATION = 0x0112  # the EXIF tag


def picture_header(
    path: str | os.PathLike[str], formats: tuple[str, ...] = IMAGE_FORMATS
) -> tuple[str, tuple[int, int]]:
    """(mode, (width, height)) of the picture as load_picture sees it (upright), from its header
    alone, without decoding the pixels. ImageError."""
    with open_image(path, formats) as opened:
        check_pixels(opened.size)
        return opened.mode, _upright(opened.size, opened)


def load_picture(
    path: str | os.PathLike[str], shape: tuple[int, ...], formats: tuple[str, ...] = IMAGE_FORMATS
) -> np.ndarray:
    """uint8 (C, H, W) for an input of shape (C, H, W): decoded, turned upright, converted,
    resized. ImageError."""
    from PIL import Image, ImageOps

    channels, height, width = shape
    mode = "L" if channels == 1 else "RGB"
    with open_image(path, formats) as opened:
        check_pixels(opened.size)
        opened.draft(mode, _upright((width, height), opened))  # a JPEG decodes smaller: faster
        image = ImageOps.exif_transpose(opened).convert(mode)
    if image.size != (width, height):
        image = image.resize((width, height), Image.Resampling.BILINEAR)
    array = np.array(image, dtype=np.uint8)  # a writable copy, for torch.from_numpy
    return array[None] if channels == 1 else np.ascontiguousarray(array.transpose(2, 0, 1))


def _upright(size: tuple[int, int], opened: Any) -> tuple[int, int]:
    """size as stored <-> size as shown: swapped when the EXIF orientation turns the picture."""
    turned = opened.getexif().get(_ORIENTATION) in _TURNED
    return (size[1], size[0]) if turned else size


def predict_picture(
    model: nn.Module, picture: np.ndarray, mean: float, std: float, classes: tuple[str, ...]
) -> Prediction:
    """Class probabilities for one uint8 (C, H, W) picture from load_picture."""
    probabilities = predict_probabilities(model, picture[None], mean, std, model_device(model))[0]
    return Prediction(picture, probabilities, classes)


def predict_file(trained, path: str | os.PathLike[str]) -> Prediction:
    """What a trained model (experiment.TrainedModel) reads in a picture file, prepared its way."""
    if trained.preprocessing == "digit":
        digit, _inverted = load_digit(path)
        return predict_digit(trained.model, digit, trained.mean, trained.std, trained.classes)
    shape = tuple(trained.project.network.input_shape)
    picture = load_picture(path, shape)
    return predict_picture(trained.model, picture, trained.mean, trained.std, trained.classes)
