"""Validation and shape inference: the shapes, counts and messages a user sees."""

import pytest
from torch import nn

from netbuilder.document.analysis import analyse, human_count
from netbuilder.document.catalog import CATALOG, CATEGORIES, by_category
from netbuilder.document.messages import Message
from netbuilder.document.network import Layer, Network
from netbuilder.engine.compile import compile_network

LENET = Network.of(
    ("Conv2d", {"out_channels": 6, "kernel_size": 5, "padding": 2}),
    "Sigmoid",
    "AvgPool2d",
    ("Conv2d", {"out_channels": 16, "kernel_size": 5}),
    "Sigmoid",
    "AvgPool2d",
    "Flatten",
    ("Linear", {"out_features": 120}),
    "Sigmoid",
    ("Linear", {"out_features": 84}),
    "Sigmoid",
    ("Linear", {"out_features": 10}),
)


def test_catalog_has_the_layers_users_expect():
    expected = {
        "Linear", "Conv2d", "MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d", "Flatten", "Dropout",
        "Dropout2d", "BatchNorm1d", "BatchNorm2d", "LocalResponseNorm", "ReLU", "LeakyReLU",
        "Sigmoid", "Tanh", "ELU", "SELU", "GELU", "Softplus", "Softmax", "LogSoftmax",
    }  # fmt: skip
    assert expected <= set(CATALOG)
    for entry in CATALOG.values():
        assert entry.category in CATEGORIES
        assert entry.doc.endswith(".") and len(entry.doc) < 100
        for param in entry.params:
            assert param.problem(param.default) is None, (entry.id, param.name)
    assert all(by_category()[c] for c in CATEGORIES)


def test_lenet_shapes_and_parameters_match_pytorch():
    analysis = analyse(LENET)
    assert analysis.valid and not analysis.warnings
    shapes = [info.output_shape for info in analysis.layers]
    assert shapes[0] == (6, 28, 28) and shapes[2] == (6, 14, 14)
    assert shapes[5] == (16, 5, 5) and shapes[6] == (400,) and shapes[-1] == (10,)
    reference = nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.Sigmoid(), nn.AvgPool2d(2),
        nn.Conv2d(6, 16, 5), nn.Sigmoid(), nn.AvgPool2d(2), nn.Flatten(),
        nn.Linear(400, 120), nn.Sigmoid(), nn.Linear(120, 84), nn.Sigmoid(), nn.Linear(84, 10),
    )  # fmt: skip
    assert analysis.total_parameters == sum(p.numel() for p in reference.parameters()) == 61706
    assert analysis.layers[0].macs == 6 * 28 * 28 * 25
    assert analysis.layers[7].macs == 400 * 120


def test_input_sizes_are_inferred_never_typed():
    model = compile_network(LENET)
    assert model[3].in_channels == 6 and model[7].in_features == 400
    assert "in_features" not in CATALOG["Linear"].defaults()


def test_linear_after_conv_names_the_layer_and_the_fix():
    analysis = analyse(
        Network.of(("Conv2d", {"out_channels": 16}), ("Linear", {"out_features": 10}))
    )
    [error] = analysis.errors
    assert error.index == 1
    assert (error.code, dict(error.args)) == (
        "input_not_flat",
        {"type": "Linear", "shape": (16, 24, 24)},
    )
    assert error.message == (
        "Layer 2 (Linear): Linear expects a flat input of shape (N, F) but gets 16×24×24: "
        "insert a Flatten before it"
    )


@pytest.mark.parametrize(
    ("layers", "index", "code", "words"),
    [
        (["Flatten", "Conv2d"], 1, "input_not_maps", "move it before the Flatten"),
        (
            [("Conv2d", {"kernel_size": 31})],
            0,
            "window_does_not_fit",
            "31x31 window does not fit the 28x28 input",
        ),
        (
            [("MaxPool2d", {"kernel_size": 3, "padding": 2})],
            0,
            "padding_too_large",
            "more than half the kernel size",
        ),
        (["Flatten", "BatchNorm2d"], 1, "input_not_maps", "feature maps"),
        (["BatchNorm1d"], 0, "input_not_flat_batchnorm1d", "BatchNorm2d"),
        (
            [("Linear", {"out_features": 0})],
            0,
            "parameter_invalid",
            "out_features 0 is below its minimum",
        ),
        ([("Dropout", {"p": "half"})], 0, "parameter_invalid", "p must be float"),
    ],
)
def test_errors_name_the_offending_layer(layers, index, code, words):
    network = Network.of(*layers)
    analysis = analyse(network)
    assert not analysis.valid
    first = analysis.errors[0]
    assert first.index == index and first.code == code and words in first.message
    assert first.uid == network.layers[index].uid
    assert first.type_id == network.layers[index].type_id


