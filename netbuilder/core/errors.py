"""The failures a user can cause and fix: shown as a message, never as a traceback."""

from netbuilder.core.analysis import InvalidNetworkError
from netbuilder.core.checkpoint import CheckpointError
from netbuilder.core.data import DataUnavailableError
from netbuilder.core.devices import DeviceUnavailableError
from netbuilder.core.project import ProjectError
from netbuilder.core.settings import SettingsError
from netbuilder.core.training import TrainingError

USER_ERRORS: tuple[type[Exception], ...] = (
    ProjectError,
    InvalidNetworkError,
    CheckpointError,
    DataUnavailableError,
    DeviceUnavailableError,
    SettingsError,
    TrainingError,
    OSError,
)
