"""A drawn or photographed digit made into what the network was trained on, the MNIST way.

MNIST digits were cropped to their ink, scaled (keeping the aspect ratio, anti-aliased) to fit a
20x20 box, and pasted into 28x28 with the centre of mass at the centre. `mnist_digit` does exactly
that; the drawing pad, the prediction panel and `netbuilder predict` all go through it, and then
through `dataset.normalise`, the same normalisation as training.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from netbuilder.document.limits import MAX_DATA_BYTES
from netbuilder.document.messages import Message, explained
from netbuilder.document.safe_io import open_regular, os_reason
from netbuilder.engine.evaluation import predict_probabilities

SIZE = 28  # the image the network receives
BOX = 20  # the longer side of the digit's ink inside it
CENTRE = SIZE / 2  # where the centre of mass goes, in pixel-index coordinates (as MNIST)
INK_THRESHOLD = 0.1  # a pixel darker than this (of 1.0) is background when finding the ink
_BORDER = 0.1  # fraction of each side sampled to tell the background colour of a photo
IMAGE_FORMATS = ("PNG", "JPEG", "BMP", "GIF", "TIFF", "WEBP")  # raster only: nothing that runs code
MAX_PIXELS = 50_000_000  # refused from the header, before decoding (a 48 MP phone photo fits)
_WORKING_SIDE = 2048  # larger images are shrunk to this while decoding; a digit needs far less


class ImageError(OSError):
    """An image file that cannot be read; the message names the file and `reason` says why.

    An OSError, so the CLI and the app already report it as a user's error, never a traceback.
    """

    def __init__(self, message: str | Message, reason: str = "") -> None:
        self.message, text = explained(message)  # the Message front ends translate, or None
        super().__init__(text)
        self.reason = reason or text


@dataclass(frozen=True, eq=False)
class Prediction:
    """What the network made of one image; `empty` when there was no ink to read."""

    image: np.ndarray  # uint8 (28, 28): exactly the pixels the network received
    probabilities: np.ndarray  # (C,) float32; all zeros when empty
    classes: tuple[str, ...]
    empty: bool = False

    @property
    def top(self) -> int:
        return int(np.argmax(self.probabilities))

    def ranked(self, count: int = 3) -> list[tuple[str, float]]:
        """The `count` most likely (class name, probability), most likely first."""
        order = np.argsort(-self.probabilities, kind="stable")[:count]
        return [(self.classes[i], float(self.probabilities[i])) for i in order]


def as_gray(image: np.ndarray | torch.Tensor) -> np.ndarray:
    """A 2-D float32 image in [0, 1] from uint8 0-255 or floats 0-1 (H, W), (H, W, C) or (C, H, W)."""
    array = image.detach().cpu().numpy() if isinstance(image, torch.Tensor) else np.asarray(image)
    scale = 255.0 if array.dtype == np.uint8 else 1.0
    array = array.astype(np.float32) / scale
    if array.ndim == 3:
        array = _collapse_channels(array)
    if array.ndim != 2:
        raise ValueError(f"expected a 2-D grayscale image, got shape {array.shape}")
    return np.clip(array, 0.0, 1.0)


def _collapse_channels(array: np.ndarray) -> np.ndarray:
    """(H, W, C) or (C, H, W) with 1, 3 or 4 channels -> (H, W) luminance (alpha ignored)."""
    channels_last = array.shape[-1] in (1, 3, 4) and array.shape[0] not in (1, 3, 4)
    array = array if channels_last else np.moveaxis(array, 0, -1)
    if array.shape[-1] == 1:
        return array[..., 0]
    return array[..., :3] @ np.array([0.299, 0.587, 0.114], dtype=np.float32)


@dataclass(frozen=True)
class Placement:
    """Where the 28x28 grid lies over the image it was made from, in that image's pixels (edges,
    not centres): the grid's top-left corner and its whole width and height. So a picture in the
    grid's cells (an attribution) can be laid back over the drawing, on the strokes."""

    x: float
    y: float
    width: float
    height: float


def mnist_digit(image: np.ndarray | torch.Tensor) -> np.ndarray | None:
    """Bright ink on dark, any size -> uint8 (28, 28) prepared like MNIST; None if nothing is drawn."""
    placed = mnist_digit_placed(image)
    return None if placed is None else placed[0]


