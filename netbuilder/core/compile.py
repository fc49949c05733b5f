"""Turn a network document into a torch model, and into the source a person would write."""

from __future__ import annotations

from torch import nn

from netbuilder.core.analysis import Analysis, InvalidNetworkError, analyse
from netbuilder.core.network import Network


def compile_network(network: Network, analysis: Analysis | None = None) -> nn.Sequential:
    """A fresh `nn.Sequential` with PyTorch's default initialisation; raises if the network is invalid.

    Pass the network's `analysis` when the caller already has one, to skip inferring shapes twice.
    """
    analysis = analysis or analyse(network, num_classes=None)
    if not analysis.valid:
        raise InvalidNetworkError(analysis)
    modules = [
        layer.type.build(layer.params, info.input_shape)
        for layer, info in zip(network.layers, analysis.layers, strict=True)
    ]
    return nn.Sequential(*modules)


def model_source(network: Network, variable: str = "model") -> str:
    """`model = nn.Sequential(...)` with one commented line per layer, showing its output shape."""
    analysis = analyse(network, num_classes=None)
    if not analysis.valid:
        raise InvalidNetworkError(analysis)
    lines = [f"# input: {_shape(network.input_shape)} per sample", f"{variable} = nn.Sequential("]
    for layer, info in zip(network.layers, analysis.layers, strict=True):
        call = layer.type.source(layer.params, info.input_shape)
        lines.append(f"    {call + ',':<48}# -> {_shape(info.output_shape)}")
    lines.append(")")
    return "\n".join(lines)


def module_source(network: Network) -> str:
    """A standalone Python module defining `model`, importable and executable as is."""
    return f"import torch\nfrom torch import nn\n\n{model_source(network)}\n"


def _shape(shape: tuple[int, ...]) -> str:
    return " x ".join(str(s) for s in shape)
