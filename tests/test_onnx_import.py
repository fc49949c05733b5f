"""Open an ONNX model (issue 24): models torch exported become blocks with their weights, and the
imported model computes what onnxruntime computes on the original file, through netbuilder's own
checkpoint, TorchScript and ONNX exports. Operators with no block are listed; broken and hostile
files are refused with a message, never a traceback."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
import torch
from torch import nn

from netbuilder.cli.main import main
from netbuilder.document.catalog import CATALOG
from netbuilder.document.project import load_project
from netbuilder.engine.checkpoint import load_checkpoint
from netbuilder.engine.containers import Residual
from netbuilder.engine.experiment import model_from_checkpoint
from netbuilder.engine.model_export import load_torchscript
from netbuilder.engine.onnx_import import OnnxImportError, import_onnx
from tests.test_export_command import saved_model  # noqa: F401 - a fixture

onnxruntime = pytest.importorskip("onnxruntime")
import onnx  # noqa: E402 - after the skip
from onnx import TensorProto, helper, numpy_helper  # noqa: E402


def export(model: nn.Module, path: Path, shape: tuple[int, ...], **options) -> Path:
    """torch's own ONNX export (the TorchScript-based exporter: fast), batch size free."""
    model.eval()
    torch.manual_seed(1)
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model, (torch.rand(2, *shape),), str(path), dynamo=False, input_names=["x"],
            output_names=["y"], dynamic_axes={"x": {0: "n"}, "y": {0: "n"}}, **options,
        )  # fmt: skip
    return path


def runtime(path: Path, x: np.ndarray) -> np.ndarray:
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(None, {session.get_inputs()[0].name: x})[0]


def pixels(shape: tuple[int, ...], count: int = 5) -> np.ndarray:
    return np.random.default_rng(7).random((count, *shape), dtype=np.float32)


def with_statistics(model: nn.Module) -> nn.Module:
    """Batch norms with running statistics and scales far from their identity start."""
    generator = torch.Generator().manual_seed(3)
    for module in model.modules():
        if isinstance(module, (nn.BatchNorm1d, nn.BatchNorm2d)):
            size = module.num_features
            module.running_mean.copy_(torch.rand(size, generator=generator) - 0.5)
            module.running_var.copy_(torch.rand(size, generator=generator) + 0.5)
            module.weight.data.copy_(torch.rand(size, generator=generator) + 0.5)
            module.bias.data.copy_(torch.rand(size, generator=generator) - 0.5)
    return model


def mlp() -> nn.Module:
    return nn.Sequential(
        nn.Flatten(), nn.Linear(784, 200), nn.ReLU(), nn.Linear(200, 200), nn.ReLU(),
        nn.Linear(200, 10),
    )  # fmt: skip


def lenet5() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2),
        nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2), nn.Flatten(),
        nn.Linear(400, 120), nn.Tanh(), nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10),
    )  # fmt: skip


def cnn_batchnorm_dropout() -> nn.Module:
    return with_statistics(
        nn.Sequential(
            nn.Conv2d(1, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),
            nn.Dropout(0.25), nn.Conv2d(8, 16, 3, stride=2), nn.ReLU(), nn.Flatten(),
            nn.Linear(16 * 6 * 6, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Dropout(0.5),
            nn.Linear(32, 10), nn.LogSoftmax(dim=1),
        )
    )  # fmt: skip


def residual_identity() -> nn.Module:
    body = nn.Sequential(nn.Conv2d(4, 4, 3, padding=1), nn.ReLU(), nn.Conv2d(4, 4, 3, padding=1))
    return nn.Sequential(
        nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), Residual(body), nn.ReLU(),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(4, 10),
    )  # fmt: skip


