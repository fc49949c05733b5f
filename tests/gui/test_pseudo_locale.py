"""Under a pseudo translation that wraps every translated text in ⟦ ⟧, the window, every dock,
lesson, explorer, presenter mode and Help show no words outside the marks other than names: a
word left outside is a string that never went through the translation (it would stay English in
Chinese)."""

from __future__ import annotations

import dataclasses
import html
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pyqtgraph as pg
import PySide6
import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

from netbuilder.document.bundled import TRANSLATIONS
from netbuilder.document.catalog import CATALOG
from netbuilder.document.datasets import DATASETS
from netbuilder.document.lesson import lesson_files
from netbuilder.document.network import Layer, Network
from netbuilder.document.project import Project
from netbuilder.document.settings import TrainingSettings
from netbuilder.engine.synthetic_digits import DIGIT_STROKES, synthetic_digits
from netbuilder.gui import commands, language
from netbuilder.gui.builder.block_item import BlockItem
from netbuilder.gui.builder.code_view import CodeView
from netbuilder.gui.dataset_words import dataset_title_text
from netbuilder.gui.main_window import MainWindow
from netbuilder.gui.predict.integration import attach_prediction
from netbuilder.gui.recovery import Recovered
from netbuilder.gui.training.controller import State
from netbuilder.gui.training.runs import SHORT_NAMES
from tests.paths import EXAMPLES, LESSONS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

OPEN, CLOSE = "⟦", "⟧"
FILL, FILLED = "⟪", "⟫"
"""Around a translated text, and around each blank of it ({name}, %n): what fills a blank shows
between ⟪ ⟫, so a name that was never translated shows up even inside a translated sentence."""
BLANK = re.compile(r"\{\w*(?:[:!][^{}]*)?\}|%n")
WORD = re.compile(r"[A-Za-z][A-Za-z']+")

# Words that may show outside the marks, each a name that stays as it is in every language.
NAMES = {
    *CATALOG,  # the layer types, as PyTorch spells them (Conv2d, ReLU)
    *{word for layer in CATALOG for word in WORD.findall(layer)},
    "netbuilder",  # the app's name
    *{word for name in DATASETS for word in WORD.findall(name)},  # a dataset's id, as the
    # project file and the command line name it ("synthetic-digits" in the Runs table)
    *("MAE", "RMSE"),  # a regression's error measures, by their abbreviations (as R²)
    *("MNIST", "Fashion", "Kuzushiji", "CIFAR"),  # the datasets' names: "MNIST test set"
    *("SGD", "Adam", "AdamW", "RMSprop", "Adagrad"),  # torch.optim's names (the Optimizer box)
    *("torch", "Qt", "PySide", "Python"),  # About: the parts and their versions
    "MB",  # a download's size: "about 12 MB"
    "English",  # View > Language names each language in its own words
    *("Himmelblau", "Rosenbrock", "Beale"),  # the playground's test functions, named for people
    *("sgd", "nesterov", "adagrad", "rmsprop", "adam", "adamw"),  # torch.optim's, as the CLI's
}
"""Plus, found at run time: the example projects' names and the user's project's name."""
TORCH_ARGUMENTS = {
    *{w for t in CATALOG.values() for p in t.params for w in WORD.findall(p.name)},
    *{w for t in CATALOG.values() for p in t.params for c in p.choices for w in WORD.findall(c)},
    *("in", "features", "channels", "num"),  # what the input decides: in_features, in_channels
}
"""A layer's arguments (kernel_size, negative_slope) and their choices (approximate="tanh"), as
PyTorch names them: the Inspector and the blocks show them so, as the code does."""
NAMES_THERE = {  # words that are names in one view only: (a widget's class there, its words)
    "Inspector": TORCH_ARGUMENTS,
    # a block's key arguments: "alpha=1.0", and "6@5x5 pad 2" (the issue keeps it)
    "CanvasView": {*TORCH_ARGUMENTS, "pad"},
    # the Runs table's changes are the runs file's record, naming a setting by its key in the
    # project file: "lr 0.01 → 0.05", "epochs 1 → 50"
    "RunsTable": {
        *{word for key in TrainingSettings().to_dict() for word in WORD.findall(key)},
        *SHORT_NAMES.values(),
    },
    # One step names a layer's parameters as torch does, as in the code it shows: weight.grad
    "LayerMaps": {"weight", "bias"},
}


