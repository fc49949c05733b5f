"""A hostile listing runs nothing and never hangs: imports, calls, lambdas, attribute tricks,
huge numbers, deep nesting and very long files each give a note or a clean refusal, never an
exception (issue 24)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netbuilder.document.code_import import CodeImportError, read_code
from netbuilder.document.messages import english

LISTINGS = Path(__file__).parent / "code_listings"
SECONDS = 5.0
"""Each listing is read (or refused) well within this, on a slow shared machine."""
RUNNING = ("exec", "open", "import", "os.", "subprocess.", "ctypes.", "socket.", "shutil.")
"""Runtime audit events that would mean something in the listing ran (or was looked up)."""
_EVENTS: list[str] = []
_LISTENING = [False]


def _audit(event: str, args: tuple) -> None:
    if _LISTENING[0] and not (event == "open" and args and args[0] == "<unknown>"):
        _EVENTS.append(event)  # (a SyntaxError looks for the listing's "file" to quote it)


sys.addaudithook(_audit)  # audit hooks cannot be removed: this one only listens while asked


def _read(code: str):
    """(the read listing or None, the refusal or None), with the runtime events seen."""
    _EVENTS.clear()
    _LISTENING[0] = True
    start = time.monotonic()
    try:
        return read_code(code), None
    except CodeImportError as refused:
        return None, refused
    finally:
        _LISTENING[0] = False
        assert time.monotonic() - start < SECONDS
        ran = {e for e in _EVENTS if e.startswith(RUNNING)}  # ast.parse's compile() runs nothing
        assert not ran, ran


def _notes(read) -> str:
    return "\n".join(english(n) for n in read.notes)


TOUCH = "__import__('os').system('touch /tmp/netbuilder-hostile')"
SMALL = "import torch.nn as nn\n"


@pytest.mark.parametrize(
    "code",
    [
        f"import os\nimport subprocess as sp\nfrom shutil import rmtree\n{TOUCH}\n"
        "model = nn.Sequential(nn.Linear(4, 2))\n",
        f"{SMALL}model = nn.Sequential(nn.Linear({TOUCH}, 2), nn.ReLU())\n",
        f"{SMALL}model = nn.Sequential(nn.Linear(4, {TOUCH}), nn.ReLU())\n",
        f"{SMALL}model = nn.Sequential(nn.Linear(4, 2), {TOUCH})\n",
        f"{SMALL}model = nn.Sequential(nn.Linear(4, (lambda: 10)()), nn.ReLU())\n",
        f"{SMALL}model = nn.Sequential(nn.Linear(4, 2), (lambda x: x))\n",
        f"{SMALL}n = ().__class__.__bases__[0].__subclasses__()\n"
        "model = nn.Sequential(nn.Linear(4, n), nn.ReLU())\n",
        f"{SMALL}model = nn.Sequential(getattr(nn, 'Linear')(4, 2), nn.ReLU())\n",
        f"{SMALL}model = nn.Sequential(nn.Linear(4, 2).__class__(4, 2), nn.ReLU())\n",
        f"{SMALL}class Net(nn.Module):\n"
        f"    def __init__(self, size={TOUCH}):\n"
        "        super().__init__()\n"
        f"        {TOUCH}\n"
        "        self.fc = nn.Linear(4, size)\n"
        "        self.act = nn.ReLU()\n"
        "    def forward(self, x):\n"
        f"        {TOUCH}\n"
        "        return self.act(self.fc(eval('x')))\n",
        f"{SMALL}@__import__('os').system\nclass Net(nn.Module):\n"
        "    def forward(self, x):\n        return x\n"
        "model = nn.Sequential(nn.Linear(4, 2))\n",
        f'{SMALL}model = nn.Sequential(nn.Linear(4, 2), nn.Dropout(p=f"{{{TOUCH}}}"))\n',
        f"{SMALL}model = nn.Sequential(nn.Linear(4, 2), nn.Dropout(p=[0.5][{TOUCH}]))\n",
        f"{SMALL}model = nn.Sequential(nn.Linear(4, 2), nn.Dropout(p=(x := {TOUCH})))\n",
    ],
)
def test_code_in_a_listing_is_never_run(code, tmp_path):
    read, refused = _read(code)
    if read is not None:
        assert read.notes, "what was not run is named"
        assert all(layer.type_id in ("Linear", "ReLU", "Dropout") for layer in read.network.layers)
    else:
        assert refused.message.code in ("code_no_layers", "code_no_model")


def test_imports_are_named_with_their_lines():
    read, _ = _read(
        f"import os\nimport subprocess as sp\n{SMALL}{TOUCH}\nmodel = nn.Sequential(nn.ReLU())\n"
    )
    assert _notes(read).splitlines()[:2] == [
        "Lines 1, 2: import os, subprocess was not run (netbuilder never runs code)",
        "Line 4: __import__('os').system('touch /tmp/netbuilder-hostile') was not run "
        "(netbuilder never runs code); skipped",
    ]


@pytest.mark.parametrize(
    "size",
    ["10**10**10", "9**9**9", "2**2**2**2**2**2", "10**400", "1e308 * 10", "'a' * 10**9",
     "-(10**10**10)", "(1 << 10**10)", "2**-10**10"],
)  # fmt: skip
def test_huge_numbers_are_refused_at_once_not_computed(size):
    read, _ = _read(f"{SMALL}D = {size}\nmodel = nn.Sequential(nn.Linear(4, D), nn.ReLU())\n")
    assert [layer.type_id for layer in read.network.layers] == ["ReLU"]
    assert "Linear" in _notes(read)


def test_a_number_above_a_layers_range_is_named_and_replaced():
    read, _ = _read(f"{SMALL}model = nn.Sequential(nn.Linear(4, 2**40))\n")
    assert read.network.layers[0].params["out_features"] == 65536
    assert "above its maximum" in _notes(read)


@pytest.mark.parametrize(
    "code",
    [
        "(" * 5000 + ")" * 5000,
        f"{SMALL}D = " + "-" * 100_000 + "1\nmodel = nn.Sequential(nn.Linear(4, D))\n",
        f"{SMALL}D = 1" + " + 1" * 50_000 + "\nmodel = nn.Sequential(nn.Linear(4, D))\n",
        f"{SMALL}model = " + "nn.Sequential(" * 150 + "nn.ReLU()" + ")" * 150 + "\n",
        f"{SMALL}model = " + "[" * 3000 + "]" * 3000 + "\n",
        "".join(f"{'    ' * i}if x:\n" for i in range(120)) + "    " * 120 + "pass\n",
    ],
)
def test_deep_nesting_is_a_note_or_a_clean_refusal(code):
    read, refused = _read(code)
    assert read is not None or refused.message.code in (
        "code_too_deep", "code_not_python", "code_no_model", "code_no_layers"
    )  # fmt: skip


def test_a_very_long_file_is_refused_with_its_size():
    _, refused = _read("x = 1\n" * 60_000)
    assert refused.message.code == "code_too_long"
    assert str(refused) == (
        "The code has 360,000 characters; netbuilder reads at most 300,000: paste only the "
        "model's code"
    )


def test_a_class_that_builds_itself_stops():
    read, refused = _read(
        f"{SMALL}class A(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        "        self.fc = nn.Linear(4, 4)\n        self.a = A()\n"
        "    def forward(self, x):\n        return self.a(self.fc(x))\nmodel = A()\n"
    )
    assert refused is None and "nested too deeply" in _notes(read)


def test_classes_that_multiply_their_layers_are_refused_not_built():
    code = SMALL + "class C0(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
    code += (
        "        self.a = nn.Linear(4, 4)\n    def forward(self, x):\n        return self.a(x)\n"
    )
    for level in range(1, 9):
        calls = "".join(f"        self.m{i} = C{level - 1}()\n" for i in range(10))
        forward = "x" + "".join(f"\n        x = self.m{i}(x)" for i in range(10))
        code += (f"class C{level}(nn.Module):\n    def __init__(self):\n"
                 f"        super().__init__()\n{calls}    def forward(self, x):\n"
                 f"        x = {forward}\n        return x\n")  # fmt: skip
    code += "model = C8()\n"
    _, refused = _read(code)
    assert refused.message.code in ("code_too_many_layers", "code_too_complex")


def test_too_many_layers_and_odd_characters_are_refused_cleanly():
    _, refused = _read(f"{SMALL}model = nn.Sequential(" + "nn.ReLU(), " * 3000 + ")\n")
    assert refused.message.code == "code_too_many_layers"
    _, refused = _read("model = 1\x00\n")
    assert refused.message.code in ("code_too_deep", "code_not_python")


def test_many_skipped_statements_keep_a_bounded_list_of_notes():
    code = (
        SMALL + "".join(f"print({i})\n" for i in range(500)) + "model = nn.Sequential(nn.ReLU())\n"
    )
    read, _ = _read(code)
    assert len(read.notes) == 102  # 100, what the input shape is, and how many more
    assert read.notes[-2].code == "code_input_unknown"
    assert english(read.notes[-1]) == "... and 400 more notes"


def test_a_listing_python_warns_about_reads_quietly():
    """Warnings are errors in the tests: a listing's own "invalid escape sequence" is no error."""
    read, _ = _read(
        f'{SMALL}path = "C:\\data\\mnist"\nx = 1if True else 2\nmodel = nn.Sequential(nn.ReLU())\n'
    )
    assert [layer.type_id for layer in read.network.layers] == ["ReLU"]