def mnist_digit_placed(image: np.ndarray | torch.Tensor) -> tuple[np.ndarray, Placement] | None:
    """`mnist_digit`, and where its 28x28 grid lies over `image`; None if nothing is drawn."""
    gray = as_gray(image)
    rows, cols = np.nonzero(gray > INK_THRESHOLD)
    if len(rows) == 0:
        return None
    ink = gray[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]
    box = _fit_box(ink)
    digit, top, left = _paste_centred(box)
    # the resize maps the ink's edges onto the box's edges (bilinear, align_corners=False)
    across, down = ink.shape[1] / box.shape[1], ink.shape[0] / box.shape[0]
    x, y = cols.min() - left * across, rows.min() - top * down
    return digit, Placement(float(x), float(y), SIZE * across, SIZE * down)


def _fit_box(ink: np.ndarray) -> np.ndarray:
    """Scale so the longer side is BOX pixels, keeping the aspect ratio, anti-aliased."""
    height, width = ink.shape
    scale = BOX / max(height, width)
    size = (max(1, round(height * scale)), max(1, round(width * scale)))
    tensor = torch.from_numpy(np.ascontiguousarray(ink))[None, None]
    resized = F.interpolate(tensor, size=size, mode="bilinear", antialias=True, align_corners=False)
    return resized[0, 0].clamp(0.0, 1.0).numpy()


def _paste_centred(box: np.ndarray) -> tuple[np.ndarray, int, int]:
    """Put box into 28x28 moved by whole pixels so its centre of mass lands on (14, 14); also
    where its top-left corner went (row, column).

    The move is limited so no ink leaves the image (MNIST's digits never touch the border).
    """
    height, width = box.shape
    cy, cx = centre_of_mass(box)
    top = int(np.clip(round(CENTRE - cy), 0, SIZE - height))
    left = int(np.clip(round(CENTRE - cx), 0, SIZE - width))
    out = np.zeros((SIZE, SIZE), dtype=np.float32)
    out[top : top + height, left : left + width] = box
    return np.round(out * 255).astype(np.uint8), top, left


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(row, column) of the intensity-weighted mean pixel index; the middle for a blank image."""
    weights = np.asarray(image, dtype=np.float64)
    total = weights.sum()
    if total <= 0:
        return (weights.shape[0] - 1) / 2, (weights.shape[1] - 1) / 2
    rows, cols = np.indices(weights.shape)
    return float((rows * weights).sum() / total), float((cols * weights).sum() / total)


# --- Image files ---------------------------------------------------------------------------------


def ink_on_dark(gray: np.ndarray) -> tuple[np.ndarray, bool]:
    """Make a photo or scan bright-ink-on-dark with a black background: (image, was it inverted).

    The background is the median of a band around the border (the mean for tiny images): a light
    one is inverted. Then the background level is subtracted and the contrast stretched, so grey
    paper becomes black and the ink reaches full brightness, as in MNIST.
    """
    background = _border_median(gray)
    inverted = background > 0.5
    image = 1.0 - gray if inverted else gray
    background = 1.0 - background if inverted else background
    peak = float(image.max())
    if peak - background < INK_THRESHOLD:  # a blank page: nothing to stretch
        return np.zeros_like(image), inverted
    return np.clip((image - background) / (peak - background), 0.0, 1.0), inverted


def _border_median(gray: np.ndarray) -> float:
    height, width = gray.shape
    band_y, band_x = max(1, int(height * _BORDER)), max(1, int(width * _BORDER))
    if height <= 2 * band_y or width <= 2 * band_x:
        return float(gray.mean())
    border = np.concatenate([
        gray[:band_y].ravel(), gray[-band_y:].ravel(),
        gray[band_y:-band_y, :band_x].ravel(), gray[band_y:-band_y, -band_x:].ravel(),
    ])  # fmt: skip
    return float(np.median(border))


def read_image(path: str | os.PathLike[str]) -> np.ndarray:
    """A PNG, JPEG, BMP, GIF, TIFF or WebP as float32 grayscale (H, W) in [0, 1], as stored.

    Only these raster formats are decoded (never PostScript or other formats that run programs),
    only ordinary files are opened, and an image over MAX_PIXELS is refused from its header,
    before any decoding. Transparent pixels are laid on a background that contrasts with the
    ink, so a dark digit on a transparent background reads like one on white paper. Raises
    ImageError.
    """
    with open_image(path) as opened:
        return _decoded(opened)


@contextmanager
def open_image(
    path: str | os.PathLike[str], formats: tuple[str, ...] = IMAGE_FORMATS
) -> Iterator[Any]:
    """The PIL image at path, opened the one safe way: raster formats only (`formats`, a subset
    of IMAGE_FORMATS), ordinary files only, decompression bombs refused. Any failure, also inside
    the `with` body, becomes ImageError. Callers check the size with `check_pixels`."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings(), open_regular(path, MAX_DATA_BYTES, "image") as stream:
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(stream, formats=formats) as opened:
                yield opened
    except FileNotFoundError:
        message = Message("image_missing", {"path": str(path)})
        raise ImageError(message, "no such file") from None
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as error:
        reason = _reason(error, formats)
        raise ImageError(
            Message("image_unreadable", {"path": str(path), "reason": reason}), reason
        ) from None


