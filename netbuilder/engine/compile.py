"""Turn a network document into a torch model."""

from __future__ import annotations

from torch import nn

from netbuilder.document.analysis import Analysis, InvalidNetworkError, Projection, analyse
from netbuilder.document.catalog import Shape
from netbuilder.document.network import Layer, Network
from netbuilder.engine.containers import Branches, Residual


def compile_network(network: Network, analysis: Analysis | None = None) -> nn.Sequential:
    """A fresh `nn.Sequential` with PyTorch's default initialisation; raises if the network is invalid.

    Pass the network's `analysis` when the caller already has one, to skip inferring shapes twice.
    Containers become the small modules of `engine/containers.py`, so every layer's module name
    (`named_modules()`) is its LayerInfo.path.
    """
    analysis = analysis or analyse(network, num_classes=None)
    if not analysis.valid:
        raise InvalidNetworkError(analysis)
    return _sequence(network.layers, analysis)


def _sequence(layers: list[Layer], analysis: Analysis) -> nn.Sequential:
    return nn.Sequential(*(_module(layer, analysis) for layer in layers))


def _module(layer: Layer, analysis: Analysis) -> nn.Module:
    info = analysis.info(layer.uid)
    assert info is not None and info.input_shape is not None
    if layer.type_id == "Residual":
        return Residual(_sequence(layer.children, analysis), _projection(info.projection))
    if layer.type_id == "Branches":
        paths = [_sequence(branch.children, analysis) for branch in layer.children]
        return Branches(paths, layer.params["merge"])
    return build_layer(layer, info.input_shape)


def _projection(projection: Projection | None) -> nn.Module | None:
    if projection is None:
        return None
    size_in, size_out = projection.input_shape[0], projection.output_shape[0]
    if projection.kind == "linear":
        return nn.Linear(size_in, size_out)
    conv = nn.Conv2d(size_in, size_out, 1, stride=projection.stride, bias=False)
    return nn.Sequential(conv, nn.BatchNorm2d(size_out))


def build_layer(layer: Layer, input_shape: Shape) -> nn.Module:
    """The torch module for one placed layer: the catalog id is the `torch.nn` class name."""
    args, kwargs = layer.type.arguments(layer.params, input_shape)
    return getattr(nn, layer.type_id)(*args, **kwargs)
