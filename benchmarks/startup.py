"""Startup: the first painted window and `netbuilder summary`, against `python -c "import torch"`.

Each is a fresh process, timed from launch: the window until it has painted LeNet-5's blocks with
their shapes and counts (the app reports its own first paint with `--report-startup paint`), the
summary until it has printed its table. Rounds alternate the three, and the best of each is kept.
A first, uncounted round fills a bytecode cache in a temporary folder, so every process starts as
it does on a user's machine after the first run (even where PYTHONDONTWRITEBYTECODE is set).
Targets: both ratios <= 0.5. The last line is `first_paint/torch=R1 summary/torch=R2`.

    .venv/bin/python benchmarks/startup.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = "netbuilder/examples/lenet5.json"  # the checkout's, as the tests run it
PYCACHE = str(Path(tempfile.gettempdir()) / "netbuilder-startup-pycache")


def wall_seconds(command: list[str], until: str | None = None) -> tuple[float, float]:
    """Seconds from launch to exit, or to the first output line containing `until`; and the
    process's CPU seconds (which a busy machine does not inflate)."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=PYCACHE)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    seconds = None
    for line in process.stdout:
        if until is not None and until in line and seconds is None:
            seconds = time.perf_counter() - started
            if "torch loaded: True" in line:
                raise SystemExit(f"torch was loaded before the first paint: {line.strip()}")
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed with status {process.returncode}")
    wall = seconds if seconds is not None else time.perf_counter() - started
    return wall, usage.ru_utime + usage.ru_stime


COMMANDS = {
    "import torch": ([sys.executable, "-c", "import torch"], None),
    "first paint": (
        [sys.executable, "-m", "netbuilder", "--report-startup", "paint", PROJECT],
        "first paint",
    ),
    "summary": ([sys.executable, "-m", "netbuilder", "summary", PROJECT], None),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="best of this many of each")
    args = parser.parse_args()
    best = {name: (float("inf"), float("inf")) for name in COMMANDS}
    for command, until in COMMANDS.values():  # warm-up: the bytecode cache
        wall_seconds(command, until)
    for _round in range(args.rounds):
        for name, (command, until) in COMMANDS.items():
            wall, cpu = wall_seconds(command, until)
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    torch, torch_cpu = best["import torch"]
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, best of {args.rounds} rounds")
    for name, (wall, cpu) in best.items():
        print(
            f"{name:<14} {wall:6.2f} s ({wall / torch:4.2f} x import torch), "
            f"CPU {cpu:5.2f} s ({cpu / torch_cpu:4.2f} x)"
        )
    best = {name: wall for name, (wall, _cpu) in best.items()}
    print(
        f"first_paint/torch={best['first paint'] / torch:.2f} "
        f"summary/torch={best['summary'] / torch:.2f}"
    )


if __name__ == "__main__":
    main()