def check_pixels(size: tuple[int, int]) -> None:
    """The pixel budget, checked from the header before decoding: ValueError when over it."""
    width, height = size
    if width * height > MAX_PIXELS or width < 1 or height < 1:
        raise ValueError(
            f"it is {width}x{height} pixels; netbuilder reads images of at most "
            f"{MAX_PIXELS // 1_000_000} million pixels (crop or shrink it first)"
        )


def _decoded(opened: Any) -> np.ndarray:
    """The opened image's pixels as grayscale [0, 1], after checking its size from the header."""
    from PIL import ImageOps

    check_pixels(opened.size)
    opened.thumbnail((_WORKING_SIDE, _WORKING_SIDE))  # a digit needs no more; JPEGs decode smaller
    opened = ImageOps.exif_transpose(opened)
    if opened.mode in ("F", "I") or opened.mode.startswith("I;16"):
        return _high_depth_gray(np.asarray(opened, dtype=np.float32), opened.mode)
    rgba = np.asarray(opened.convert("RGBA"), dtype=np.float32) / 255.0
    return _flatten_alpha(rgba)


def _high_depth_gray(pixels: np.ndarray, mode: str) -> np.ndarray:
    """Float (0..1 or 0..255) and 16/32-bit grayscale to [0, 1]; NaN counts as black."""
    pixels = np.nan_to_num(pixels, nan=0.0, posinf=0.0, neginf=0.0)
    peak = float(pixels.max()) if pixels.size else 0.0
    if mode == "F":
        scale = 1.0 if peak <= 1.0 else 255.0
    else:
        scale = 255.0 if peak <= 255 else 65535.0
    return np.clip(pixels / scale, 0.0, 1.0).astype(np.float32)


def _reason(error: Exception, formats: tuple[str, ...] = IMAGE_FORMATS) -> str:
    from PIL import Image, UnidentifiedImageError

    if isinstance(error, UnidentifiedImageError):
        return f"not a {', '.join(formats)} image (or a corrupt one)"
    if isinstance(error, (Image.DecompressionBombError, Image.DecompressionBombWarning)):
        return f"it has too many pixels (at most {MAX_PIXELS // 1_000_000} million)"
    if isinstance(error, OSError):
        return os_reason(error)
    return str(error) or type(error).__name__


def _flatten_alpha(rgba: np.ndarray) -> np.ndarray:
    gray = rgba[..., :3] @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    alpha = rgba[..., 3]
    if alpha.min() >= 1.0:
        return gray
    ink_level = float((gray * alpha).sum() / max(alpha.sum(), 1e-6))
    background = 1.0 if ink_level < 0.5 else 0.0
    return gray * alpha + background * (1.0 - alpha)


def load_digit(path: str | os.PathLike[str]) -> tuple[np.ndarray | None, bool]:
    """An image file as the network's 28x28 input (None if it has no ink), and whether it was inverted."""
    image, inverted = ink_on_dark(read_image(path))
    return mnist_digit(image), inverted


# --- Prediction ----------------------------------------------------------------------------------


def model_device(model: nn.Module) -> torch.device:
    """Where the model's weights are; prediction runs there rather than moving the model."""
    for tensor in model.parameters():
        return tensor.device
    for tensor in model.buffers():
        return tensor.device
    return torch.device("cpu")


def network_input(digit: np.ndarray, mean: float, std: float) -> torch.Tensor:
    """uint8 (28, 28) -> float (1, 1, 28, 28), normalised exactly as in training."""
    from netbuilder.engine.dataset import normalise

    return normalise(torch.from_numpy(np.ascontiguousarray(digit))[None], mean, std)


def predict_digit(
    model: nn.Module, digit: np.ndarray | None, mean: float, std: float, classes: tuple[str, ...]
) -> Prediction:
    """Class probabilities for one prepared digit (from mnist_digit or load_digit)."""
    if digit is None:
        blank = np.zeros((SIZE, SIZE), dtype=np.uint8)
        return Prediction(blank, np.zeros(len(classes), dtype=np.float32), classes, empty=True)
    probabilities = predict_probabilities(model, digit[None], mean, std, model_device(model))[0]
    return Prediction(digit, probabilities, classes)
