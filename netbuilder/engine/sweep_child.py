"""The app's sweep process: `python -m netbuilder.engine.sweep_child PLAN.json`.

The plan is a JSON object (the project, the --param texts, trials, storage, study, data folder).
Each finished trial is printed as one JSON line ({"trial": {...}}, its "reason" a Message as
{"code", "args"} or null), then {"end": {...}}, or
{"error": "..."} when the sweep cannot start. SIGTERM ends the running trial as failed, keeps the
study (rerunning resumes it), and ends the process.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from netbuilder.document.json_input import read_json
from netbuilder.document.messages import english
from netbuilder.document.project import project_from_dict
from netbuilder.document.sweep_space import check_space, parse_param


def _say(value: dict[str, Any]) -> None:
    print(json.dumps(value, default=str), flush=True)


def run(plan_path: str) -> int:
    from netbuilder.engine import sweep
    from netbuilder.engine.data import load_dataset
    from netbuilder.engine.reconstruction import for_task
    from netbuilder.engine.remote.runner import loss_for

    data = read_json(Path(plan_path), 20_000_000, "sweep plan")
    project = project_from_dict(data["project"], plan_path)
    params = tuple(parse_param(text) for text in data["params"])
    check_space(project, list(params))
    dataset = load_dataset(
        project.dataset, data.get("data_dir"), download=True,
        limit_train=project.training.limit_train or None, seed=project.training.seed,
        params=project.dataset_params,
    )  # fmt: skip
    task = for_task(project, dataset).task  # "reconstruction" for an autoencoder
    metric = sweep.default_metric(task)
    plan = sweep.SweepPlan(
        loss_for(project, dataset), params, int(data["trials"]), str(data["study"]),
        data.get("storage"), metric, sweep.default_direction(metric, task),
    )  # fmt: skip
    sweep.check_plan(plan)
    result = sweep.run_sweep(plan, dataset, lambda done: _say({"trial": dataclasses.asdict(done)}))
    _say({"end": {"ran": result.ran, "complete": result.complete, "pruned": result.pruned,
                  "failed": result.failed, "task": task, "dataset": dataset.title,
                  "importances": result.importances}})  # fmt: skip
    return 0


def main(argv: list[str]) -> int:
    try:
        return run(argv[1])
    except KeyboardInterrupt:
        return 143
    except Exception as error:  # noqa: BLE001 - the window shows it; no traceback for a user
        message = getattr(error, "message", None)
        if message is None:
            _say({"error": str(error)})
        else:  # the window says it in its language
            _say({"error": english(message), "code": message.code, "args": dict(message.args)})
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
