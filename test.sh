#!/usr/bin/env bash
# Install Clerk with its test tools into .venv and run every test (pass pytest options through, e.g. -x or -k).
set -euo pipefail
cd "$(dirname "$0")"
CLERK_EXTRAS=test,llm source scripts/venv.sh
# The browser tests drive Debian's Chromium; install it when we can (root on Debian), else those tests skip.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "clerk: installing Debian's chromium for the browser tests" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "could not install chromium; the browser tests will be skipped" >&2
fi
exec python -m pytest "$@"
