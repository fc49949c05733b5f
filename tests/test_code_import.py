"""Reading the curriculum's listing styles into networks, with a note for each thing skipped or
guessed (issue 24). The listings are in tests/code_listings/, as the tutorials write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from netbuilder.document.analysis import analyse
from netbuilder.document.code_import import CodeImportError, read_code
from netbuilder.document.messages import Message, english
from netbuilder.document.network import Network, residual

LISTINGS = Path(__file__).parent / "code_listings"


def _read(name: str, **kwargs):
    return read_code((LISTINGS / name).read_text(encoding="utf-8"), **kwargs)


def _codes(notes: list[Message]) -> list[str]:
    return [note.code for note in notes]


def test_a_sequential_with_names_for_its_sizes():
    read = _read("sequential_named_sizes.py")
    expected = Network.of(
        "Flatten",
        ("Linear", {"out_features": 256}), "ReLU", ("Dropout", {"p": 0.2}),
        ("Linear", {"out_features": 256}), "ReLU", ("Dropout", {"p": 0.5}),
        ("Linear", {"out_features": 10}),
        input_shape=(1, 28, 28),
    )  # fmt: skip
    assert read.network.structure() == expected.structure()
    assert read.image_size_known
    assert (
        english(read.notes[0]) == "Line 10: 784 inputs after a Flatten were read as 1×28×28 images"
    )


def test_a_module_with_fc_layers_and_functional_activations():
    read = _read("module_fc_functional.py")
    expected = Network.of(
        "Flatten", ("Linear", {"out_features": 128}), "ReLU",
        ("Linear", {"out_features": 64}), "Sigmoid", ("Linear", {"out_features": 10}),
        "LogSoftmax",
        input_shape=(1, 28, 28),
    )  # fmt: skip
    assert read.network.structure() == expected.structure()
    assert analyse(read.network).valid


def test_lenet_with_a_reshape_module_takes_the_input_shape_from_it():
    read = _read("lenet_reshape.py")
    assert read.network.input_shape == (1, 28, 28)
    assert [layer.type_id for layer in read.network.layers][:3] == [
        "Conv2d",
        "Sigmoid",
        "AvgPool2d",
    ]
    assert read.network.layers[0].params["padding"] == 2
    assert read.network.layers[2].params == {"kernel_size": 2, "stride": 2, "padding": 0}
    assert len(read.network.layers) == 12 and analyse(read.network).valid
    assert [english(n) for n in read.notes] == [
        "Line 12: Reshape() is not a layer netbuilder knows; the input shape 1×28×28 was taken "
        "from it"
    ]


def test_an_mlp_class_wrapping_a_sequential_names_inplace_and_binds_its_arguments():
    read = _read("mlp_class_inplace.py")
    assert [layer.summary() for layer in read.network.layers] == [
        "Flatten", "Linear 256", "ReLU", "Dropout p=0.2", "Linear 10"
    ]  # fmt: skip
    assert english(read.notes[0]) == (
        "Line 13: ReLU: netbuilder has no inplace setting; inplace=True was left out"
    )


def test_the_pytorch_tutorial_cnn_works_out_its_image_size_from_the_first_linear():
    read = _read("tutorial_cnn.py")
    assert read.network.input_shape == (1, 32, 32) and read.image_size_known
    assert [layer.type_id for layer in read.network.layers][:3] == ["Conv2d", "ReLU", "MaxPool2d"]
    assert _codes(read.notes) == ["code_not_run", "code_input_from_linear"]
    assert analyse(read.network).valid


def test_residual_blocks_from_an_add_in_forward():
    read = _read("resnet_block.py")
    kinds = [(layer.type_id, layer.params.get("shortcut")) for layer in read.network.layers]
    assert kinds[:4] == [("Conv2d", None), ("ReLU", None), ("Residual", "identity"),
                         ("Residual", "projection")]  # fmt: skip
    assert [c.type_id for c in read.network.layers[2].children] == ["Conv2d", "ReLU"]
    assert not read.image_size_known  # an adaptive pooling: any image size would do
    assert "code_input_unknown" in _codes(read.notes)
    assert analyse(read.network).valid


def test_an_answer_to_the_input_question_replaces_the_default():
    read = _read("resnet_block.py", shape=(3, 32, 32))
    assert read.network.input_shape == (3, 32, 32) and read.image_size_known


def test_x_plus_block_of_x_is_a_residual_and_torch_cat_branches():
    code = """
