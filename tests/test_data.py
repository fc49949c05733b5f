"""Datasets: IDX files through torchvision's readers, the data folder, splits and device batches."""

import gzip
import os
from pathlib import Path
from urllib.error import URLError

import numpy as np
import pytest
import torch

from netbuilder.engine import data as data_module
from netbuilder.engine.data import default_data_dir, load_dataset, read_idx_folder
from netbuilder.engine.dataset import (
    DataUnavailableError,
    DeviceSplit,
    ImageSplit,
    normalise,
    split_validation,
)
from netbuilder.engine.synthetic_digits import DIGIT_STROKES, generate, render_strokes
from tests.idx_files import FILES, idx_bytes, write_idx_folder


def random_splits(train=120, test=40, seed=0):
    rng = np.random.default_rng(seed)
    return {
        name: (
            rng.integers(0, 256, (n, 28, 28), dtype=np.uint8),
            rng.integers(0, 10, n, dtype=np.uint8),
        )
        for name, n in (("train", train), ("test", test))
    }


@pytest.mark.parametrize("gz", [False, True])
def test_idx_folder_round_trip(tmp_path, gz):
    splits = random_splits()
    dataset = read_idx_folder(write_idx_folder(tmp_path, splits, gz=gz))
    assert np.array_equal(dataset.train.images.numpy(), splits["train"][0])
    assert np.array_equal(dataset.test.labels.numpy(), splits["test"][1])
    assert dataset.train.labels.dtype == torch.int64 and dataset.num_classes == 10
    assert not dataset.synthetic and str(tmp_path) in dataset.source


def test_mnist_reads_through_torchvision_from_the_data_folder(tmp_path):
    splits = random_splits()
    write_idx_folder(tmp_path / "MNIST" / "raw", splits)
    dataset = load_dataset("mnist", tmp_path, download=False)
    assert dataset.title == "MNIST" and len(dataset.train) == 120 and len(dataset.test) == 40
    assert np.array_equal(dataset.train.images.numpy(), splits["train"][0])


def test_mnist_files_are_checked_by_the_one_idx_reader(tmp_path, monkeypatch):
    """torchvision's IDX reader is not used: ours refuses a label outside the classes (torchvision
    would read it, and training would fail later on the label) and names the file."""
    import torchvision.datasets.mnist as tv_mnist

    monkeypatch.setattr(tv_mnist, "read_image_file", lambda *a: pytest.fail("torchvision read"))
    monkeypatch.setattr(tv_mnist, "read_label_file", lambda *a: pytest.fail("torchvision read"))
    splits = random_splits()
    splits["train"][1][7] = 12
    write_idx_folder(tmp_path / "MNIST" / "raw", splits)
    with pytest.raises(DataUnavailableError, match="train-labels-idx1-ubyte holds label 12"):
        load_dataset("mnist", tmp_path, download=False)


def test_fashion_mnist_gz_files_are_unpacked(tmp_path):
    write_idx_folder(tmp_path / "FashionMNIST" / "raw", random_splits(), gz=True)
    dataset = load_dataset("fashion-mnist", tmp_path, download=False)
    assert dataset.classes[0] == "T-shirt/top" and len(dataset.test) == 40


def test_missing_mnist_says_where_to_put_the_files(tmp_path):
    with pytest.raises(DataUnavailableError) as caught:
        load_dataset("mnist", tmp_path, download=False)
    message = str(caught.value)
    assert str(tmp_path / "MNIST" / "raw") in message
    assert all(name in message for name in ("train-images-idx3-ubyte", "t10k-labels-idx1-ubyte"))
    assert "synthetic-digits" in message


def test_truncated_file_is_named(tmp_path):
    folder = write_idx_folder(tmp_path, random_splits())
    victim = folder / FILES[("train", "images")]
    victim.write_bytes(victim.read_bytes()[:1000])
    with pytest.raises(DataUnavailableError, match="train-images-idx3-ubyte"):
        read_idx_folder(folder)


def test_corrupt_gzip_is_named(tmp_path):
    folder = write_idx_folder(tmp_path, random_splits(), gz=True)
    (folder / "t10k-labels-idx1-ubyte.gz").write_bytes(gzip.compress(b"\x00\x00")[:5])
    with pytest.raises(DataUnavailableError, match="t10k-labels"):
        read_idx_folder(folder)


def test_unknown_dataset_lists_the_names():
    with pytest.raises(DataUnavailableError, match="synthetic-digits"):
        load_dataset("cifar")


def test_data_dir_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(tmp_path))
    assert default_data_dir() == tmp_path
    monkeypatch.delenv("NETBUILDER_DATA_DIR")
    assert default_data_dir().parts[-2:] == ("netbuilder", "data")


