"""The training process without any GUI: commands in, typed events out, over one pipe."""

from __future__ import annotations

import socket
import subprocess
import sys
from multiprocessing.connection import Connection

from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.remote import events, protocol
from netbuilder.engine.remote.runner import TrainingJob, run_job
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.engine.training_control import TrainingControl
from netbuilder.engine.training_events import BatchReport, EpochReport, TrainingFinished


def tiny_project(epochs: int = 1) -> Project:
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 10})], (1, 28, 28))
    settings = TrainingSettings(batch_size=50, epochs=epochs, device="cpu")
    return Project(network, settings, "synthetic-digits", "tiny")


def test_a_job_reports_every_event_through_one_callback_and_ends_with_run_ended():
    seen = []
    job = TrainingJob(tiny_project(), "synthetic-digits", dataset=synthetic_digits(300, 100))
    run_job(job, TrainingControl(), seen.append)
    kinds = [type(event) for event in seen]
    assert kinds[0] is events.DataLoaded and kinds[-1] is events.RunEnded
    assert BatchReport in kinds and EpochReport in kinds and events.Diagnosed in kinds
    assert kinds.index(TrainingFinished) < kinds.index(events.Trained) < len(kinds) - 1
    trained = seen[kinds.index(events.Trained)].trained
    assert trained.evaluation is not None and trained.project.name == "tiny"


def test_the_child_process_trains_a_job_and_quits_when_told():
    ours, theirs = socket.socketpair()
    child = subprocess.Popen(
        [sys.executable, "-m", "netbuilder.engine.remote.child", str(theirs.fileno())],
        pass_fds=[theirs.fileno()],
    )
    theirs.close()
    connection = Connection(ours.detach())
    try:
        assert isinstance(protocol.receive(connection), protocol.Ready)
        job = TrainingJob(tiny_project(), "synthetic-digits", dataset=synthetic_digits(300, 100))
        protocol.send(connection, protocol.Start(job))
        received = []
        while not received or not isinstance(received[-1], events.RunEnded):
            received.append(protocol.receive(connection))
        trained = [event for event in received if isinstance(event, events.Trained)]
        assert len(trained) == 1 and trained[0].trained.model is not None
        assert not [event for event in received if isinstance(event, events.RunFailed)]
        protocol.send(connection, protocol.Quit())
        assert child.wait(timeout=30) == 0
    finally:
        child.kill()
        child.wait()
        connection.close()
