#!/usr/bin/env bash
# README command 2 (and what CI runs through .ci/run): install the system packages, configure
# a build folder (build/ unless $BUILD_DIR says otherwise) with ninja and ccache, build, and run
# every test with ctest, which ends with its summary line. Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
JOBS="${JOBS:-2}"

bash scripts/install_deps.sh

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPYCXX_PYTHON="$(command -v "${PYCXX_PYTHON:-python3}")"
cmake --build "$BUILD_DIR" -j "$JOBS"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS"
