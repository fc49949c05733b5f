"""The optimizer playground's engine and `netbuilder optimize`: real torch.optim on 2-D functions."""

import csv
import math

import numpy as np
import pytest
import torch

from netbuilder.cli.main import main
from netbuilder.cli.optimize import FUNCTIONS
from netbuilder.document.settings import OPTIMIZERS, TrainingSettings
from netbuilder.engine.optimize import (
    OPTIMIZER_CHOICES,
    SURFACES,
    Descent,
    descend,
    grid_values,
    optimizer_settings,
    surface,
)
from tests.test_architecture import _run_blocked


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_cli_names_every_surface():
    assert FUNCTIONS == tuple(SURFACES)


@pytest.mark.parametrize("key", list(SURFACES))
def test_each_surface_is_lowest_at_its_minima(key):
    function = SURFACES[key]
    for x, y in function.minima:
        at = float(function(torch.tensor(x), torch.tensor(y)))
        near = float(function(torch.tensor(x + 0.1), torch.tensor(y - 0.1)))
        assert at < near and at < 1e-6


def test_adam_takes_himmelblau_from_the_origin_to_3_2(capsys, tmp_path):
    path = tmp_path / "path.csv"
    code, out, _ = run(
        capsys,
        *("optimize", "himmelblau", "--optimizer", "adam", "--lr", "0.001"),
        *("--steps", "20000", "--start", "0", "0", "--csv", str(path)),
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "step 0: x = [0.000000, 0.000000], f(x) = 170"
    assert [line.split(":")[0] for line in lines[:10]] == [
        f"step {n}" for n in range(0, 20000, 2000)
    ]
    final = lines[10]
    assert final.startswith("final: x = [")
    x, y = (float(v) for v in final.split("[")[1].split("]")[0].split(","))
    assert math.hypot(x - 3, y - 2) < 0.001
    rows = list(csv.reader(path.read_text().splitlines()))
    assert rows[0] == ["step", "x", "y", "f"] and len(rows) == 20002
    assert float(rows[-1][1]) == pytest.approx(3, abs=1e-3)


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_every_trainer_optimizer_runs_from_the_cli(capsys, name):
    code, out, _ = run(
        capsys, "optimize", "bowl", "--optimizer", name, "--lr", "0.01", "--steps", "300"
    )
    assert code == 0
    value = float(out.splitlines()[-1].split("f(x) = ")[1])
    assert value < 0.5 * (4.5**2 + 50)  # below where it started, (-4.5, 1)


def test_momentum_and_nesterov_flags_reach_torch_sgd(capsys):
    _, plain, _ = run(
        capsys, "optimize", "rosenbrock", "--optimizer", "sgd", "--lr", "0.001", "--steps", "500"
    )
    _, heavy, _ = run(
        capsys,
        *("optimize", "rosenbrock", "--optimizer", "sgd", "--lr", "0.001"),
        "--steps",
        "500",
        "--momentum",
        "0.9",
    )
    _, nesterov, _ = run(
        capsys,
        *("optimize", "rosenbrock", "--optimizer", "sgd", "--lr", "0.001"),
        "--steps",
        "500",
        "--nesterov",
    )
    finals = [out.splitlines()[-1] for out in (plain, heavy, nesterov)]
    assert len(set(finals)) == 3


def test_a_diverging_run_stops_and_says_so(capsys):
    code, out, _ = run(
        capsys, "optimize", "saddle", "--optimizer", "sgd", "--lr", "0.5", "--steps", "5000"
    )
    assert code == 0
    assert "ran off towards infinity" in out


@pytest.mark.parametrize("argv", [["--steps", "0"], ["--optimizer", "adam", "--nesterov"]])
def test_bad_settings_are_a_message_not_a_traceback(capsys, argv):
    code, _, err = run(capsys, "optimize", "himmelblau", *argv)
    assert code == 1
    assert err.startswith("netbuilder: error:")


def test_a_learning_rate_out_of_range_is_refused_by_the_parser(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["optimize", "himmelblau", "--lr", "-1"])
    assert exit_.value.code == 2
    assert (
        "argument --lr: learning_rate is -1; it must be at least 1e-07" in capsys.readouterr().err
    )


def test_the_descent_follows_torch_adam_step_by_step():
    function = surface("beale")
    point = torch.tensor([1.0, 1.5], dtype=torch.float64, requires_grad=True)
    reference = torch.optim.Adam([point], lr=0.01)
    expected = []
    for _ in range(50):
        reference.zero_grad()
        function(point[0], point[1]).backward()
        reference.step()
        expected.append(point.detach().clone().numpy())
    path = descend(function, optimizer_settings("adam", 0.01), (1.0, 1.5), 50)
    np.testing.assert_allclose(path[1:, :2], np.array(expected))


def test_playground_names_map_to_trainer_settings():
    assert optimizer_settings("nesterov", 0.1) == TrainingSettings(
        optimizer="sgd", learning_rate=0.1, momentum=0.9, nesterov=True
    )
    for name in OPTIMIZER_CHOICES:
        Descent(surface("bowl"), optimizer_settings(name, 0.01), (1, 1)).step(3)
    with pytest.raises(ValueError, match="choose one of"):
        surface("nope")


def test_grid_values_match_the_function():
    xs, ys = np.linspace(-5, 5, 7), np.linspace(-5, 5, 5)
    grid = grid_values(surface("himmelblau"), xs, ys)
    assert grid.shape == (7, 5)
    assert grid[2, 3] == pytest.approx(
        float(surface("himmelblau")(torch.tensor(xs[2]), torch.tensor(ys[3])))
    )


def test_optimize_help_needs_no_torch():
    result = _run_blocked(
        "torch,torchvision,numpy,PySide6",
        """
        from netbuilder.cli import main
        try:
            main(["optimize", "--help"])
        except SystemExit as exit:
            sys.exit(exit.code)
        """,
    )
    assert result.returncode == 0, result.stderr
    assert "himmelblau" in result.stdout
