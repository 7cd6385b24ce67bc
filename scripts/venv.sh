# Sourced by run.sh and test.sh: make .venv with Clerk, its test tools and the optional LLM plug-ins, and put it on PATH.
# pip runs again only when pyproject.toml changes.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PIP_DISABLE_PIP_VERSION_CHECK=1
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.clerk-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "installing Clerk into .venv (first run takes a few minutes)..." >&2
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test,llm]'
  touch "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"
