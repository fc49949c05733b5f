#!/bin/sh
# Launch netbuilder (sets itself up on first run). Arguments go to the app: ./run.sh --help
. "$(dirname "$0")/scripts/ensure-env.sh"
exec .venv/bin/netbuilder "$@"