def residual_projection() -> nn.Module:
    body = nn.Sequential(nn.Conv2d(4, 8, 3, stride=2, padding=1), nn.ReLU())
    shortcut = nn.Sequential(nn.Conv2d(4, 8, 1, stride=2, bias=False), nn.BatchNorm2d(8))
    flat = Residual(nn.Sequential(nn.Linear(8, 6), nn.ELU()), nn.Linear(8, 6))
    return with_statistics(
        nn.Sequential(
            nn.Conv2d(3, 4, 3, padding=1), nn.LeakyReLU(0.2), Residual(body, shortcut),
            nn.MaxPool2d(2, stride=1), nn.AdaptiveAvgPool2d(1), nn.Flatten(), flat, nn.SELU(),
            nn.Linear(6, 10), nn.Softplus(),
        )
    )  # fmt: skip


def residual_nested() -> nn.Module:
    inner = Residual(nn.Sequential(nn.Linear(16, 16), nn.Tanh()))
    outer = Residual(nn.Sequential(nn.Linear(16, 16), nn.ReLU(), inner, nn.Linear(16, 16)))
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 16), outer, nn.Linear(16, 10))


ARCHITECTURES = {
    "mlp": (mlp, (1, 28, 28)),
    "lenet5": (lenet5, (1, 28, 28)),
    "cnn_batchnorm_dropout": (cnn_batchnorm_dropout, (1, 28, 28)),
    "residual_identity": (residual_identity, (1, 28, 28)),
    "residual_projection": (residual_projection, (3, 32, 32)),
    "residual_nested": (residual_nested, (1, 28, 28)),
}


