"""The dataset catalog: one entry per named dataset, its checksums torchvision's own, and files
that are another known dataset's refused (MNIST read from Fashion-MNIST's files trains on clothes)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from netbuilder.cli.main import main as cli_main
from netbuilder.document import dataset_files
from netbuilder.document.dataset_files import check_idx_folder, find_dataset_files, identify_file
from netbuilder.document.datasets import (
    DATASETS,
    class_names,
    dataset_classes,
    dataset_input_shape,
    dataset_spec,
    is_regression,
    loss_for,
)
from netbuilder.engine.data import load_dataset, read_idx_folder
from netbuilder.engine.dataset import WrongDataFilesError
from tests.idx_files import digit_splits, write_idx_folder
from tests.paths import EXAMPLES

DEBIAN_FASHION = Path("/usr/share/datasets/fashion-mnist")  # Debian's dataset-fashion-mnist
needs_fashion = pytest.mark.skipif(
    not (DEBIAN_FASHION / "train-labels-idx1-ubyte.gz").is_file(),
    reason="Debian's dataset-fashion-mnist is not installed",
)


@pytest.mark.parametrize(
    ("name", "klass"), [("mnist", "MNIST"), ("fashion-mnist", "FashionMNIST"), ("kmnist", "KMNIST")]
)
def test_the_checksums_are_torchvisions(name, klass):
    import torchvision.datasets as tvd

    spec = DATASETS[name]
    assert spec.torchvision == klass
    published = [(f.name, f.md5) for f in spec.files]
    assert published == [tuple(r) for r in getattr(tvd, klass).resources]


def test_cifar_and_emnist_checksums_are_torchvisions():
    import torchvision.datasets as tvd

    cifar = {f.name: f.md5 for f in DATASETS["cifar10"].files}
    assert cifar == dict(tvd.CIFAR10.train_list + tvd.CIFAR10.test_list)
    for name in ("emnist-digits", "emnist-letters"):
        assert [f.md5 for f in DATASETS[name].files] == [tvd.EMNIST.md5]


def test_the_class_names_are_torchvisions():
    import torchvision.datasets as tvd

    assert class_names("fashion-mnist") == tuple(tvd.FashionMNIST.classes)
    assert class_names("kmnist") == tuple(tvd.KMNIST.classes)
    letters = tvd.EMNIST.classes_split_dict["letters"][1:]  # label 0 is unused: "N/A"
    assert class_names("emnist-letters") == tuple(letters)
    assert class_names("emnist-digits") == tuple(tvd.EMNIST.classes_split_dict["digits"])


def test_each_dataset_has_its_own_shape_and_classes():
    assert dataset_input_shape("cifar10") == (3, 32, 32)
    assert dataset_input_shape("mnist") == (1, 28, 28)
    assert dataset_classes("emnist-letters") == 26
    assert dataset_classes("cifar10") == 10 and dataset_classes("sine") == 1
    assert dataset_classes("spiral", {"classes": 5}) == 5
    assert dataset_spec("/home/me/pictures") is None
    for spec in DATASETS.values():
        assert spec.title and spec.label and spec.provenance and spec.licence, spec.id


def test_a_numeric_csv_target_is_a_regression_before_loading(tmp_path):
    table = tmp_path / "houses.csv"
    rows = [f"{i},{i % 3},{i * 1.5 + 0.25}" for i in range(40)]
    table.write_text("rooms,kind,price\n" + "\n".join(rows) + "\n")
    assert dataset_classes(str(table)) == 1 and is_regression(str(table))
    assert dataset_classes(str(table), {"target": "kind"}) == 3
    assert dataset_classes(str(table), {"task": "classification", "target": "kind"}) == 3
    assert loss_for("cross_entropy", False, True) == "mse"
    assert loss_for("l1", False, True) == "l1"
    assert loss_for("mse", True, False) == "cross_entropy"


@needs_fashion
def test_fashion_files_read_as_mnist_are_refused_and_named():
    check = check_idx_folder("mnist", DEBIAN_FASHION)
    assert check.other.id == "fashion-mnist" and not check.verified
    assert "are Fashion-MNIST, not MNIST" in check.refusal()
    with pytest.raises(WrongDataFilesError, match="are Fashion-MNIST, not MNIST"):
        load_dataset("mnist", DEBIAN_FASHION, download=False)
    with pytest.raises(WrongDataFilesError, match="are Fashion-MNIST, not Kuzushiji-MNIST"):
        load_dataset("kmnist", DEBIAN_FASHION, download=False)
    assert check_idx_folder("fashion-mnist", DEBIAN_FASHION).verified  # Debian recompressed them
    assert find_dataset_files("fashion-mnist", DEBIAN_FASHION).verified


@needs_fashion
def test_the_cli_refuses_to_train_mnist_on_fashion_files(capsys):
    code = cli_main(
        ["train", str(EXAMPLES / "logistic_regression.json"), "--dataset", "mnist", "--data-dir",
         str(DEBIAN_FASHION), "--epochs", "1"]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code != 0
    assert "training" not in out
    assert "are Fashion-MNIST, not MNIST" in err


@needs_fashion
def test_one_file_of_another_dataset_is_enough_to_refuse(tmp_path):
    raw = write_idx_folder(tmp_path / "MNIST" / "raw", digit_splits(60, 20))
    (raw / "train-labels-idx1-ubyte").unlink()
    shutil.copy(DEBIAN_FASHION / "train-labels-idx1-ubyte.gz", raw)
    with pytest.raises(WrongDataFilesError, match="Fashion-MNIST"):
        load_dataset("mnist", tmp_path, download=False)


@needs_fashion
def test_a_folder_of_idx_files_is_named_by_its_checksums_not_its_name(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    for path in DEBIAN_FASHION.glob("*.gz"):
        (folder / path.name).symlink_to(path)
    dataset = read_idx_folder(folder)
    assert dataset.title.startswith("Fashion-MNIST from")
    assert dataset.classes == class_names("fashion-mnist")


def test_unknown_files_stand_in_for_a_dataset_but_are_not_verified(tmp_path):
    write_idx_folder(tmp_path / "MNIST" / "raw", digit_splits(60, 20))
    check = find_dataset_files("mnist", tmp_path)
    assert check is not None and check.refusal() is None and not check.verified
    assert len(load_dataset("mnist", tmp_path, download=False).train) == 60
    assert read_idx_folder(tmp_path / "MNIST" / "raw").title.startswith("IDX files from")


def test_each_file_is_hashed_once(tmp_path, monkeypatch):
    path = tmp_path / "train-labels-idx1-ubyte"
    path.write_bytes(b"\x00\x00\x08\x01" + b"\x00" * 12)
    hashed = []
    real = dataset_files._hash
    monkeypatch.setattr(dataset_files, "_hash", lambda p: hashed.append(p) or real(p))
    assert identify_file(path) is None and identify_file(path) is None
    assert hashed == [path]
