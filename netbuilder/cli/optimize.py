"""`netbuilder optimize`: an optimizer from the trainer walking on a 2-D test function."""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

from netbuilder.cli.output import say
from netbuilder.cli.setting_options import add_setting_option
from netbuilder.cli.words import translate

MAX_STEPS = 200_000  # seconds, not hours; the path of every step is kept in memory
FUNCTIONS = ("himmelblau", "rosenbrock", "saddle", "bowl", "beale")
"""The names of engine.optimize.SURFACES, here so that `--help` never imports torch."""


def add_command(commands: argparse._SubParsersAction) -> None:
    optimize = commands.add_parser(
        "optimize",
        help=translate(
            "cli", "watch an optimizer minimise a 2-D function (Himmelblau, Rosenbrock, ...)"
        ),
        description=translate(
            "cli", "Minimise a 2-D test function with one of the trainer's torch.optim optimizers."
        ),
    )
    optimize.add_argument("function", choices=FUNCTIONS)
    # The settings' types, ranges and help, with this command's own defaults (Adam at 0.001).
    add_setting_option(optimize, "optimizer", default="adam")
    add_setting_option(optimize, "learning_rate", "--lr", default=0.001)
    add_setting_option(
        optimize, "momentum", default_text=translate("cli", "default: 0, or 0.9 with --nesterov")
    )
    add_setting_option(optimize, "nesterov", default=False)
    optimize.add_argument(
        "--steps",
        type=int,
        default=20000,
        help=translate("cli", "how many steps (default 20000, at most {most})").format(
            most=f"{MAX_STEPS:,}"
        ),
    )
    optimize.add_argument(
        "--start",
        type=float,
        nargs=2,
        metavar=("X", "Y"),
        help=translate("cli", "start point (default per function)"),
    )
    optimize.add_argument(
        "--every",
        type=int,
        default=2000,
        metavar="N",
        help=translate("cli", "print every N steps (default 2000)"),
    )
    optimize.add_argument(
        "--csv", metavar="FILE", help=translate("cli", "write the whole path (step, x, y, f)")
    )


def optimize_command(args: argparse.Namespace) -> int:
    from netbuilder.document.settings import SettingsError, TrainingSettings
    from netbuilder.engine.optimize import descend, surface

    if not (1 <= args.steps <= MAX_STEPS and args.every >= 1):
        reason = translate("cli", "--steps must be 1 to {most} and --every at least 1")
        raise SettingsError(reason.format(most=f"{MAX_STEPS:,}"))
    settings = TrainingSettings(
        optimizer=args.optimizer,
        learning_rate=args.learning_rate,
        momentum=args.momentum if args.momentum is not None else 0.9 * args.nesterov,
        nesterov=args.nesterov,
    )
    settings.check()
    function = surface(args.function)
    start = tuple(args.start) if args.start else function.start
    path = descend(function, settings, start, args.steps)
    for step in range(0, len(path) - 1, args.every):
        print(translate("cli", "step {step}: {point}").format(step=step, point=_point(path[step])))
    print(translate("cli", "final: {point}").format(point=_point(path[-1])))
    if len(path) - 1 < args.steps:
        line = translate(
            "cli",
            "stopped after {steps} steps: f(x) ran off towards infinity (lower --lr, or the "
            "function has no floor there)",
        )
        print(line.format(steps=len(path) - 1))
    if args.csv:
        _write_csv(Path(args.csv), path)
        say(
            translate("cli", "wrote {count} points to {path}").format(
                count=len(path), path=args.csv
            )
        )
    return 0


def _point(row) -> str:
    x, y, value = row
    return f"x = [{x:.6f}, {y:.6f}], f(x) = {value:.6g}"


def _write_csv(path: Path, rows) -> None:
    from netbuilder.document.project import write_text_atomically

    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(("step", "x", "y", "f"))
    writer.writerows((step, *(repr(float(v)) for v in row)) for step, row in enumerate(rows))
    write_text_atomically(path, text.getvalue())
