"""The training settings catalog: one spec per TrainingSettings field.

Each spec says everything the app knows about a setting: its type, default and range, its choices,
a short label and a one-line help, and how a form shows it (step, decimals, a percentage). The
settings' validation, the Training panel's form and the command line's options are all built from
these specs, so the three cannot disagree about what a value may be.

Ranges are closed: `minimum` and `maximum` are both allowed values (a spin box can show both ends
exactly, so "above 0" is written as the smallest value worth typing). Labels, help and choice
names are plain English data marked for Qt's lupdate (context "settings"); the GUI and the command
line translate them when they show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from netbuilder.document.messages import QT_TRANSLATE_NOOP, Message, english

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
    group: str = ""  # "augment": a data augmentation (its own box, and --augment on the CLI)

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
        message = self.check(value)
        return english(message) if message else None

    def check(self, value: Any) -> Message | None:
        """Why `value` is not acceptable for this setting, or None when it is."""
        if not _is_kind(value, self.kind):
            args = {"name": self.name, "kind": self.kind.__name__, "actual": type(value).__name__}
            return Message("setting_wrong_kind", args)
        if self.options and value not in self.choices:
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
            args = {"name": self.name, "value": shown, "choices": ", ".join(self.choices)}
            return Message("param_not_a_choice", args)
        if self.minimum is None or self.maximum is None:
            return None
        if not self.minimum <= value <= self.maximum:  # NaN compares False: it fails here too
            args = {"name": self.name, "value": _shown(value), "minimum": _shown(self.minimum),
                    "maximum": _shown(self.maximum)}  # fmt: skip
            return Message("setting_out_of_range", args)
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


def _augment(name: str, kind: type, label: str, help: str, **form: Any) -> SettingSpec:
    """A data augmentation: 0 (or False) is off, so an old project without it is unchanged."""
    if kind is bool:
        return SettingSpec("augment_" + name, bool, False, label, help, group="augment")
    off = QT_TRANSLATE_NOOP("settings", "off")
    return SettingSpec(
        "augment_" + name, kind, kind(0), label, help, minimum=kind(0), zero_text=off,
        group="augment", **form,
    )  # fmt: skip


AUGMENT_SPECS: tuple[SettingSpec, ...] = (
    _augment(
        "shift",
        int,
        QT_TRANSLATE_NOOP("settings", "Shift (px)"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Move each training image up to this many pixels: a random crop of the image "
            "padded with black (shift=N)",
        ),
        maximum=8,
    ),
    _augment(
        "rotate",
        float,
        QT_TRANSLATE_NOOP("settings", "Rotate (°)"),
        QT_TRANSLATE_NOOP(
            "settings", "Turn each training image by up to this many degrees (rotate=N)"
        ),
        maximum=45.0,
        step=5.0,
        decimals=1,
    ),
    _augment(
        "scale",
        float,
        QT_TRANSLATE_NOOP("settings", "Scale"),
        QT_TRANSLATE_NOOP(
            "settings", "Zoom each training image in or out by up to this share (scale=0.1)"
        ),
        maximum=0.5,
        step=0.05,
        decimals=2,
        percent=True,
    ),
    _augment(
        "flip",
        bool,
        QT_TRANSLATE_NOOP("settings", "Horizontal flip"),
        QT_TRANSLATE_NOOP(
            "settings", "Mirror half the training images left to right (flip); not for digits"
        ),
    ),
    _augment(
        "brightness",
        float,
        QT_TRANSLATE_NOOP("settings", "Brightness"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Make each training image brighter or darker by up to this share (brightness=0.2)",
        ),
        maximum=0.9,
        step=0.05,
        decimals=2,
        percent=True,
    ),
    _augment(
        "contrast",
        float,
        QT_TRANSLATE_NOOP("settings", "Contrast"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Raise or lower each training image's contrast by up to this share (contrast=0.2)",
        ),  # fmt: skip
        maximum=0.9,
        step=0.05,
        decimals=2,
        percent=True,
    ),
    _augment(
        "noise",
        float,
        QT_TRANSLATE_NOOP("settings", "Noise (σ)"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Add random Gaussian noise of this standard deviation to each training image "
            "(pixels 0 to 1; noise=0.1)",
        ),
        maximum=0.5,
        step=0.05,
        decimals=2,
    ),
    _augment(
        "erase",
        float,
        QT_TRANSLATE_NOOP("settings", "Erasing"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Blank a random rectangle in this share of the training images (erase=0.5)",
        ),
        maximum=1.0,
        step=0.05,
        decimals=2,
        percent=True,
    ),
)
"""The data augmentations, in the order the Training panel shows them (off by default)."""

SETTING_SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "optimizer",
        str,
        "sgd",
        QT_TRANSLATE_NOOP("settings", "Optimizer"),
        QT_TRANSLATE_NOOP("settings", "How each update follows the gradient"),
        options=(
            ("sgd", "SGD"),
            ("adam", "Adam"),
            ("adamw", "AdamW"),
            ("adagrad", "Adagrad"),
            ("rmsprop", "RMSprop"),
        ),
    ),
    SettingSpec(
        "learning_rate",
        float,
        0.01,
        QT_TRANSLATE_NOOP("settings", "Learning rate"),
        QT_TRANSLATE_NOOP("settings", "Step size of each update (1e6 makes the loss blow up)"),
        minimum=1e-7,
        maximum=1e7,
    ),
    _fraction(
        "momentum",
        0.0,
        QT_TRANSLATE_NOOP("settings", "Momentum"),
        QT_TRANSLATE_NOOP("settings", "Fraction of the previous update kept (SGD, RMSprop)"),
        0.999,
    ),
    SettingSpec(
        "nesterov",
        bool,
        False,
        QT_TRANSLATE_NOOP("settings", "Nesterov"),
        QT_TRANSLATE_NOOP("settings", "Nesterov momentum: needs SGD with momentum above 0"),
    ),
    _count(
        "batch_size",
        64,
        QT_TRANSLATE_NOOP("settings", "Batch size"),
        QT_TRANSLATE_NOOP("settings", "Samples per update"),
        1,
        65536,
    ),
    _count(
        "epochs",
        5,
        QT_TRANSLATE_NOOP("settings", "Epochs"),
        QT_TRANSLATE_NOOP("settings", "Passes over the training data"),
        1,
        10000,
    ),
    SettingSpec(
        "loss",
        str,
        "cross_entropy",
        QT_TRANSLATE_NOOP("settings", "Loss"),
        QT_TRANSLATE_NOOP("settings", "What training makes small"),
        options=(
            ("cross_entropy", QT_TRANSLATE_NOOP("settings", "Cross-entropy")),
            ("mse", QT_TRANSLATE_NOOP("settings", "Mean squared error (one-hot)")),
            ("l1", QT_TRANSLATE_NOOP("settings", "Mean absolute error (one-hot)")),
        ),
    ),
    _penalty(
        "weight_decay",
        QT_TRANSLATE_NOOP("settings", "Weight decay (L2)"),
        QT_TRANSLATE_NOOP("settings", "L2 penalty on the weights (0 = off)"),
    ),
    _penalty(
        "l1",
        QT_TRANSLATE_NOOP("settings", "L1 penalty"),
        QT_TRANSLATE_NOOP("settings", "L1 penalty on the weights (0 = off)"),
    ),
    SettingSpec(
        "schedule",
        str,
        "none",
        QT_TRANSLATE_NOOP("settings", "LR schedule"),
        QT_TRANSLATE_NOOP("settings", "How the learning rate changes from epoch to epoch"),
        options=(
            ("none", QT_TRANSLATE_NOOP("settings", "Constant")),
            ("step", QT_TRANSLATE_NOOP("settings", "Step: × gamma every N epochs")),
            ("cosine", QT_TRANSLATE_NOOP("settings", "Cosine annealing")),
        ),
    ),
    _count(
        "step_size",
        1,
        QT_TRANSLATE_NOOP("settings", "Step size (epochs)"),
        QT_TRANSLATE_NOOP("settings", "Epochs between learning-rate drops"),
        1,
        10000,
    ),
    SettingSpec(
        "gamma",
        float,
        0.5,
        QT_TRANSLATE_NOOP("settings", "Gamma"),
        QT_TRANSLATE_NOOP("settings", "Learning-rate factor at each drop"),
        minimum=0.001,
        maximum=1.0,
        step=0.05,
        decimals=3,
    ),
    _count(
        "early_stopping_patience",
        0,
        QT_TRANSLATE_NOOP("settings", "Early stopping patience"),
        QT_TRANSLATE_NOOP(
            "settings", "Stop after this many epochs without a better validation loss (0 = off)"
        ),
        0,
        10000,
        zero_text=QT_TRANSLATE_NOOP("settings", "off"),
    ),
    SettingSpec(
        "validation_fraction",
        float,
        0.1,
        QT_TRANSLATE_NOOP("settings", "Validation split"),
        QT_TRANSLATE_NOOP(
            "settings", "Share of the training samples held out to validate each epoch"
        ),
        minimum=0.0,
        maximum=0.9,
        step=0.05,
        decimals=3,
        percent=True,
    ),
    SettingSpec(
        "init",
        str,
        "default",
        QT_TRANSLATE_NOOP("settings", "Weight init"),
        QT_TRANSLATE_NOOP("settings", "How the weights start before training"),
        options=(
            ("default", QT_TRANSLATE_NOOP("settings", "PyTorch default")),
            ("kaiming", QT_TRANSLATE_NOOP("settings", "Kaiming (He) normal")),
            ("xavier", QT_TRANSLATE_NOOP("settings", "Xavier (Glorot) uniform")),
        ),
    ),
    _count(
        "seed",
        0,
        QT_TRANSLATE_NOOP("settings", "Seed"),
        QT_TRANSLATE_NOOP("settings", "Same seed + same settings = same run"),
        0,
        2**31 - 1,
    ),
    SettingSpec(
        "device",
        str,
        "auto",
        QT_TRANSLATE_NOOP("settings", "Device"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Where the network trains: auto (the fastest here), cpu, cuda, cuda:N or mps",
        ),
    ),
    _count(
        "limit_train",
        0,
        QT_TRANSLATE_NOOP("settings", "Training samples"),
        QT_TRANSLATE_NOOP(
            "settings", "Train on this many samples only, a seeded shuffle (0 = all)"
        ),
        0,
        MAX_TRAINING_SAMPLES,
        zero_text=QT_TRANSLATE_NOOP("settings", "all"),
    ),
    _count(
        "folds",
        0,
        QT_TRANSLATE_NOOP("settings", "Cross-validation folds"),
        QT_TRANSLATE_NOOP(
            "settings", "k-fold cross-validation: train K times, each fold held out once (0 = off)"
        ),
        0,
        MAX_FOLDS,
        zero_text=QT_TRANSLATE_NOOP("settings", "off"),
    ),
    *AUGMENT_SPECS,
    SettingSpec(
        "objective",
        str,
        "classify",
        QT_TRANSLATE_NOOP("settings", "Task"),
        QT_TRANSLATE_NOOP(
            "settings",
            "What the network learns: the class of each image, or to rebuild the image itself "
            "(an autoencoder)",
        ),
        options=(
            ("classify", QT_TRANSLATE_NOOP("settings", "Classify")),
            ("reconstruct", QT_TRANSLATE_NOOP("settings", "Reconstruct the input")),
        ),
    ),
    SettingSpec(
        "denoise",
        float,
        0.0,
        QT_TRANSLATE_NOOP("settings", "Denoising noise"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Reconstruct: the standard deviation of Gaussian noise added to the input only, "
            "pixels 0 to 1 (0 = off)",
        ),
        minimum=0.0,
        maximum=1.0,
        step=0.05,
        decimals=2,
        zero_text=QT_TRANSLATE_NOOP("settings", "off"),
    ),
)
"""In TrainingSettings' field order (the order of a saved project's keys)."""

SPECS: dict[str, SettingSpec] = {spec.name: spec for spec in SETTING_SPECS}


def setting_spec(name: str) -> SettingSpec:
    """The spec of the setting called `name` (a TrainingSettings field)."""
    return SPECS[name]
