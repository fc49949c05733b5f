"""Every example loads, validates, and has exactly the parameters of the hand-written model."""

import pytest
import torch
from torch import nn

from netbuilder.document.analysis import analyse
from netbuilder.document.datasets import dataset_classes
from netbuilder.document.project import load_project
from netbuilder.document.source import module_source
from netbuilder.engine.compile import compile_network
from tests.paths import EXAMPLES

HAND_WRITTEN = {
    "logistic_regression": lambda: nn.Sequential(nn.Flatten(), nn.Linear(784, 10)),
    "mlp_784_512_10": lambda: nn.Sequential(
        nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 10), nn.Softmax(dim=1)
    ),
    "mlp_784_200_200_10": lambda: nn.Sequential(
        nn.Flatten(),
        nn.Linear(784, 200),
        nn.ReLU(),
        nn.Linear(200, 200),
        nn.ReLU(),
        nn.Linear(200, 10),
    ),
    "lenet5": lambda: nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2),
        nn.Sigmoid(),
        nn.AvgPool2d(2),
        nn.Conv2d(6, 16, 5),
        nn.Sigmoid(),
        nn.AvgPool2d(2),
        nn.Flatten(),
        nn.Linear(400, 120),
        nn.Sigmoid(),
        nn.Linear(120, 84),
        nn.Sigmoid(),
        nn.Linear(84, 10),
    ),  # fmt: skip
    "cnn_relu_dropout": lambda: nn.Sequential(
        nn.Conv2d(1, 32, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Dropout(0.1),
        nn.Flatten(),
        nn.Linear(3136, 128),
        nn.ReLU(),
        nn.Dropout(0.5),
        nn.Linear(128, 10),
    ),  # fmt: skip
    "regression": lambda: nn.Sequential(
        nn.Linear(1, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 1)
    ),
    "autoencoder_mlp": lambda: nn.Sequential(
        nn.Flatten(),
        nn.Linear(784, 128),
        nn.ReLU(),
        nn.Linear(128, 2),
        nn.Linear(2, 128),
        nn.ReLU(),
        nn.Linear(128, 784),
        nn.Sigmoid(),
        nn.Unflatten(1, (1, 28, 28)),
    ),  # fmt: skip
    "autoencoder_conv": lambda: nn.Sequential(
        nn.Conv2d(1, 16, 3, stride=2, padding=1),
        nn.ReLU(),
        nn.Conv2d(16, 32, 3, stride=2, padding=1),
        nn.ReLU(),
        nn.ConvTranspose2d(32, 16, 3, stride=2, padding=1, output_padding=1),
        nn.ReLU(),
        nn.ConvTranspose2d(16, 1, 3, stride=2, padding=1, output_padding=1),
        nn.Sigmoid(),
    ),  # fmt: skip
    "spiral_linear": lambda: nn.Sequential(nn.Linear(2, 100), nn.Linear(100, 3)),
    "spiral_relu": lambda: nn.Sequential(nn.Linear(2, 100), nn.ReLU(), nn.Linear(100, 3)),
    "moons_relu": lambda: nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2)),
    "circles_relu": lambda: nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2)),
    "xor_relu": lambda: nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2)),
    "deep_sigmoid": lambda: _deep(nn.Sigmoid),
    "deep_relu": lambda: _deep(nn.ReLU),
    "deep_sigmoid_residual": lambda: _deep_residual(),
    "resnet_small": lambda: _resnet_small(),
    "inception_small": lambda: _inception_small(),
}


class Residual(nn.Module):
    """body(x) + shortcut(x), written as a person would (the exported script's class)."""

    def __init__(self, *body: nn.Module, shortcut: nn.Module | None = None):
        super().__init__()
        self.body = nn.Sequential(*body)
        self.shortcut = shortcut or nn.Identity()

    def forward(self, x):
        return self.body(x) + self.shortcut(x)


class Concat(nn.Module):
    """Inception's parallel paths on one input, their channels stacked."""

    def __init__(self, *branches: nn.Sequential):
        super().__init__()
        self.branches = nn.ModuleList(branches)

    def forward(self, x):
        return torch.cat([branch(x) for branch in self.branches], 1)


