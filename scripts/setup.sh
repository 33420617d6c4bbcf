#!/usr/bin/env bash
# README command 1: install the system packages, build and install pycxx with `pip install .`
# (the compiler on PATH, its headers, the Python package), then compile every module in
# examples/ with the installed pycxx and run it both ways (examples/demo.py).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYCXX_PYTHON:-python3}"

bash scripts/install_deps.sh

# The distribution was named `pycxx` before (a name PyPI gives another project); an install of ours
# under that name would own site-packages/pycxx with the new one, so it goes first.
if "$PYTHON" -m pip show pycxx 2>/dev/null | grep -q '^Summary: Ahead-of-time compiler'; then
  "$PYTHON" -m pip uninstall -y -q pycxx
fi

echo "setup: building and installing pycxx-compiler (pip install .; a few minutes on a fresh machine)"
mkdir -p build-pip
log=build-pip/pip-install.log
# No build isolation: install_deps.sh installed scikit-build-core, and nothing is downloaded.
if ! CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}" \
     "$PYTHON" -m pip install --no-build-isolation --no-deps . >"$log" 2>&1; then
  tail -n 40 "$log"
  echo "setup: pip install . failed; the whole log is in $log" >&2
  exit 1
fi
command -v pyenv >/dev/null 2>&1 && pyenv rehash >/dev/null 2>&1 || true
echo "setup: installed $("$PYTHON" -c 'import pycxx; print(pycxx.executable())')"

"$PYTHON" examples/demo.py
