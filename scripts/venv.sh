# Sourced by run.sh and test.sh: make .venv with Clerk (plus the extras in CLERK_EXTRAS, e.g. "test,llm") and put it on
# PATH. pip runs again only when pyproject.toml, this file or the extras change; it says what it is doing as it goes.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PIP_DISABLE_PIP_VERSION_CHECK=1
PY=${PYTHON:-python3}
extras=${CLERK_EXTRAS:-}
target=.
[ -n "$extras" ] && target=".[$extras]"
if [ ! -x .venv/bin/python ]; then
  echo "clerk: making a virtual environment in .venv" >&2
  "$PY" -m venv .venv
fi
stamp=.venv/.clerk-installed
want="$(cat pyproject.toml scripts/venv.sh | cksum) $extras"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "clerk: installing $target into .venv (the first time takes a few minutes: PyTorch CPU, Chroma, ...)" >&2
  .venv/bin/python -m pip install -q --upgrade pip
  # One line per package as pip collects it, so a long first install shows it is moving.
  if ! .venv/bin/python -m pip install -e "$target" 2>&1 | while IFS= read -r line; do
      case "$line" in
        Collecting*|Successfully*|ERROR*|error:*) echo "  $line" >&2 ;;
      esac
    done; then
    echo "clerk: the install failed; see the lines above (run: .venv/bin/python -m pip install -e '$target')" >&2
    exit 1
  fi
  echo "$want" > "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"