@pytest.mark.parametrize("name", ARCHITECTURES)
@pytest.mark.parametrize("folding", [True, False], ids=["folded", "unfolded"])
def test_an_exported_model_imports_and_computes_the_same(name, folding, tmp_path):
    make, shape = ARCHITECTURES[name]
    path = export(make(), tmp_path / f"{name}.onnx", shape, do_constant_folding=folding)
    trained = import_onnx(path)
    x = pixels(shape)
    with torch.no_grad():
        ours = trained.model(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(ours, runtime(path, x), atol=1e-4, rtol=0)
    assert trained.project.network.input_shape == shape
    assert (trained.mean, trained.std) == (0.0, 1.0), "no normalisation added"
    assert trained.project.normalisation == (0.0, 1.0), "the project records the convention"


def test_the_blocks_are_the_ones_a_person_would_place(tmp_path):
    trained = import_onnx(export(residual_projection(), tmp_path / "r.onnx", (3, 32, 32)))
    network = trained.project.network
    assert [layer.type_id for layer in network.layers] == [
        "Conv2d", "LeakyReLU", "Residual", "MaxPool2d", "AdaptiveAvgPool2d", "Flatten",
        "Residual", "SELU", "Linear", "Softplus",
    ]  # fmt: skip
    convolutional, flat = network.layers[2], network.layers[6]
    assert convolutional.params["shortcut"] == "projection"
    assert [c.type_id for c in convolutional.children] == ["Conv2d", "ReLU"]
    assert convolutional.children[0].params["stride"] == 2
    assert flat.params["shortcut"] == "projection"
    assert network.layers[1].params["negative_slope"] == pytest.approx(0.2)
    assert trained.project.dataset == "cifar10"
    nested = import_onnx(export(residual_nested(), tmp_path / "n.onnx", (1, 28, 28))).project
    outer = nested.network.layers[2]
    assert [c.type_id for c in outer.children] == ["Linear", "ReLU", "Residual", "Linear"]
    assert [c.type_id for c in outer.children[2].children] == ["Linear", "Tanh"]
    lenet = import_onnx(export(lenet5(), tmp_path / "l.onnx", (1, 28, 28))).project
    assert lenet.dataset == "mnist"
    assert lenet.network.layers[0].summary() == "Conv2d 6@5x5 pad 2"


def test_a_row_model_reads_mnist_through_a_flatten(tmp_path):
    """A model that takes digits as rows of 784 numbers trains on MNIST's images as they are."""
    path = export(mlp()[1:], tmp_path / "rows.onnx", (784,))
    trained = import_onnx(path)
    assert trained.project.network.input_shape == (1, 28, 28)
    assert trained.project.network.layers[0].type_id == "Flatten"
    x = pixels((784,))
    with torch.no_grad():
        ours = trained.model(torch.from_numpy(x).reshape(-1, 1, 28, 28)).numpy()
    np.testing.assert_allclose(ours, runtime(path, x), atol=1e-4, rtol=0)


def _cli(*args: str) -> int:
    return main([str(a) for a in args])


def test_import_then_export_agrees_with_onnxruntime(tmp_path, capsys):
    """The command a user runs: the checkpoint is netbuilder's own, and what `netbuilder export`
    makes of it (TorchScript and ONNX) computes what the original file computes."""
    original = export(residual_projection(), tmp_path / "model.onnx", (3, 32, 32))
    project, weights = tmp_path / "model.json", tmp_path / "model.pt"
    assert _cli("import", original, "-o", project, "--checkpoint", weights) == 0
    assert "saved the project to" in capsys.readouterr().out
    assert load_project(project).normalisation == (0.0, 1.0)
    scripted, again = tmp_path / "again.torchscript.pt", tmp_path / "again.onnx"
    assert _cli("export", weights, "--torchscript", scripted, "--onnx", again) == 0
    x = pixels((3, 32, 32))
    expected = runtime(original, x)
    with torch.no_grad():
        from_script = load_torchscript(scripted)(torch.from_numpy(x)).numpy()
        from_checkpoint = model_from_checkpoint(load_checkpoint(weights)).model(torch.from_numpy(x))
    np.testing.assert_allclose(from_script, expected, atol=1e-4, rtol=0)
    np.testing.assert_allclose(from_checkpoint.numpy(), expected, atol=1e-4, rtol=0)
    np.testing.assert_allclose(runtime(again, x), expected, atol=1e-4, rtol=0)
    # netbuilder's own export imports back to the same blocks
    assert (
        import_onnx(again).project.network.structure() == load_project(project).network.structure()
    )


def test_the_torchscript_export_agrees_for_every_architecture(tmp_path):
    for name, (make, shape) in ARCHITECTURES.items():
        original = export(make(), tmp_path / f"{name}.onnx", shape)
        weights, scripted = tmp_path / f"{name}.pt", tmp_path / f"{name}.torchscript.pt"
        assert (
            _cli("import", original, "-o", tmp_path / f"{name}.json", "--checkpoint", weights) == 0
        )
        assert _cli("export", weights, "--torchscript", scripted) == 0
        x = pixels(shape)
        with torch.no_grad():
            ours = load_torchscript(scripted)(torch.from_numpy(x)).numpy()
        np.testing.assert_allclose(ours, runtime(original, x), atol=1e-4, rtol=0, err_msg=name)


# --- graphs written node by node: operators torch leaves out in eval mode ---------------------


def graph_model(nodes, initializers, shape=(1, 3, 8, 8), out=(1, 10), opset=17) -> onnx.ModelProto:
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", *shape[1:]])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", *out[1:]])
    graph = helper.make_graph(nodes, "g", [x], [y], initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    onnx.checker.check_model(model)
    return model


def tensor(name: str, values: np.ndarray) -> onnx.TensorProto:
    return numpy_helper.from_array(values.astype(np.float32), name)


def test_dropout_lrn_and_a_leading_normalisation(tmp_path):
    """Dropout with its ratio as an input, LRN, MatMul + Add, and (x - mean) / std at the start
    (as netbuilder's own exports begin): the mean and std become the model's normalisation."""
    rng = np.random.default_rng(0)
    nodes = [
        helper.make_node("Sub", ["x", "mean"], ["a"]),
        helper.make_node("Div", ["a", "std"], ["b"]),
        helper.make_node("LRN", ["b"], ["c"], size=3, alpha=0.01, beta=0.7, bias=2.0),
        helper.make_node("Dropout", ["c", "ratio"], ["d"]),
        helper.make_node("Flatten", ["d"], ["e"], axis=1),
        helper.make_node("MatMul", ["e", "w"], ["f"]),
        helper.make_node("Add", ["f", "b1"], ["y"]),
    ]
    initializers = [
        tensor("mean", np.array(0.25)), tensor("std", np.array(0.5)),
        tensor("ratio", np.array(0.3)), tensor("w", rng.standard_normal((192, 10))),
        tensor("b1", rng.standard_normal(10)),
    ]  # fmt: skip
    path = tmp_path / "nodes.onnx"
    onnx.save(graph_model(nodes, initializers), path)
    trained = import_onnx(path)
    kinds = [layer.type_id for layer in trained.project.network.layers]
    assert kinds == ["LocalResponseNorm", "Dropout", "Flatten", "Linear"]
    assert trained.project.network.layers[1].params["p"] == pytest.approx(0.3)
    assert (trained.mean, trained.std) == (0.25, 0.5)
    assert trained.project.normalisation == (0.25, 0.5)
    x = pixels((3, 8, 8))
    with torch.no_grad():
        ours = trained.model((torch.from_numpy(x) - 0.25) / 0.5).numpy()
    np.testing.assert_allclose(ours, runtime(path, x), atol=1e-4, rtol=0)


# --- operators with no block: listed, and nothing is made ---------------------------------------


def test_operators_without_a_block_are_listed_by_name_and_node(tmp_path, capsys):
    model = nn.Sequential(
        nn.Conv2d(1, 4, 3), nn.Hardsigmoid(), nn.PReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        nn.Linear(4, 10),
    )  # fmt: skip
    path = export(model, tmp_path / "odd.onnx", (1, 28, 28))
    with pytest.raises(OnnxImportError) as caught:
        import_onnx(path)
    text = str(caught.value)
    assert "HardSigmoid '/1/HardSigmoid'" in text
    assert "PRelu '/2/PRelu'" in text
    assert caught.value.message.code == "onnx_unsupported"
    project = tmp_path / "odd.json"
    assert _cli("import", path, "-o", project, "--checkpoint", tmp_path / "odd.pt") == 1
    err = capsys.readouterr().err
    assert err.startswith("netbuilder: error: Cannot import") and "Traceback" not in err
    assert not project.exists() and not (tmp_path / "odd.pt").exists(), "nothing half-made"


@pytest.mark.parametrize(
    ("model", "words"),
    [
        (nn.Conv2d(1, 4, 3, groups=1, dilation=2), "dilations [2, 2]"),
        (nn.Conv2d(2, 4, 3, groups=2), "group 2"),
        (nn.Conv2d(1, 4, (3, 5)), "kernel_shape [3, 5]"),
        (nn.MaxPool2d(2, ceil_mode=True), "ceil_mode 1"),
    ],
)
def test_a_node_whose_settings_have_no_block_says_which(model, words, tmp_path):
    channels = 2 if getattr(model, "groups", 1) == 2 else 1
    path = export(nn.Sequential(model, nn.Flatten()), tmp_path / "m.onnx", (channels, 12, 12))
    with pytest.raises(OnnxImportError) as caught:
        import_onnx(path)
    assert caught.value.message.code == "onnx_node_unsupported"
    assert words in str(caught.value)


def test_a_join_blocks_cannot_hold_is_refused(tmp_path):
    class TwoPaths(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.a, self.b = nn.Linear(4, 3), nn.Linear(4, 3)

        def forward(self, x):
            return self.a(x) * self.b(x)

    path = export(TwoPaths(), tmp_path / "mul.onnx", (4,))
    with pytest.raises(OnnxImportError, match="Mul"):
        import_onnx(path)


# --- broken and hostile files ---------------------------------------------------------------


def refused(path: Path, capsys) -> str:
    """The command's one error line for the file (and no traceback, nothing written)."""
    assert _cli("import", path, "-o", path.with_suffix(".json")) == 1
    err = capsys.readouterr().err
    assert err.startswith("netbuilder: error: ") and "Traceback" not in err
    assert not path.with_suffix(".json").exists()
    return err


def test_files_that_are_not_onnx_models(tmp_path, capsys):
    text = tmp_path / "notes.onnx"
    text.write_text("just some text\n" * 20)
    assert "it is not an ONNX model" in refused(text, capsys)
    empty = tmp_path / "empty.onnx"
    empty.write_bytes(b"")
    assert "it is not an ONNX model" in refused(empty, capsys)
    png = tmp_path / "picture.onnx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert "Cannot import" in refused(png, capsys)
    assert "missing.onnx does not exist; check the path" in refused(
        tmp_path / "missing.onnx", capsys
    )
    folder = tmp_path / "folder.onnx"
    folder.mkdir()
    assert "folder" in refused(folder, capsys)


def test_a_truncated_model(tmp_path, capsys):
    whole = export(lenet5(), tmp_path / "whole.onnx", (1, 28, 28)).read_bytes()
    for cut in (len(whole) // 2, len(whole) - 7, 40):
        part = tmp_path / f"cut{cut}.onnx"
        part.write_bytes(whole[:cut])
        assert "Cannot import" in refused(part, capsys)


def test_a_huge_file_is_refused_unread(tmp_path, capsys):
    huge = tmp_path / "huge.onnx"
    with huge.open("wb") as stream:
        stream.truncate(3_000_000_000)  # sparse: nothing is written, nothing is read
    assert "may be at most" in refused(huge, capsys)


def test_weights_kept_in_other_files_are_never_read(tmp_path, capsys):
    secret = tmp_path / "secret.bin"
    secret.write_bytes(np.ones(10_000, np.float32).tobytes())
    model = onnx.load(export(lenet5(), tmp_path / "lenet.onnx", (1, 28, 28)))
    weight = model.graph.initializer[0]
    weight.ClearField("raw_data")
    weight.data_location = TensorProto.EXTERNAL
    entry = weight.external_data.add()
    entry.key, entry.value = "location", str(secret)
    outside = tmp_path / "outside.onnx"
    outside.write_bytes(model.SerializeToString())
    assert "kept in other files" in refused(outside, capsys)


def test_inputs_netbuilder_cannot_take(tmp_path, capsys):
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", 3, "h", "w"])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", 3, "h", "w"])
    graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x], [y])
    free = tmp_path / "free.onnx"
    onnx.save(helper.make_model(graph), free)
    assert "(N, C, H, W)" in refused(free, capsys)
    z = helper.make_tensor_value_info("z", TensorProto.FLOAT, ["n", 3, 4, 4])
    graph = helper.make_graph([helper.make_node("Add", ["x", "z"], ["y"])], "g", [x, z], [y])
    two = tmp_path / "two.onnx"
    onnx.save(helper.make_model(graph), two)
    assert "2 inputs" in refused(two, capsys)


