"""The wheel installs and runs: built with uv, installed into a fresh venv at the lock's versions
(uv's cache links them in: torch is not downloaded again), and started from an empty folder, far
from the checkout, as `uv tool install` or `pipx install` would leave it."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

import netbuilder
from tests.paths import ROOT

pytestmark = pytest.mark.slow
MINUTES = 600


def uv() -> str:
    """The repository's uv (scripts/ensure-env.sh installs it into .uv/), else the one on PATH."""
    local = ROOT / ".uv" / "bin" / "uv"
    found = str(local) if local.is_file() else shutil.which("uv")
    if found is None:
        pytest.fail("no uv: run ./test.sh once (it installs uv into .uv/) or put uv on PATH")
    return found


def run(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=MINUTES
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the wheel and, from uv.lock, exactly its dependencies; its bin/."""
    folder = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    run(
        [uv(), "build", "--wheel", "--quiet", "--out-dir", str(folder / "dist"), str(ROOT)],
        ROOT,
        env,
    )
    [wheel] = (folder / "dist").glob("netbuilder-*.whl")
    requirements = folder / "requirements.txt"
    run([uv(), "export", "--frozen", "--no-dev", "--no-hashes", "--no-emit-project", "--quiet",
         "-o", str(requirements)], ROOT, env)  # fmt: skip
    venv = folder / "venv"
    run([uv(), "venv", "--quiet", "--python", sys.executable, str(venv)], folder, env)
    run([uv(), "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"),
         "-r", str(requirements), str(wheel)], folder, env)  # fmt: skip
    return venv / "bin"


@pytest.fixture
def elsewhere(tmp_path) -> tuple[Path, dict[str, str]]:
    """An empty folder to start in, and an environment that knows nothing of the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    empty = tmp_path / "empty"
    empty.mkdir()
    return empty, env


def test_the_installed_app_runs_from_an_empty_folder(installed, elsewhere):
    empty, env = elsewhere
    netbuilder_command = str(installed / "netbuilder")
    assert run([netbuilder_command, "--version"], empty, env).strip() == (
        f"netbuilder {netbuilder.__version__}"
    )
    where = run([str(installed / "python"), "-c", "import netbuilder; print(netbuilder.__file__)"],
                empty, env)  # fmt: skip
    assert Path(where.strip()).is_relative_to(installed.parent)  # the wheel's, not the checkout's
    run([netbuilder_command, "--screenshot", "out.png", "--size", "1024x768", "lenet5"], empty, env)
    with Image.open(empty / "out.png") as shot:
        assert shot.size == (1024, 768)
        assert len(shot.convert("RGB").getcolors(1_000_000)) > 100  # a window, not a blank
    assert "Total parameters: 61706" in run([netbuilder_command, "summary", "lenet5"], empty, env)


def test_the_installed_package_has_its_lessons_and_menu_entry(installed, elsewhere):
    empty, env = elsewhere
    lessons = run(
        [str(installed / "python"), "-c", "from netbuilder.document.lesson import LESSONS, "
         "lesson_files, load_lesson; print(*(load_lesson(p).title for p in lesson_files(LESSONS)), sep='\\n')"],
        empty, env,
    )  # fmt: skip
    assert len(lessons.splitlines()) >= 10
    env["XDG_DATA_HOME"] = str(empty / "share")
    run([str(installed / "netbuilder"), "--install-desktop-entry"], empty, env)
    entry = (empty / "share" / "applications" / "netbuilder.desktop").read_text(encoding="utf-8")
    assert f"Exec={installed / 'netbuilder'} %f" in entry.splitlines()