def test_limit_train_keeps_the_test_split(tmp_path):
    folder = write_idx_folder(tmp_path, random_splits(train=100))
    dataset = load_dataset(str(folder), limit_train=30)
    assert len(dataset.train) == 30 and len(dataset.test) == 40


def test_validation_split_is_disjoint_and_seeded():
    split = ImageSplit(torch.zeros(100, 28, 28, dtype=torch.uint8), torch.arange(100))
    train, val = split_validation(split, 0.2, seed=3)
    assert (len(train), len(val)) == (80, 20)
    assert set(train.labels.tolist()).isdisjoint(val.labels.tolist())
    assert torch.equal(split_validation(split, 0.2, seed=3)[1].labels, val.labels)
    assert not torch.equal(split_validation(split, 0.2, seed=4)[1].labels, val.labels)
    assert len(split_validation(split, 0.0, seed=3)[1]) == 0


def test_device_batches_cover_every_sample_normalised():
    split = generate(500, seed=0)
    mean = split.images.float().div(255).mean().item()
    std = split.images.float().div(255).std().item()
    data = DeviceSplit(split, torch.device("cpu"), mean, std)
    generator = torch.Generator().manual_seed(0)
    batches = list(data.batches(64, shuffle=True, generator=generator))
    x = torch.cat([b[0] for b in batches])
    assert x.shape == (500, 1, 28, 28) and x.dtype == torch.float32
    assert abs(x.mean().item()) < 1e-3 and abs(x.std().item() - 1) < 1e-2
    assert len(batches[-1][0]) == 500 % 64
    assert sorted(torch.cat([b[1] for b in batches]).tolist()) == sorted(split.labels.tolist())
    again = torch.cat([b[1] for b in data.batches(64, shuffle=True, generator=generator)])
    assert not torch.equal(again, torch.cat([b[1] for b in batches]))


def test_normalise_is_the_one_formula():
    images = torch.full((2, 28, 28), 255, dtype=torch.uint8)
    assert torch.allclose(normalise(images, 0.5, 0.25), torch.full((2, 1, 28, 28), 2.0))


def test_synthetic_digits_are_deterministic_and_balanced():
    first, again, other = generate(1000, seed=7), generate(1000, seed=7), generate(1000, seed=8)
    assert torch.equal(first.images, again.images) and torch.equal(first.labels, again.labels)
    assert not torch.equal(first.images, other.images)
    assert first.images.dtype == torch.uint8 and first.images.shape == (1000, 28, 28)
    assert torch.bincount(first.labels, minlength=10).tolist() == [100] * 10


def test_synthetic_digits_look_like_mnist():
    split = generate(200, seed=0)
    ink = split.images.float()
    assert ink.amax() == 255 and ink[:, :2, :].mean() < 1  # bright ink, (almost) empty border
    assert 0.05 < (ink > 0).float().mean() < 0.35
    assert set(DIGIT_STROKES) == set(range(10))
    assert render_strokes(DIGIT_STROKES[1]).shape == (28, 28)


def test_synthetic_dataset_loads_by_name_and_is_labelled(tmp_path):
    dataset = load_dataset("synthetic-digits", tmp_path, limit_train=500)
    assert dataset.synthetic and "not MNIST" in dataset.title
    assert len(dataset.train) == 500 and len(dataset.test) == 10000


FASHION = Path("/usr/share/datasets/fashion-mnist")


@pytest.mark.skipif(not FASHION.is_dir() and not os.environ.get("NETBUILDER_REQUIRE_REAL_DATA"),
                    reason="Fashion-MNIST is not installed")  # fmt: skip
def test_debian_fashion_mnist():
    dataset = read_idx_folder(FASHION)
    assert (len(dataset.train), len(dataset.test)) == (60000, 10000)


def test_failed_download_names_the_folder_and_the_alternative(tmp_path, monkeypatch):
    def offline(url, **kwargs):
        raise URLError("no network here")

    monkeypatch.setattr("torchvision.datasets.utils.download_and_extract_archive", offline)
    with pytest.raises(DataUnavailableError, match="no network here") as caught:
        load_dataset("mnist", tmp_path, download=True)
    assert str(tmp_path / "MNIST" / "raw") in str(caught.value)
    assert "--dataset synthetic-digits" in str(caught.value)


