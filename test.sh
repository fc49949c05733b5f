#!/bin/sh
# Run the whole test suite (sets itself up on first run). Arguments go to pytest.
. "$(dirname "$0")/scripts/ensure-env.sh"
exec .venv/bin/python -m pytest "$@"
