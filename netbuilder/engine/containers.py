"""The two small modules a network with skip connections needs inside its `nn.Sequential`.

They are plain torch, written as a person would write them (the exported script defines the same
two classes), so TorchScript, ONNX, DDP and TensorBoard's graph see ordinary modules.
"""

from __future__ import annotations

import torch
from torch import nn


class Residual(nn.Module):
    """output = body(x) + shortcut(x); the shortcut is the identity or a projection that makes
    the input the body's shape (torchvision's ResNet calls it `downsample`)."""

    def __init__(self, body: nn.Sequential, shortcut: nn.Module | None = None):
        super().__init__()
        self.body = body
        self.shortcut = shortcut if shortcut is not None else nn.Identity()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x) + self.shortcut(x)


class Branches(nn.Module):
    """Parallel paths on the same input, joined along channels or features ("concat", as
    Inception) or summed ("add")."""

    def __init__(self, branches: list[nn.Sequential], merge: str = "concat"):
        super().__init__()
        self.branches = nn.ModuleList(branches)
        self.merge = merge

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        outputs = [branch(x) for branch in self.branches]
        if self.merge == "add":
            return torch.stack(outputs).sum(0)
        return torch.cat(outputs, 1)
