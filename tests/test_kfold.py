"""k-fold cross-validation: K runs on K folds that together cover the training set once."""

import json

import pytest
import torch

from netbuilder.cli.main import main
from netbuilder.document.settings import SettingsError
from netbuilder.engine.kfold import fold_datasets
from netbuilder.engine.synthetic_digits import synthetic_digits
from tests.idx_files import digit_splits, write_idx_folder
from tests.paths import EXAMPLES


def test_folds_hold_out_each_image_exactly_once():
    data = synthetic_digits(100, 10, seed=0)
    folds = fold_datasets(data, 3, seed=0)
    held = torch.cat([fold.test.images.flatten(1) for fold in folds])
    assert [len(f.test) for f in folds] == [34, 33, 33]
    assert all(len(f.train) + len(f.test) == 100 for f in folds)
    assert torch.equal(held.sort(0).values, data.train.images.flatten(1).sort(0).values)
    with pytest.raises(SettingsError, match="between 2"):
        fold_datasets(data, 1, seed=0)


def test_train_folds_prints_mean_and_std_and_writes_each_fold(tmp_path, capsys):
    folder = write_idx_folder(tmp_path / "digits", digit_splits(600, 100))
    metrics = tmp_path / "metrics.json"
    code = main(
        ["train", str(EXAMPLES / "logistic_regression.json"), "--dataset", str(folder)]
        + ["--epochs", "1", "--folds", "3", "--metrics-out", str(metrics)]
    )
    out = capsys.readouterr().out
    assert code == 0
    values = json.loads(metrics.read_text())
    accuracies = values["fold_accuracies"]
    assert len(accuracies) == 3 and all(0.2 < a <= 1 for a in accuracies)  # chance is 0.1
    mean, std = values["mean_accuracy"], values["std_accuracy"]
    assert mean == pytest.approx(sum(accuracies) / 3)
    assert f"validation accuracy: {mean:.2%} +- {std:.2%} over 3 folds" in out
    assert "fold 3/3: training on 400 images, validating on 200" in out


def test_folds_refuse_a_checkpoint(tmp_path, capsys):
    folder = write_idx_folder(tmp_path / "digits", digit_splits(60, 20))
    code = main(
        ["train", str(EXAMPLES / "logistic_regression.json"), "--dataset", str(folder)]
        + ["--folds", "3", "--checkpoint", str(tmp_path / "m.pt")]
    )
    assert code == 1 and "cannot go with --checkpoint" in capsys.readouterr().err
