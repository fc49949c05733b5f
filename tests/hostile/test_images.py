"""Hostile images for `netbuilder predict` (and the app's Open image, which reads them the same way)."""

from __future__ import annotations

import io
import os
import struct
import sys
import zlib

import numpy as np
import pytest
from PIL import Image

from netbuilder.cli.main import main
from netbuilder.engine.digit_image import read_image

from .conftest import make_fifo

POSTSCRIPT = (
    b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n(PWNED) (w) file closefile\nshowpage\n"
)


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG that claims width x height: decoding it would take gigabytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * (width + 1) * 64, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def test_postscript_disguised_as_png_is_never_rendered(refuse, model_file, tmp_path):
    image = tmp_path / "digit.png"
    image.write_bytes(POSTSCRIPT)
    refuse(["predict", model_file, image], image, "not a PNG")
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.parametrize("size", [(13000, 13000), (8000, 8000), (1, 60_000_000)])
def test_pixel_bomb_is_refused_from_its_header(refuse, model_file, tmp_path, size):
    image = tmp_path / "bomb.png"
    image.write_bytes(png_header_only(*size))
    refuse(["predict", model_file, image], image, "pixels")


def test_fifo_and_devices_are_refused(refuse, model_file, tmp_path):
    fifo = make_fifo(tmp_path / "digit.png")
    refuse(["predict", model_file, fifo], fifo, "not an ordinary file")
    refuse(["predict", model_file, "/dev/zero"], "/dev/zero", "not an ordinary file")
    refuse(["predict", model_file, tmp_path], tmp_path, "folder")


def test_truncated_png_gives_a_message(refuse, model_file, tmp_path):
    good = tmp_path / "good.png"
    Image.fromarray(np.full((28, 28), 255, np.uint8)).save(good)
    bad = tmp_path / "cut.png"
    bad.write_bytes(good.read_bytes()[:40])
    good.unlink()
    refuse(["predict", model_file, bad], bad)


def test_float_tiff_from_0_to_1_reads_as_stored(tmp_path):
    pixels = np.zeros((40, 40), np.float32)
    pixels[8:32, 18:22] = 1.0
    pixels[0, 0] = np.nan
    Image.fromarray(pixels, mode="F").save(tmp_path / "one.tif")
    gray = read_image(tmp_path / "one.tif")
    assert gray[20, 20] == pytest.approx(1.0) and gray[20, 5] == 0.0 and gray[0, 0] == 0.0


def test_sixteen_bit_png_reads_as_stored(tmp_path):
    pixels = np.zeros((30, 30), np.uint16)
    pixels[5:25, 14:16] = 65535
    Image.fromarray(pixels).save(tmp_path / "deep.png")
    gray = read_image(tmp_path / "deep.png")
    assert gray[10, 15] == pytest.approx(1.0) and gray[10, 5] == 0.0


def test_non_utf8_file_name_is_printed_escaped(model_file, tmp_path, monkeypatch):
    """Under a strict UTF-8 terminal, a file name that is not UTF-8 (with an escape) prints safely."""
    name = os.fsdecode(os.fsencode(tmp_path) + b"/d\xff\x1b[31m.png")
    Image.fromarray(np.zeros((28, 28), np.uint8)).save(name, format="PNG")
    terminal = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["predict", str(model_file), name]) == 0
    terminal.flush()
    printed = terminal.buffer.getvalue()
    assert b"\x1b" not in printed and b"d\\xff\\x1b[31m.png: nothing drawn" in printed
