"""A picture file made into the input of an image-folder model: the whole picture, resized.

Digit models (MNIST and the like) read pictures the MNIST way, in `digit_image`; a model trained
on a folder of images saw each image resized to its input size, so a new picture is resized the
same way (`image_folder._pixels`), in colour when the model takes colour.
"""

from __future__ import annotations

import os

import numpy as np
from torch import nn

from netbuilder.engine.digit_image import (
    MAX_PIXELS,
    Prediction,
    load_digit,
    model_device,
    open_image,
    predict_digit,
)
from netbuilder.engine.evaluation import predict_probabilities


def load_picture(path: str | os.PathLike[str], shape: tuple[int, ...]) -> np.ndarray:
    """uint8 (C, H, W) for an input of shape (C, H, W): decoded, converted, resized. ImageError.

    The same safeguards as digit_image.read_image: raster formats only, ordinary files only,
    pixel bombs refused from the header.
    """
    from PIL import Image, ImageOps

    channels, height, width = shape
    with open_image(path) as opened:
        _check_size(opened.size)
        image = ImageOps.exif_transpose(opened).convert("L" if channels == 1 else "RGB")
    if image.size != (width, height):
        image = image.resize((width, height), Image.Resampling.BILINEAR)
    array = np.array(image, dtype=np.uint8)
    return array[None] if channels == 1 else np.ascontiguousarray(array.transpose(2, 0, 1))


def _check_size(size: tuple[int, int]) -> None:
    width, height = size
    if width * height > MAX_PIXELS or width < 1 or height < 1:
        raise ValueError(
            f"it is {width}x{height} pixels; netbuilder reads images of at most "
            f"{MAX_PIXELS // 1_000_000} million pixels (crop or shrink it first)"
        )


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
