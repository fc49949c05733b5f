"""Test set-up shared by every test: Qt renders offscreen, never to a real screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests are not benchmarks: one torch thread each (and in their subprocesses), because on a small
# busy machine torch's OpenMP threads wait on each other and run many times slower than one.
os.environ.setdefault("OMP_NUM_THREADS", "1")