# --- netbuilder's own exports, and training an imported model ---------------------------------


def test_netbuilder_own_onnx_export_imports_with_its_normalisation(saved_model, tmp_path):  # noqa: F811
    """A model trained here and exported as ONNX normalises its pixels inside, (x - mean) / std:
    importing it gives the same blocks back, and the mean and std as its input convention."""
    exported = tmp_path / "small.onnx"
    assert _cli("export", saved_model, "--onnx", exported) == 0
    checkpoint = load_checkpoint(saved_model)
    trained = import_onnx(exported)
    original = model_from_checkpoint(checkpoint).project
    kinds = [layer.type_id for layer in original.network.layers if layer.type_id != "BatchNorm2d"]
    assert [layer.type_id for layer in trained.project.network.layers] == kinds  # BN: in the Conv
    assert trained.mean == pytest.approx(checkpoint.mean) and trained.std == pytest.approx(
        checkpoint.std
    )
    x = pixels((1, 28, 28))
    with torch.no_grad():
        ours = trained.model((torch.from_numpy(x) - trained.mean) / trained.std).numpy()
    np.testing.assert_allclose(ours, runtime(exported, x), atol=1e-4, rtol=0)


def test_training_an_imported_model_keeps_its_input_convention(tmp_path):
    """Fine-tuning feeds the data as the model takes it (pixels 0..1 here), not normalised by
    the data's own statistics, and the saved model says so."""
    from netbuilder.document.settings import TrainingSettings
    from netbuilder.engine.experiment import run_experiment
    from netbuilder.engine.synthetic_digits import synthetic_digits

    trained = import_onnx(export(lenet5(), tmp_path / "lenet.onnx", (1, 28, 28)))
    project = trained.project
    project.dataset = "synthetic-digits"
    project.training = TrainingSettings(epochs=1, device="cpu", validation_fraction=0.0)
    data = synthetic_digits(200, 50, seed=2)
    assert (data.mean, data.std) != (0.0, 1.0)
    tuned = run_experiment(project, data)
    assert (tuned.mean, tuned.std) == (0.0, 1.0)
    tuned.save(tmp_path / "tuned.pt")
    assert (
        load_checkpoint(tmp_path / "tuned.pt").mean,
        load_checkpoint(tmp_path / "tuned.pt").std,
    ) == (0.0, 1.0)


