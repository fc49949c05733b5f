"""Plain eager torch, without triton: netbuilder never calls `torch.compile`.

An optimizer's first `step()` imports `torch._dynamo` (torch marks its methods "never compile"),
and `torch._dynamo` imports triton when it is installed, as it is beside CUDA builds of torch. On
exit, triton's extension prints `nanobind: leaked ...` lines. Marking triton as absent before torch
loads keeps it out of the process: torch then treats it as not installed, exactly as on a machine
without it. Eager CUDA kernels do not need triton; only `torch.compile` does.

Torch's flop counter (which the ONNX exporter loads) then logs "triton not found; flop counting
will not work for triton kernels": true, chosen by us, and nothing for the user to act on, so that
one message is dropped.
"""

from __future__ import annotations

import logging
import sys


def without_triton() -> bool:
    """Keep triton from loading; True when it is now blocked, False if it was already loaded.

    Call before `import torch` (netbuilder.engine does, on import).
    """
    if sys.modules.get("triton") is not None:
        return False
    sys.modules["triton"] = None  # the import system's own "not installed" marker
    logging.getLogger("torch.utils.flop_counter").addFilter(_not_triton_missing)
    return True


def _not_triton_missing(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("triton not found")
