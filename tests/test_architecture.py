"""The three layers hold: import-linter's contracts, and each layer running without what it must not use."""

import re
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


STRICT_CONTRACTS = ("undo-model-knows-no-commands",)
"""Contracts that count imports under `if TYPE_CHECKING:` too. import-linter's switch for those
imports is one for the whole file, and the other contracts rightly leave type hints alone."""


def _strict_config(pyproject: Path, folder: Path) -> Path:
    """A copy of `pyproject` whose import-linter counts `if TYPE_CHECKING:` imports."""
    text, count = re.subn(
        r"^exclude_type_checking_imports\s*=\s*true\s*$",
        "exclude_type_checking_imports = false",
        pyproject.read_text(),
        flags=re.MULTILINE,
    )
    assert count == 1, "the [tool.importlinter] switch this test turns off has moved"
    config = folder / "pyproject.toml"
    config.write_text(text)
    return config


def test_the_undo_model_imports_no_command_not_even_for_type_hints(monkeypatch, tmp_path):
    """Qt's Undo Framework: the model knows nothing of the commands (a TYPE_CHECKING import hid
    the cycle gui.document -> gui.commands -> gui.document from the contracts once)."""
    monkeypatch.chdir(ROOT)
    config = _strict_config(ROOT / "pyproject.toml", tmp_path)
    assert lint_imports(str(config), limit_to_contracts=STRICT_CONTRACTS, no_cache=True) == 0


def test_the_strict_run_sees_imports_made_only_for_type_hints(monkeypatch, tmp_path):
    """The check above is real: on a package whose document imports its commands only under
    TYPE_CHECKING, the usual run passes and the strict one fails."""
    package = tmp_path / "probe" / "undo_probe"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "commands.py").write_text("from undo_probe import document\n")
    (package / "document.py").write_text(
        "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from undo_probe import commands\n"
    )
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        "[tool.importlinter]\n"
        'root_package = "undo_probe"\n'
        "exclude_type_checking_imports = true\n\n"
        "[[tool.importlinter.contracts]]\n"
        'id = "undo-model-knows-no-commands"\n'
        'name = "the probe"\n'
        'type = "forbidden"\n'
        'source_modules = ["undo_probe.document"]\n'
        'forbidden_modules = ["undo_probe.commands"]\n'
    )
    monkeypatch.syspath_prepend(str(tmp_path / "probe"))
    monkeypatch.chdir(tmp_path)
    assert lint_imports(str(pyproject), no_cache=True) == 0
    strict = _strict_config(pyproject, tmp_path / "probe")
    assert lint_imports(str(strict), limit_to_contracts=STRICT_CONTRACTS, no_cache=True) == 1


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
