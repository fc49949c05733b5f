"""The package carries what it needs: examples, lessons, the script template and the menu entry
are inside it, found through the package from any folder, and the menu entry installs."""

import configparser
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from netbuilder.cli import desktop
from netbuilder.cli.main import main
from netbuilder.document.bundled import example_names, example_path
from netbuilder.document.lesson import LessonError, lesson_files, load_lesson
from tests.paths import EXAMPLES, LESSONS, ROOT, TEMPLATES

PACKAGE = ROOT / "netbuilder"

READS_EVERY_SHIPPED_FILE = """
import os, sys
from netbuilder.document.bundled import EXAMPLES, ICON_PNG, ICON_SVG
from netbuilder.document.lesson import LESSONS, lesson_files, load_lesson
from netbuilder.document.project import load_project
from netbuilder.document.script_export import training_script
assert EXAMPLES.is_relative_to(sys.argv[1]), EXAMPLES
projects = [load_project(path) for path in sorted(EXAMPLES.glob("*.json"))]
lessons = [load_lesson(path) for path in lesson_files(LESSONS)]
compile(training_script(projects[0]), "train.py", "exec")
assert ICON_PNG.stat().st_size and ICON_SVG.stat().st_size
print(len(projects), len(lessons))
"""


def test_the_package_alone_has_its_examples_lessons_template_and_icon(tmp_path):
    """As a wheel installs it: the package folder with nothing of the checkout beside it."""
    site = tmp_path / "site-packages"
    shutil.copytree(PACKAGE, site / "netbuilder", ignore=shutil.ignore_patterns("__pycache__"))
    empty = tmp_path / "empty"
    empty.mkdir()
    code = f"import sys; sys.path.insert(0, {str(site)!r})\n" + READS_EVERY_SHIPPED_FILE
    result = subprocess.run(
        [sys.executable, "-I", "-B", "-c", code, str(site)],  # -I: nothing from the checkout
        cwd=empty, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        str(len(example_names())),
        str(len(list(LESSONS.glob("*.json")))),
    ]


def test_shipped_files_live_inside_the_package():
    for folder in (EXAMPLES, LESSONS, TEMPLATES):
        assert folder.is_relative_to(PACKAGE) and any(folder.iterdir()), folder
    assert "lenet5" in example_names() and len(example_names()) >= 10
    assert not (ROOT / "examples").exists() and not (ROOT / "resources" / "lessons").exists()


def test_examples_open_by_name_from_any_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert example_path("lenet5") == example_path("lenet5.json") == EXAMPLES / "lenet5.json"
    assert example_path("lenet") is None and example_path("../lenet5") is None
    assert main(["summary", "lenet5"]) == 0
    assert "Total parameters: 61706" in capsys.readouterr().out
    assert main(["export", "lenet5", "--python", "train.py"]) == 0
    assert (tmp_path / "train.py").stat().st_size > 1000
    assert main(["examples"]) == 0
    listing = capsys.readouterr().out
    assert "lenet5" in listing and "LeNet-5" in listing and "spiral_relu" in listing


def test_a_lesson_copied_anywhere_still_finds_its_example(tmp_path):
    for source in lesson_files(LESSONS):
        copy = tmp_path / source.name
        shutil.copy(source, copy)
        copied, shipped = load_lesson(copy).project, load_lesson(source).project
        assert (copied.name, copied.training) == (shipped.name, shipped.training)
    lesson = json.loads((LESSONS / "04-lenet5.json").read_text(encoding="utf-8"))
    for folder, project, name in (
        ("a", "lenet5", "LeNet-5"),
        ("b", "lenet5", "XOR"),  # a file of that name beside the lesson comes first
        ("a", "../lenet5", None),  # a path is a path, never an example's name
    ):
        (tmp_path / folder).mkdir(exist_ok=True)
        if folder == "b":
            shutil.copy(EXAMPLES / "xor_relu.json", tmp_path / "b" / "lenet5")
        path = tmp_path / folder / "lesson.json"
        path.write_text(json.dumps({**lesson, "project": project}))
        if name is None:
            with pytest.raises(LessonError, match="does not exist"):
                load_lesson(path)
        else:
            assert load_lesson(path).project.name.startswith(name)


def test_a_file_of_that_name_wins_over_the_example(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lenet5").write_text("{}")
    assert main(["summary", "lenet5"]) == 1
    assert "lenet5" in capsys.readouterr().err


def test_a_near_miss_names_the_example(capsys):
    assert main(["lenet"]) == 1
    error = capsys.readouterr().err
    assert "did you mean 'lenet5'" in error and "netbuilder examples" in error


def test_the_desktop_entry_installs_into_the_users_menu_and_uninstalls(
    tmp_path, monkeypatch, capsys
):
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert main(["--install-desktop-entry"]) == 0
    entry = home / "applications" / "netbuilder.desktop"
    assert str(entry) in capsys.readouterr().out
    fields = _desktop_fields(entry)
    assert fields["Type"] == "Application" and fields["Icon"] == "netbuilder"
    command = shlex.split(fields["Exec"])
    assert command[-1] == "%f" and Path(command[0]).is_file() and os.access(command[0], os.X_OK)
    for icon in ("scalable/apps/netbuilder.svg", "256x256/apps/netbuilder.png"):
        assert (home / "icons" / "hicolor" / icon).stat().st_size > 500
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    assert main(["--uninstall-desktop-entry"]) == 0
    assert not entry.exists() and not (home / "icons" / "hicolor" / icon).exists()


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/opt/nb/bin/netbuilder", "/opt/nb/bin/netbuilder"),
        ("/home/li wei/bin/netbuilder", '"/home/li wei/bin/netbuilder"'),
        ('/a"b/$x`y\\z', '"/a\\\\"b/\\\\$x\\\\`y\\\\\\\\z"'),
        ("/100%/netbuilder", "/100%%/netbuilder"),
    ],
)
def test_exec_quotes_paths_as_the_desktop_entry_spec_says(argument, written):
    assert desktop.exec_line([argument]) == f"{written} %f"


def test_a_path_with_a_newline_is_refused_not_written_broken():
    with pytest.raises(ValueError, match="menu entry"):
        desktop.exec_line(["/tmp/a\nb"])


def _desktop_fields(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])
