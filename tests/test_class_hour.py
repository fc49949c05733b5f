"""A class hour in the real window on a 1024x768 X screen (Xvfb + openbox): every view's text
belongs to the project that is open, through lessons, presenter mode, training, Predict,
Evaluation and File > New (`scripts/class_hour.py`)."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture
def x_screen():
    """A 1024x768 X server with a window manager, on a display number of its own."""
    if shutil.which("Xvfb") is None or shutil.which("openbox") is None:
        if os.environ.get("NETBUILDER_REQUIRE_REAL_DATA"):
            pytest.fail("CI installs xvfb and openbox (.ci/run): they are missing")
        pytest.skip("needs Xvfb and openbox (apt install xvfb openbox)")
    ready, write_end = os.pipe()
    # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    environment = {**os.environ, "DISPLAY": f":{_display_number(ready, server)}"}
    manager = subprocess.Popen(
        ["openbox"], env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    yield environment
    manager.terminate()
    server.terminate()
    manager.wait(10)
    server.wait(10)


def _display_number(ready: int, server: subprocess.Popen) -> str:
    """Wait (at most 30 s) for the X server to say it is ready, and on which display."""
    with os.fdopen(ready) as pipe:
        if not select.select([pipe], [], [], 30)[0]:
            server.kill()
            pytest.fail("Xvfb did not start within 30 s")
        number = pipe.readline().strip()
    if not number:
        pytest.fail(f"Xvfb exited ({server.wait(10)}) before it was ready")
    return number


def test_a_class_hour_at_1024x768_shows_only_the_current_project(x_screen, tmp_path):
    environment = {**x_screen, "QT_QPA_PLATFORM": "xcb", "XDG_DATA_HOME": str(tmp_path)}
    environment.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)
    shots = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "class_hour.py"), "--shots", str(shots)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert "class hour: 10 steps, 0 failures" in done.stdout, report
    pictures = sorted(shots.glob("*.png"))
    assert len(pictures) == 10, report
    assert all(picture.stat().st_size > 10_000 for picture in pictures), "screens were captured"