def _conv(inputs: int, outputs: int, kernel: int = 3, **options) -> nn.Conv2d:
    return nn.Conv2d(inputs, outputs, kernel, **({"padding": kernel // 2, "bias": False} | options))


def _resnet_small() -> nn.Sequential:
    """The issue's small ResNet: a stem, an identity block, a block that halves the image and
    doubles the channels (1x1 projection shortcut, as torchvision's `downsample`), a linear head."""
    projection = nn.Sequential(nn.Conv2d(16, 32, 1, stride=2, bias=False), nn.BatchNorm2d(32))
    return nn.Sequential(
        _conv(1, 16), nn.BatchNorm2d(16), nn.ReLU(),
        Residual(_conv(16, 16), nn.BatchNorm2d(16), nn.ReLU(), _conv(16, 16), nn.BatchNorm2d(16)),
        nn.ReLU(),
        Residual(_conv(16, 32, stride=2), nn.BatchNorm2d(32), nn.ReLU(), _conv(32, 32),
                 nn.BatchNorm2d(32), shortcut=projection),
        nn.ReLU(),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, 10),
    )  # fmt: skip


def _deep_residual() -> nn.Sequential:
    """deep_sigmoid with each hidden Linear(128) + Sigmoid pair inside a Residual."""
    blocks = [Residual(nn.Linear(128, 128), nn.Sigmoid()) for _ in range(5)]
    return nn.Sequential(
        nn.Flatten(), nn.Linear(784, 128), nn.Sigmoid(), *blocks, nn.Linear(128, 10)
    )


def _inception_small() -> nn.Sequential:
    branches = Concat(
        nn.Sequential(_conv(16, 16, 1, bias=True), nn.ReLU()),
        nn.Sequential(_conv(16, 16, 1, bias=True), nn.ReLU(), _conv(16, 24, bias=True), nn.ReLU()),
        nn.Sequential(nn.MaxPool2d(3, 1, 1), _conv(16, 8, 1, bias=True), nn.ReLU()),
    )
    return nn.Sequential(
        _conv(1, 16, bias=True), nn.ReLU(), nn.MaxPool2d(2),
        branches, nn.MaxPool2d(2), nn.Flatten(), nn.Linear(48 * 7 * 7, 10),
    )  # fmt: skip


def _deep(activation: type[nn.Module]) -> nn.Sequential:
    """Flatten, six Linear(128) + activation pairs, Linear(10): the vanishing-gradient pair."""
    layers: list[nn.Module] = [nn.Flatten()]
    for inputs in (784, 128, 128, 128, 128, 128):
        layers += [nn.Linear(inputs, 128), activation()]
    return nn.Sequential(*layers, nn.Linear(128, 10))


def test_every_example_is_covered():
    assert {p.stem for p in EXAMPLES.glob("*.json")} == set(HAND_WRITTEN)


@pytest.mark.parametrize("name", sorted(HAND_WRITTEN))
def test_example_matches_hand_written_model(name):
    project = load_project(EXAMPLES / f"{name}.json")
    classes = dataset_classes(project.dataset, project.dataset_params)
    training = project.training
    analysis = analyse(project.network, classes, training.loss, training.objective)
    assert analysis.valid, analysis.errors
    reference = HAND_WRITTEN[name]()
    assert analysis.total_parameters == sum(p.numel() for p in reference.parameters())
    # Same layer structure: the reference's state_dict loads into the compiled model, and then
    # both compute the same function.
    compiled = compile_network(project.network)
    compiled.load_state_dict(reference.state_dict())
    x = torch.randn(2, *project.network.input_shape)
    torch.testing.assert_close(compiled.eval()(x), reference.eval()(x))


@pytest.mark.parametrize(
    "name, total", [("resnet_small", 19_706), ("deep_sigmoid_residual", 184_330)]
)
def test_the_skip_connection_examples_have_the_issues_counts(name, total):
    """Issue 22's figures: the small ResNet written by hand has 19,706 parameters, and the skips
    add none to the deep Sigmoid stack (its plain twin has the same 184,330)."""
    assert sum(p.numel() for p in HAND_WRITTEN[name]().parameters()) == total
    assert analyse(load_project(EXAMPLES / f"{name}.json").network).total_parameters == total
    plain = load_project(EXAMPLES / "deep_sigmoid.json").network
    assert analyse(plain).total_parameters == 184_330


def test_the_small_resnets_second_block_needs_and_has_a_projection():
    network = load_project(EXAMPLES / "resnet_small.json").network
    analysis = analyse(network)
    first, second = [analysis.info(x.uid) for x in network.layers if x.type_id == "Residual"]
    assert first.projection is None
    assert (second.projection.kind, second.projection.stride) == ("conv", 2)
    assert second.output_shape == (32, 14, 14)


def test_tutorial_mlp_keeps_its_softmax_and_earns_the_warning():
    project = load_project(EXAMPLES / "mlp_784_512_10.json")
    [warning] = analyse(project.network).warnings
    assert "Softmax" in warning.message and warning.index == 4


def test_curriculum_mlp_settings():
    training = load_project(EXAMPLES / "mlp_784_200_200_10.json").training
    assert (training.optimizer, training.learning_rate, training.batch_size, training.init) == (
        "sgd", 0.01, 200, "kaiming",
    )  # fmt: skip


@pytest.mark.parametrize("name", sorted(HAND_WRITTEN))
def test_exported_source_runs_and_matches_the_compiled_model(name):
    network = load_project(EXAMPLES / f"{name}.json").network
    compiled = compile_network(network).eval()
    namespace: dict = {}
    exec(compile(module_source(network), f"{name}_export.py", "exec"), namespace)
    exported = namespace["model"].eval()
    exported.load_state_dict(compiled.state_dict())
    x = torch.randn(3, *network.input_shape)
    assert torch.equal(exported(x), compiled(x))
