"""Open an ONNX model as a netbuilder network with its trained weights (issue 24).

`import_onnx(path)` reads the file (engine/onnx_file.py: nothing in it runs), walks its graph
into blocks (engine/onnx_graph.py, engine/onnx_ops.py), and returns a TrainedModel: the project
(network, input shape, a dataset that fits) and the compiled model holding the file's weights,
ready to evaluate, predict with, fine-tune, save as a checkpoint or export again. The model keeps
its own input convention: no normalisation is added, and the project records the one it has.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np
import torch

from netbuilder.document.analysis import analyse
from netbuilder.document.catalog import Shape
from netbuilder.document.data_options import check_dataset_params
from netbuilder.document.datasets import DATASETS
from netbuilder.document.limits import MAX_FEATURES, MAX_SIDE
from netbuilder.document.messages import Message
from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project, save_project
from netbuilder.document.two_d import DataParamError
from netbuilder.engine.compile import compile_network
from netbuilder.engine.experiment import TrainedModel
from netbuilder.engine.onnx_file import OnnxImportError, first_line, read_model
from netbuilder.engine.onnx_graph import Graph, Read

__all__ = ["OnnxImportError", "import_onnx", "save_import"]

MNIST_ROW = 784  # a model that reads MNIST digits as rows takes them through a Flatten here


def import_onnx(path: str | os.PathLike[str]) -> TrainedModel:
    """The model in `path` as a TrainedModel; an OnnxImportError says why it cannot be."""
    shown = str(path)
    model = read_model(path)
    read = _read(model, shown)
    if len(read.output_shape) != 1:
        args = {"path": shown, "shape": ("N", *read.output_shape)}
        raise OnnxImportError(Message("onnx_output_shape", args))
    network = Network(read.layers, read.input_shape)
    if read.input_shape == (MNIST_ROW,):  # MNIST's digits, as rows: the same numbers in order
        network = Network([Layer("Flatten"), *read.layers], (1, 28, 28))
    project = _project(network, read, Path(path).stem)
    trained = TrainedModel(
        project, _model(network, read, shown), read.mean, read.std, _classes(project, read),
        dataset_title=Path(path).name,
        preprocessing=_preprocessing(network.input_shape),
    )  # fmt: skip
    return trained


def _preprocessing(shape: Shape) -> str:
    """How a new picture becomes input: digits as MNIST's, other images resized whole (as
    checkpoint._guessed says for a checkpoint without the record)."""
    return "resize" if len(shape) == 3 and tuple(shape) != (1, 28, 28) else "digit"


def _read(model: Any, path: str) -> Read:
    """The walk over the graph. The checker does not catch every odd value a crafted file can
    hold (a tensor of text where weights belong...): what the walk trips on is said, not raised."""
    try:
        return Graph(model, path, _input_shape(model, path)).read()
    except (ValueError, TypeError, IndexError, KeyError, AttributeError, OverflowError) as error:
        details = f"{type(error).__name__}: {first_line(error)}"
        raise OnnxImportError(Message("onnx_invalid", {"path": path, "details": details})) from None


def save_import(trained: TrainedModel, project_path: str | None, checkpoint: str | None) -> None:
    """Write the imported project (JSON) and its weights (a netbuilder checkpoint)."""
    if checkpoint:
        trained.save(checkpoint)
    if project_path:
        save_project(trained.project, project_path)


def _input_shape(model: Any, path: str) -> Shape:
    """(C, H, W) or (F,) from the graph's one input (N, C, H, W) or (N, F)."""
    graph = model.graph
    stored = {t.name for t in graph.initializer}
    inputs = [i for i in graph.input if i.name not in stored]
    if len(inputs) != 1 or len(graph.output) != 1:
        args = {"path": path, "count": len(inputs), "outputs": len(graph.output)}
        raise OnnxImportError(Message("onnx_inputs", args))
    dims = inputs[0].type.tensor_type.shape.dim
    sizes = [d.dim_value if d.HasField("dim_value") else d.dim_param or "?" for d in dims]
    shape = tuple(sizes[1:])
    top = MAX_FEATURES if len(shape) == 1 else MAX_SIDE
    fixed = all(isinstance(s, int) and 1 <= s <= top for s in shape)
    if len(shape) not in (1, 3) or not fixed:
        args = {"path": path, "name": repr(inputs[0].name[:60]), "shape": tuple(sizes)}
        raise OnnxImportError(Message("onnx_input_shape", args))
    return shape  # type: ignore[return-value]


def _project(network: Network, read: Read, name: str) -> Project:
    """The network with a dataset of its input's shape (and outputs, where it can tell)."""
    dataset, params = _dataset(network.input_shape, read.output_shape[0])
    return Project(network, dataset=dataset, name=name, dataset_params=params,
                   normalisation=(read.mean, read.std))  # fmt: skip


def _dataset(shape: Shape, outputs: int) -> tuple[str, dict[str, Any]]:
    """A named dataset whose samples the network reads: MNIST for 1x28x28 (the first with as many
    classes as outputs), CIFAR-10 for colour, 2-D points for two numbers."""
    same = [n for n, spec in DATASETS.items() if spec.input_shape == shape]
    fitting = [n for n in same if len(DATASETS[n].classes) == outputs]
    if fitting or same:
        return (fitting or same)[0], {}
    if shape == (2,):
        try:
            return "blobs", check_dataset_params("blobs", {"classes": outputs})
        except DataParamError:
            return "moons", check_dataset_params("moons", {})
    return ("mnist" if len(shape) != 3 or shape[0] != 3 else "cifar10"), {}


def _classes(project: Project, read: Read) -> tuple[str, ...]:
    spec = DATASETS.get(project.dataset)
    outputs = read.output_shape[0]
    if spec is not None and len(spec.classes) == outputs:
        return spec.classes
    return tuple(str(i) for i in range(outputs))


def _model(network: Network, read: Read, path: str) -> torch.nn.Module:
    """The compiled network holding the file's weights; every weight comes from the file."""
    analysis = analyse(network, num_classes=None)
    if not analysis.valid:
        args = {"path": path, "problems": analysis.errors[0].sentence}
        raise OnnxImportError(Message("onnx_not_a_network", args))
    model = compile_network(network, analysis)
    state = model.state_dict()
    given: dict[str, torch.Tensor] = {}
    for uid, weights in read.weights.items():
        info = analysis.info(uid)
        assert info is not None
        for name, array in weights.items():
            key = f"{info.path}.{name}"
            given[key] = _tensor(array, key, tuple(state[key].shape), path)
    missing = [k for k in state if k not in given and not k.endswith("num_batches_tracked")]
    assert not missing, f"weights the walk did not set: {missing}"
    state.update(given)
    model.load_state_dict(state)
    return model.eval()


def _tensor(array: np.ndarray, key: str, shape: tuple[int, ...], path: str) -> torch.Tensor:
    values = np.asarray(array, dtype=np.float32).reshape(shape)
    if not np.isfinite(values).all():
        details = f"the weights {key} hold NaN or infinite values"
        raise OnnxImportError(Message("onnx_invalid", {"path": path, "details": details}))
    return torch.from_numpy(values.copy())
