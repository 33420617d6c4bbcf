"""`pip install .` of the whole project into a fresh venv (scikit-build-core builds the CMake
project): the installed pycxx runs from the venv's bin/, finds its headers under the venv's
share/pycxx from its own location, and builds an importable module; `python -m pycxx` runs it.
Slow (a full build, kept under $PYCXX_TEST_CACHE so a rerun is incremental): label `slow`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXT_SUFFIX, SOURCE_DIR


@pytest.mark.slow
def test_pip_install_into_a_venv(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    build_dir = Path(os.environ.get("PYCXX_TEST_CACHE", tmp_path)) / "pip-build"
    env = {k: v for k, v in os.environ.items() if k not in ("PYCXX", "PYCXX_INCLUDE_DIR", "PYTHONPATH")}
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", "2")
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--no-build-isolation", "--no-deps", str(SOURCE_DIR),
         "-C", f"build-dir={build_dir}"],
        capture_output=True, text=True, env=env, timeout=2400,
    )
    assert install.returncode == 0, install.stdout[-4000:] + install.stderr[-4000:]

    pycxx = venv / "bin" / "pycxx"
    version = subprocess.run([str(pycxx), "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0 and version.stdout.startswith("pycxx ")
    assert (venv / "share" / "pycxx" / "runtime" / "pycxx" / "errors.hpp").is_file()

    (tmp_path / "arith.py").write_text("def add(a: int, b: int) -> int:\n    return a + b\n")
    build = subprocess.run(
        [str(pycxx), "build", "arith.py", "-o", "out", "-v", "--python", str(python), "--cache-dir", str(tmp_path / "cache")],
        cwd=tmp_path, capture_output=True, text=True, env=env,
    )
    assert build.returncode == 0, build.stderr
    assert f"-I{venv / 'share' / 'pycxx' / 'runtime'}" in build.stderr  # the installed headers, not the source tree
    assert (tmp_path / "out" / f"arith{EXT_SUFFIX}").is_file()
    run = subprocess.run([str(python), "-c", "import arith; print(arith.add(20, 22))"], cwd=tmp_path / "out",
                         capture_output=True, text=True, env=env)
    assert run.stdout.strip() == "42", run.stderr

    module = subprocess.run([str(python), "-m", "pycxx", "--version"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert module.returncode == 0 and module.stdout == version.stdout
    prange = subprocess.run([str(python), "-c", "import pycxx; print(list(pycxx.prange(1, 7, 2)))"],
                            capture_output=True, text=True, env=env, cwd=tmp_path)
    assert prange.stdout.strip() == "[1, 3, 5]", prange.stderr
