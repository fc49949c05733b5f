"""Test set-up shared by every test: Qt renders offscreen, never to a real screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
