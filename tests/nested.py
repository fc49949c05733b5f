"""Networks with skip connections for the tests: issue 22's resnet_small and an Inception-style
Branches network, both for 1 x 28 x 28 images and 10 classes, and a small flat one."""

from __future__ import annotations

from netbuilder.document.network import Network, branches, residual


def conv(out: int, stride: int = 1, bias: bool = False) -> tuple[str, dict]:
    params = {"out_channels": out, "kernel_size": 3, "padding": 1, "stride": stride}
    return ("Conv2d", {**params, "bias": bias})


def resnet_small() -> Network:
    """19,706 parameters, as the same model written by hand in torch."""
    return Network.of(
        conv(16), "BatchNorm2d", "ReLU",
        residual(conv(16), "BatchNorm2d", "ReLU", conv(16), "BatchNorm2d"),
        "ReLU",
        residual(conv(32, 2), "BatchNorm2d", "ReLU", conv(32), "BatchNorm2d", shortcut="projection"),
        "ReLU", ("AdaptiveAvgPool2d", {"output_size": 1}), "Flatten", ("Linear", {"out_features": 10}),
    )  # fmt: skip


def inception_small() -> Network:
    """Branches of different kernels joined along channels, one of them holding a Residual."""
    return Network.of(
        ("Conv2d", {"out_channels": 4, "kernel_size": 3, "padding": 1}), "ReLU",
        branches(
            [("Conv2d", {"out_channels": 4, "kernel_size": 1}), "ReLU"],
            [("Conv2d", {"out_channels": 6, "kernel_size": 3, "padding": 1}),
             residual(("Conv2d", {"out_channels": 6, "kernel_size": 3, "padding": 1}), "Tanh")],
            [],
            merge="concat",
        ),
        ("MaxPool2d", {"kernel_size": 2, "stride": 2}), "Flatten", ("Linear", {"out_features": 10}),
    )  # fmt: skip


def flat_residual() -> Network:
    """Flat layers: a Residual with a Linear projection and Branches that add."""
    return Network.of(
        "Flatten", ("Linear", {"out_features": 32}), "Sigmoid",
        residual(("Linear", {"out_features": 16}), "Sigmoid", shortcut="projection"),
        branches([("Linear", {"out_features": 16}), "ReLU"], [], merge="add"),
        ("Linear", {"out_features": 10}),
    )  # fmt: skip
