# Sourced by run.sh and test.sh: make .venv with Clerk, its test tools and the optional LLM plug-ins, and put it on PATH.
# pip runs again only when pyproject.toml or this file changes.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PIP_DISABLE_PIP_VERSION_CHECK=1
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.clerk-installed
want=$(cat pyproject.toml scripts/venv.sh | cksum)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "installing Clerk into .venv (first run takes a few minutes)..." >&2
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test,llm]'
  echo "$want" > "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"
