"""Torch's training thread count comes from timing real batches, and one thread wins ties."""

import threading

import pytest
import torch

from netbuilder.document.project import load_project
from netbuilder.engine import threads
from netbuilder.engine.synthetic_digits import synthetic_digits
from tests.paths import EXAMPLES


@pytest.fixture(scope="module")
def mlp_and_data():
    project = load_project(EXAMPLES / "mlp_784_200_200_10.json")
    return project, synthetic_digits(400, 50, seed=0)


def test_the_gui_keeps_a_core():
    assert threads.thread_candidates(leave_free=1, cores=2) == (1,)
    assert threads.thread_candidates(leave_free=1, cores=8) == (1, 7)
    assert threads.thread_candidates(cores=2) == (1, 2)
    assert threads.thread_candidates(cores=1) == (1,)


def test_more_threads_must_be_clearly_faster():
    assert threads.fastest({1: 1.0, 2: 0.97}) == 1  # within the noise: one thread survives load
    assert threads.fastest({1: 1.0, 2: 0.6}) == 2
    assert threads.fastest({1: 1.0, 2: 30.0}) == 1  # the collapse on a busy machine


def test_measuring_times_each_count_and_leaves_the_random_state(mlp_and_data):
    project, data = mlp_and_data
    state = torch.get_rng_state()
    before = torch.get_num_threads()
    try:
        seconds = threads.measure(project, data, (1, 2))
    finally:
        torch.set_num_threads(before)
    assert set(seconds) == {1, 2} and all(0 < s < 10 for s in seconds.values())
    assert torch.equal(torch.get_rng_state(), state)  # training stays reproducible for its seed


def test_the_choice_is_set_on_the_calling_thread_only(mlp_and_data, monkeypatch):
    project, data = mlp_and_data
    monkeypatch.setattr(threads, "available_cores", lambda: 2)
    monkeypatch.setattr(threads, "measure", lambda *_: {1: 1.0, 2: 0.5})
    main_before = torch.get_num_threads()
    seen = {}

    def worker():
        seen["chosen"] = threads.choose_threads(project, data)
        seen["in_thread"] = torch.get_num_threads()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == {"chosen": 2, "in_thread": 2}
    assert torch.get_num_threads() == main_before


def test_a_failing_trial_falls_back_to_one_thread(mlp_and_data, monkeypatch):
    project, data = mlp_and_data
    monkeypatch.setattr(threads, "available_cores", lambda: 4)

    def broken(*_):
        raise RuntimeError("no")

    monkeypatch.setattr(threads, "measure", broken)
    before = torch.get_num_threads()
    try:
        assert threads.choose_threads(project, data) == 1
    finally:
        torch.set_num_threads(before)
