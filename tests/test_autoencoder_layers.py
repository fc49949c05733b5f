"""The decoder's layers (issue 23): Unflatten, ConvTranspose2d and Upsample, on the block, in the
code and against torch."""

from __future__ import annotations

import torch

from netbuilder.document.analysis import analyse
from netbuilder.document.catalog import by_category, layer_type
from netbuilder.document.network import Network, describe_params
from netbuilder.document.source import model_source
from netbuilder.engine.compile import compile_network


def _decoder() -> Network:
    return Network.of(
        ("Flatten", {}),
        ("Linear", {"out_features": 32 * 7 * 7}),
        ("Unflatten", {"channels": 32, "height": 7, "width": 7}),
        (
            "ConvTranspose2d",
            {"out_channels": 16, "kernel_size": 3, "stride": 2, "padding": 1, "output_padding": 1},
        ),  # fmt: skip
        ("Upsample", {"scale_factor": 2, "mode": "bilinear"}),
        input_shape=(1, 28, 28),
    )


def test_shapes_and_parameters_are_torch_s():
    network = _decoder()
    analysis = analyse(network, num_classes=None)
    assert analysis.valid, analysis.problems
    shapes = [info.output_shape for info in analysis.layers]
    assert shapes == [(784,), (1568,), (32, 7, 7), (16, 14, 14), (16, 28, 28)]
    assert analysis.layers[3].parameters == 32 * 16 * 9 + 16
    model = compile_network(network, analysis)
    assert tuple(model(torch.zeros(2, 1, 28, 28)).shape) == (2, 16, 28, 28)
    assert [sum(p.numel() for p in m.parameters()) for m in model] == [
        info.parameters for info in analysis.layers
    ]


def test_source_spells_the_torch_calls():
    source = model_source(_decoder())
    assert "nn.Unflatten(1, (32, 7, 7))" in source
    assert "nn.ConvTranspose2d(32, 16, 3, stride=2, padding=1, output_padding=1)" in source
    assert "nn.Upsample(scale_factor=2, mode='bilinear')" in source
    plain = layer_type("Upsample").source({"scale_factor": 3, "mode": "nearest"}, (1, 4, 4))
    assert plain == "nn.Upsample(scale_factor=3)"


def test_blocks_read_like_the_layers():
    assert describe_params("ConvTranspose2d", {"out_channels": 16, "kernel_size": 3, "stride": 2,
                           "padding": 0, "output_padding": 0, "bias": True}) == "16@3x3 stride 2"  # fmt: skip
    assert describe_params("Unflatten", {"channels": 1, "height": 28, "width": 28}) == "1x28x28"
    assert describe_params("Upsample", {"scale_factor": 2, "mode": "nearest"}) == "x2 nearest"


def test_unflatten_that_does_not_match_its_input_says_so():
    network = Network.of(
        ("Flatten", {}), ("Unflatten", {"channels": 1, "height": 20, "width": 20}),
        input_shape=(1, 28, 28),
    )  # fmt: skip
    (problem,) = analyse(network, num_classes=None).errors
    assert problem.code == "unflatten_mismatch" and problem.index == 1
    assert "1x20x20 = 400 values, but its input has 784 features" in problem.message


def test_output_padding_must_be_less_than_stride():
    params = {"out_channels": 4, "kernel_size": 3, "stride": 2, "padding": 1, "output_padding": 2}
    network = Network.of(("ConvTranspose2d", params), input_shape=(1, 7, 7))
    (problem,) = analyse(network, num_classes=None).errors
    assert problem.code == "output_padding_too_large"
    assert "output_padding 2 must be less than stride 2" in problem.message
    params["output_padding"] = 1
    fixed = Network.of(("ConvTranspose2d", params), input_shape=(1, 7, 7))
    assert analyse(fixed, num_classes=None).layers[0].output_shape == (4, 14, 14)


def test_the_palette_places_them():
    groups = by_category()
    assert "ConvTranspose2d" in [t.id for t in groups["Convolution"]]
    assert {"Unflatten", "Upsample"} <= {t.id for t in groups["Reshape"]}


def test_the_summary_widens_its_layer_column_for_long_blocks():
    from netbuilder.document.project import load_project
    from netbuilder.document.summary import summary_table
    from tests.paths import EXAMPLES

    lines = summary_table(load_project(EXAMPLES / "autoencoder_conv.json")).splitlines()
    column = lines[2].index("Output")  # every layer's shape starts under the heading
    rows = lines[4:12]
    assert all(row[column].isdigit() and row[column - 1] == " " for row in rows), rows
    assert rows[4].startswith("  5  ConvTranspose2d 16@3x3 stride 2 pad 1 out+1 16 x 14 x 14")
