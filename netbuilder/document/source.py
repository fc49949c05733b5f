"""The PyTorch source a person would write for a network document."""

from __future__ import annotations

from netbuilder.document.analysis import Analysis, InvalidNetworkError, Projection, analyse
from netbuilder.document.network import Layer, Network

CONTAINER_CLASSES = '''class Residual(nn.Module):
    """output = body(x) + shortcut(x): the shortcut is the identity or a projection."""

    def __init__(self, body, shortcut=None):
        super().__init__()
        self.body = body
        self.shortcut = shortcut if shortcut is not None else nn.Identity()

    def forward(self, x):
        return self.body(x) + self.shortcut(x)


class Branches(nn.Module):
    """Parallel branches on the same input, concatenated along channels (or added)."""

    def __init__(self, branches, merge="concat"):
        super().__init__()
        self.branches = nn.ModuleList(branches)
        self.merge = merge

    def forward(self, x):
        outputs = [branch(x) for branch in self.branches]
        if self.merge == "add":
            return torch.stack(outputs).sum(0)
        return torch.cat(outputs, 1)
'''
"""The two container modules in plain torch, as the exported code defines them; they are
`engine/containers.py`'s, and tests/test_source.py holds them equal."""

_COMMENT_COLUMN = 52


def model_source(network: Network, variable: str = "model") -> str:
    """`model = nn.Sequential(...)` with one commented line per layer, showing its output shape;
    a container is written as its class around an indented `nn.Sequential` of what it holds."""
    analysis = analyse(network, num_classes=None)
    if not analysis.valid:
        raise InvalidNetworkError(analysis)
    lines = [f"# input: {_shape(network.input_shape)} per sample", f"{variable} = nn.Sequential("]
    for layer in network.layers:
        lines.extend(_layer_lines(layer, analysis, "    "))
    lines.append(")")
    return "\n".join(lines)


def needs_container_classes(network: Network) -> bool:
    return any(layer.is_container for layer in network.all_layers())


def module_source(network: Network) -> str:
    """A standalone Python module defining `model`, importable and executable as is."""
    classes = f"\n\n{CONTAINER_CLASSES}\n\n" if needs_container_classes(network) else "\n"
    return f"import torch\nfrom torch import nn\n{classes}{model_source(network)}\n"


def _layer_lines(layer: Layer, analysis: Analysis, indent: str) -> list[str]:
    info = analysis.info(layer.uid)
    assert info is not None and info.input_shape is not None and info.output_shape is not None
    shape = f"# -> {_shape(info.output_shape)}"
    if layer.type_id == "Residual":
        lines = [f"{indent}Residual("]
        lines.extend(_sequence_lines(layer.children, analysis, indent + "    "))
        if info.projection is not None:
            lines.append(f"{indent}    shortcut={_projection_source(info.projection)},")
        return [*lines, _commented(f"{indent}),", shape)]
    if layer.type_id == "Branches":
        lines = [f"{indent}Branches(["]
        for branch in layer.children:
            lines.extend(_sequence_lines(branch.children, analysis, indent + "    "))
        merge = layer.params["merge"]
        return [*lines, _commented(f"{indent}], merge={merge!r}),", shape)]
    call = layer.type.source(layer.params, info.input_shape)
    return [_commented(f"{indent}{call},", shape)]


def _sequence_lines(layers: list[Layer], analysis: Analysis, indent: str) -> list[str]:
    if not layers:
        return [f"{indent}nn.Sequential(),  # passes its input on"]
    lines = [f"{indent}nn.Sequential("]
    for layer in layers:
        lines.extend(_layer_lines(layer, analysis, indent + "    "))
    return [*lines, f"{indent}),"]


def _projection_source(projection: Projection) -> str:
    size_in, size_out = projection.input_shape[0], projection.output_shape[0]
    if projection.kind == "linear":
        return f"nn.Linear({size_in}, {size_out})"
    stride = f", stride={projection.stride}" if projection.stride != 1 else ""
    conv = f"nn.Conv2d({size_in}, {size_out}, 1{stride}, bias=False)"
    return f"nn.Sequential({conv}, nn.BatchNorm2d({size_out}))"


def _commented(code: str, comment: str) -> str:
    return f"{code:<{_COMMENT_COLUMN - 1}} {comment}"


def _shape(shape: tuple[int, ...]) -> str:
    return " x ".join(str(s) for s in shape)
