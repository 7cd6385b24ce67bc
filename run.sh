#!/usr/bin/env bash
# Install Clerk into .venv, ingest the demo corpus and serve the web chat on http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")"
source scripts/venv.sh
clerk ingest corpus/ || echo "some files were not ingested (see above); serving the rest" >&2
exec clerk serve --host "${CLERK_HOST:-127.0.0.1}" --port "${CLERK_PORT:-8000}"
