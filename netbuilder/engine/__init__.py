"""torch, no Qt: compile, datasets, the trainer, evaluation, checkpoints, model export."""

from netbuilder.engine.eager import without_triton

without_triton()  # before any engine module imports torch
