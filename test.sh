#!/bin/sh
# Run the whole test suite (sets itself up on first run). Arguments go to pytest.
# The tests run on every core (pytest-xdist); `-n 0` after it runs them in this one process.
. "$(dirname "$0")/scripts/ensure-env.sh"
exec .venv/bin/python -m pytest -n "${NETBUILDER_TEST_WORKERS:-auto}" "$@"
