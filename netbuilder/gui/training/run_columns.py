"""What the Runs table's columns say their numbers are, for the runs in it: a classification's
accuracy, a regression's R², an autoencoder's reconstruction error (MSE). Headers and tooltips
in English, shown through the "RunsTable" context."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

HEADERS = (
    QT_TRANSLATE_NOOP("RunsTable", "Run"),
    QT_TRANSLATE_NOOP("RunsTable", "Network"),
    QT_TRANSLATE_NOOP("RunsTable", "Parameters"),
    QT_TRANSLATE_NOOP("RunsTable", "Dataset"),
    QT_TRANSLATE_NOOP("RunsTable", "Changed since the run before"),
    QT_TRANSLATE_NOOP("RunsTable", "Train"),
    QT_TRANSLATE_NOOP("RunsTable", "Val."),
    QT_TRANSLATE_NOOP("RunsTable", "Test acc."),
    QT_TRANSLATE_NOOP("RunsTable", "Test R²"),
    QT_TRANSLATE_NOOP("RunsTable", "Baseline"),
    QT_TRANSLATE_NOOP("RunsTable", "Time"),
)
"""The columns' headers in English; shown through the "RunsTable" context."""
TEST = 7
PRESENTER_HIDDEN = frozenset({1, 2, 3, 5, 10})
"""Left out in presenter mode: the network's name, parameters, dataset, training score and time
(the class reads the run, what changed, its validation and test scores and the baselines)."""
"""The test score's column: accuracy, or a reconstruction's error (a regression's R² has its own)."""
TEST_HEADERS = {
    "classification": QT_TRANSLATE_NOOP("RunsTable", "Test acc."),
    "reconstruction": QT_TRANSLATE_NOOP("RunsTable", "Test MSE"),
    "mixed": QT_TRANSLATE_NOOP("RunsTable", "Test"),
}
"""The test column's header for the runs in the table: what its numbers are."""
SCORE_TIPS = {  # column -> the run's task -> what its number is (header tooltip and cell tooltip)
    5: {
        "classification": QT_TRANSLATE_NOOP("RunsTable", "Accuracy on the training data"),
        "regression": QT_TRANSLATE_NOOP(
            "RunsTable", "R² on the training data: the share of variance fitted"
        ),
        "reconstruction": QT_TRANSLATE_NOOP(
            "RunsTable",
            "Reconstruction error (MSE) on the training data: the mean squared difference "
            "between each pixel and its reconstruction; lower is better",
        ),
    },
    6: {
        "classification": QT_TRANSLATE_NOOP("RunsTable", "Accuracy on the validation data"),
        "regression": QT_TRANSLATE_NOOP("RunsTable", "R² on the validation data"),
        "reconstruction": QT_TRANSLATE_NOOP(
            "RunsTable", "Reconstruction error (MSE) on the validation data; lower is better"
        ),
    },
    7: {
        "classification": QT_TRANSLATE_NOOP(
            "RunsTable", "A classification's accuracy on the test set"
        ),
        "reconstruction": QT_TRANSLATE_NOOP(
            "RunsTable", "Reconstruction error (MSE) on the test set; lower is better"
        ),
    },
    8: {
        "regression": QT_TRANSLATE_NOOP(
            "RunsTable",
            "A regression's R² on the test set: 1 is a perfect fit, 0 no better than the mean",
        ),
    },
    9: {
        "classification": QT_TRANSLATE_NOOP(
            "RunsTable",
            "What the simplest models score on the same split: a linear model (logistic "
            "regression) and always the most common class",
        ),
        "regression": QT_TRANSLATE_NOOP(
            "RunsTable",
            "What the simplest models score on the same split: least squares and always the mean",
        ),
        "reconstruction": QT_TRANSLATE_NOOP(
            "RunsTable",
            "The reconstruction error (MSE) of always giving the mean training image, on the same "
            "test set",
        ),
    },
}
TASKS = ("classification", "regression", "reconstruction")


def header_labels(tasks: Iterable[str]) -> list[str]:
    """The headers in the user's language; the test column's names what the runs' scores are."""
    headers = [QCoreApplication.translate("RunsTable", header) for header in HEADERS]
    tested = [task for task in _shown(tasks) if task != "regression"]
    kind = tested[0] if len(tested) == 1 else "mixed" if tested else "classification"
    headers[TEST] = QCoreApplication.translate("RunsTable", TEST_HEADERS[kind])
    return headers


def header_tips(tasks: Iterable[str]) -> dict[int, str]:
    """Each score column's tooltip: one line per task among the runs."""
    shown = _shown(tasks)
    return {
        column: "\n".join(
            QCoreApplication.translate("RunsTable", tips[t]) for t in shown if t in tips
        )
        for column, tips in SCORE_TIPS.items()
    }


def score_tip(column: int, task: str) -> str:
    """What the number in this cell is, for this run's task ("" for a column without one)."""
    text = SCORE_TIPS.get(column, {}).get(task)
    return QCoreApplication.translate("RunsTable", text) if text else ""


def _shown(tasks: Iterable[str]) -> list[str]:
    present = set(tasks)
    return [task for task in TASKS if task in present] or ["classification", "regression"]
