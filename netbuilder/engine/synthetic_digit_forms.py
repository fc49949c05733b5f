"""The ways people write each digit, as pen strokes: the shapes behind the synthetic digits.

A form is a few strokes (polylines in unit coordinates, x right, y down) and how often writers
use it. The list follows what real handwriting shows: a 1 plain, with a flag, or with a flag and
a base; a 7 with or without a crossbar, with a curved stem; open and closed 4s; a 9 with a straight
or a curved tail; an 8 in one crossing stroke or as two loops. The first form of each digit is
its canonical shape (DIGIT_STROKES), the one the drawing-pad tests draw.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

Point = tuple[float, float]
Strokes = list[list[Point]]


class Form(NamedTuple):
    """One way of writing a digit: a name a person would use, how common it is, its strokes."""

    name: str
    weight: float
    strokes: Strokes


def _arc(
    cx: float, cy: float, rx: float, ry: float, start: float, end: float, n: int
) -> list[Point]:
    """n+1 points on an elliptical arc; angles in degrees, 0 = right, 90 = down (y points down)."""
    angles = np.radians(np.linspace(start, end, n + 1))
    return [(round(cx + rx * math.cos(a), 4), round(cy + ry * math.sin(a), 4)) for a in angles]


def _bezier(p0: Point, p1: Point, p2: Point, n: int) -> list[Point]:
    """n+1 points on the quadratic Bezier curve p0 -> p2 pulled towards p1."""
    ts = np.linspace(0.0, 1.0, n + 1)
    return [
        (
            round((1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t**2 * p2[0], 4),
            round((1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t**2 * p2[1], 4),
        )
        for t in ts
    ]


_ZERO = [
    Form("oval", 0.35, [_arc(0.5, 0.5, 0.23, 0.37, -100, 265, 20)]),
    Form("narrow", 0.2, [_arc(0.5, 0.5, 0.17, 0.38, -80, 290, 20)]),
    Form("round", 0.25, [_arc(0.5, 0.5, 0.33, 0.38, -95, 268, 24)]),
    Form("overlapping ends", 0.2, [_arc(0.5, 0.52, 0.28, 0.36, -60, 330, 24)]),
]
_FLAG = [(0.38, 0.26), (0.47, 0.18), (0.56, 0.1), (0.555, 0.5), (0.55, 0.9)]
_ONE = [
    Form("flag", 0.2, [_FLAG]),
    Form("plain", 0.35, [[(0.52, 0.1), (0.5, 0.9)]]),
    Form("bent", 0.15, [[(0.53, 0.1), (0.515, 0.5), (0.5, 0.9)]]),
    Form("short flag", 0.15, [[(0.44, 0.19), (0.55, 0.1), (0.545, 0.5), (0.54, 0.9)]]),
    Form("flag and base", 0.15, [_FLAG, [(0.4, 0.9), (0.55, 0.9), (0.7, 0.9)]]),
]
_TWO = [
    Form(
        "plain",
        0.35,
        [_arc(0.5, 0.32, 0.23, 0.21, 195, 375, 12) + [(0.25, 0.88), (0.5, 0.885), (0.8, 0.88)]],
    ),
    Form(
        "looped base",
        0.25,
        [
            _arc(0.5, 0.3, 0.22, 0.19, 200, 380, 12)
            + _bezier((0.72, 0.36), (0.55, 0.66), (0.26, 0.87), 6)[1:]
            + _arc(0.31, 0.8, 0.07, 0.07, 120, -90, 8)
            + [(0.55, 0.76), (0.8, 0.82)]
        ],
    ),
    Form(
        "curved neck",
        0.2,
        [
            _arc(0.48, 0.3, 0.24, 0.2, 190, 360, 10)
            + _bezier((0.72, 0.3), (0.7, 0.6), (0.22, 0.86), 8)[1:]
            + _bezier((0.22, 0.86), (0.5, 0.8), (0.82, 0.86), 6)[1:]
        ],
    ),
    Form(
        "Z-like",
        0.2,
        [
            [(0.25, 0.22)]
            + _bezier((0.3, 0.14), (0.7, 0.02), (0.72, 0.3), 6)
            + [(0.24, 0.86), (0.5, 0.87), (0.78, 0.86)]
        ],
    ),
]
_THREE = [
    Form(
        "two bowls",
        0.55,
        [_arc(0.48, 0.3, 0.21, 0.19, 205, 450, 14) + _arc(0.48, 0.68, 0.24, 0.21, 270, 505, 14)],
    ),
    Form(
        "flat top",
        0.2,
        [
            [(0.3, 0.12), (0.72, 0.12)]
            + _bezier((0.72, 0.12), (0.55, 0.3), (0.45, 0.45), 5)[1:]
            + _arc(0.47, 0.67, 0.25, 0.22, 265, 510, 14)
        ],
    ),
    Form(
        "small top",
        0.25,
        [_arc(0.5, 0.26, 0.17, 0.15, 200, 445, 12) + _arc(0.48, 0.63, 0.27, 0.26, 265, 500, 16)],
    ),
]
_FOUR = [
    Form(
        "open",
        0.35,
        [
            [(0.3, 0.12), (0.27, 0.4), (0.24, 0.6), (0.5, 0.6), (0.8, 0.6)],
            [(0.66, 0.2), (0.64, 0.9)],
        ],
    ),
    Form(
        "closed",
        0.3,
        [
            [(0.6, 0.1), (0.4, 0.36), (0.2, 0.64), (0.5, 0.64), (0.8, 0.64)],
            [(0.6, 0.1), (0.6, 0.9)],
        ],
    ),
    Form(
        "open, slanting arm",
        0.2,
        [
            [(0.4, 0.1), (0.28, 0.36), (0.18, 0.58), (0.5, 0.57), (0.82, 0.55)],
            [(0.7, 0.12), (0.66, 0.5), (0.63, 0.92)],
        ],
    ),
    Form(
        "open, tall stem",
        0.15,
        [
            [(0.26, 0.2), (0.25, 0.5), (0.5, 0.52), (0.78, 0.5)],
            [(0.64, 0.08), (0.62, 0.5), (0.6, 0.92)],
        ],
    ),
]
_FIVE = [
    Form(
        "with lifted top",
        0.45,
        [
            [(0.34, 0.12), (0.33, 0.3), (0.31, 0.47)] + _arc(0.48, 0.66, 0.24, 0.22, 230, 510, 16),
            [(0.34, 0.12), (0.55, 0.12), (0.76, 0.11)],
        ],
    ),
    Form(
        "one stroke",
        0.35,
        [
            [(0.76, 0.12), (0.54, 0.12), (0.35, 0.13), (0.32, 0.3), (0.29, 0.47)]
            + _arc(0.5, 0.66, 0.23, 0.21, 220, 490, 16)
        ],
    ),
    Form(
        "round belly",
        0.2,
        [
            [(0.36, 0.1), (0.33, 0.42)] + _arc(0.5, 0.64, 0.26, 0.25, 235, 500, 16),
            [(0.36, 0.1), (0.78, 0.1)],
        ],
    ),
]
_SIX = [
    Form(
        "curved stem",
        0.4,
        [
            _bezier((0.6, 0.1), (0.3, 0.32), (0.3, 0.68), 10)
            + _arc(0.5, 0.69, 0.2, 0.19, 180, -175, 16)[1:]
        ],
    ),
    Form(
        "small loop",
        0.3,
        [
            _bezier((0.56, 0.1), (0.35, 0.35), (0.32, 0.75), 10)
            + _arc(0.5, 0.72, 0.18, 0.16, 165, -180, 14)[1:]
        ],
    ),
    Form(
        "big loop",
        0.3,
        [
            _bezier((0.58, 0.1), (0.24, 0.3), (0.27, 0.66), 10)
            + _arc(0.5, 0.66, 0.23, 0.23, 180, -175, 16)[1:]
        ],
    ),
]
_SEVEN_TOP = [(0.22, 0.14), (0.5, 0.14), (0.78, 0.13)]
_SEVEN = [
    Form("plain", 0.3, [_SEVEN_TOP + [(0.62, 0.5), (0.52, 0.9)]]),
    Form(
        "crossbar",
        0.1,
        [
            [(0.22, 0.16), (0.5, 0.13), (0.78, 0.13), (0.64, 0.5), (0.53, 0.9)],
            [(0.38, 0.5), (0.7, 0.49)],
        ],
    ),
    Form(
        "curved",
        0.1,
        [[(0.2, 0.2), (0.22, 0.13)] + _bezier((0.22, 0.13), (0.75, 0.1), (0.45, 0.9), 12)[1:]],
    ),
    Form("hooked top", 0.15, [[(0.22, 0.27)] + _SEVEN_TOP + [(0.6, 0.5), (0.52, 0.9)]]),
    Form(
        "curved stem",
        0.15,
        [_SEVEN_TOP + _bezier((0.78, 0.13), (0.52, 0.45), (0.55, 0.9), 10)[1:]],
    ),
    Form("upright stem", 0.1, [_SEVEN_TOP + [(0.73, 0.5), (0.66, 0.9)]]),
    Form(
        "hooked, upright stem",
        0.1,
        [[(0.25, 0.36), (0.24, 0.24)] + _SEVEN_TOP[:1] + [(0.76, 0.13), (0.73, 0.5), (0.69, 0.9)]],
    ),
]
_EIGHT = [
    Form(
        "two loops",
        0.1,
        [_arc(0.5, 0.3, 0.19, 0.19, 0, 360, 16), _arc(0.5, 0.68, 0.23, 0.21, -90, 270, 16)],
    ),
    Form(
        "one stroke",
        0.1,
        [
            _bezier((0.66, 0.2), (0.5, 0.02), (0.32, 0.22), 6)
            + _bezier((0.32, 0.22), (0.32, 0.4), (0.5, 0.5), 5)[1:]
            + _arc(0.5, 0.68, 0.22, 0.19, -90, 270, 16)[1:]
            + _bezier((0.5, 0.5), (0.7, 0.4), (0.66, 0.2), 5)[1:]
        ],
    ),
    Form(
        "crossing",
        0.3,
        [
            _arc(0.5, 0.27, 0.18, 0.16, -20, -250, 14)
            + _arc(0.5, 0.7, 0.22, 0.2, -70, 250, 18)
            + [(0.67, 0.21)]
        ],
    ),
    Form(
        "open top, narrow",
        0.2,
        [
            [(0.66, 0.12)]
            + _arc(0.5, 0.27, 0.15, 0.16, -50, -250, 12)
            + _arc(0.5, 0.7, 0.18, 0.2, -70, 250, 18)
            + [(0.62, 0.24)]
        ],
    ),
    Form(
        "tail at the top",
        0.15,
        [
            _arc(0.5, 0.28, 0.17, 0.16, -20, -250, 14)
            + _arc(0.5, 0.7, 0.22, 0.2, -70, 250, 18)
            + [(0.8, 0.07)]
        ],
    ),
    Form(
        "big top loop",
        0.15,
        [
            _arc(0.5, 0.3, 0.22, 0.2, -20, -250, 14)
            + _arc(0.5, 0.73, 0.18, 0.17, -70, 250, 16)
            + [(0.69, 0.23)]
        ],
    ),
]
_NINE_LOOP = _arc(0.48, 0.32, 0.2, 0.19, 0, -360, 16)
_NINE = [
    Form(
        "curved tail",
        0.3,
        [_NINE_LOOP + _bezier((0.68, 0.32), (0.68, 0.62), (0.62, 0.9), 8)[1:]],
    ),
    Form(
        "straight tail",
        0.3,
        [_arc(0.48, 0.31, 0.19, 0.18, 0, -360, 16) + [(0.66, 0.6), (0.66, 0.9)]],
    ),
    Form(
        "hooked tail",
        0.15,
        [_NINE_LOOP + _bezier((0.68, 0.32), (0.72, 0.95), (0.38, 0.86), 10)[1:]],
    ),
    Form(
        "loop and stem",
        0.25,
        [_arc(0.47, 0.3, 0.2, 0.18, -20, -380, 16), [(0.68, 0.14), (0.66, 0.5), (0.63, 0.9)]],
    ),
]

FORMS: dict[int, list[Form]] = {
    0: _ZERO, 1: _ONE, 2: _TWO, 3: _THREE, 4: _FOUR,
    5: _FIVE, 6: _SIX, 7: _SEVEN, 8: _EIGHT, 9: _NINE,
}  # fmt: skip

DIGIT_STROKES: dict[int, Strokes] = {digit: forms[0].strokes for digit, forms in FORMS.items()}