def _pseudo_ts(sources: list[Path], target: Path) -> None:
    """One .ts whose every translation is its source inside the marks (numerus forms too)."""
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    for source in sources:
        for context in ET.parse(source).getroot().iter("context"):
            copy = ET.SubElement(root, "context")
            ET.SubElement(copy, "name").text = context.findtext("name")
            for message in context.iter("message"):
                text = message.findtext("source") or ""
                new = ET.SubElement(copy, "message", message.attrib)
                ET.SubElement(new, "source").text = text
                if message.find("comment") is not None:
                    ET.SubElement(new, "comment").text = message.findtext("comment")
                translation = ET.SubElement(new, "translation")
                marked = OPEN + BLANK.sub(lambda m: FILL + m[0] + FILLED, text) + CLOSE
                if message.get("numerus") == "yes":
                    ET.SubElement(translation, "numerusform").text = marked
                else:
                    translation.text = marked
    ET.ElementTree(root).write(target, encoding="utf-8", xml_declaration=True)


class Pseudo:
    """The pseudo translation, compiled by Qt's lrelease; `install()` shows the app in it."""

    def __init__(self, folder: Path) -> None:
        ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
        _pseudo_ts(sorted((TRANSLATIONS / "zh_CN").glob("*.ts")), ts)
        lrelease = Path(PySide6.__file__).parent / "lrelease"  # as gui/language.py finds it
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
        self.translator = QTranslator()
        assert self.translator.load(str(qm))

    def install(self) -> None:
        language.apply_language("en")  # no other translation of ours beside it
        QCoreApplication.installTranslator(self.translator)

    def remove(self) -> None:
        QCoreApplication.removeTranslator(self.translator)
        language.apply_language("en")  # other tests read English


@pytest.fixture
def pseudo(tmp_path):
    """The pseudo translation, made; installed by the test or by `pseudo_translation`."""
    made = Pseudo(tmp_path)
    try:
        yield made
    finally:
        made.remove()


@pytest.fixture
def pseudo_translation(pseudo):
    """The pseudo translation installed before the window is made (as LANG chooses a language)."""
    pseudo.install()


PATH = re.compile(r"[^\s⟦⟧⟪⟫]*/[^\s⟦⟧⟪⟫]*|[^\s⟦⟧⟪⟫]+\.(json|csv|png|pt|onnx|py|gz|ubyte)\b")
"""A file's path or name, which stays as the user's files are called."""


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = re.sub(r"<[^>]*>", " ", text)
    return PATH.sub(" ", html.unescape(text).replace("&", ""))


def unmarked_words(text: str) -> list[str]:
    """The words of `text` outside every ⟦…⟧, and those filled into a translated template's
    blanks (⟪…⟫) unless they are marked themselves: "⟦⟪Spiral arms⟫: x, y points⟧" gives
    ["Spiral", "arms"], "⟦Undo ⟪⟦Add⟧ ReLU⟫⟧" gives ["ReLU"]."""
    text = _plain(text)
    filled: list[str] = []
    innermost = re.compile(f"([{OPEN}{FILL}])([^{OPEN}{CLOSE}{FILL}{FILLED}]*)[{CLOSE}{FILLED}]")

    def collect(match: re.Match) -> str:
        if match[1] == FILL:
            filled.extend(WORD.findall(match[2]))
        return "\0"

    while True:
        stripped = innermost.sub(collect, text)
        if stripped == text:
            break
        text = stripped
    return WORD.findall(text) + filled


