"""The training settings catalog: one spec per TrainingSettings field.

Each spec says everything the app knows about a setting: its type, default and range, its choices,
a short label and a one-line help, and how a form shows it (step, decimals, a percentage). The
settings' validation, the Training panel's form and the command line's options are all built from
these specs, so the three cannot disagree about what a value may be.

Ranges are closed: `minimum` and `maximum` are both allowed values (a spin box can show both ends
exactly, so "above 0" is written as the smallest value worth typing). Labels, help and choice
names are plain English data; the GUI translates them when it shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_TRAINING_SAMPLES = 100_000_000
MAX_FOLDS = 100


@dataclass(frozen=True)
class SettingSpec:
    """One training setting: what values it takes, what it means, and how a form shows it."""

    name: str  # the TrainingSettings field, the project file's key and the CLI's --option
    kind: type  # bool, int, float or str
    default: Any
    label: str  # the form's label, a few words
    help: str  # one line: what the setting does (tooltip and --help)
    minimum: float | None = None  # allowed (inclusive)
    maximum: float | None = None  # allowed (inclusive)
    options: tuple[tuple[str, str], ...] = ()  # (value, name shown in the form) for a choice
    step: float | None = None  # the form's arrow step, where the default step will not do
    decimals: int | None = None  # digits a form shows after the point (None: scientific 1-2-5)
    percent: bool = False  # a fraction the form shows as a percentage
    zero_text: str = ""  # what the form shows at the minimum ("off", "all") instead of 0

    @property
    def choices(self) -> tuple[str, ...]:
        """The allowed values of a choice setting; () for any other."""
        return tuple(value for value, _ in self.options)

    @property
    def flag(self) -> str:
        """The command line's option: --learning-rate for learning_rate."""
        return "--" + self.name.replace("_", "-")

    def problem(self, value: Any) -> str | None:
        """Why `value` is not acceptable for this setting (a sentence naming it), or None."""
        if not _is_kind(value, self.kind):
            return f"training setting {self.name!r} must be {self.kind.__name__}, not {type(value).__name__}"
        if self.options and value not in self.choices:
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
            return f"{self.name} {shown} is not one of: {', '.join(self.choices)}"
        if self.minimum is None or self.maximum is None:
            return None
        if not self.minimum <= value <= self.maximum:  # NaN compares False: it fails here too
            return (
                f"{self.name} is {_shown(value)}; it must be at least {_shown(self.minimum)} "
                f"and at most {_shown(self.maximum)}"
            )
        return None

    def range_text(self) -> str:
        """ "0.001 to 1", or the choices, for --help."""
        if self.options:
            return ", ".join(self.choices)
        if self.minimum is None or self.maximum is None:
            return ""
        return f"{_shown(self.minimum)} to {_shown(self.maximum)}"


def _is_kind(value: Any, kind: type) -> bool:
    if isinstance(value, bool) or kind is bool:
        return type(value) is kind
    if kind is float:
        return isinstance(value, (int, float))
    return isinstance(value, kind)


def _shown(value: float) -> str:
    """0.001, 1e-07, 2147483647: a bound or a value as a person would write it."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _fraction(name: str, default: float, label: str, help: str, high: float) -> SettingSpec:
    return SettingSpec(
        name, float, default, label, help, minimum=0.0, maximum=high, step=0.05, decimals=3
    )


def _penalty(name: str, label: str, help: str) -> SettingSpec:
    return SettingSpec(name, float, 0.0, label, help, minimum=0.0, maximum=1.0)


def _count(
    name: str, default: int, label: str, help: str, low: int, high: int, zero_text: str = ""
) -> SettingSpec:
    return SettingSpec(
        name, int, default, label, help, minimum=low, maximum=high, zero_text=zero_text
    )


SETTING_SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "optimizer", str, "sgd", "Optimizer", "How each update follows the gradient",
        options=(("sgd", "SGD"), ("adam", "Adam"), ("adamw", "AdamW"), ("adagrad", "Adagrad"),
                 ("rmsprop", "RMSprop")),
    ),
    SettingSpec(
        "learning_rate", float, 0.01, "Learning rate",
        "Step size of each update (1e6 makes the loss blow up)", minimum=1e-7, maximum=1e7,
    ),
    _fraction("momentum", 0.0, "Momentum", "Fraction of the previous update kept (SGD, RMSprop)",
              0.999),
    SettingSpec("nesterov", bool, False, "Nesterov",
                "Nesterov momentum: needs SGD with momentum above 0"),
    _count("batch_size", 64, "Batch size", "Samples per update", 1, 65536),
    _count("epochs", 5, "Epochs", "Passes over the training data", 1, 10000),
    SettingSpec(
        "loss", str, "cross_entropy", "Loss", "What training makes small",
        options=(("cross_entropy", "Cross-entropy"), ("mse", "Mean squared error (one-hot)"),
                 ("l1", "Mean absolute error (one-hot)")),
    ),
    _penalty("weight_decay", "Weight decay (L2)", "L2 penalty on the weights (0 = off)"),
    _penalty("l1", "L1 penalty", "L1 penalty on the weights (0 = off)"),
    SettingSpec(
        "schedule", str, "none", "LR schedule", "How the learning rate changes from epoch to epoch",
        options=(("none", "Constant"), ("step", "Step: × gamma every N epochs"),
                 ("cosine", "Cosine annealing")),
    ),
    _count("step_size", 1, "Step size (epochs)", "Epochs between learning-rate drops", 1, 10000),
    SettingSpec("gamma", float, 0.5, "Gamma", "Learning-rate factor at each drop",
                minimum=0.001, maximum=1.0,
                step=0.05, decimals=3),
    _count("early_stopping_patience", 0, "Early stopping patience",
           "Stop after this many epochs without a better validation loss (0 = off)", 0, 10000,
           zero_text="off"),
    SettingSpec("validation_fraction", float, 0.1, "Validation split",
                "Share of the training samples held out to validate each epoch",
                minimum=0.0, maximum=0.9,
                step=0.05, decimals=3, percent=True),
    SettingSpec(
        "init", str, "default", "Weight init", "How the weights start before training",
        options=(("default", "PyTorch default"), ("kaiming", "Kaiming (He) normal"),
                 ("xavier", "Xavier (Glorot) uniform")),
    ),
    _count("seed", 0, "Seed", "Same seed + same settings = same run", 0, 2**31 - 1),
    SettingSpec("device", str, "auto", "Device",
                "Where the network trains: auto (the fastest here), cpu, cuda, cuda:N or mps"),
    _count("limit_train", 0, "Training samples",
           "Train on this many samples only, a seeded shuffle (0 = all)", 0, MAX_TRAINING_SAMPLES,
           zero_text="all"),
    _count("folds", 0, "Cross-validation folds",
           "k-fold cross-validation: train K times, each fold held out once (0 = off)", 0,
           MAX_FOLDS, zero_text="off"),
)  # fmt: skip
"""In TrainingSettings' field order (the order of a saved project's keys)."""

SPECS: dict[str, SettingSpec] = {spec.name: spec for spec in SETTING_SPECS}


def setting_spec(name: str) -> SettingSpec:
    """The spec of the setting called `name` (a TrainingSettings field)."""
    return SPECS[name]
