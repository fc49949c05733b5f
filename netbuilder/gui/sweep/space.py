"""What the Sweep dialog offers to search, with ranges to start from (Qt-free).

The rows are written as `netbuilder sweep --param` takes them, so what the dialog runs is what a
person could type: the main training settings, and each hidden layer's width (a Linear's
out_features, a Conv2d's out_channels) by the layer's number. The output layer is left alone: its
width is the number of classes.
"""

from __future__ import annotations

from netbuilder.document.analysis import analyse
from netbuilder.document.project import Project

WIDTHS = {"Linear": "out_features", "Conv2d": "out_channels"}


def candidates(project: Project) -> list[tuple[str, str, bool]]:
    """(name, range, searched by default) for each row the dialog shows."""
    epochs = project.training.epochs
    rows = [
        ("learning_rate", "log:0.0001..0.3", True),
        ("batch_size", "16,32,64,128", False),
        ("epochs", f"int:{max(1, epochs // 2)}..{max(2, epochs * 2)}", False),
        ("weight_decay", "0..0.001", False),
        ("optimizer", "sgd,adam", False),
    ]
    analysis = analyse(project.network, num_classes=None, loss=project.training.loss)
    widths = [info for info in analysis.all_layers if info.type_id in WIDTHS]
    for info in widths[:-1] if widths and widths[-1].type_id == "Linear" else widths:
        low, high = (4, 64) if info.type_id == "Conv2d" else (8, 256)
        rows.append((f"{info.number}.{WIDTHS[info.type_id]}", f"int:{low}..{high}", False))
    return rows


def ranked(trials: list[dict], maximize: bool) -> list[dict]:
    """Complete trials best first, then those stopped early, then failed ones, each by number."""
    complete = [t for t in trials if t["state"] == "complete"]
    complete.sort(key=lambda t: (-t["value"] if maximize else t["value"], t["number"]))
    others = [t for t in trials if t["state"] != "complete"]
    others.sort(key=lambda t: (t["state"] != "pruned", t["number"]))
    return complete + others
