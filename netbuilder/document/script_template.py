"""The text of the exported training script; `script_export` fills in the project's values.

Every `$name` is replaced by a Python literal made with repr() or by generated code, never by raw
text from the project, so no project name or setting can break out of a string.
"""

from pathlib import Path
from string import Template

# The script itself is a file of its own, so that its imports are not this pure module's.
SCRIPT = Template(
    (Path(__file__).with_name("train_script.py.template")).read_text(encoding="utf-8")
)
