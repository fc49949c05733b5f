"""Export a project as a standalone training script: plain torch + torchvision, torchrun-ready.

Pure string generation. Every value from the project enters the script as a Python literal made
with repr() (or JSON inside one), so no name or setting can end a string early and run as code;
non-finite numbers are refused, since `nan` is not a Python literal.
"""

from __future__ import annotations

import json
import math
from string import Template

from netbuilder.document.augmentation import augmentations
from netbuilder.document.data_options import check_dataset_params, is_table
from netbuilder.document.datasets import class_names, dataset_spec
from netbuilder.document.project import Project, project_to_dict
from netbuilder.document.script_template import SCRIPT
from netbuilder.document.settings import SettingsError, TrainingSettings
from netbuilder.document.source import (
    CONTAINER_CLASSES,
    model_source,
    needs_container_classes,
)
from netbuilder.document.two_d import is_two_d

_OPTIMIZERS = {
    "sgd": "torch.optim.SGD(model.parameters(), lr=$lr, momentum=$momentum, nesterov=$nesterov, "
    "weight_decay=$weight_decay)",
    "adam": "torch.optim.Adam(model.parameters(), lr=$lr, weight_decay=$weight_decay)",
    "adamw": "torch.optim.AdamW(model.parameters(), lr=$lr, weight_decay=$weight_decay)",
    "adagrad": "torch.optim.Adagrad(model.parameters(), lr=$lr, weight_decay=$weight_decay)",
    "rmsprop": "torch.optim.RMSprop(model.parameters(), lr=$lr, momentum=$momentum, "
    "weight_decay=$weight_decay)",
}

_SCHEDULES = {
    "none": "None",
    "step": "torch.optim.lr_scheduler.StepLR(optimizer, step_size=$step_size, gamma=$gamma)",
    "cosine": "torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)",
}

_INIT_CALLS = {
    "default": "",
    "kaiming": 'nn.init.kaiming_normal_(module.weight, nonlinearity="relu")',
    "xavier": "nn.init.xavier_uniform_(module.weight)",
}

_INIT_NAMES = {
    "default": "PyTorch's default",
    "kaiming": "Kaiming normal",
    "xavier": "Xavier uniform",
}
_INIT_LOOP = """
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, (nn.Linear, nn.modules.conv._ConvNd)):
                $call
                if module.bias is not None:
                    nn.init.zeros_(module.bias)"""

_FOLDER_DOC = (
    "--data is a folder of the four MNIST-format IDX files, or an image folder (one subfolder "
    "of images per class, or train/ and test/ folders of them) resized to the network's input."
)
_TORCHVISION_DOC = (
    "{title}; --data is where torchvision keeps it (downloaded there if missing), or a folder of "
    "the four IDX files."
)
_GENERATED_DOCS = {
    "synthetic-digits": "the project trains on netbuilder's generated digits, which exist only "
    "inside netbuilder: pass --data FOLDER with the four MNIST-format IDX files (e.g. MNIST's).",
    "sine": "y = sin(3x) + x/2 + noise, generated inside the script as netbuilder does (a "
    "regression: the mean squared error, with MAE, RMSE and R2 on the test set).",
}
_POINTS_DOC = (
    "{title}: 2-D points generated inside the script with netbuilder's formulas and seed, so it "
    "trains on the same points as the app."
)
_TABLE_DOC = (
    "--data is a CSV table: a header row, number columns in, the target column out (class "
    "labels, or a number to predict: then MAE, RMSE and R2 are reported)."
)


