"""Test set-up shared by every test: Qt renders offscreen, never to a real screen, and the app's
data folder (autosave, crash log) is a fresh temporary folder, never the user's."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
