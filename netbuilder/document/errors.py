"""The document's failures a user can cause and fix: shown as a message, never as a traceback."""

from netbuilder.document.analysis import InvalidNetworkError
from netbuilder.document.code_import import CodeImportError
from netbuilder.document.project import ProjectError
from netbuilder.document.settings import SettingsError
from netbuilder.document.two_d import DataParamError

DOCUMENT_ERRORS: tuple[type[Exception], ...] = (
    ProjectError,
    InvalidNetworkError,
    SettingsError,
    DataParamError,
    CodeImportError,
    OSError,
)
