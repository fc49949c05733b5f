"""File > Import ONNX model…: the file's blocks replace the network as one undoable edit, and its
weights become the app's current model, computing what onnxruntime computes on the file."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from netbuilder.gui import language
from netbuilder.gui.training import dialogs
from tests.test_onnx_import import export, pixels, residual_projection, runtime

pytest.importorskip("onnxruntime")


@pytest.fixture
def asked(monkeypatch):
    """The file dialog answers with `asked.path`; errors are kept in `asked.errors`."""

    class Answers:
        path = ""
        errors: list[str] = []

    answers = Answers()
    answers.errors = []
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: answers.path)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: answers.errors.append(text))
    return answers


def test_import_replaces_the_network_in_one_undo_step_with_its_weights(window, asked, tmp_path):
    asked.path = str(export(residual_projection(), tmp_path / "resnet.onnx", (3, 32, 32)))
    document, training = window.document, window.feature("training")
    before, steps = document.project.network.structure(), document.undo_stack.count()
    window.import_onnx_action.trigger()
    assert asked.errors == []
    network = document.project.network
    assert network.input_shape == (3, 32, 32)
    assert [layer.type_id for layer in network.layers][:3] == ["Conv2d", "LeakyReLU", "Residual"]
    assert document.project.normalisation == (0.0, 1.0)
    assert document.project.dataset == "cifar10", "MNIST does not fit 3x32x32: CIFAR-10 does"
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Import resnet.onnx"
    trained = training.trained_model
    assert trained is not None and trained.project.network.structure() == network.structure()
    x = pixels((3, 32, 32))
    with torch.no_grad():
        ours = trained.model(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(ours, runtime(asked.path, x), atol=1e-4, rtol=0)
    document.undo()
    assert document.project.network.structure() == before
    assert document.project.normalisation is None and document.project.dataset == "mnist"
    document.redo()
    assert document.project.network.structure() == network.structure()


def test_a_file_that_cannot_be_imported_changes_nothing(window, asked, tmp_path):
    bad = tmp_path / "bad.onnx"
    bad.write_text("not a model")
    asked.path = str(bad)
    before, steps = window.document.project.network.structure(), window.document.undo_stack.count()
    window.import_onnx_action.trigger()
    assert len(asked.errors) == 1 and "it is not an ONNX model" in asked.errors[0]
    assert window.document.project.network.structure() == before
    assert window.document.undo_stack.count() == steps
    assert window.feature("training").trained_model is None


def test_the_menu_entry_and_errors_speak_chinese(window, asked, qtbot, tmp_path):
    action = window.import_onnx_action
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"")
    asked.path = str(bad)
    try:
        language.apply_language("zh_CN")
        qtbot.waitUntil(lambda: action.text() == "导入 ONNX 模型(&I)…")
        assert action.statusTip() == "把 ONNX 模型的各层和训练好的权重作为层打开"
        action.trigger()
        assert asked.errors[-1].startswith("无法导入 ")
    finally:
        language.apply_language("en")
    qtbot.waitUntil(lambda: action.text() == "&Import ONNX Model…")