def test_download_goes_through_torchvision_and_reports_progress(tmp_path, monkeypatch):
    splits = random_splits()
    by_name = {FILES[(s, k)]: splits[s][k == "labels"] for s, k in FILES}
    fetched = []

    def fake_download(url, download_root, filename, md5):
        fetched.append(url)
        name = filename.removesuffix(".gz")
        (Path(download_root) / name).write_bytes(idx_bytes(by_name[name]))

    monkeypatch.setattr("torchvision.datasets.utils.download_and_extract_archive", fake_download)
    calls = []
    dataset = load_dataset("mnist", tmp_path, progress=lambda m, f: calls.append((m, f)))
    assert np.array_equal(dataset.test.images.numpy(), splits["test"][0])
    assert len(fetched) == 4 and all(url.endswith(".gz") for url in fetched)
    fractions = [f for _, f in calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any("train-images" in message for message, _ in calls)


def test_truncated_file_in_the_mnist_folder_is_named(tmp_path):
    raw = write_idx_folder(tmp_path / "MNIST" / "raw", random_splits())
    victim = raw / FILES[("test", "images")]
    victim.write_bytes(victim.read_bytes()[:-100])
    with pytest.raises(DataUnavailableError, match="t10k-images-idx3-ubyte"):
        load_dataset("mnist", tmp_path, download=False)


def test_default_data_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("NETBUILDER_DATA_DIR", raising=False)
    monkeypatch.setattr(data_module.sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_data_dir() == tmp_path / "netbuilder" / "data"


def test_limit_train_is_a_seeded_shuffle(tmp_path):
    folder = write_idx_folder(tmp_path, random_splits(train=100))
    a, b, c = (load_dataset(str(folder), limit_train=30, seed=s) for s in (1, 1, 2))
    full = read_idx_folder(folder)
    assert torch.equal(a.train.images, b.train.images)
    assert not torch.equal(a.train.images, c.train.images)
    assert not torch.equal(a.train.images, full.train.images[:30])


def test_validation_split_partitions_every_sample():
    split = ImageSplit(torch.zeros(1000, 28, 28, dtype=torch.uint8), torch.arange(1000))
    train, val = split_validation(split, 0.1, seed=0)
    assert (len(train), len(val)) == (900, 100)
    assert torch.equal(torch.cat([train.labels, val.labels]).sort().values, torch.arange(1000))


def test_unshuffled_batches_are_the_split_in_order_normalised_once():
    split = generate(150, seed=1)
    device_split = DeviceSplit(split, torch.device("cpu"), 0.13, 0.31)
    batches = list(device_split.batches(64, shuffle=False))
    assert [len(y) for _, y in batches] == [64, 64, 22]
    assert torch.equal(torch.cat([x for x, _ in batches]), normalise(split.images, 0.13, 0.31))
    assert torch.equal(torch.cat([y for _, y in batches]), split.labels)


def test_shuffle_is_reproducible_from_the_generator_seed():
    device_split = DeviceSplit(generate(100, seed=2), torch.device("cpu"), 0.13, 0.31)

    def order(generator):
        return torch.cat(
            [y for _, y in device_split.batches(32, shuffle=True, generator=generator)]
        )

    assert torch.equal(
        order(torch.Generator().manual_seed(5)), order(torch.Generator().manual_seed(5))
    )


def test_dataset_mean_and_std_are_of_the_training_pixels(tmp_path):
    splits = random_splits()
    dataset = read_idx_folder(write_idx_folder(tmp_path, splits))
    pixels = splits["train"][0] / 255
    assert dataset.mean == pytest.approx(pixels.mean())
    assert dataset.std == pytest.approx(pixels.std())


def test_normalise_accepts_a_channel_axis_and_refuses_floats():
    images = torch.randint(0, 256, (3, 28, 28), dtype=torch.uint8)
    assert torch.equal(normalise(images[:, None], 0.1, 0.3), normalise(images, 0.1, 0.3))
    with pytest.raises(TypeError):
        normalise(images.float(), 0.1, 0.3)


def test_image_split_refuses_wrong_dtypes_and_lengths():
    with pytest.raises(ValueError):
        ImageSplit(torch.zeros(3, 28, 28), torch.zeros(3, dtype=torch.int64))
    with pytest.raises(ValueError):
        ImageSplit(torch.zeros(3, 28, 28, dtype=torch.uint8), torch.zeros(2, dtype=torch.int64))


@pytest.mark.parametrize("name, gz", [("fashion-mnist", True), ("mnist", False)])
def test_files_directly_in_the_data_folder_are_found(tmp_path, name, gz, monkeypatch):
    def no_download(*args, **kwargs):
        raise AssertionError("nothing should be downloaded")

    monkeypatch.setattr("torchvision.datasets.utils.download_and_extract_archive", no_download)
    splits = random_splits()
    write_idx_folder(tmp_path, splits, gz=gz)
    before = sorted(tmp_path.iterdir())
    dataset = load_dataset(name, tmp_path, download=True)
    assert np.array_equal(dataset.train.images.numpy(), splits["train"][0])
    assert dataset.name == name and len(dataset.test) == 40
    assert (dataset.classes[0] == "T-shirt/top") == (name == "fashion-mnist")
    assert sorted(tmp_path.iterdir()) == before  # nothing created beside the user's files


@pytest.mark.parametrize("fail_at", [0, 2])
def test_failed_download_leaves_nothing_behind(tmp_path, monkeypatch, fail_at):
    splits = random_splits()
    by_name = {FILES[(s, k)]: splits[s][k == "labels"] for s, k in FILES}
    calls = []

    def flaky(url, download_root, filename, md5):
        calls.append(filename)
        if len(calls) > fail_at:
            raise URLError("no network here")
        (Path(download_root) / filename).write_bytes(b"partial")
        name = filename.removesuffix(".gz")
        (Path(download_root) / name).write_bytes(idx_bytes(by_name[name]))

    monkeypatch.setattr("torchvision.datasets.utils.download_and_extract_archive", flaky)
    (tmp_path / "mine.txt").write_text("the user's own file")
    data_dir = tmp_path / "new" / "data"
    for root in (tmp_path, data_dir):
        with pytest.raises(DataUnavailableError, match="no network here"):
            load_dataset("fashion-mnist", root, download=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.txt"]


def test_kmnist_and_its_class_names_come_through_torchvision(tmp_path):
    write_idx_folder(tmp_path / "KMNIST" / "raw", random_splits(), gz=True)
    dataset = load_dataset("kmnist", tmp_path, download=False)
    assert dataset.title == "Kuzushiji-MNIST" and dataset.classes[:3] == ("o", "ki", "su")


def write_emnist_letters(root: Path, splits) -> Path:
    raw = root / "EMNIST" / "raw"
    raw.mkdir(parents=True)
    for split, prefix in (("train", "train"), ("test", "test")):
        images, labels = splits[split]
        (raw / f"emnist-letters-{prefix}-images-idx3-ubyte").write_bytes(idx_bytes(images))
        labels = (labels % 26 + 1).astype(np.uint8)  # EMNIST's letters are 1-26
        (raw / f"emnist-letters-{prefix}-labels-idx1-ubyte").write_bytes(idx_bytes(labels))
    return raw


def test_emnist_letters_are_upright_and_named(tmp_path):
    splits = random_splits()
    write_emnist_letters(tmp_path, splits)
    dataset = load_dataset("emnist-letters", tmp_path, download=False)
    assert dataset.classes[0] == "a" and dataset.num_classes == 26
    assert np.array_equal(dataset.train.images[0].numpy(), splits["train"][0][0].T)
    assert int(dataset.test.labels.max()) <= 25


def test_emnist_letters_outside_a_to_z_are_refused_naming_the_file(tmp_path):
    """EMNIST's files are read by netbuilder's IDX reader too: label 0 (no letter) would become
    class -1 and fail deep inside training."""
    raw = write_emnist_letters(tmp_path, random_splits())
    labels = raw / "emnist-letters-test-labels-idx1-ubyte"
    labels.write_bytes(labels.read_bytes()[:-1] + b"\x00")
    with pytest.raises(DataUnavailableError, match="test-labels-idx1-ubyte holds label 0"):
        load_dataset("emnist-letters", tmp_path, download=False)


def test_cifar10_reads_through_torchvision_in_colour(tmp_path, monkeypatch):
    class FakeCifar:
        def __init__(self, root, train, download):
            count = 50 if train else 10
            self.data = np.full((count, 32, 32, 3), (10, 20, 30), dtype=np.uint8)
            self.targets = [i % 10 for i in range(count)]

    monkeypatch.setattr("torchvision.datasets.CIFAR10", FakeCifar)
    dataset = load_dataset("cifar10", tmp_path, download=False)
    assert dataset.input_shape == (3, 32, 32) and dataset.classes[0] == "airplane"
    assert dataset.train.images[0, :, 0, 0].tolist() == [10, 20, 30]


def test_a_failed_cifar_download_leaves_nothing_behind(tmp_path, monkeypatch):
    def offline(url, root, *args, **kwargs):
        Path(root).mkdir(parents=True, exist_ok=True)  # as torchvision's downloader does
        (Path(root) / "cifar-10-python.tar.gz").write_bytes(b"partial")
        raise URLError("no network here")

    monkeypatch.setattr("torchvision.datasets.cifar.download_and_extract_archive", offline)
    with pytest.raises(DataUnavailableError, match="no network here"):
        load_dataset("cifar10", tmp_path / "fresh", download=True)
    with pytest.raises(DataUnavailableError, match="download is off"):
        load_dataset("cifar10", tmp_path, download=False)
    assert list(tmp_path.iterdir()) == []