def training_script(project: Project) -> str:
    """Python source that trains `project` with plain torch, alone or under torchrun."""
    training = project.training
    _check_finite(training)
    values = _setting_values(training)
    dataset = project.dataset
    return SCRIPT.substitute(
        dataset_doc=_dataset_doc(dataset),
        folds_doc=_folds_doc(training.folds),
        data_kind=repr(_data_kind(dataset)),
        data_params=repr(json.dumps(check_dataset_params(dataset, project.dataset_params))),
        name_comment=repr(project.name),
        project_json=repr(json.dumps(project_to_dict(project), allow_nan=False)),
        dataset=repr(dataset),
        dataset_title=repr(_title(dataset)),
        classes=repr(class_names(dataset) or class_names("mnist")),
        torchvision_class=repr(_torchvision_class(dataset)),
        input_shape=repr(tuple(project.network.input_shape)),
        epochs=repr(training.epochs),
        batch_size=repr(training.batch_size),
        seed=repr(training.seed),
        validation_fraction=repr(training.validation_fraction),
        patience=repr(training.early_stopping_patience),
        l1=repr(training.l1),
        loss=repr(training.loss),
        augment=repr(json.dumps(augmentations(training), allow_nan=False)),
        reconstruct=repr(training.objective == "reconstruct"),
        denoise=repr(training.denoise),
        container_classes=_container_classes(project),
        model=model_source(project.network).replace("\n", "\n    "),
        init=_INIT_NAMES[training.init],
        init_code=_init_code(training.init),
        optimizer=Template(_OPTIMIZERS[training.optimizer]).substitute(values),
        scheduler=Template(_SCHEDULES[training.schedule]).substitute(values),
        default_data=repr("data" if dataset_spec(dataset) else dataset),
    )


def _container_classes(project: Project) -> str:
    """The Residual and Branches classes at the script's top level (pickling, DDP and a reader
    all want them there), when the network has such blocks; else nothing."""
    if not needs_container_classes(project.network):
        return ""
    return f"\n\n{CONTAINER_CLASSES}"


def _folds_doc(folds: int) -> str:
    """The project's k-fold setting is the app's: the script trains once, and says so."""
    if folds < 2:
        return ""
    return (
        f"The project is set for {folds}-fold cross-validation; this script trains once, on the\n"
        f"whole training split (k-fold: the app, or netbuilder train PROJECT --folds {folds}).\n"
    )


def _data_kind(dataset: str) -> str:
    if is_two_d(dataset):
        return "points"
    if dataset == "sine":
        return "sine"
    return "table" if is_table(dataset) else "images"


def _title(dataset: str) -> str:
    spec = dataset_spec(dataset)
    if spec is None:
        return f"IDX files from {dataset}"
    return f"{spec.title} (2-D points)" if is_two_d(dataset) else spec.title


def _dataset_doc(dataset: str) -> str:
    spec = dataset_spec(dataset)
    if spec is None:
        return _TABLE_DOC if is_table(dataset) else _FOLDER_DOC
    if _torchvision_class(dataset):
        return _TORCHVISION_DOC.format(title=spec.title)
    if is_two_d(dataset):
        return _POINTS_DOC.format(title=spec.title)
    return _GENERATED_DOCS.get(dataset, _FOLDER_DOC)


def _torchvision_class(dataset: str) -> str | None:
    """The torchvision class the script loads the dataset with (the MNIST-format ones)."""
    spec = dataset_spec(dataset)
    return spec.torchvision if spec is not None and spec.script == "torchvision" else None


def _init_code(init: str) -> str:
    call = _INIT_CALLS.get(init, "")
    return Template(_INIT_LOOP).substitute(call=call) if call else ""


def _check_finite(training: TrainingSettings) -> None:
    for name, value in training.to_dict().items():
        if isinstance(value, float) and not math.isfinite(value):
            raise SettingsError(f"{name} is {value}; the script needs a finite number")


def _setting_values(training: TrainingSettings) -> dict[str, str]:
    return {
        "lr": repr(training.learning_rate),
        "momentum": repr(training.momentum),
        "nesterov": repr(training.nesterov),
        "weight_decay": repr(training.weight_decay),
        "step_size": repr(training.step_size),
        "gamma": repr(training.gamma),
    }
