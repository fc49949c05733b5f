"""Turn a network document into a torch model."""

from __future__ import annotations

from torch import nn

from netbuilder.document.analysis import Analysis, InvalidNetworkError, analyse
from netbuilder.document.catalog import Shape
from netbuilder.document.network import Layer, Network


def compile_network(network: Network, analysis: Analysis | None = None) -> nn.Sequential:
    """A fresh `nn.Sequential` with PyTorch's default initialisation; raises if the network is invalid.

    Pass the network's `analysis` when the caller already has one, to skip inferring shapes twice.
    """
    analysis = analysis or analyse(network, num_classes=None)
    if not analysis.valid:
        raise InvalidNetworkError(analysis)
    modules = [
        build_layer(layer, info.input_shape)
        for layer, info in zip(network.layers, analysis.layers, strict=True)
    ]
    return nn.Sequential(*modules)


def build_layer(layer: Layer, input_shape: Shape) -> nn.Module:
    """The torch module for one placed layer: the catalog id is the `torch.nn` class name."""
    args, kwargs = layer.type.arguments(layer.params, input_shape)
    return getattr(nn, layer.type_id)(*args, **kwargs)
