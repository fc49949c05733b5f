"""Export a project as a standalone training script that needs only torch and torchvision."""

from __future__ import annotations

from string import Template

from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.document.source import model_source

_DATASET_CLASSES = {"mnist": "MNIST", "fashion-mnist": "FashionMNIST"}

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
    "cosine": "torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=args.epochs)",
}

_LOSSES = {
    "cross_entropy": "F.cross_entropy(outputs, y)",
    "mse": "F.mse_loss(outputs, F.one_hot(y, 10).float())",
    "l1": "F.l1_loss(outputs, F.one_hot(y, 10).float())",
}

_INITS = {
    "default": "",
    "kaiming": """
for module in model.modules():
    if isinstance(module, (nn.Linear, nn.Conv2d)):
        nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
        if module.bias is not None:
            nn.init.zeros_(module.bias)
""",
    "xavier": """
for module in model.modules():
    if isinstance(module, (nn.Linear, nn.Conv2d)):
        nn.init.xavier_uniform_(module.weight)
        if module.bias is not None:
            nn.init.zeros_(module.bias)
""",
}

_SCRIPT = Template('''"""$title: a standalone training script exported by netbuilder.

Run: python $$(basename this file) --data-dir DATA [--epochs N] [--device cpu|cuda]
Needs only torch and torchvision; downloads $dataset_class into DATA if it is not there.
"""

import argparse

import torch
import torch.nn.functional as F
import torchvision
from torch import nn

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--data-dir", default="data")
parser.add_argument("--epochs", type=int, default=$epochs)
parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
args = parser.parse_args()
torch.manual_seed($seed)
device = torch.device(args.device)


def load(train):
    dataset = torchvision.datasets.$dataset_class(args.data_dir, train=train, download=True)
    images = dataset.data.to(device).unsqueeze(1).float().div(255)
    return images, dataset.targets.to(device)


train_x, train_y = load(train=True)
test_x, test_y = load(train=False)
mean, std = train_x.mean(), train_x.std()
train_x, test_x = (train_x - mean) / std, (test_x - mean) / std

$model
$init
model = model.to(device)
optimizer = $optimizer
scheduler = $scheduler

for epoch in range(1, args.epochs + 1):
    model.train()
    order = torch.randperm(len(train_x), device=device)
    for start in range(0, len(order), $batch_size):
        batch = order[start : start + $batch_size]
        x, y = train_x[batch], train_y[batch]
        outputs = model(x)
        loss = $loss$l1_penalty
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
    if scheduler is not None:
        scheduler.step()
    model.eval()
    with torch.no_grad():
        correct = sum(
            (model(test_x[i : i + 1000]).argmax(1) == test_y[i : i + 1000]).sum().item()
            for i in range(0, len(test_x), 1000)
        )
    print(f"epoch {epoch}: loss {loss.item():.4f}, test accuracy {100 * correct / len(test_x):.2f}%")
''')


def training_script(project: Project) -> str:
    """Python source that trains `project` with plain torch + torchvision."""
    training = project.training
    values = _setting_values(training)
    l1 = ""
    if training.l1:
        l1 = f" + {training.l1!r} * sum(p.abs().sum() for n, p in model.named_parameters() if n.endswith('weight'))"
    return _SCRIPT.substitute(
        title=project.name or "netbuilder model",
        dataset_class=_DATASET_CLASSES.get(project.dataset, "MNIST"),
        epochs=training.epochs,
        seed=training.seed,
        model=model_source(project.network),
        init=_INITS[training.init],
        optimizer=Template(_OPTIMIZERS[training.optimizer]).substitute(values),
        scheduler=Template(_SCHEDULES[training.schedule]).substitute(values),
        batch_size=training.batch_size,
        loss=_LOSSES[training.loss],
        l1_penalty=l1,
    )


def _setting_values(training: TrainingSettings) -> dict[str, str]:
    return {
        "lr": repr(training.learning_rate),
        "momentum": repr(training.momentum),
        "nesterov": repr(training.nesterov),
        "weight_decay": repr(training.weight_decay),
        "step_size": repr(training.step_size),
        "gamma": repr(training.gamma),
    }
