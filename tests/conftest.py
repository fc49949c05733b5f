"""Test set-up shared by every test: Qt renders offscreen, never to a real screen, and the app's
data folder (autosave, crash log) is a fresh temporary folder, never the user's."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English unless a test asks for another language: whatever the machine's locale says.
os.environ["LANG"] = "C.UTF-8"
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
# Tests are not benchmarks: one torch thread each (and in their subprocesses), because on a small
# busy machine torch's OpenMP threads wait on each other and run many times slower than one.
os.environ.setdefault("OMP_NUM_THREADS", "1")

from hypothesis import settings  # noqa: E402

# Before any test imports torch: keep triton out of the test process, as the app does (it would
# print `nanobind: leaked ...` at exit). netbuilder.engine's package itself imports no torch.
import netbuilder.engine  # noqa: E402, F401

settings.register_profile("thorough", max_examples=10_000, deadline=None)
"""`pytest --hypothesis-profile thorough` checks 10,000 random networks against torch."""

RUN_SLOW = "NETBUILDER_RUN_SLOW"
"""Set (as `.ci/run` does) to run the tests marked slow: the soak, real data, torchrun and the
class hour on an X screen. `./test.sh` alone stays within a few minutes."""


def pytest_configure(config):
    config.addinivalue_line("markers", f"slow: minutes long; runs only with {RUN_SLOW}=1 (CI)")


def pytest_collection_modifyitems(config, items):
    if os.environ.get(RUN_SLOW) == "1":
        return
    skip = pytest.mark.skip(reason=f"slow: set {RUN_SLOW}=1 to run it (CI does)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture(autouse=True)
def _one_torch_thread():
    """Each test starts on one torch thread, whatever an earlier test's thread timing chose."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """Delete the windows a test closed (pytest-qt only asks, with deleteLater, and no event loop
    runs to do it): left alive, every earlier test's widgets would restyle with each later font,
    theme or presenter change, and the suite would slow down test by test."""
    result = yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QMenu

    if QCoreApplication.instance() is None:
        return result
    # pyqtgraph gives each plot parentless context menus that outlive it until Python's cycle
    # collector runs: a window's worth is some 600 widgets.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMenu) and widget.parent() is None and not widget.isVisible():
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    # Cycles are collected between events (gui/garbage.py); a test that runs no event loop
    # collects here, between tests, so garbage never piles up over a worker's hundreds of tests.
    from netbuilder.gui import garbage

    garbage.collect_if_due()
    return result
