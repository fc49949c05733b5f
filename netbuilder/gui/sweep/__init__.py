"""Sweeps in the app: Run > Sweep… searches settings and layer widths with Optuna in a process of
its own; trials join the Runs table, ranked in the dialog, and the best applies as one undo step."""

from netbuilder.gui.sweep.integration import FEATURE, SweepFeature

__all__ = ["FEATURE", "SweepFeature"]
