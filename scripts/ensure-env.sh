# Sourced by ./run.sh and ./test.sh: make sure .venv matches uv.lock, needing nothing but python3.
set -eu
ROOT="$(cd "$(dirname "$0")" && pwd)"
cd "$ROOT"
if [ ! -x .uv/bin/uv ]; then
  echo "netbuilder: first run, installing uv into .uv/ ..." >&2
  python3 -m venv .uv
  .uv/bin/python -m pip install --quiet --disable-pip-version-check uv
fi
# --frozen: install exactly what uv.lock says; never re-resolve on a user's machine.
# --compile-bytecode once per uv.lock, as pip does at install: without .pyc files every process
# that imports torch (the app, each test, each training process) compiles it again, some 20 s on a
# small machine, and never keeps the result where PYTHONDONTWRITEBYTECODE is set.
if [ .venv/.compiled -nt uv.lock ]; then
  .uv/bin/uv sync --frozen --quiet
else
  .uv/bin/uv sync --frozen --quiet --compile-bytecode && touch .venv/.compiled
fi