import torch
from torch import nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.block = nn.Sequential(nn.Linear(8, 8), nn.ReLU())
        self.a = nn.Linear(8, 4)
        self.b = nn.Linear(8, 2)
        self.out = nn.Linear(6, 3)
    def forward(self, x):
        x = x + self.block(x)
        x = torch.cat([self.a(x), torch.relu(self.b(x))], dim=1)
        return self.out(x)
"""
    read = read_code(code)
    assert read.network.input_shape == (8,)
    assert [layer.type_id for layer in read.network.layers] == ["Residual", "Branches", "Linear"]
    merged = read.network.layers[1]
    assert merged.params["merge"] == "concat"
    assert [[c.type_id for c in b.children] for b in merged.children] == [["Linear"],
                                                                          ["Linear", "ReLU"]]  # fmt: skip
    assert (
        read.network.layers[0].structure()
        == residual(("Linear", {"out_features": 8}), "ReLU").structure()
    )


def test_views_flatten_and_functional_forms():
    code = """
import torch.nn as nn
import torch.nn.functional as F
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, padding='same')
        self.fc = nn.Linear(4 * 14 * 14, 10)
    def forward(self, x):
        n = x.size(0)
        x = F.max_pool2d(F.leaky_relu(self.conv(x), 0.2), 2)
        x = F.dropout(x, p=0.25, training=self.training)
        x = x.view(n, -1)
        return F.softmax(self.fc(x), dim=1)
"""
    read = read_code(code)
    assert [layer.summary() for layer in read.network.layers] == [
        "Conv2d 4@3x3 pad 1", "LeakyReLU negative_slope=0.2", "MaxPool2d 2x2", "Dropout p=0.25",
        "Flatten", "Linear 10", "Softmax",
    ]  # fmt: skip
    assert read.network.input_shape == (1, 28, 28) and read.notes == [
        Message("code_input_from_linear", {"line": 8, "features": 784, "shape": "1×28×28"})
    ]


def test_a_dropout_without_the_training_flag_is_noted():
    code = "import torch.nn.functional as F\nimport torch.nn as nn\n" + (
        "class N(nn.Module):\n def __init__(self):\n  super().__init__()\n"
        "  self.fc = nn.Linear(4, 2)\n"
        " def forward(self, x):\n  return self.fc(F.dropout(x, 0.5))\n"
    )
    read = read_code(code)
    assert [layer.type_id for layer in read.network.layers] == ["Dropout", "Linear"]
    assert _codes(read.notes) == ["code_functional_dropout"]


def test_arguments_the_catalog_lacks_or_refuses_are_named():
    code = """from torch import nn
model = nn.Sequential(
    nn.Conv2d(3, 8, (3, 5), dilation=2, padding_mode='zeros'),
    nn.Flatten(),
    nn.Linear(100, 100000),
    nn.Softmax(dim=0),
    nn.ReLU6(),
)"""
    read = read_code(code)
    notes = [english(n) for n in read.notes]
    assert (
        "Line 3: Conv2d: kernel_size=(3, 5) is not square; netbuilder's is, so 3 was used" in notes
    )
    assert "Line 3: Conv2d: netbuilder has no dilation setting; dilation=2 was left out" in notes
    assert not any("padding_mode" in n for n in notes)  # torch's default: nothing lost
    assert "Line 5: Linear: out_features 100000 is above its maximum 65536; 65536 was used" in notes
    assert "Line 6: Softmax(dim=0) was read as dim=1, over the classes" in notes
    assert "Line 7: ReLU6() is not a layer netbuilder knows; skipped" in notes
    assert [layer.type_id for layer in read.network.layers] == ["Conv2d", "Flatten", "Linear",
                                                                 "Softmax"]  # fmt: skip


def test_an_ordered_dict_sequential_and_several_models():
    code = """from collections import OrderedDict
