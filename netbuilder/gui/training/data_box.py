"""Choosing the dataset and its folder, downloading it, and a way forward when it is missing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from netbuilder.document.dataset_files import find_dataset_files, identify_idx_folder
from netbuilder.document.datasets import DATASETS, dataset_spec
from netbuilder.document.datasets import dataset_label as catalog_label
from netbuilder.document.two_d import is_two_d
from netbuilder.engine.data import default_data_dir, has_idx_files
from netbuilder.gui import language
from netbuilder.gui.dataset_words import dataset_title_text, progress_text
from netbuilder.gui.plain_text import escaped, rich
from netbuilder.gui.training import dialogs as dialogs
from netbuilder.gui.training.data_options import DataOptionsBox
from netbuilder.gui.training.data_params import DataParamsBox

DATASET_LABELS = {name: spec.label for name, spec in DATASETS.items()}
"""The catalog's names in English; shown through the "datasets" context (document.ts)."""


def dataset_label(name: str) -> str:
    """A dataset's name in the user's language; a folder or table of the user's: what it is."""
    if name in DATASET_LABELS:  # a 2-D dataset's label is a template: "{title} (2-D points)"
        return catalog_label(name, QCoreApplication.translate)
    if name.lower().endswith(".csv"):
        return QCoreApplication.translate("DataBox", "Table in {path}").format(path=name)
    if has_idx_files(Path(name)):
        return QCoreApplication.translate("DataBox", "IDX files in {path}").format(path=name)
    return QCoreApplication.translate("DataBox", "Images in {path}").format(path=name)


def dataset_present(name: str, folder: Path) -> bool:
    """Whether the files for `name` are in `folder` already (generated data always is)."""
    spec = dataset_spec(name)
    return spec is None or not spec.downloadable or find_dataset_files(name, folder) is not None


def _downloadable(name: str) -> bool:
    spec = dataset_spec(name)
    return spec is not None and spec.downloadable


