#!/usr/bin/env bash
# Install Clerk into .venv, ingest the demo corpus and serve the web chat on http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")"
host=${CLERK_HOST:-127.0.0.1}
port=${CLERK_PORT:-8000}
source scripts/venv.sh
# Say so at once if the port is taken, before spending a minute on the ingest.
if ! python -c "import socket,sys; s=socket.socket(); s.bind((sys.argv[1], int(sys.argv[2]))); s.close()" "$host" "$port" 2>/dev/null; then
  echo "clerk: port $port on $host is already in use; set CLERK_PORT to another port (e.g. CLERK_PORT=8001 ./run.sh)" >&2
  exit 1
fi
echo "clerk: ingesting the demo corpus (corpus/)" >&2
clerk ingest corpus/ || echo "clerk: some files were not ingested (see above); serving the rest" >&2
exec clerk serve --host "$host" --port "$port"