def test_output_must_match_the_classes():
    analysis = analyse(Network.of("Flatten", ("Linear", {"out_features": 7})), num_classes=10)
    [error] = analysis.errors
    assert error.code == "output_mismatch" and error.args["output"] == (7,)
    assert error.args["wants"] == Message("wants_classes", {"classes": 10})
    assert error.args["fix"] == Message("fix_out_features", {"classes": 10})
    assert any(
        "10 classes" in e.message and "out_features to 10" in e.message for e in analysis.errors
    )
    unflat = analyse(Network.of(("Conv2d", {"out_channels": 10})), num_classes=10)
    assert any("Flatten and Linear(10)" in e.message for e in unflat.errors)


def test_nothing_to_learn_is_an_error():
    [error] = analyse(Network.of("Flatten", "ReLU"), num_classes=None).errors
    assert (error.code, error.index, error.uid) == ("nothing_to_learn", None, None)
    assert error.message == "The network has nothing to learn: add a Linear layer"


@pytest.mark.parametrize(
    ("layers", "code", "words", "index"),
    [
        (
            ["Flatten", ("Linear", {"out_features": 10}), "Softmax"],
            "softmax_last",
            "already applies log-softmax",
            2,
        ),
        (
            ["Flatten", ("Linear", {"out_features": 10}), "ReLU"],
            "clips_logits",
            "clips the logits",
            2,
        ),
        (
            ["Flatten", ("Linear", {"out_features": 10}), "Dropout"],
            "dropout_after_output",
            "Dropout after the output",
            2,
        ),
        (
            ["Flatten", ("Linear", {}), "Dropout", ("Linear", {})],
            "linear_collapse",
            "collapse into one linear map",
            3,
        ),
        (
            ["Flatten"] + [("Linear", {}), "Sigmoid"] * 5 + [("Linear", {})],
            "saturating_stack",
            "gradients vanish",
            10,
        ),
    ],
)
def test_teaching_warnings_do_not_block(layers, code, words, index):
    analysis = analyse(Network.of(*layers))
    assert analysis.valid
    matching = [w for w in analysis.warnings if w.code == code]
    assert matching and matching[0].index == index and words in matching[0].message


def test_softmax_is_fine_under_mse():
    net = Network.of("Flatten", ("Linear", {"out_features": 10}), "Softmax")
    assert not analyse(net, loss="mse").warnings


def test_huge_layer_is_refused_before_allocation():
    net = Network.of(
        "Flatten", ("Linear", {"out_features": 65536}), ("Linear", {"out_features": 65536})
    )
    error = analyse(net, num_classes=None).errors[0]
    assert error.code == "too_many_parameters" and error.args == {"parameters": 65536**2 + 65536}
    assert error.message == (
        "Layer 3 (Linear): It would have 4,295,032,832 parameters, too many to train here: make "
        "it smaller or shrink its input with pooling"
    )


def test_document_edits():
    net = LENET.copy()
    layer = net.remove(net.layers[0].uid).layer
    assert len(net) == 11 and analyse(net).total_parameters == 61706 - 156 - 2416 + 416
    net.insert(0, layer)
    net.move(layer.uid, None, 2)
    assert net.layers[2].uid == layer.uid
    assert net.set_param(layer.uid, "out_channels", 8) == 6
    assert net.layers[2].params["out_channels"] == 8
    assert net.index_of(layer.uid) == 2
    assert Layer("Dropout").duplicate().uid != Layer("Dropout").uid


def test_human_count():
    assert [human_count(v) for v in (999, 61706, 1_234_567)] == ["999", "61.7k", "1.23M"]


# The property test (random networks, torch as the oracle) is tests/test_shape_oracle.py.
