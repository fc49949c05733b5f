"""The text of the exported training script; `script_export` fills in the project's values.

Every `$name` is replaced by a Python literal made with repr() or by generated code, never by raw
text from the project, so no project name or setting can break out of a string.
"""

from string import Template

SCRIPT = Template('''\
"""Train a network from netbuilder with plain torch + torchvision, on one process or many.

One process:             python THIS.py --data DATA [--epochs N] [--device cpu|cuda|mps]
GPUs of one machine:     torchrun --nproc-per-node 4 THIS.py --data DATA
Several machines (M):    torchrun --nnodes M --node-rank R --nproc-per-node 4 \\\\
                             --rdzv-endpoint HOST:29500 THIS.py --data DATA
Each process trains on its own shard of every epoch (DistributedSampler, reshuffled per epoch)
and DistributedDataParallel averages the gradients: NCCL on CUDA, Gloo on the CPU.
Dataset: $dataset_doc
--batch-size is per process; the global batch is that times the number of processes. By default
the project's batch size is the global one, so N processes train like one.
Only rank 0 logs and writes the metrics (--metrics-out), the checkpoint (--checkpoint) and
TensorBoard files (--tensorboard). The checkpoint is netbuilder's own model format: `netbuilder
predict` and the app's File > Load model open it, and --resume continues from its epoch.
"""

# Project: $name_comment
# Exported by netbuilder; needs torch (and torchvision only to download MNIST / Fashion-MNIST).

import argparse
import gzip
import json
import math
import os
import sys
import time
from pathlib import Path

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DistributedSampler

PROJECT = json.loads($project_json)
DATASET = $dataset
DATASET_TITLE = $dataset_title
CLASSES = $classes
INPUT_SHAPE = $input_shape
EPOCHS = $epochs
BATCH_SIZE = $batch_size  # the project's batch size, used as the global batch
SEED = $seed
VALIDATION_FRACTION = $validation_fraction
EARLY_STOPPING_PATIENCE = $patience
L1 = $l1
LOSS = $loss
IDX_FILES = (
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
)
EVAL_BATCH = 1000


def build_model():
    $model
    return model


def initialise(model):
    """The project's weight init: $init."""$init_code


def make_optimizer(model):
    return $optimizer


def make_scheduler(optimizer, epochs):
    return $scheduler


def loss_function(outputs, labels):
    if LOSS == "cross_entropy":
        return F.cross_entropy(outputs, labels)
    target = F.one_hot(labels, outputs.shape[1]).to(outputs.dtype)
    return F.mse_loss(outputs, target) if LOSS == "mse" else F.l1_loss(outputs, target)


# --- processes and devices ----------------------------------------------------------------------


class Processes:
    """This process's place among torchrun's processes (or the only one), and its device."""

    def __init__(self, device_name):
        self.world = int(os.environ.get("WORLD_SIZE", "1"))
        self.rank = int(os.environ.get("RANK", "0"))
        self.local_rank = int(os.environ.get("LOCAL_RANK", "0"))
        self.device = self._device(device_name)
        if self.world > 1:
            if self.device.type not in ("cuda", "cpu"):
                fail(f"several processes need --device cuda or cpu, not {self.device}")
            backend = "nccl" if self.device.type == "cuda" else "gloo"
            dist.init_process_group(backend)

    def _device(self, name):
        if name == "auto":
            name = "cuda" if torch.cuda.is_available() else "cpu"
        try:
            device = torch.device(name)
        except RuntimeError:
            fail(f"unknown device {name!r}: use cpu, cuda, cuda:N or mps")
        if device.type == "cuda":
            if not torch.cuda.is_available():
                fail("--device cuda, but torch sees no CUDA GPU here")
            if device.index is None:
                device = torch.device("cuda", self.local_rank % torch.cuda.device_count())
            torch.cuda.set_device(device)
        return device

    @property
    def main(self):
        return self.rank == 0

    def log(self, message):
        if self.main:
            print(message, flush=True)

    def sum(self, values):
        """values (a list of numbers or a tensor) summed over every process, as floats."""
        total = torch.as_tensor(values, dtype=torch.float64, device=self.device).clone()
        if self.world > 1:
            dist.all_reduce(total)
        return total.tolist()

    def barrier(self):
        if self.world > 1:
            dist.barrier()

    def close(self):
        if self.world > 1:
            dist.destroy_process_group()


def fail(message):
    rank = os.environ.get("RANK")
    prefix = f"[rank {rank}] " if rank is not None and os.environ.get("WORLD_SIZE", "1") != "1" else ""
    sys.exit(f"{prefix}error: {message}")


# --- data ---------------------------------------------------------------------------------------


def load_data(folder, processes, download):
    """(train, test) as (uint8 images (N, [C,] H, W), int64 labels) on the CPU, a title, classes."""
    folder = Path(folder).expanduser()
    if find_idx(folder, IDX_FILES[0]) is not None:
        title = f"IDX files from {folder}"
        return read_split(folder, "train"), read_split(folder, "t10k"), title, CLASSES
    if DATASET == "synthetic-digits":
        fail(
            "this project trains on netbuilder's generated digits, which only netbuilder makes. "
            f"Pass --data FOLDER holding the four MNIST-format IDX files ({', '.join(IDX_FILES)}, "
            "each optionally .gz), e.g. MNIST's, or switch the project to MNIST in the app."
        )
    if DATASET in ("mnist", "fashion-mnist"):
        return (*load_torchvision(folder, processes, download), DATASET_TITLE, CLASSES)
    if folder.is_dir():
        return load_image_folder(folder)
    fail(
        f"{folder} is not a folder: --data needs the four IDX files ({', '.join(IDX_FILES)}, "
        "each optionally .gz) or an image folder (one subfolder of images per class)"
    )


def load_image_folder(folder):
    """torchvision's ImageFolder layout (or train/ and test/ folders of it), decoded once and
    resized to the network's input; without test/, a seeded fifth of each class is the test set."""
    from torchvision import datasets, transforms

    if len(INPUT_SHAPE) != 3 or INPUT_SHAPE[0] not in (1, 3):
        fail(f"an image folder needs an input of 1 or 3 x H x W, not {INPUT_SHAPE}")
    mode = "L" if INPUT_SHAPE[0] == 1 else "RGB"
    to_tensor = transforms.Compose([
        transforms.Lambda(lambda image: image.convert(mode)),
        transforms.Resize(INPUT_SHAPE[1:]),
        transforms.PILToTensor(),
    ])

    def decode(root):
        try:
            found = datasets.ImageFolder(str(root), transform=to_tensor)
            images = torch.stack([image for image, _ in found])
        except (OSError, RuntimeError, ValueError) as error:
            fail(f"cannot read the images in {root}: {error}")
        return (images, torch.tensor(found.targets, dtype=torch.int64)), tuple(found.classes)

    if (folder / "train").is_dir() and (folder / "test").is_dir():
        (train, classes), (test, _) = decode(folder / "train"), decode(folder / "test")
    else:
        (images, labels), classes = decode(folder)
        is_test = held_out(labels)
        train, test = (images[~is_test], labels[~is_test]), (images[is_test], labels[is_test])
    return train, test, f"images in {folder.name} ({'x'.join(map(str, INPUT_SHAPE))})", classes


def held_out(labels):
    """netbuilder's test split of an image folder: a seeded fifth of each class."""
    generator = torch.Generator().manual_seed(SEED)
    is_test = torch.zeros(len(labels), dtype=torch.bool)
    for label in labels.unique():
        (members,) = torch.nonzero(labels == label, as_tuple=True)
        count = round(len(members) * 0.2) or (1 if len(members) >= 2 else 0)
        is_test[members[torch.randperm(len(members), generator=generator)[:count]]] = True
    return is_test


def load_torchvision(root, processes, download):
    """MNIST or Fashion-MNIST through torchvision: one process per machine downloads, the rest wait."""
    import torchvision

    dataset_class = getattr(torchvision.datasets, "MNIST" if DATASET == "mnist" else "FashionMNIST")
    try:
        if processes.local_rank == 0:
            dataset_class(str(root), train=True, download=download)
        processes.barrier()
        splits = [dataset_class(str(root), train=train, download=False) for train in (True, False)]
    except RuntimeError as error:
        fail(f"cannot load {DATASET_TITLE} from {root}: {error}")
    return [(split.data.contiguous(), split.targets.long()) for split in splits]


def find_idx(folder, base):
    dotted = base.replace("-idx", ".idx")
    for name in (base, base + ".gz", dotted, dotted + ".gz"):
        if (folder / name).is_file():
            return folder / name
    return None


def read_split(folder, prefix):
    images = read_idx(folder, f"{prefix}-images-idx3-ubyte", dims=3)
    labels = read_idx(folder, f"{prefix}-labels-idx1-ubyte", dims=1).long()
    if images.shape[1:] != (28, 28) or len(images) != len(labels):
        fail(f"{folder}: {prefix} images {tuple(images.shape)} do not fit labels {tuple(labels.shape)}")
    return images, labels


def read_idx(folder, base, dims):
    path = find_idx(folder, base)
    if path is None:
        fail(f"{folder / base} (or {base}.gz) is missing")
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    header = 4 + 4 * dims
    shape = [int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    if int.from_bytes(data[:4], "big") != 0x0800 | dims or len(data) != header + math.prod(shape):
        fail(f"{path} is not an uncorrupted IDX file of unsigned bytes")
    return torch.frombuffer(bytearray(data), dtype=torch.uint8, offset=header).reshape(shape)


def pixel_statistics(images):
    """Mean and standard deviation of the pixels scaled to 0..1 (as netbuilder computes them)."""
    counts = torch.bincount(images.reshape(-1), minlength=256).double()
    values = torch.arange(256, dtype=torch.float64) / 255
    mean = float((counts * values).sum() / counts.sum())
    variance = float((counts * values**2).sum() / counts.sum()) - mean**2
    return mean, max(variance, 0.0) ** 0.5 or 1.0


def split_validation(images, labels):
    """netbuilder's seeded validation split: (train, validation), each kept in order."""
    order = torch.randperm(len(labels), generator=torch.Generator().manual_seed(SEED))
    held = round(len(labels) * VALIDATION_FRACTION)
    keep, hold = order[held:].sort().values, order[:held].sort().values
    return (images[keep], labels[keep]), (images[hold], labels[hold])


class Batches:
    """A split on the device; (x, y) batches normalised as netbuilder does, built by indexing."""

    def __init__(self, split, device, mean, std):
        self.images, self.labels = (tensor.to(device) for tensor in split)
        self.mean, self.std = mean, std

    def __len__(self):
        return len(self.labels)

    def batches(self, order, batch_size):
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            x = self.images[rows].to(torch.float32).div_(255).sub_(self.mean).div_(self.std)
            yield x.reshape(len(rows), *INPUT_SHAPE), self.labels[rows]


# --- training -----------------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add = parser.add_argument
    add("--data", "--data-dir", default=$default_data, help="dataset folder (default: %(default)s)")
    add("--epochs", type=int, default=EPOCHS, help="train up to this epoch (default: %(default)s)")
    add("--batch-size", type=int, help="per process (default: the project's, split across processes)")
    add("--device", default="auto", help="auto, cpu, cuda, cuda:N or mps (default: %(default)s)")
    add("--amp", action="store_true", help="mixed precision: bf16 where supported, else fp16")
    add("--metrics-out", metavar="FILE", help="write the final metrics as JSON")
    add("--checkpoint", metavar="FILE", help="save the model after every epoch (netbuilder format)")
    add("--resume", metavar="FILE", help="continue from a checkpoint, after its epoch")
    add("--tensorboard", metavar="DIR", help="write TensorBoard event files to DIR")
    add("--no-download", action="store_true", help="never download missing data")
    args = parser.parse_args()
    if args.epochs < 1 or (args.batch_size is not None and args.batch_size < 1):
        parser.error("--epochs and --batch-size must be at least 1")
    return args


class Trainer:
    def __init__(self, args, processes):
        self.args, self.processes, self.device = args, processes, processes.device
        torch.manual_seed(SEED)
        loaded = load_data(args.data, processes, not args.no_download)
        train, test, self.dataset_title, self.classes = loaded
        self.mean, self.std = pixel_statistics(train[0])
        validation = None
        if VALIDATION_FRACTION > 0:
            train, validation = split_validation(*train)
        self.train, self.test = self.on_device(train), self.on_device(test)
        has_validation = validation is not None and len(validation[1]) > 0
        self.validation = self.on_device(validation) if has_validation else None
        world = processes.world
        self.batch_size = args.batch_size or max(1, math.ceil(BATCH_SIZE / world))
        self.sampler = DistributedSampler(
            range(len(self.train)), num_replicas=world, rank=processes.rank, shuffle=True, seed=SEED
        )
        self.model = build_model()
        initialise(self.model)
        self.model.to(self.device)
        self.optimizer = make_optimizer(self.model)
        self.scheduler = make_scheduler(self.optimizer, args.epochs)
        self.start_epoch, self.best = 1, {"loss": None, "epoch": None, "waited": 0, "state": None}
        if args.resume:
            self.resume(args.resume)
        self.net = self.model
        if world > 1:
            ids = [self.device.index] if self.device.type == "cuda" else None
            self.net = DistributedDataParallel(self.model, device_ids=ids)
        self.amp_dtype, scaler = amp_settings(self.device, args.amp)
        self.scaler = torch.amp.GradScaler(self.device.type, enabled=scaler)
        self.writer = tensorboard_writer(args.tensorboard) if processes.main else None

    def on_device(self, split):
        return Batches(split, self.device, self.mean, self.std)

    def describe(self):
        world, per_process = self.processes.world, self.batch_size
        self.processes.log(
            f"{PROJECT['name'] or 'model'} on {self.dataset_title}: {len(self.train)} training, "
            f"{len(self.validation or ())} validation, {len(self.test)} test images\\n"
            f"{world} process(es) on {self.device.type}; batch size {per_process} per process, "
            f"{per_process * world} global (the project's: {BATCH_SIZE})"
            + (f"; autocast {self.amp_dtype}" if self.amp_dtype else "")
        )

    def run(self):
        self.describe()
        started, samples, epochs_run, reason = time.perf_counter(), 0, 0, "completed"
        for epoch in range(self.start_epoch, self.args.epochs + 1):
            epoch_started = time.perf_counter()
            train_loss, train_accuracy, seen = self.train_epoch(epoch)
            samples, epochs_run = samples + seen, epochs_run + 1
            val_loss, val_accuracy = self.evaluate(self.validation)
            learning_rate = self.optimizer.param_groups[0]["lr"]
            self.log_epoch(epoch, train_loss, train_accuracy, val_loss, val_accuracy, learning_rate,
                           seen / (time.perf_counter() - epoch_started))
            if self.scheduler is not None:
                self.scheduler.step()
            stop = self.stop_early(epoch, val_loss)
            self.save(epoch, {"dataset": self.dataset_title})
            if stop:
                reason = "early_stopping"
                break
        seconds = time.perf_counter() - started
        return self.finish(epochs_run, reason, seconds, samples / max(seconds, 1e-9))

    def train_epoch(self, epoch):
        self.net.train()
        self.sampler.set_epoch(epoch)
        order = torch.tensor(list(self.sampler), device=self.device)
        totals = torch.zeros(3, dtype=torch.float64, device=self.device)
        weights = [p for p in self.model.parameters() if p.dim() > 1]
        for x, y in self.train.batches(order, self.batch_size):
            with torch.autocast(self.device.type, self.amp_dtype, enabled=self.amp_dtype is not None):
                outputs = self.net(x)
                loss = loss_function(outputs.float(), y)
            objective = loss + L1 * sum(w.abs().sum() for w in weights) if L1 else loss
            self.optimizer.zero_grad(set_to_none=True)
            self.scaler.scale(objective).backward()
            self.scaler.step(self.optimizer)
            self.scaler.update()
            totals[0] += loss.detach() * len(y)
            totals[1] += (outputs.argmax(1) == y).sum()
            totals[2] += len(y)
        loss_sum, correct, count = self.processes.sum(totals)
        if not math.isfinite(loss_sum):
            fail(f"the loss became NaN/infinite in epoch {epoch}: lower the learning rate")
        return loss_sum / count, correct / count, int(count)

    @torch.no_grad()
    def evaluate(self, data):
        """(mean loss, accuracy) over every sample of data, each process taking its share."""
        if data is None:
            return None, None
        self.model.eval()
        rank, world = self.processes.rank, self.processes.world
        order = torch.arange(rank, len(data), world, device=self.device)
        loss_sum, correct = 0.0, 0.0
        for x, y in data.batches(order, EVAL_BATCH):
            with torch.autocast(self.device.type, self.amp_dtype, enabled=self.amp_dtype is not None):
                outputs = self.model(x).float()
            loss_sum += loss_function(outputs, y).item() * len(y)
            correct += (outputs.argmax(1) == y).sum().item()
        loss_sum, correct = self.processes.sum([loss_sum, correct])
        return loss_sum / len(data), correct / len(data)

    def stop_early(self, epoch, val_loss):
        best = self.best
        if val_loss is None or not math.isfinite(val_loss):
            return False
        if best["loss"] is None or val_loss < best["loss"]:
            best.update(loss=val_loss, epoch=epoch, waited=0)
            if EARLY_STOPPING_PATIENCE:
                best["state"] = {k: v.detach().clone() for k, v in self.model.state_dict().items()}
            return False
        best["waited"] += 1
        return bool(EARLY_STOPPING_PATIENCE) and best["waited"] >= EARLY_STOPPING_PATIENCE

    def finish(self, epochs_run, reason, seconds, samples_per_second):
        if self.best["state"] is not None and self.best["epoch"] != self.start_epoch + epochs_run - 1:
            self.model.load_state_dict(self.best["state"])
            self.processes.log(f"restored the weights of epoch {self.best['epoch']}, the best on validation")
        test_loss, test_accuracy = self.evaluate(self.test)
        self.processes.log(f"test loss {test_loss:.4f}, test accuracy {test_accuracy:.2%}")
        metrics = {
            "dataset": self.dataset_title, "test_accuracy": test_accuracy, "test_loss": test_loss,
            "epochs": epochs_run, "train_seconds": seconds,
            "samples_per_second": samples_per_second, "stopped_because": reason,
        }
        self.check_replicas()
        last_epoch = self.start_epoch + epochs_run - 1
        if epochs_run:
            self.save(last_epoch, metrics)
        if self.processes.main and self.args.metrics_out:
            write_atomically(self.args.metrics_out, json.dumps(metrics, indent=2).encode() + b"\\n")
        if self.writer is not None:
            self.writer.add_scalar("test/loss", test_loss, last_epoch)
            self.writer.add_scalar("test/accuracy", test_accuracy, last_epoch)
            self.writer.close()
        return metrics

    def check_replicas(self):
        """DDP keeps every process's weights the same; say so, or warn if they differ."""
        if self.processes.world == 1:
            return
        flat = torch.cat([p.detach().double().flatten() for p in self.model.parameters()])
        low, high = flat.clone(), flat.clone()
        dist.all_reduce(low, op=dist.ReduceOp.MIN)
        dist.all_reduce(high, op=dist.ReduceOp.MAX)
        same = torch.equal(low, high)
        self.processes.log(
            f"weights identical on all {self.processes.world} processes"
            if same else "warning: the processes' weights differ"
        )

    def log_epoch(self, epoch, loss, accuracy, val_loss, val_accuracy, lr, speed):
        validation = "" if val_loss is None else f"  val loss {val_loss:.4f}  val acc {val_accuracy:.2%}"
        self.processes.log(
            f"epoch {epoch}/{self.args.epochs}: train loss {loss:.4f}  train acc {accuracy:.2%}"
            f"{validation}  lr {lr:.3g}  ({speed:,.0f} samples/s)"
        )
        if self.writer is not None:
            scalars = {"train/loss": loss, "train/accuracy": accuracy, "learning_rate": lr,
                       "validation/loss": val_loss, "validation/accuracy": val_accuracy}
            for tag, value in scalars.items():
                if value is not None:
                    self.writer.add_scalar(tag, value, epoch)

    # --- checkpoints ----------------------------------------------------------------------------

    def save(self, epoch, metrics):
        """netbuilder's checkpoint format, plus what --resume needs: scheduler, RNG, early stopping."""
        if not (self.processes.main and self.args.checkpoint):
            return
        project = json.loads(json.dumps(PROJECT))
        project["training"]["epochs"] = self.args.epochs
        cuda = torch.cuda.get_rng_state_all() if self.device.type == "cuda" else []
        best = {k: v for k, v in self.best.items() if k != "state"}
        payload = {
            "format": "netbuilder-checkpoint", "schema_version": 1,
            "project": json.dumps(project), "metrics": json.dumps(metrics),
            "state_dict": to_cpu(self.model.state_dict()),
            "optimizer": to_cpu(self.optimizer.state_dict()),
            "scheduler": self.scheduler.state_dict() if self.scheduler is not None else None,
            "epoch": epoch, "normalisation": {"mean": self.mean, "std": self.std},
            "classes": list(self.classes), "rng": {"torch": torch.get_rng_state(), "cuda": cuda},
            "early_stopping": best,
        }
        temporary = Path(f"{self.args.checkpoint}.{os.getpid()}.tmp")
        torch.save(payload, temporary)
        os.replace(temporary, self.args.checkpoint)

    def stretch_cosine(self, scheduler):
        scheduler.T_max, done = self.args.epochs, scheduler.last_epoch
        for group, base in zip(self.optimizer.param_groups, scheduler.base_lrs):
            eta = scheduler.eta_min
            group["lr"] = eta + (base - eta) * (1 + math.cos(math.pi * done / scheduler.T_max)) / 2

    def resume(self, path):
        try:
            saved = torch.load(path, map_location="cpu", weights_only=True)
        except Exception as error:
            fail(f"cannot open {path}: {type(error).__name__}: {error}")
        if not isinstance(saved, dict) or saved.get("format") != "netbuilder-checkpoint":
            fail(f"{path} is not a netbuilder checkpoint")
        try:
            self.model.load_state_dict(saved["state_dict"])
            if saved.get("optimizer"):
                self.optimizer.load_state_dict(saved["optimizer"])
        except (RuntimeError, ValueError, KeyError) as error:
            fail(f"{path} does not fit this network and optimizer: {error}")
        if saved.get("scheduler") and self.scheduler is not None:
            self.scheduler.load_state_dict(saved["scheduler"])
            if hasattr(self.scheduler, "T_max"):  # a cosine schedule stretches to the new --epochs
                self.stretch_cosine(self.scheduler)
        rng = saved.get("rng") or {}
        if "torch" in rng:
            torch.set_rng_state(rng["torch"])
        if rng.get("cuda") and self.device.type == "cuda":
            torch.cuda.set_rng_state_all(rng["cuda"])
        self.best.update(saved.get("early_stopping") or {})
        self.start_epoch = int(saved["epoch"]) + 1
        self.processes.log(f"resuming from {path} after epoch {saved['epoch']}")


def to_cpu(value):
    if isinstance(value, torch.Tensor):
        return value.detach().cpu()
    if isinstance(value, dict):
        return {key: to_cpu(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(to_cpu(item) for item in value)
    return value


def write_atomically(path, data):
    temporary = Path(f"{path}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def amp_settings(device, wanted):
    """(autocast dtype or None, whether fp16 needs a GradScaler)."""
    if not wanted:
        return None, False
    if device.type == "cuda":
        bf16 = torch.cuda.is_bf16_supported()
        return (torch.bfloat16, False) if bf16 else (torch.float16, True)
    if device.type == "cpu":
        return torch.bfloat16, False
    return None, False


def tensorboard_writer(folder):
    if not folder:
        return None
    from torch.utils.tensorboard import SummaryWriter

    return SummaryWriter(folder)


def main():
    args = parse_args()
    processes = Processes(args.device)
    try:
        Trainer(args, processes).run()
    finally:
        processes.close()


if __name__ == "__main__":
    main()
''')