class DataBox(QWidget):
    """Dataset combo, data folder with Browse, Download with progress, and a status line."""

    dataset_changed = Signal(str)
    download_requested = Signal(str, str)  # dataset name, folder
    synthetic_requested = Signal()

    def __init__(self, folder: str | Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dataset = QComboBox()
        for name in DATASET_LABELS:
            self.dataset.addItem(dataset_label(name), name)
        self.dataset.currentIndexChanged.connect(self._on_dataset)
        self.folder = QLineEdit(str(folder or default_data_dir()))
        self.folder.editingFinished.connect(self.refresh_status)
        self.images = QPushButton()
        self.images.clicked.connect(self._choose_images)
        self.table = QPushButton()
        self.table.clicked.connect(self._choose_table)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.download = QPushButton()
        self.download.clicked.connect(self._download)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.status = rich(QLabel())  # _say's HTML, user parts escaped
        self.status.setWordWrap(True)
        self.use_synthetic = QPushButton()
        self.use_synthetic.clicked.connect(self.synthetic_requested)
        self.use_synthetic.hide()
        self._missing: tuple[str, Path, Callable[[], str]] | None = None
        self._loaded: tuple[str, bool, int] | None = None  # what a run loaded, while it trains
        self.params = DataParamsBox()  # a 2-D dataset's points, noise, ...
        self.options = DataOptionsBox()  # a table's target and task, an image folder's size
        self.labels = {key: QLabel() for key in ("dataset", "own", "folder")}
        self._make_layout()
        self.retranslate()
        language.on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text again in the language now chosen; the choices and the folder stay."""
        for index in range(self.dataset.count()):
            self.dataset.setItemText(index, dataset_label(self.dataset.itemData(index)))
        self.folder.setToolTip(
            QCoreApplication.translate(
                "DataBox", "Where the downloadable datasets are kept (or downloaded to)"
            )
        )
        self.images.setText(QCoreApplication.translate("DataBox", "Image folder…"))
        self.images.setToolTip(
            QCoreApplication.translate(
                "DataBox",
                "Train on your own images: a folder with one subfolder of images per class "
                "(PNG, JPEG, BMP or WebP; train/ and test/ subfolders are used as the splits)",
            )
        )
        self.table.setText(QCoreApplication.translate("DataBox", "Table (CSV)…"))
        self.table.setToolTip(
            QCoreApplication.translate(
                "DataBox",
                "Train on a CSV table: a header row, number columns and a label column "
                "(named label, else the last); a numeric label with many values is a regression",
            )
        )
        self.browse.setText(QCoreApplication.translate("DataBox", "Browse…"))
        self.download.setText(QCoreApplication.translate("DataBox", "Download"))
        self.download.setToolTip(
            QCoreApplication.translate("DataBox", "Fetch the dataset into the data folder now")
        )
        self.use_synthetic.setText(
            QCoreApplication.translate("DataBox", "Train on synthetic digits instead")
        )
        self.use_synthetic.setToolTip(
            QCoreApplication.translate(
                "DataBox", "Generated digits: no download needed, but not real handwriting"
            )
        )
        self.labels["dataset"].setText(QCoreApplication.translate("DataBox", "Dataset"))
        self.labels["own"].setText(QCoreApplication.translate("DataBox", "Your data"))
        self.labels["folder"].setText(QCoreApplication.translate("DataBox", "Data folder"))
        if self._loaded is not None:
            self.show_loaded(*self._loaded)
        else:
            self.refresh_status()

    def _make_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.labels["dataset"], 0, 0)
        grid.addWidget(self.dataset, 0, 1, 1, 2)
        own = QHBoxLayout()  # the user's own data: a folder of images, or a table
        own.addWidget(self.images)
        own.addWidget(self.table)
        own.addStretch(1)
        grid.addWidget(self.labels["own"], 1, 0)
        grid.addLayout(own, 1, 1, 1, 2)
        grid.addWidget(self.labels["folder"], 2, 0)
        grid.addWidget(self.folder, 2, 1)
        grid.addWidget(self.browse, 2, 2)
        row = QHBoxLayout()
        row.addWidget(self.download)
        row.addWidget(self.progress, 1)
        grid.addLayout(row, 3, 0, 1, 3)
        grid.addWidget(self.status, 4, 0, 1, 3)
        grid.addWidget(self.use_synthetic, 5, 0, 1, 3)
        grid.addWidget(self.params, 6, 0, 1, 3)
        grid.addWidget(self.options, 7, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    # --- reading and showing -------------------------------------------------------------------

    def name(self) -> str:
        return self.dataset.currentData()

    def data_dir(self) -> Path:
        return Path(self.folder.text().strip() or default_data_dir()).expanduser()

    def set_dataset(self, name: str) -> None:
        """Show the project's dataset (a folder path gets its own entry); emits nothing."""
        index = self.dataset.findData(name)
        if index < 0:
            self.dataset.addItem(dataset_label(name), name)
            index = self.dataset.count() - 1
        self.dataset.blockSignals(True)
        self.dataset.setCurrentIndex(index)
        self.dataset.blockSignals(False)
        self.refresh_status()

    def refresh_status(self) -> None:
        name = self.name()
        self._loaded = None
        self.use_synthetic.hide()
        if self._missing is not None and (
            self._missing[:2] != (name, self.data_dir()) or dataset_present(name, self.data_dir())
        ):
            self._missing = None  # another dataset or folder, or the files are there now
        if self._missing is not None:
            self._say(escaped(self._missing[2]()), "#c62828")
            self.use_synthetic.show()
        elif name == "synthetic-digits":
            self._say(
                QCoreApplication.translate(
                    "DataBox",
                    "Generated on this computer, <b>not real handwriting</b>, but written in many "
                    "styles: LeNet-5 trained on them reads about 93% of real handwritten digits "
                    "(MNIST reaches 99%).",
                ),
                "#7a5a00",
            )
        elif is_two_d(name):
            self._say(
                QCoreApplication.translate(
                    "DataBox", "Generated x, y points: the network's input must be (2,)."
                ),
                None,
            )
        elif name == "sine":
            self._say(
                QCoreApplication.translate(
                    "DataBox",
                    "Generated points of y = sin(3x) + x/2 + noise: a regression. The input is "
                    "one x, the output one value; train with the mse or l1 loss.",
                ),
                None,
            )
        elif name.lower().endswith(".csv"):
            self._say(
                QCoreApplication.translate(
                    "DataBox",
                    "Reads the table {path}: its number columns are the input, the target column "
                    "what to predict.",
                ).format(path=escaped(name)),
                None,
            )
        elif _downloadable(name):
            self._say_files(name)
        elif has_idx_files(Path(name)):
            known = identify_idx_folder(Path(name))  # by checksums, not by the folder's name
            if known:
                text = QCoreApplication.translate(
                    "DataBox", "Reads the four IDX files in {path}: {title}, by their checksums."
                ).format(path=escaped(name), title=escaped(known.title))
            else:
                text = QCoreApplication.translate(
                    "DataBox", "Reads the four IDX files in {path}."
                ).format(path=escaped(name))
            self._say(text, None)
        else:
            self._say(
                QCoreApplication.translate(
                    "DataBox",
                    "Reads the images in {path}: one subfolder per class; the Input block takes "
                    "their shape. Decoded once, then cached in the data folder.",
                ).format(path=escaped(name)),
                None,
            )
        self.download.setEnabled(_downloadable(name))

    def _say_files(self, name: str) -> None:
        """Ready only when the files are the dataset's own, by the catalog's checksums."""
        spec, found = DATASETS[name], find_dataset_files(name, self.data_dir())
        if found is None:
            self._say(
                QCoreApplication.translate(
                    "DataBox",
                    "Not downloaded yet. Press Download (about {size}), or Start will download "
                    "it first.",
                ).format(size=spec.download_size),
                None,
            )
        elif found.refusal():
            self._say(escaped(found.refusal()), "#c62828")
        elif found.verified:
            self._say(
                QCoreApplication.translate("DataBox", "Ready: found in {folder}.").format(
                    folder=escaped(found.folder)
                ),
                "#2e7d32",
            )
        else:
            self._say(
                QCoreApplication.translate(
                    "DataBox",
                    "Found in {folder}, but these are not the published {title} files (their "
                    "checksums differ): they will be read as {title}.",
                ).format(folder=escaped(found.folder), title=spec.title),
                "#7a5a00",
            )

    def show_missing(self, message: str | Callable[[], str]) -> None:
        """The data could not be read or downloaded: say why and offer synthetic digits.

        The message (or how to say it, in the language of the moment) stays until the dataset
        or the folder changes.
        """
        text = message if callable(message) else (lambda: message)
        self._missing = (self.name(), self.data_dir(), text)
        self.refresh_status()

    def show_loaded(self, title: str, synthetic: bool, count: int) -> None:
        """What the run loaded: "Using MNIST: 60,000 training images." (until the status is
        refreshed)."""
        if synthetic:
            text = QCoreApplication.translate(
                "DataBox",
                "Using {title}: {count} training images — generated digits, not real handwriting.",
            )
        else:
            text = QCoreApplication.translate("DataBox", "Using {title}: {count} training images.")
        title_text = dataset_title_text(title)  # the engine's English title, in the language
        self.status.setText(text.format(title=escaped(title_text), count=f"{count:,}"))
        self._loaded = (title, synthetic, count)

    def show_progress(self, message: str, fraction: float) -> None:
        self.progress.show()
        if fraction < 0:
            self.progress.setRange(0, 0)  # busy: no fraction known
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(fraction * 1000))
        self.progress.setFormat(progress_text(message))  # the engine's words, in the language
        self.progress.setTextVisible(True)

    def hide_progress(self) -> None:
        self.progress.hide()
        self.refresh_status()

    def _say(self, html: str, colour: str | None) -> None:
        """Our HTML in the status line; every user part of it went through `escaped`."""
        style = f" style='color:{colour}'" if colour else ""
        self.status.setText(f"<span{style}>{html}</span>")

    def _on_dataset(self) -> None:
        self.refresh_status()
        self.dataset_changed.emit(self.name())

    def _browse(self) -> None:
        self.browse_folder()

    def browse_folder(self) -> None:
        """Ask for the data folder; a new folder is announced like a typed one."""
        title = QCoreApplication.translate("DataBox", "Data folder")
        folder = dialogs.ask_folder(self, title, str(self.data_dir()))
        if folder:
            self.folder.setText(folder)
            self.refresh_status()
            self.folder.editingFinished.emit()

    def _choose_images(self) -> None:
        start = self.name() if Path(self.name()).is_dir() else str(Path.home())
        title = QCoreApplication.translate("DataBox", "Image folder (one subfolder per class)")
        folder = dialogs.ask_folder(self, title, start)
        if folder and folder != self.name():
            self.set_dataset(folder)
            self.dataset_changed.emit(folder)

    def _choose_table(self) -> None:
        start = str(Path(self.name()).parent) if self.name().endswith(".csv") else str(Path.home())
        path = dialogs.ask_open_path(
            self,
            QCoreApplication.translate("DataBox", "Table (CSV)"),
            start,
            QCoreApplication.translate("DataBox", "CSV tables (*.csv)"),
        )
        if path and path != self.name():
            self.set_dataset(path)
            self.dataset_changed.emit(path)

    def _download(self) -> None:
        self.download_requested.emit(self.name(), str(self.data_dir()))
