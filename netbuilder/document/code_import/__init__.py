"""Read PyTorch code into a network, never running it (issue 24): see `reader.read_code`."""

from netbuilder.document.code_import.context import CodeImportError
from netbuilder.document.code_import.reader import (
    MOST_CHARACTERS,
    CodeImport,
    read_code,
    read_code_file,
)

__all__ = ["MOST_CHARACTERS", "CodeImport", "CodeImportError", "read_code", "read_code_file"]
