"""Python's cycle collector runs on the GUI thread between events: never inside Qt's own work,
never on another thread.

Left automatic, a collection starts at whichever allocation crosses the threshold: in a handler
that Qt calls while it walks its own lists of widgets and graphics scenes (a font, palette or style
change), or on a worker thread (the Map's t-SNE, the torch loader). A closed window's pyqtgraph
plots are reference cycles, so a collection there frees Qt objects that Qt is still walking, or
frees them off their thread: a segfault, seen in the test suite. pyqtgraph's GarbageCollector
turns automatic collection off and collects from a timer on the GUI thread instead, with the
same thresholds.
"""

from __future__ import annotations

_collector = None


def collect_between_events(interval_s: float = 1.0) -> None:
    """From now on, collect only from a timer on this (the GUI) thread; once per process. Called
    where the first plot can come (pyqtgraph is loaded by then: the window's first paint comes
    before it)."""
    global _collector
    if _collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _collector = GarbageCollector(interval=interval_s)


def collect_if_due() -> None:
    """Collect now what the timer would collect at its next tick (a safe point with no event
    loop running: the tests' teardown)."""
    if _collector is not None:
        _collector.check()