import torch.nn as nn
encoder = nn.Sequential(OrderedDict([("fc1", nn.Linear(10, 5)), ("act", nn.Tanh())]))
other = nn.Sequential(nn.Linear(3, 3))
model = nn.Sequential(encoder, nn.Linear(5, 2))
"""
    read = read_code(code)
    assert [layer.type_id for layer in read.network.layers] == ["Linear", "Tanh", "Linear"]
    assert read.network.input_shape == (10,)
    assert [english(n) for n in read.notes] == [
        "Line 5: model was read; the code also defines other"
    ]


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("x = 1\n", "code_no_model"),
        ("def f(:\n", "code_not_python"),
        ("import torch.nn as nn\nmodel = nn.Sequential(nn.ReLU6())\n", "code_no_layers"),
    ],
)
def test_a_listing_without_a_model_is_refused_with_its_reason(code, reason):
    with pytest.raises(CodeImportError) as refused:
        read_code(code)
    assert refused.value.message.code == reason
    assert str(refused.value)  # an English sentence, no traceback


def test_the_pytorch_quickstart_moved_to_a_device():
    read = _read("quickstart.py")
    assert [layer.summary() for layer in read.network.layers] == [
        "Flatten", "Linear 512", "ReLU", "Linear 512", "ReLU", "Linear 10"
    ]  # fmt: skip
    assert read.network.input_shape == (1, 28, 28)
    assert _codes(read.notes) == ["code_not_run", "code_not_run", "code_input_images"]


def test_a_list_of_layers_unpacked_into_a_sequential():
    code = """import torch.nn as nn
layers = [nn.Flatten(), nn.Linear(784, 128)]
layers.append(nn.ReLU())
layers.extend([nn.Linear(128, 10)])
model = nn.Sequential(*layers)
"""
    read = read_code(code)
    assert [layer.summary() for layer in read.network.layers] == [
        "Flatten", "Linear 128", "ReLU", "Linear 10"
    ]  # fmt: skip
    assert read.notes == [
        Message("code_input_images", {"line": 2, "size": 784, "shape": "1×28×28"})
    ]


def test_torch_flatten_without_start_dim_flattens_the_batch_too_and_says_so():
    code = """import torch, torch.nn as nn
class N(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(784, 10)
    def forward(self, x):
        return self.fc(torch.flatten(x))
"""
    read = read_code(code)
    assert [layer.type_id for layer in read.network.layers] == ["Flatten", "Linear"]
    assert english(read.notes[0]) == (
        "Line 7: Flatten: netbuilder has no start_dim setting; start_dim=0 was left out"
    )


def test_d2l_lazy_layers_in_a_class_of_its_own_base_without_forward():
    read = _read("d2l_lazy_lenet.py")
    lenet = read_code((LISTINGS / "lenet_reshape.py").read_text()).network
    assert read.network.structure() == lenet.structure()  # 1x28x28: the default, so asked
    assert not read.image_size_known
    assert _codes(read.notes) == [
        "code_import", "code_skipped", "code_no_forward", "code_input_unknown"
    ]  # fmt: skip
    assert english(read.notes[0]) == "Line 4: import d2l was not run (netbuilder never runs code)"


def test_a_module_list_looped_over_in_forward():
    code = """import torch.nn as nn
import torch.nn.functional as F
class MLP(nn.Module):
    def __init__(self, sizes=(784, 128, 64)):
        super().__init__()
        self.hidden = nn.ModuleList([nn.Linear(784, 128), nn.Linear(128, 64)])
        self.out = nn.Linear(64, 10)
    def forward(self, x):
        x = x.flatten(1)
        for layer in self.hidden:
            x = F.relu(layer(x))
        return self.out(x)
"""
    read = read_code(code)
    assert [layer.summary() for layer in read.network.layers] == [
        "Flatten", "Linear 128", "ReLU", "Linear 64", "ReLU", "Linear 10"
    ]  # fmt: skip


def test_the_cifar_resnet_listing_reads_its_if_on_constants():
    read = _read("kuangliu_resnet.py")
    shortcuts = [x.params["shortcut"] for x in read.network.layers if x.type_id == "Residual"]
    assert shortcuts == ["identity", "projection"]
    assert (
        read.network.input_shape == (3, 32, 32) and read.notes[-1].code == "code_input_from_linear"
    )
    assert _codes(read.notes) == ["code_input_from_linear"]
    assert analyse(read.network).valid