def _hostile(name: str):
    flat = helper.make_node("Flatten", ["x"], ["f"])
    if name == "weights_without_data":  # a declared million rows, no bytes behind them
        return [flat, helper.make_node("MatMul", ["f", "w"], ["y"])], [
            TensorProto(name="w", data_type=TensorProto.FLOAT, dims=[1_000_000, 192])
        ]
    if name == "a_cycle":
        nodes = [helper.make_node("Relu", ["x"], ["a"]), helper.make_node("Add", ["a", "b"], ["b"])]
        return [*nodes, helper.make_node("Flatten", ["b"], ["y"])], []
    if name == "a_subgraph":
        empty = helper.make_graph([], "e", [], [])
        return [helper.make_node("If", ["x"], ["y"], then_branch=empty, else_branch=empty)], []
    if name == "nan_weights":
        w = tensor("w", np.full((10, 192), np.nan))
        return [flat, helper.make_node("Gemm", ["f", "w"], ["y"], transB=1)], [w]
    if name == "too_many_filters":
        w = tensor("w", np.ones((4000, 3, 1, 1)))
        return [
            helper.make_node("Conv", ["x", "w"], ["c"]),
            helper.make_node("Flatten", ["c"], ["y"]),
        ], [w]
    if name == "text_weights":
        w = helper.make_tensor("w", TensorProto.STRING, [2], [b"a", b"b"])
        return [flat, helper.make_node("MatMul", ["f", "w"], ["y"])], [w]
    raise AssertionError(name)


