"""netbuilder.core must work with Qt absent: import every core module with Qt imports blocked."""

import pkgutil
import subprocess
import sys
import textwrap

import netbuilder.core

SCRIPT = textwrap.dedent(
    """
    import importlib, sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
                raise ImportError(f"core imported {name}")

    sys.meta_path.insert(0, BlockQt())
    for name in sys.argv[1:]:
        importlib.import_module(name)
    from netbuilder.core.network import Network
    from netbuilder.core.compile import compile_network
    compile_network(Network.of("Flatten", ("Linear", {"out_features": 10})))
    print("ok")
    """
)


def test_core_imports_and_runs_without_qt():
    modules = [
        f"netbuilder.core.{info.name}" for info in pkgutil.iter_modules(netbuilder.core.__path__)
    ]
    assert len(modules) > 10
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *modules], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
