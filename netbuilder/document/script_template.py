"""The text of the exported training script; `script_export` fills in the project's values.

Every `$name` is replaced by a Python literal made with repr() or by generated code, never by raw
text from the project, so no project name or setting can break out of a string.
"""

from string import Template

from netbuilder.document.bundled import TEMPLATES

# The script is a resource of its own (beside the lessons and examples the app ships), so its
# imports of torch are never this pure module's.
TEMPLATE = TEMPLATES / "train_script.py.template"
SCRIPT = Template(TEMPLATE.read_text(encoding="utf-8"))
