"""Where the tests find things: the checkout, and the files the package ships (through the
package, as the app finds them), so that moving a folder is one edit here."""

from pathlib import Path

from netbuilder.document.bundled import EXAMPLES, LESSONS, TEMPLATES

ROOT = Path(__file__).resolve().parent.parent
"""The checkout (pyproject.toml, scripts/, tests/)."""

__all__ = ["EXAMPLES", "LESSONS", "ROOT", "TEMPLATES"]
