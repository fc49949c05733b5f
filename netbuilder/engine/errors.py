"""The failures a user can cause and fix: shown as a message, never as a traceback."""

from netbuilder.document.errors import DOCUMENT_ERRORS
from netbuilder.engine.checkpoint import CheckpointError
from netbuilder.engine.dataset import DataUnavailableError
from netbuilder.engine.devices import DeviceUnavailableError
from netbuilder.engine.model_export import ExportError
from netbuilder.engine.training_events import TrainingError

USER_ERRORS: tuple[type[Exception], ...] = (
    *DOCUMENT_ERRORS,
    CheckpointError,
    DataUnavailableError,
    DeviceUnavailableError,
    ExportError,
    TrainingError,
)
