"""The failures a user can cause and fix: shown as a message, never as a traceback."""

from netbuilder.document.analysis import InvalidNetworkError
from netbuilder.document.errors import DOCUMENT_ERRORS
from netbuilder.document.settings import SettingsError
from netbuilder.engine.checkpoint import CheckpointError
from netbuilder.engine.dataset import DataUnavailableError, WrongDataFilesError
from netbuilder.engine.devices import DeviceUnavailableError
from netbuilder.engine.model_export import ExportError
from netbuilder.engine.onnx_file import OnnxImportError
from netbuilder.engine.training_events import TrainingError

USER_ERRORS: tuple[type[Exception], ...] = (
    *DOCUMENT_ERRORS,
    CheckpointError,
    DataUnavailableError,
    DeviceUnavailableError,
    ExportError,
    OnnxImportError,
    TrainingError,
)

_FAILURES: tuple[tuple[type[Exception], str], ...] = (
    (WrongDataFilesError, "failed_wrong_data_files"),  # before DataUnavailableError, its base
    (DataUnavailableError, "failed_data_unavailable"),
    (TrainingError, "failed_training_stopped"),
    (InvalidNetworkError, "failed_invalid_network"),
    (DeviceUnavailableError, "failed_device_unavailable"),
    (SettingsError, "failed_invalid_settings"),
)


def failure_code(error: BaseException) -> str:
    """The message code (document/messages.py) that titles a run failed with `error`: front ends
    word it and branch on it, never on the title's words."""
    return next((code for kind, code in _FAILURES if isinstance(error, kind)), "failed_training")
