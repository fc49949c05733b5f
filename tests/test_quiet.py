"""Commands print only netbuilder's own words: no triton, no leak reports, no stray warnings."""

import subprocess
import sys
from pathlib import Path

from tests.paths import EXAMPLES

ROOT = Path(__file__).parent.parent

WRAPPER = """
import atexit, sys
atexit.register(lambda: print("triton loaded:", sys.modules.get("triton") is not None))
from netbuilder.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_training_prints_only_our_lines_and_never_loads_triton(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, "train", str(EXAMPLES / "mlp_784_200_200_10.json"),
         "--dataset", "synthetic-digits", "--limit-train", "400", "--epochs", "1",
         "--checkpoint", str(tmp_path / "mlp.pt")],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("triton loaded: False"), result.stdout
    assert "torch thread" in result.stdout.splitlines()[0]
    for line in result.stderr.splitlines():  # the progress bar, and nothing else
        assert line.startswith("epoch "), line
