"""Which compute devices this machine has, and turning a setting like "auto" into one."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

import torch

from netbuilder.document.messages import Message, explained


class DeviceUnavailableError(RuntimeError):
    """The requested device does not exist on this machine (or is not a device name);
    `.message` is the Message front ends translate."""

    def __init__(self, reason: str | Message) -> None:
        self.message, text = explained(reason)
        super().__init__(text)


@dataclass(frozen=True)
class DeviceInfo:
    """One device the user can pick: its setting value ("cuda:0") and a label to show."""

    id: str
    label: str
    cores: int = 0
    """The CPU's cores (0 for other devices): front ends word the label in their language."""


def available_devices() -> list[DeviceInfo]:
    """Every usable device, fastest first: CUDA GPUs, then Apple MPS, then the CPU."""
    devices = [
        DeviceInfo(f"cuda:{i}", f"cuda:{i} — {torch.cuda.get_device_name(i)}")
        for i in range(_cuda_count())
    ]
    if _mps_available():
        devices.append(DeviceInfo("mps", "Apple MPS"))
    devices.append(DeviceInfo("cpu", f"CPU ({_cpu_cores()} cores)", _cpu_cores()))
    return devices


def resolve_device(spec: str) -> torch.device:
    """Turn "auto", "cpu", "cuda", "cuda:N" or "mps" into a device that exists here."""
    name = spec.strip().lower()
    if name == "auto":
        return torch.device(available_devices()[0].id)
    if name == "cpu":
        return torch.device("cpu")
    if name == "mps" and _mps_available():
        return torch.device("mps")
    match = re.fullmatch(r"cuda(?::(\d+))?", name)
    if match and int(match.group(1) or 0) < _cuda_count():
        return torch.device(f"cuda:{int(match.group(1) or 0)}")
    raise DeviceUnavailableError(_unavailable_message(spec, known=bool(match) or name == "mps"))


def _unavailable_message(spec: str, known: bool) -> Message:
    have = ", ".join(device.id for device in available_devices())
    code = "device_not_available" if known else "device_not_a_name"
    return Message(code, {"device": repr(spec), "have": have})


def _cuda_count() -> int:
    return torch.cuda.device_count() if torch.cuda.is_available() else 0


def _mps_available() -> bool:
    mps = getattr(torch.backends, "mps", None)
    return bool(mps is not None and mps.is_available())


def _cpu_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no sched_getaffinity
        return os.cpu_count() or 1
