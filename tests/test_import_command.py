"""`netbuilder import FILE.py -o PROJECT.json`: PyTorch code as a project, its notes printed,
and clear errors (with the fix) for bad input, never a traceback (issue 24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from netbuilder.cli.main import main
from netbuilder.document.project import load_project

LISTINGS = Path(__file__).parent / "code_listings"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_listing_becomes_a_project_and_its_notes_are_printed(tmp_path, capsys):
    output = tmp_path / "lenet.json"
    code, out, err = run(capsys, "import", LISTINGS / "lenet_reshape.py", "-o", output)
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "note: Line 12: Reshape() is not a layer netbuilder knows; the input shape 1×28×28 was "
        "taken from it",
        f"wrote {output}: 12 layers, input 1×28×28; open it with `netbuilder {output}`",
    ]
    project = load_project(output)
    assert project.name == "lenet_reshape" and project.network.input_shape == (1, 28, 28)
    assert [layer.type_id for layer in project.network.layers][-1] == "Linear"


def test_an_unknown_image_size_is_said_and_input_shape_gives_it(tmp_path, capsys):
    output = tmp_path / "resnet.json"
    code, out, _ = run(capsys, "import", LISTINGS / "resnet_block.py", "-o", output)
    assert code == 0
    assert (
        "note: the code does not say the input's image size: 1×28×28 was used; give another "
        "with --input-shape C,H,W"
    ) in out.splitlines()
    code, out, _ = run(capsys, "import", LISTINGS / "resnet_block.py", "-o", output,
                       "--input-shape", "3,32,32")  # fmt: skip
    assert code == 0 and "--input-shape" not in out
    assert load_project(output).network.input_shape == (3, 32, 32)


@pytest.mark.parametrize(
    ("name", "text", "argv", "words"),
    [
        ("bad.py", "def f(:\n", (), "bad.py: Line 1 is not Python netbuilder can read"),
        ("none.py", "x = 1\n", (), "No model found"),
        ("model.txt", "x = 1\n", (), "is not a file netbuilder imports; give a .py file"),
        ("", "", (), "does not exist; check the path"),
        ("m.py", "import torch.nn as nn\nm = nn.Sequential(nn.ReLU())\n",
         ("--input-shape", "3,x"), "is not an input shape: give channels,height,width"),
    ],
)  # fmt: skip
def test_bad_input_is_a_message_naming_the_problem_and_the_fix(
    tmp_path, capsys, name, text, argv, words
):
    path = tmp_path / (name or "missing.py")
    if name:
        path.write_text(text)
    try:
        code, out, err = run(capsys, "import", path, "-o", tmp_path / "out.json", *argv)
    except SystemExit as usage:  # argparse: a bad option value
        code, err = usage.code, capsys.readouterr().err
    assert code != 0
    assert words in err and "Traceback" not in err
    assert not (tmp_path / "out.json").exists()


def test_a_hostile_file_runs_nothing(tmp_path, capsys):
    marker = tmp_path / "ran"
    path = tmp_path / "evil.py"
    path.write_text(
        f"import os\nos.system('touch {marker}')\n"
        f"import torch.nn as nn\nmodel = nn.Sequential(nn.Linear(4, __import__('os').system('touch {marker}')))\n"
    )
    code, out, _ = run(capsys, "import", path, "-o", tmp_path / "out.json")
    assert code == 1 and not marker.exists()
    assert "was not run" in out
