"""The three layers hold: import-linter's contracts, and each layer running without what it must not use."""

import subprocess
import sys
import textwrap
from pathlib import Path

from importlinter.cli import lint_imports

import netbuilder
from tests.paths import EXAMPLES

ROOT = Path(netbuilder.__file__).parent.parent

BLOCK = textwrap.dedent(
    """
    import importlib, sys

    BLOCKED = set(sys.argv[1].split(","))

    class Block:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked")

    sys.meta_path.insert(0, Block())
    """
)


def _run_blocked(blocked: str, code: str, *args: str) -> subprocess.CompletedProcess:
    script = BLOCK + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", script, blocked, *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


def _modules(package: str) -> list[str]:
    folder = ROOT / package.replace(".", "/")
    return [f"{package}.{path.stem}" for path in sorted(folder.glob("*.py"))]


def test_import_contracts_hold(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename="pyproject.toml", no_cache=True) == 0


def test_document_layer_runs_without_torch_or_qt():
    result = _run_blocked(
        "torch,torchvision,numpy,PySide6,shiboken6,pyqtgraph,PIL",
        """
        for name in sys.argv[2:]:
            importlib.import_module(name)
        from netbuilder.document.bundled import EXAMPLES
        from netbuilder.document.project import load_project
        from netbuilder.document.script_export import training_script
        from netbuilder.document.summary import summary_table
        project = load_project(EXAMPLES / "lenet5.json")
        assert "Total parameters: 61706" in summary_table(project), summary_table(project)
        compile(training_script(project), "train.py", "exec")
        print("ok")
        """,
        *_modules("netbuilder.document"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_engine_runs_without_qt():
    result = _run_blocked(
        "PySide6,shiboken6,pyqtgraph",
        """
        for name in sys.argv[2:]:
            importlib.import_module(name)
        from netbuilder.document.network import Network
        from netbuilder.engine.compile import compile_network
        compile_network(Network.of("Flatten", ("Linear", {"out_features": 10})))
        print("ok")
        """,
        *_modules("netbuilder.engine"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_commands_that_need_no_torch_never_import_it(tmp_path):
    script = tmp_path / "train_lenet.py"
    for args in (
        ["--help"],
        ["--version"],
        ["summary", str(EXAMPLES / "lenet5.json")],
        ["export", str(EXAMPLES / "lenet5.json"), "--python", str(script)],
        ["summary", str(tmp_path / "missing.json")],
        ["examples"],
        ["summary", "lenet5"],
        ["--install-desktop-entry"],
    ):
        result = _run_blocked(
            "torch,torchvision,numpy,PySide6",
            """
            from netbuilder.cli import main
            try:
                code = main(sys.argv[2:])
            except SystemExit as exit:
                code = exit.code
            sys.exit(code)
            """,
            *args,
        )
        assert "Traceback" not in result.stderr, (args, result.stderr)
        assert "is blocked" not in result.stderr, (args, result.stderr)
        expected = 1 if "missing.json" in " ".join(args) else 0
        assert result.returncode == expected, (args, result.stdout, result.stderr)
    assert script.exists()
