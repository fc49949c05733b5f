"""A network with skip connections written out: `netbuilder summary`'s rows, the code view's
module, the exported training script, and the plain-torch container classes they define, which
must behave as the engine's own."""

from __future__ import annotations

import ast

import pytest
import torch
from torch import nn

from netbuilder import cli
from netbuilder.document.project import Project, load_project
from netbuilder.document.script_export import training_script
from netbuilder.document.source import CONTAINER_CLASSES, module_source
from netbuilder.document.summary import summary_table
from netbuilder.engine import containers
from netbuilder.engine.compile import compile_network
from tests.nested import flat_residual, inception_small, resnet_small
from tests.paths import EXAMPLES

NETWORKS = [resnet_small, inception_small, flat_residual]


def plain_classes() -> dict:
    namespace = {"torch": torch, "nn": nn}
    exec(compile(CONTAINER_CLASSES, "containers", "exec"), namespace)
    return namespace


def test_the_summary_indents_inner_layers_under_their_block_with_the_projection():
    rows = summary_table(Project(resnet_small(), name="resnet")).splitlines()
    table = rows[4 : rows.index(rows[3], 4)]
    numbers = [row[:3].strip() for row in table]
    assert numbers == ["1", "2", "3", "4", "4.1", "4.2", "4.3", "4.4", "4.5", "5", "6", "6.1",
                       "6.2", "6.3", "6.4", "6.5", "", "7", "8", "9", "10"]  # fmt: skip
    assert table[4].split() == ["4.1", "Conv2d", "16@3x3", "pad", "1", "16", "x", "28", "x", "28",
                                "2,304", "1,806,336"]  # fmt: skip
    assert table[4].index("Conv2d") == table[3].index("Residual") + 2  # indented under it
    shortcut = table[16].split()
    assert shortcut[:2] == ["shortcut", "Conv2d"] and shortcut[-2:] == ["576", "106,624"]
    assert "32 x 14 x 14" in table[16]
    assert table[10].split()[-2] == "14,528"  # the block: its layers and its projection
    assert rows[-1] == "Total parameters: 19706"  # each parameter counted once
    assert rows[-2] == "Multiply-adds per sample: 6,592,224"


def test_the_summary_numbers_branches_and_their_layers(capsys, tmp_path):
    from netbuilder.document.project import save_project

    save_project(Project(inception_small(), name="inception"), tmp_path / "inception.json")
    assert cli.main(["summary", str(tmp_path / "inception.json")]) == 0
    out = capsys.readouterr().out
    assert "3.2.2.1        Conv2d 6@3x3 pad 1" in out  # three blocks deep
    assert "    3.3    Branch" in out and out.strip().endswith("Total parameters: 28062")


def test_a_straight_network_summarises_as_before():
    rows = summary_table(load_project(EXAMPLES / "lenet5.json")).splitlines()
    assert rows[2] == "  #  Layer                        Output           Parameters      Mult-adds"
    assert rows[4] == "  1  Conv2d 6@5x5 pad 2           6 x 28 x 28             156        117,600"
    assert rows[3] == "-" * 76


@pytest.mark.parametrize("make", NETWORKS, ids=lambda make: make.__name__)
def test_the_code_views_module_builds_the_model_the_app_trains(make):
    network = make()
    namespace: dict = {}
    exec(compile(module_source(network), "model.py", "exec"), namespace)
    written, compiled = namespace["model"], compile_network(network)
    assert {"Residual", "Branches"} & set(namespace)
    ours = compiled.state_dict()
    assert [(k, v.shape) for k, v in written.state_dict().items()] == [
        (k, v.shape) for k, v in ours.items()
    ]
    written.load_state_dict(ours)
    x = torch.randn(3, 1, 28, 28)
    written.eval(), compiled.eval()
    torch.testing.assert_close(written(x), compiled(x), rtol=0, atol=0)


@pytest.mark.parametrize("merge", ["concat", "add"])
def test_the_plain_container_classes_are_the_engines(merge):
    plain = plain_classes()
    torch.manual_seed(0)

    def parts():
        body = nn.Sequential(nn.Conv2d(3, 6, 3, stride=2, padding=1), nn.ReLU())
        shortcut = nn.Sequential(nn.Conv2d(3, 6, 1, stride=2, bias=False), nn.BatchNorm2d(6))
        paths = [nn.Sequential(nn.Conv2d(6, 4, 1)), nn.Sequential(nn.Conv2d(6, 4, 3, padding=1))]
        return body, shortcut, paths

    def build(classes):
        body, shortcut, paths = parts()
        width = 8 if merge == "concat" else 4
        identity = classes.Residual(nn.Sequential(nn.Conv2d(width, width, 1)))
        return nn.Sequential(
            classes.Residual(body, shortcut), classes.Branches(paths, merge), identity
        )

    engine = build(containers)
    written = build(type("Plain", (), plain))
    assert list(written.state_dict()) == list(engine.state_dict())
    written.load_state_dict(engine.state_dict())
    x = torch.randn(2, 3, 8, 8)
    torch.testing.assert_close(written(x), engine(x), rtol=0, atol=0)
    assert written[1].merge == engine[1].merge == merge


def test_the_training_script_defines_the_classes_at_top_level_and_builds_the_model():
    script = training_script(Project(inception_small(), name="inception"))
    tree = ast.parse(script)
    classes = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    assert {"Residual", "Branches"} <= classes
    namespace = {"__name__": "exported_script"}
    exec(compile(script, "train.py", "exec"), namespace)
    model = namespace["build_model"]()
    assert type(model[2]).__name__ == "Branches" and type(model[2]).__module__ == "exported_script"
    assert list(model.state_dict()) == list(compile_network(inception_small()).state_dict())


def test_a_straight_networks_script_has_no_container_classes():
    script = training_script(load_project(EXAMPLES / "lenet5.json"))
    assert "class Residual" not in script and "class Branches" not in script
    assert "MANY_VALUES = 20  # a numeric CSV" in script
    assert "regression\n\n\ndef build_model():" in script