@pytest.mark.parametrize(
    "name",
    ["weights_without_data", "a_cycle", "a_subgraph", "nan_weights", "too_many_filters",
     "text_weights"],
)  # fmt: skip
def test_crafted_graphs_are_refused_with_a_reason(name, tmp_path, capsys):
    nodes, initializers = _hostile(name)
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", 3, 8, 8])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", 10])
    graph = helper.make_graph(nodes, "g", [x], [y], initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    path = tmp_path / f"{name}.onnx"
    path.write_bytes(model.SerializeToString())  # unchecked: written as an attacker would
    assert "Cannot import" in refused(path, capsys)


class ViewBySize(nn.Module):
    """The curriculum's `x.view(x.size(0), -1)`: torch's exporter computes the batch size from
    the input's shape (Shape, Gather, Unsqueeze, Concat) for the Reshape."""

    def __init__(self) -> None:
        super().__init__()
        self.conv, self.fc = nn.Conv2d(1, 2, 3), nn.Linear(2 * 26 * 26, 10)

    def forward(self, x):
        return self.fc(torch.relu(self.conv(x)).view(x.size(0), -1))


def test_a_view_by_the_batch_size_is_a_flatten(tmp_path):
    path = export(ViewBySize(), tmp_path / "view.onnx", (1, 28, 28))
    assert "Shape" in [node.op_type for node in onnx.load(path).graph.node]
    trained = import_onnx(path)
    kinds = [layer.type_id for layer in trained.project.network.layers]
    assert kinds == ["Conv2d", "ReLU", "Flatten", "Linear"]
    x = pixels((1, 28, 28))
    with torch.no_grad():
        ours = trained.model(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(ours, runtime(path, x), atol=1e-4, rtol=0)


def test_every_block_netbuilder_exports_comes_back(tmp_path):
    """netbuilder's own ONNX export (torch.export, which writes LRN, Softplus and the input's
    normalisation as several nodes) imports back block for block, with its mean and std; the
    exporter folds BatchNorm into the layer before it and leaves Dropout out."""
    from netbuilder.document.network import Network, residual
    from netbuilder.document.project import Project
    from netbuilder.engine.compile import compile_network
    from netbuilder.engine.experiment import TrainedModel
    from netbuilder.engine.model_export import export_onnx

    network = Network.of(
        ("Conv2d", {"out_channels": 4, "kernel_size": 3, "padding": 1}), "BatchNorm2d", "ELU",
        ("LocalResponseNorm", {"size": 3, "alpha": 0.01, "beta": 0.6, "k": 1.5}),
        ("MaxPool2d", {"kernel_size": 2}), "Dropout2d", ("AvgPool2d", {"kernel_size": 2}),
        residual(("Conv2d", {"out_channels": 4, "kernel_size": 3, "padding": 1}), "SELU"),
        "AdaptiveAvgPool2d", "Flatten", ("Linear", {"out_features": 12}), "BatchNorm1d", "GELU",
        "Dropout", ("LeakyReLU", {"negative_slope": 0.1}), "Tanh", "Sigmoid", "Softplus",
        ("Linear", {"out_features": 10}), "LogSoftmax",
    )  # fmt: skip
    torch.manual_seed(0)
    model = with_statistics(compile_network(network)).eval()
    exported = tmp_path / "every.onnx"
    export_onnx(TrainedModel(Project(network), model, 0.13, 0.31, tuple("0123456789")), exported)
    trained = import_onnx(exported)
    left_out = ("BatchNorm2d", "BatchNorm1d", "Dropout", "Dropout2d")
    kept = [layer for layer in network.layers if layer.type_id not in left_out]
    back = trained.project.network.layers
    assert [(layer.type_id, layer.params) for layer in back] == [
        (layer.type_id, layer.params) for layer in kept
    ]
    assert (trained.mean, trained.std) == (0.13, 0.31)
    x = pixels((1, 28, 28))
    with torch.no_grad():
        ours = trained.model((torch.from_numpy(x) - 0.13) / 0.31).numpy()
    np.testing.assert_allclose(ours, runtime(exported, x), atol=1e-4, rtol=0)


@pytest.mark.skipif(
    "ConvTranspose2d" not in CATALOG,
    reason="the catalog has no ConvTranspose2d yet (added by another part of issue 24)",
)
def test_a_transposed_convolution_imports_once_the_catalog_has_it(tmp_path):
    model = nn.Sequential(
        nn.Conv2d(1, 4, 3, stride=2), nn.ReLU(),
        nn.ConvTranspose2d(4, 2, 3, stride=2, padding=1, output_padding=1), nn.Flatten(),
        nn.Linear(2 * 26 * 26, 10),
    )  # fmt: skip
    path = export(model, tmp_path / "up.onnx", (1, 28, 28))
    trained = import_onnx(path)
    assert "ConvTranspose2d" in [layer.type_id for layer in trained.project.network.layers]
    x = pixels((1, 28, 28))
    with torch.no_grad():
        ours = trained.model(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(ours, runtime(path, x), atol=1e-4, rtol=0)
