#!/usr/bin/env bash
# Installs what pycxx needs to build and test on Debian 12, and only what is missing, so a second
# run costs seconds: the compiler toolchain and libraries from apt, numpy/pytest/scikit-build-core
# from PyPI. Called by scripts/setup.sh and scripts/test.sh; uses sudo only when not root.
set -euo pipefail

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
PYTHON="${PYCXX_PYTHON:-python3}"

apt_packages=(libclang-16-dev llvm-16-dev clang-16 libfmt-dev libcli11-dev catch2 libxsimd-dev xtl-dev
              libicu-dev ccache ninja-build g++ git)
command -v cmake >/dev/null 2>&1 || apt_packages+=(cmake)
command -v "$PYTHON" >/dev/null 2>&1 || apt_packages+=(python3 python3-pip python3-venv)

missing=()
for package in "${apt_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
# Python.h for the interpreter pycxx builds modules for (a pyenv Python ships its own).
if command -v "$PYTHON" >/dev/null 2>&1 &&
   ! "$PYTHON" -c 'import os, sysconfig, sys; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))'; then
  missing+=(python3-dev)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install_deps: apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python_missing=()
"$PYTHON" -c 'import numpy' 2>/dev/null || python_missing+=(numpy)
"$PYTHON" -c 'import pytest' 2>/dev/null || python_missing+=(pytest)
"$PYTHON" -c 'import hypothesis' 2>/dev/null || python_missing+=(hypothesis)
"$PYTHON" -c 'import scikit_build_core' 2>/dev/null || python_missing+=(scikit-build-core)
"$PYTHON" -m pip --version >/dev/null 2>&1 || { echo "install_deps: $PYTHON has no pip" >&2; exit 1; }
if [ ${#python_missing[@]} -gt 0 ]; then
  echo "install_deps: pip install ${python_missing[*]}"
  pip_flags=(-q)
  # Debian's own python3 refuses pip installs outside a venv (PEP 668) unless told.
  if "$PYTHON" -c 'import sys, sysconfig, os; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["stdlib"], "EXTERNALLY-MANAGED")))'; then
    pip_flags+=(--break-system-packages)
  fi
  pip_sudo=""
  if [ -n "$SUDO" ] && [ ! -w "$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" ]; then pip_sudo="$SUDO"; fi
  $pip_sudo "$PYTHON" -m pip install "${pip_flags[@]}" "${python_missing[@]}"
fi
echo "install_deps: everything pycxx needs is installed"
