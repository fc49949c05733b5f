"""The training doctor: each problem made to happen on a small problem, and a healthy run."""

import json

import pytest
import torch

from netbuilder.cli.main import main
from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project, load_project
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.doctor import Diagnosis, Doctor, Fix
from netbuilder.engine.experiment import run_experiment
from netbuilder.engine.synthetic_digits import synthetic_digits
from netbuilder.engine.training_events import LossNotFiniteError
from tests.idx_files import digit_splits, write_idx_folder
from tests.paths import EXAMPLES


@pytest.fixture(scope="module")
def digits():
    return synthetic_digits(1500, 200, seed=0)


def network(hidden: str | None = "ReLU") -> Network:
    layers = [Layer("Flatten")]
    if hidden:
        layers += [Layer("Linear", {"out_features": 64}), Layer(hidden)]
    return Network([*layers, Layer("Linear", {"out_features": 10})], (1, 28, 28))


def diagnose(digits, net: Network, **changes) -> dict[str, Diagnosis]:
    settings = TrainingSettings(**{"device": "cpu", "epochs": 2, "batch_size": 32, **changes})
    doctor = Doctor(settings)
    try:
        run_experiment(Project(net, settings, "x", "x"), digits, doctor, report_interval=0.0)
    except LossNotFiniteError as error:
        doctor.failed(error)
    return {d.code: d for d in doctor.diagnoses()}


def test_a_healthy_run_raises_nothing(digits):
    found = diagnose(digits, network(), learning_rate=0.02, init="kaiming", epochs=3)
    assert found == {}


def test_nan_loss_says_lower_the_learning_rate(digits):
    found = diagnose(digits, network(None), loss="mse", learning_rate=0.1)
    assert "NaN" in found["loss_nan"].message
    assert found["loss_nan"].args == {"lr": 0.1}
    assert found["loss_nan"].fix.changes == {"learning_rate": pytest.approx(0.01)}
    assert found["loss_nan"].fix.code == "fix_lower_lr"


def test_a_diverging_loss_and_its_exploding_gradients(digits):
    found = diagnose(digits, network(None), loss="mse", learning_rate=0.042)
    assert "growing" in found["loss_diverging"].message
    assert found["loss_diverging"].fix.changes == {"learning_rate": pytest.approx(0.0042)}
    assert found["exploding_gradients"].layer == "2 Linear"


def test_a_flat_loss_suggests_a_bigger_learning_rate(digits):
    found = diagnose(digits, network(), learning_rate=1e-6)
    assert found["loss_flat"].fix.changes == {"learning_rate": pytest.approx(1e-5)}


def test_dead_relus_and_collapsed_predictions_name_the_layer(digits):
    found = diagnose(digits, network(), optimizer="adam", learning_rate=3.0)
    assert found["dead_relu"].layer == found["dead_relu"].args["layer"] == "3 ReLU"
    assert "units output 0 for every image" in found["dead_relu"].message
    assert found["dead_relu"].fix.changes == {"init": "kaiming"}
    assert "collapsed onto one class" in found["collapsed_predictions"].message


def test_saturated_sigmoid_units(digits):
    found = diagnose(digits, network("Sigmoid"), learning_rate=10.0)
    assert found["saturated"].layer == "3 Sigmoid"
    assert "flat ends" in found["saturated"].message


def test_vanishing_gradients_in_the_deep_sigmoid_stack(digits):
    project = load_project(EXAMPLES / "deep_sigmoid.json")
    found = diagnose(digits, project.network, epochs=1, batch_size=64)
    assert found["vanishing_gradients"].layer == "2 Linear"
    assert "ReLU" in found["vanishing_gradients"].message
    relu = load_project(EXAMPLES / "deep_relu.json")
    assert "vanishing_gradients" not in diagnose(digits, relu.network, epochs=1, init="kaiming")


def test_overfitting_on_a_few_images(digits):
    few = digits.__class__(**{**digits.__dict__, "train": digits.train.subset(torch.arange(120))})
    found = diagnose(
        few, network(), optimizer="adam", learning_rate=0.01, epochs=25, validation_fraction=0.5
    )
    assert "validation loss rose" in found["overfitting"].message
    assert found["overfitting"].fix.code == "fix_weight_decay_stop_early"
    assert found["overfitting"].fix.changes == {
        "weight_decay": pytest.approx(1e-4),
        "early_stopping_patience": 2,
    }


def test_train_prints_the_diagnoses_and_writes_them(tmp_path, capsys):
    folder = write_idx_folder(tmp_path / "digits", digit_splits(600, 100))
    project = json.loads((EXAMPLES / "logistic_regression.json").read_text())
    project["training"]["learning_rate"] = 1e-7
    path, metrics = tmp_path / "flat.json", tmp_path / "metrics.json"
    path.write_text(json.dumps(project))
    code = main(["train", str(path), "--dataset", str(folder), "--metrics-out", str(metrics)])
    out = capsys.readouterr().out
    assert code == 0
    assert "doctor: The loss is flat" in out and "Fix: Raise the learning rate to 1e-06." in out
    diagnoses = json.loads(metrics.read_text())["diagnoses"]
    assert diagnoses[0]["code"] == "loss_flat"
    assert diagnoses[0]["fix"]["changes"] == {"learning_rate": 1e-6}


def test_a_flat_trend_is_read_from_the_epochs_not_a_few_throttled_batch_reports():
    """The window reports a batch at most so often: five reports whose last is a short, lucky
    batch must not hide three epochs that did not move (a flaky test once caught this)."""
    from netbuilder.engine.doctor import Observations, diagnose
    from netbuilder.engine.training_events import EpochReport

    seen = Observations(batch_losses=[2.497, 2.519, 2.506, 2.513, 2.384])
    seen.epochs = [EpochReport(k, 3, loss, 0.08, None, None, 1e-7, 0.1)
                   for k, loss in enumerate((2.497, 2.507, 2.498), 1)]  # fmt: skip
    assert [d.code for d in diagnose(seen, TrainingSettings(learning_rate=1e-7))] == ["loss_flat"]


def test_a_finding_is_a_code_and_its_numbers_and_reads_as_before():
    fix = Fix("fix_weight_decay_stop_early", {"weight_decay": 1e-4}, {"weight_decay": 1e-4})
    args = {"best_loss": 0.41234, "best_epoch": 3, "loss": 0.6}
    finding = Diagnosis("overfitting", args, fix=fix, lesson="overfitting")
    assert finding.message == (
        "Overfitting: validation loss rose from 0.412 (epoch 3) to 0.6 while training loss kept "
        "falling: the network is memorising the training samples. Add Dropout or weight decay "
        "(L2), or stop early."
    )
    assert fix.label == "Add weight decay 0.0001 and stop early"
    as_json = finding.to_dict()
    assert as_json["code"] == "overfitting" and as_json["args"] == args
    assert as_json["fix"]["code"] == "fix_weight_decay_stop_early"
    assert as_json["message"] == finding.message


def test_a_fix_never_goes_below_the_least_learning_rate_the_settings_allow():
    """A tenth of 1e-7 would be refused by the settings: no fix is offered then."""
    from netbuilder.engine.doctor import Observations, diagnose

    seen = Observations(loss_not_finite=True)
    [finding] = diagnose(seen, TrainingSettings(learning_rate=1e-7))
    assert finding.code == "loss_nan" and finding.fix is None
    [finding] = diagnose(seen, TrainingSettings(learning_rate=1e-3))
    assert finding.fix.changes == {"learning_rate": pytest.approx(1e-4)}
