"""The PyTorch source a person would write for a network document."""

from __future__ import annotations

from netbuilder.document.analysis import InvalidNetworkError, analyse
from netbuilder.document.network import Network


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
