"""The bent plane of a 2-D set: a grid through only Linear layers stays straight (and so do the
points on each line), a ReLU folds it; the points keep their labels and samples."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from netbuilder.engine.dataset import Split
from netbuilder.engine.embedding import EmbeddingError
from netbuilder.engine.plane_bending import bend_plane, is_plane
from netbuilder.engine.two_d import generate


def spiral_test() -> Split:
    return generate("spiral", {"points": 40}).test


def bend(line: np.ndarray) -> float:
    """0 for points on one straight line; larger the further they stray from it."""
    centred = line - line.mean(axis=0)
    small, large = np.linalg.svd(centred.astype(np.float64), compute_uv=False)[::-1][:2]
    return float(small / large)


def network(*layers: nn.Module) -> nn.Sequential:
    torch.manual_seed(1)
    return nn.Sequential(*layers)


def test_a_network_of_only_linear_layers_keeps_the_grid_straight():
    model = network(nn.Linear(2, 7), nn.Linear(7, 5), nn.Linear(5, 3))
    test = spiral_test()
    for layer in ("", "0", "1", "2"):
        plane = bend_plane(model, test, 0.0, 1.0, layer)
        assert len(plane.lines) == 26
        assert max(bend(line) for line in plane.lines) < 1e-3, layer
    assert plane.width == 3 and plane.kept == pytest.approx(1.0, abs=1e-4), "a plane in 3-D"


def test_a_relu_folds_the_grid():
    model = network(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
    test = spiral_test()
    before = bend_plane(model, test, 0.0, 1.0, "0")
    after = bend_plane(model, test, 0.0, 1.0, "1")
    assert max(bend(line) for line in before.lines) < 1e-3, "Linear: still straight"
    assert max(bend(line) for line in after.lines) > 0.05, "ReLU: folded"
    assert before.width == after.width == 16
    assert 0.0 < after.kept < 1.0


def test_the_points_keep_their_labels_and_the_grid_covers_them():
    model = network(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 3))
    test = spiral_test()
    plane = bend_plane(model, test, 0.0, 1.0, "", limit=20)
    assert len(plane.points) == len(plane.labels) == len(plane.indices) == 20
    chosen = torch.as_tensor(plane.indices)
    assert np.array_equal(plane.labels, test.labels[chosen].numpy())
    assert np.allclose(plane.points, test.features[chosen].numpy()), "the input plane itself"
    assert np.array_equal(plane.inputs, test.features[chosen].numpy())
    expected = model(test.features[chosen]).argmax(dim=1).numpy()
    assert np.array_equal(plane.predictions, expected)
    grid = np.concatenate(plane.lines)
    assert (grid.min(axis=0) < test.features.min(0).values.numpy()).all()
    assert (grid.max(axis=0) > test.features.max(0).values.numpy()).all()
    hidden = bend_plane(model, test, 0.0, 1.0, "1", limit=20)
    assert np.array_equal(hidden.labels, plane.labels) and hidden.points.shape == (20, 2)


def test_only_points_of_the_plane_and_layers_the_network_has():
    model = network(nn.Linear(2, 3))
    assert is_plane(spiral_test())
    images = Split(torch.zeros(4, 28, 28, dtype=torch.uint8), torch.zeros(4, dtype=torch.int64))
    assert not is_plane(images)
    with pytest.raises(EmbeddingError) as refused:
        bend_plane(model, images, 0.0, 1.0)
    assert refused.value.message.code == "map_needs_two_numbers"  # a Message: said in Chinese too
    with pytest.raises(EmbeddingError) as refused:
        bend_plane(model, spiral_test(), 0.0, 1.0, "9")
    assert refused.value.message.code == "map_no_such_layer"
    assert "'9'" in str(refused.value)