class Texts:
    """Every text a user can read in the window, by where it is shown."""

    def __init__(self) -> None:
        self.found: dict[str, str] = {}  # text -> where first seen

    def add(self, where: str, text: object) -> None:
        if isinstance(text, str) and text and text not in self.found:
            self.found[text] = where

    def menu(self, where: str, menu: QMenu) -> None:
        menu.aboutToShow.emit()  # menus filled when they open (Open Recent, Lessons)
        self.add(f"{where} title", menu.title())
        for action in menu.actions():
            self.add(f"{where} > action", action.text())
            self.add(f"{where} > {action.text()} tip", action.toolTip())
            self.add(f"{where} > {action.text()} status tip", action.statusTip())
            if action.menu() is not None:
                self.menu(f"{where} > {action.text()}", action.menu())

    def widget(self, widget: QWidget) -> None:
        where = _place(widget)
        if not widget.isVisible():
            return
        if widget.isWindow() or isinstance(widget, QDockWidget):
            self.add(f"{where} window title", widget.windowTitle())
        self.add(f"{where} tooltip", widget.toolTip())
        if isinstance(widget, QLabel):
            self.add(where, widget.text())
        elif isinstance(widget, QAbstractButton):
            self.add(where, widget.text())
        elif isinstance(widget, QGroupBox):
            self.add(where, widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                self.add(f"{where} tab", widget.tabText(index))
                self.add(f"{where} tab tip", widget.tabToolTip(index))
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                self.add(f"{where} item", widget.itemText(index))
            self.add(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QLineEdit):
            self.add(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QAbstractSpinBox):
            for name in ("prefix", "suffix"):
                self.add(f"{where} {name}", getattr(widget, name, lambda: "")())
            self.add(f"{where} special", widget.specialValueText())
        elif isinstance(widget, QTextEdit) and not _in_code_view(widget):
            self.add(where, widget.toPlainText())
            self.add(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QToolBar):
            self.add(f"{where} title", widget.windowTitle())
            for action in widget.actions():
                self.add(f"{where} action", action.iconText())
                self.add(f"{where} action tip", action.toolTip())
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                self.add(f"{where} tab", widget.tabText(index))
        if isinstance(widget, QAbstractItemView):
            self.model(where, widget)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            self.scene(where, widget)

    def model(self, where: str, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None:
            return
        top = QModelIndex()
        for column in range(_columns(model, top)):
            display = Qt.ItemDataRole.DisplayRole
            self.add(
                f"{where} header", model.headerData(column, Qt.Orientation.Horizontal, display)
            )
            tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            self.add(f"{where} header tip", tip)
        rows = [(model.index(row, 0, top), row) for row in range(min(model.rowCount(top), 100))]
        while rows:
            first, row = rows.pop()
            for column in range(_columns(model, first.parent())):
                index = model.index(row, column, first.parent())
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        self.add(f"{where} cell", value)
            rows += [(model.index(r, 0, first), r) for r in range(min(model.rowCount(first), 50))]

    def scene(self, where: str, view: QGraphicsView) -> None:
        for item in view.scene().items():
            if not item.isVisible():
                continue
            self.add(f"{where} item tip", item.toolTip())
            if isinstance(item, QGraphicsTextItem):
                self.add(f"{where} text", item.toPlainText())
            elif isinstance(item, QGraphicsSimpleTextItem):
                self.add(f"{where} text", item.text())
            elif isinstance(item, BlockItem):
                content = item.content
                for text in (content.detail or content.category_text, content.params_text):
                    self.add(f"{where} block", text)
                self.add(f"{where} block", content.shape_text)
            if isinstance(item, pg.PlotItem):
                self.add(f"{where} plot title", item.titleLabel.text)
                for name in ("left", "bottom", "right", "top"):
                    axis = item.getAxis(name)
                    if axis.isVisible() and axis.label.isVisible():
                        self.add(f"{where} axis", axis.labelText)


def _place(widget: QWidget) -> str:
    """The widget's class and the classes of the app's own widgets around it."""
    chain, parent = [], widget
    while parent is not None and len(chain) < 4:
        name = type(parent).__name__
        if parent is widget or not name.startswith("Q"):
            chain.append(name + (f"#{parent.objectName()}" if parent.objectName() else ""))
        parent = parent.parentWidget()
    return " in ".join(chain)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _in_code_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, CodeView):
            return True  # the Python code the network is: code stays code
        parent = parent.parentWidget()
    return False


def collect(window: MainWindow, texts: Texts) -> None:
    for action in window.menuBar().actions():
        if action.menu() is not None:
            texts.menu("menu", action.menu())
    texts.add("status bar", window.statusBar().currentMessage())
    for widget in QApplication.allWidgets():
        if isinstance(widget, QMenu):
            continue  # walked above, open or not
        texts.widget(widget)


def names(window: MainWindow) -> set[str]:
    """The projects' and datasets' own names, which no language changes."""
    found = set(NAMES)
    for path in Path(EXAMPLES).glob("*.json"):
        found.update(WORD.findall(json.loads(path.read_text()).get("name", "")))
    for path in lesson_files(LESSONS):  # a lesson may name its project itself
        lesson_project = json.loads(path.read_text()).get("project")
        if isinstance(lesson_project, dict):
            found.update(WORD.findall(lesson_project.get("name", "")))
    found.update(WORD.findall(Path(window.document.path or "").name))
    found.update(WORD.findall(window.document.project.name))  # the user's own project name
    return found


def _inspect_modal(found: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        found += [box.windowTitle(), box.text(), box.informativeText()]
        found += [button.text() for button in box.buttons()]
        box.reject()
    else:
        QTimer.singleShot(10, lambda: _inspect_modal(found))


def test_every_visible_text_goes_through_the_translation(pseudo_translation, window, qtbot):
    qtbot.waitUntil(lambda: window.feature("training") is not None, timeout=20000)
    texts = Texts()
    every_dock(window, texts)
    for action in (window.how_to_action, window.shortcuts_action, window.about_action):
        action.trigger()
    explore = window.feature("explore")
    explore.show_playground()
    explore.show_activations()
    collect(window, texts)
    lessons = window.feature("lessons")
    for path in lesson_files(LESSONS):
        lessons.open_lesson(path)
        texts.add(f"lesson {path.name}", lessons.panel.plain_text())
        collect(window, texts)
    window.feature("presenter").action.trigger()
    collect(window, texts)
    window.feature("presenter").leave()
    asked: list[str] = []
    QTimer.singleShot(0, lambda: _inspect_modal(asked))
    MainWindow.ask_save_changes(window)
    QTimer.singleShot(0, lambda: _inspect_modal(asked))
    MainWindow.ask_restore(window, Recovered(Path("r.json"), Project(), None, 1.8e9))
    assert any("Restore" in text for text in asked), "both boxes were read"
    for text in asked:
        texts.add("Unsaved changes and Restore boxes", text)
    assert_all_marked(window, texts)


def test_every_layer_type_s_inspector_and_problems_go_through_the_translation(
    pseudo_translation, window, qtbot
):
    """Each layer type appended and selected: its parameters in the Inspector, its block, and
    the problems and hints it brings."""
    texts = Texts()
    inspector = window.dock("builder.inspector")
    inspector.show()
    inspector.raise_()
    for type_id in CATALOG:
        window.append_layer(type_id)
        for widget in [inspector, *inspector.findChildren(QWidget)]:
            texts.widget(widget)
    every_dock(window, texts)
    assert_all_marked(window, texts)


def test_after_training_with_folds_every_text_goes_through_the_translation(
    pseudo_translation, window, qtbot
):
    """A trained 2-D lesson: the Runs table's fold rows, the plots' legends, the decision
    regions, the evaluation and the run bar's results."""
    qtbot.waitUntil(lambda: window.feature("training") is not None, timeout=20000)
    assert window.feature("lessons").open_lesson(LESSONS / "01-linear-vs-relu.json") is not None
    training = dataclasses.replace(window.document.project.training, epochs=2, folds=2)
    commands.change_training(window.document, training)
    texts = Texts()
    with qtbot.waitSignal(window.feature("training").model_trained, timeout=60_000):
        assert window.feature("training").panel.start()
    qtbot.waitUntil(lambda: window.feature("training").state == State.IDLE, timeout=60_000)
    every_dock(window, texts)
    texts.add("run bar progress", window.run_bar.progress.format())
    assert_all_marked(window, texts)


def test_a_digit_network_trained_twice_drawn_on_and_evaluated_shows_every_text_marked(
    pseudo_translation, window, qtbot
):
    """Predict with a drawn digit and a layer's activations, Evaluation with a cell's images,
    Step, and the Runs table's second run (what changed)."""
    qtbot.waitUntil(lambda: window.feature("training") is not None, timeout=20000)
    network = Network([Layer("Flatten"), Layer("Linear", {"out_features": 10})], (1, 28, 28))
    settings = TrainingSettings(batch_size=50, epochs=1, learning_rate=0.01, device="cpu")
    window.document.reset(Project(network, settings, "synthetic-digits", "tiny"), None)
    digits = synthetic_digits(300, 100, seed=3)
    training = window.feature("training")
    for rate in (0.01, 0.05):
        changed = dataclasses.replace(window.document.project.training, learning_rate=rate)
        commands.change_training(window.document, changed)
        with qtbot.waitSignal(training.model_trained, timeout=60_000):
            assert training.panel.start(dataset=digits)
        qtbot.waitUntil(lambda: training.state == State.IDLE, timeout=60_000)
    predict = window.feature("predict")
    predict.panel.pad.add_stroke(DIGIT_STROKES[7][0])
    predict.show_activations_for(1)
    predict.evaluation_panel.select_cell(7, 7)
    texts = Texts()
    every_dock(window, texts)
    texts.add("run bar progress", window.run_bar.progress.format())
    long_run = dataclasses.replace(window.document.project.training, epochs=50)
    commands.change_training(window.document, long_run)
    with qtbot.waitSignal(training.batch_reported, timeout=60_000):
        assert training.panel.start(dataset=digits)
    training.run_actions.pause.trigger()  # paused, one step taken: the One step view
    with qtbot.waitSignal(training.step_taken, timeout=60_000):
        training.run_actions.step.trigger()
    every_dock(window, texts)
    texts.add("run bar progress", window.run_bar.progress.format())
    asked: list[str] = []
    QTimer.singleShot(0, lambda: _inspect_modal(asked))
    guard = training.close_guard
    type(guard).ask_stop(guard)  # closing while a run is going asks first
    assert any("Keep training" in text for text in asked), "the box was read"
    for text in asked:
        texts.add("Training is running box", text)
    training.run_actions.stop.trigger()
    qtbot.waitUntil(lambda: training.state == State.IDLE, timeout=60_000)
    assert_all_marked(window, texts)


def test_a_regression_trained_shows_every_text_marked(pseudo_translation, window, qtbot):
    """The fit view and a regression's scores (R², MAE)."""
    qtbot.waitUntil(lambda: window.feature("training") is not None, timeout=20000)
    window.load_preset(EXAMPLES / "regression.json")
    training = window.feature("training")
    changed = dataclasses.replace(window.document.project.training, epochs=2)
    commands.change_training(window.document, changed)
    with qtbot.waitSignal(training.model_trained, timeout=60_000):
        assert training.panel.start()
    qtbot.waitUntil(lambda: training.state == State.IDLE, timeout=60_000)
    texts = Texts()
    every_dock(window, texts)
    texts.add("run bar progress", window.run_bar.progress.format())
    assert_all_marked(window, texts)


def every_dock(window: MainWindow, texts: Texts) -> None:
    for dock in window.features.docks().values():
        dock.show()
        dock.raise_()  # a tab among others: its page shows
        collect(window, texts)


def assert_all_marked(window: MainWindow, texts: Texts) -> None:
    allowed = names(window)
    qt_own = _standard_buttons()
    native = QKeySequence.SequenceFormat.NativeText
    shortcuts = {k.toString(native) for a in window.findChildren(QAction) for k in a.shortcuts()}
    # Qt names the keys in its own words (Ctrl+S, and keys such as "Zoom In", "Save")
    keys = re.compile("|".join(f"(?<![A-Za-z]){re.escape(k)}(?![A-Za-z])" for k in shortcuts if k))
    qt_own = {t.replace("&", "") for t in qt_own}
    left = {}
    for text, where in texts.found.items():
        here = allowed.union(*(words for view, words in NAMES_THERE.items() if view in where))
        words = unmarked_words(keys.sub(" ", text))
        if text.replace("&", "") not in qt_own and any(word not in here for word in words):
            left[text] = where
    report = "\n".join(f"{where}: {text!r}" for text, where in sorted(left.items()))
    assert not left, f"{len(left)} texts without the translation's mark:\n{report}"


def _standard_buttons() -> set[str]:
    """Qt's own buttons (OK, Close, Save…): Qt's translations translate them."""
    box = QDialogButtonBox()
    for button in QDialogButtonBox.StandardButton:
        if button != QDialogButtonBox.StandardButton.NoButton:
            box.addButton(button)
    return {button.text() for button in box.buttons()}


def test_the_mark_finder_sees_words_outside_marks_only():
    assert unmarked_words("⟦Undo ⟦Add⟧ ReLU⟧") == []
    assert unmarked_words("⟦Epoch 3/10⟧ — loss 0.3") == ["loss"]
    assert unmarked_words("<b>⟦Try:⟧</b> Draw") == ["Draw"]
    assert unmarked_words("⟦⟪Spiral arms⟫: x, y points⟧") == ["Spiral", "arms"]
    assert unmarked_words("⟦⟪⟦Spiral arms⟧⟫: x, y points⟧") == []
    assert unmarked_words("⟦Undo ⟪⟦Add⟧ ReLU⟫⟧") == ["ReLU"]


def test_the_pseudo_translation_marks_the_window(pseudo_translation, window):
    assert window.menus["file"].title() == "⟦&File⟧"
    assert window.feature("presenter").action.text() == "⟦&Presenter Mode⟧"


def test_before_torch_loads_every_text_goes_through_the_translation(
    pseudo_translation, builder_window
):
    """The stand-ins that keep the run bar's and the training docks' places while torch loads."""
    texts = Texts()
    collect(builder_window, texts)
    assert_all_marked(builder_window, texts)


def test_switching_live_to_the_pseudo_translation_leaves_no_text_behind(window, qtbot, pseudo):
    """Made in English, then switched (View > Language): every view re-sets its texts."""
    qtbot.waitUntil(lambda: window.feature("training") is not None, timeout=20000)
    window.feature("explore").show_playground()
    window.feature("explore").show_activations()
    window.feature("lessons").open_lesson(LESSONS / "01-linear-vs-relu.json")
    for dock in window.features.docks().values():
        dock.show()
    pseudo.install()
    qtbot.waitUntil(lambda: window.menus["file"].title() == "⟦&File⟧")  # LanguageChange is posted
    texts = Texts()
    every_dock(window, texts)
    assert_all_marked(window, texts)


ENGINE_PROGRESS = (  # what the engine says while it loads data (engine/data.py, remote/runner.py)
    "Loading mnist…",
    "Loaded Synthetic digits (generated, not MNIST)",
    "Loaded Spiral arms (classes 3, points 200, noise 0.2, test_fraction 0.25, seed 0)",
    "Downloading MNIST: train-images-idx3-ubyte.gz",
    "Downloaded Fashion-MNIST: t10k-labels-idx1-ubyte.gz",
    "Downloading CIFAR-10 (170 MB)…",
    "Decoding images: 3 of 40",
)


def test_the_engine_s_progress_while_loading_data_reads_in_the_language(
    pseudo, pseudo_translation, window, qtbot
):
    qtbot.waitUntil(lambda: window.feature("training") is not None, timeout=20000)
    data = window.feature("training").panel.data
    texts = Texts()
    for message in ENGINE_PROGRESS:
        data.show_progress(message, 0.5)
        texts.add("data progress", data.progress.format())
    assert_all_marked(window, texts)
    pseudo.remove()
    data.show_progress(ENGINE_PROGRESS[0], -1)
    assert data.progress.format() == "Loading mnist…", "English reads as the engine wrote it"


ENGINE_TITLES = (  # how the engine names the data a model was trained on (kept in model files)
    "Synthetic digits (generated, not MNIST)",
    "Spiral arms (classes 3, points 200, noise 0.2, test_fraction 0.25, seed 0)",
    "Two moons (points 200, noise 0.1, test_fraction 0.25, seed 0), fold 2/3 held out",
    "sine: y = sin(3x) + x/2 + noise",
    "images in x9 (3x32x32)",  # the user's folder, file and column names stay as written:
    "iris.csv (4 features → y, classification)",  # here a letter, which the check passes
    "MNIST from /data/mnist",
    "IDX files from /data/mine",
)


def test_the_data_a_model_was_trained_on_reads_in_the_language(pseudo_translation, window):
    texts = Texts()
    for title in ENGINE_TITLES:
        texts.add("dataset title", dataset_title_text(title))
    assert_all_marked(window, texts)


def test_a_window_without_a_file_menu_names_its_model_menu_in_the_language(qtbot, pseudo):
    """The Predict feature in a window of its own puts Load model in a Model menu."""
    window = QMainWindow()
    qtbot.addWidget(window)
    attach_prediction(window)
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() is not None)
    assert menu.title() == "&Model"
    pseudo.install()
    qtbot.waitUntil(lambda: menu.title() == "⟦&Model⟧")
