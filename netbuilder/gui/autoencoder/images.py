"""Pictures for the autoencoder views: rows of images as one RGB mosaic, pixels 0..1."""

from __future__ import annotations

import numpy as np

GAP = 2
GAP_COLOUR = (110, 110, 118)


def to_rgb(images: np.ndarray) -> np.ndarray:
    """(N, C, H, W) floats 0..1 -> (N, H, W, 3) uint8; one channel is grey, three are colour."""
    x = np.clip(np.nan_to_num(images.astype(np.float32)), 0.0, 1.0)
    x = np.repeat(x[:, :1], 3, axis=1) if x.shape[1] != 3 else x
    return (x.transpose(0, 2, 3, 1) * 255 + 0.5).astype(np.uint8)


def mosaic(rows: list[np.ndarray]) -> np.ndarray:
    """Rows of images (each (N, C, H, W), the same N) as one (rows*H, N*W, 3) image with gaps."""
    pictures = [to_rgb(row) for row in rows]
    count, h, w = pictures[0].shape[:3]
    height, width = len(rows) * (h + GAP) + GAP, count * (w + GAP) + GAP
    image = np.empty((height, width, 3), np.uint8)
    image[:] = GAP_COLOUR
    for r, row in enumerate(pictures):
        top = GAP + r * (h + GAP)
        for i, picture in enumerate(row):
            left = GAP + i * (w + GAP)
            image[top : top + h, left : left + w] = picture
    return image