_PIECES = ["x", "self", "nn.Linear(3, 4)", "-1", "None", "(", ")", ",", "+", "**", "[", "]",
           "lambda: 1", "F.relu(x)", "'s'", "1.5", "torch.cat([x, x], 1)", "x.view(-1)",
           "return x", "\n", "  ", ":", "=", "nn.Sequential()", "Residual(nn.Sequential())",
           "Branches([nn.Sequential(), nn.ReLU()], merge=3)", "nn.Conv2d(1, 2, (3,))",
           "nn.Conv2d(1, 2, 3, padding='same', stride=2)", "x.reshape(x.shape[0], 2, 3)"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(edits=st.lists(st.tuples(st.floats(0, 1), st.sampled_from(_PIECES), st.integers(0, 20)),
                      min_size=1, max_size=4),
       listing=st.sampled_from(sorted(LISTINGS.glob("*.py"))))  # fmt: skip
def test_a_broken_or_altered_listing_is_read_or_refused_never_an_exception(edits, listing):
    text = listing.read_text(encoding="utf-8")
    for where, piece, cut in edits:
        at = int(where * len(text))
        text = text[:at] + piece + text[at + cut :]
    read, refused = _read(text)
    if read is not None:
        [english(note) for note in read.notes]
    else:
        assert english(refused.message)


def test_a_forward_that_nests_blocks_thousands_deep_is_refused():
    adds = "".join("        x = x + y\n" for _ in range(3000))
    code = (f"{SMALL}class N(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
            f"        self.a = nn.Linear(4, 4)\n    def forward(self, y):\n        x = self.a(y)\n"
            f"{adds}        return x\n")  # fmt: skip
    _, refused = _read(code)
    assert refused.message.code == "code_too_deep"


def test_the_image_size_of_a_very_long_network_is_not_searched_for():
    relus = "nn.ReLU(), " * 2400
    code = f"{SMALL}model = nn.Sequential(nn.Conv2d(1, 4, 3), {relus}nn.Flatten(), nn.Linear(12345, 10))\n"
    read, _ = _read(code)  # within SECONDS: each side tried would be an analysis of 2,400 layers
    assert not read.image_size_known


def test_nested_tuples_of_names_are_not_built():
    code = SMALL + "a = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)\n"
    names = ["a"]
    for i in range(30):
        code += f"b{i} = ({', '.join([names[-1]] * 16)})\n"
        names.append(f"b{i}")
    read, _ = _read(code + "model = nn.Sequential(nn.Linear(4, 2))\n")
    assert [layer.type_id for layer in read.network.layers] == ["Linear"]
