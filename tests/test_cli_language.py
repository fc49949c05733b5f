"""The command line speaks the language LANG / LANGUAGE ask for, without Qt or torch: the
summary's headings and problems, error lines and our options' help in Chinese under zh_CN and
zh_TW, English exactly as before under C and en_US."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests.paths import EXAMPLES, ROOT

BLOCKED = ("PySide6", "shiboken6", "pyqtgraph", "torch", "torchvision", "numpy")
RUN = textwrap.dedent(
    """
    import sys

    class Block:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked")

    sys.meta_path.insert(0, Block())
    from netbuilder.cli.main import main
    try:
        code = main(sys.argv[1:])
    except SystemExit as exit:
        code = exit.code
    sys.exit(code)
    """.replace("BLOCKED", repr(BLOCKED))
)


def netbuilder(language: str, *args: str) -> subprocess.CompletedProcess:
    """The command line in a fresh process under LANG=language, with Qt and torch blocked."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    environ.update(LANG=language, PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", RUN, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        cwd=ROOT,
        timeout=300,
    )
    assert "is blocked" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def broken_project(tmp_path):
    """LeNet-5 without its Flatten: the first Linear gets feature maps (an error)."""
    project = json.loads((EXAMPLES / "lenet5.json").read_text("utf-8"))
    del project["network"]["layers"][6]  # the Flatten
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(project), "utf-8")
    return path


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "zh_CN.UTF-8",
            ("输入：1 x 28 x 28", "层", "参数", "参数总数：61706", "每个样本的乘加次数"),
        ),
        (
            "zh_TW.UTF-8",
            ("輸入：1 x 28 x 28", "層", "參數", "參數總數：61706", "每個樣本的乘加次數"),
        ),
    ],
)
def test_summary_in_chinese(language, words):
    result = netbuilder(language, "summary", "lenet5")
    assert result.returncode == 0, result.stderr
    for word in words:
        assert word in result.stdout, result.stdout
    assert "Total parameters" not in result.stdout and "Input:" not in result.stdout
    assert "Conv2d 6@5x5 pad 2" in result.stdout  # layer names and numbers stay


def test_a_networks_problems_in_chinese(broken_project):
    result = netbuilder("zh_CN.UTF-8", "summary", str(broken_project))
    assert result.returncode == 1
    line = "错误：第 7 层（Linear）：Linear 需要形状为 (N, F) 的展平输入"
    assert line in result.stdout and "在它前面插入一个 Flatten" in result.stdout, result.stdout
    assert "expects" not in result.stdout


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("zh_CN.UTF-8", "netbuilder：错误：无法打开 "),
        ("zh_TW.UTF-8", "netbuilder：錯誤：無法打開 "),
        ("C", "netbuilder: error: Cannot open "),
        ("en_US.UTF-8", "netbuilder: error: Cannot open "),
    ],
)
def test_an_error_in_the_users_language(tmp_path, language, line):
    result = netbuilder(language, "summary", str(tmp_path / "missing.json"))
    assert result.returncode == 1
    assert result.stderr.startswith(line), result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_command_in_chinese():
    result = netbuilder("zh_CN.UTF-8", "summry")
    assert result.returncode == 1
    assert "未知命令 'summry'（你是想输入 'summary' 吗？）" in result.stderr, result.stderr


def test_help_of_our_options_in_chinese():
    result = netbuilder("zh_CN.UTF-8", "train", "--help")
    assert result.returncode == 0, result.stderr
    for text in ("训练设置", "学习率", "优化器", "CSV 的标签列", "用法：", "显示此帮助信息并退出"):
        assert text in result.stdout, result.stdout
    assert "--learning-rate" in result.stdout  # option names stay


@pytest.mark.parametrize("language", ["C", "en_US.UTF-8"])
def test_english_is_unchanged(language):
    result = netbuilder(language, "summary", "lenet5")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        "LeNet-5",
        "Input: 1 x 28 x 28",
        "  #  Layer                        Output           Parameters      Mult-adds",
    ]
    assert lines[-2:] == ["Multiply-adds per sample: 418,096", "Total parameters: 61706"]
    help_text = netbuilder(language, "train", "--help").stdout
    assert "training settings" in help_text and "Step size of each update" in help_text


def test_a_setting_out_of_range_on_the_command_line_in_chinese():
    result = netbuilder("zh_CN.UTF-8", "train", "lenet5", "--momentum", "2")
    assert result.returncode == 2
    assert "momentum 为 2；它必须不小于 0 且不大于 0.999" in result.stderr, result.stderr
    assert "netbuilder train：错误：" in result.stderr and "用法：netbuilder train" in result.stderr


def _errors():
    """An error of each kind the engine and the document raise for a user, made for real."""
    from netbuilder.document.settings import TrainingSettings
    from netbuilder.engine.checkpoint import load_checkpoint
    from netbuilder.engine.data import load_dataset
    from netbuilder.engine.devices import resolve_device

    def caught(action):
        try:
            action()
        except Exception as error:  # noqa: BLE001 - the error is what the test looks at
            return error
        raise AssertionError("no error")

    return {
        "checkpoint": caught(lambda: load_checkpoint("/nonexistent/model.pt")),
        "settings": caught(lambda: TrainingSettings(nesterov=True).check()),
        "data": caught(lambda: load_dataset("./no/such/folder", download=False)),
        "device": caught(lambda: resolve_device("tpu")),
    }


CHINESE = {
    "checkpoint": "无法打开检查点 /nonexistent/model.pt：文件不存在。",
    "settings": "nesterov 需要 sgd 优化器且动量大于 0",
    "data": "文件夹不存在：no/such/folder",
    "device": "'tpu' 不是设备名；请改选 cpu 或 auto。",
}
ENGLISH = {
    "checkpoint": "Cannot open checkpoint /nonexistent/model.pt: no such file.",
    "settings": "nesterov needs the sgd optimizer with a momentum above 0",
    "data": "No such folder: no/such/folder",
    "device": "Device 'tpu' is not a device name; choose cpu or auto instead.",
}


def test_the_engines_errors_carry_messages_the_command_line_translates(monkeypatch):
    from netbuilder.cli.words import error_text

    errors = _errors()
    for kind, error in errors.items():
        assert ENGLISH[kind] in str(error), (kind, str(error))  # str() stays English
        monkeypatch.setenv("LANG", "zh_CN.UTF-8")
        monkeypatch.delenv("LANGUAGE", raising=False)
        monkeypatch.delenv("LC_ALL", raising=False)
        monkeypatch.delenv("LC_MESSAGES", raising=False)
        assert CHINESE[kind] in error_text(error), (kind, error_text(error))
        monkeypatch.setenv("LANG", "C")
        assert ENGLISH[kind] in error_text(error)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("zh_CN.UTF-8", "resnet_small           小型 ResNet（2 个残差块）"),
        ("zh_TW.UTF-8", "resnet_small           小型 ResNet（2 個殘差塊）"),
        ("C", "resnet_small           Small ResNet (2 residual blocks)"),
    ],
)
def test_the_examples_are_listed_by_their_names_in_the_users_language(language, line):
    result = netbuilder(language, "examples")
    assert result.returncode == 0, result.stderr
    assert line in result.stdout.splitlines(), result.stdout
