"""The project's wheel (`pip wheel .`, scikit-build-core) as users install it: it ships the whole
Python package and the CMake config besides the executable and its headers; installed into a
fresh venv, pycxx runs from the venv's bin/, finds its headers under the venv's share/pycxx from
its own location, and builds an importable module; `python -m pycxx` runs it. Label `slow`: the
session builds the wheel once (conftest.pycxx_wheel).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conftest import EXT_SUFFIX, SOURCE_DIR

pytestmark = pytest.mark.slow


def test_wheel_ships_the_whole_python_package(pycxx_wheel):
    assert pycxx_wheel.name.startswith("pycxx_compiler-0.1.0-")  # the distribution name that is ours
    names = set(zipfile.ZipFile(pycxx_wheel).namelist())
    package = SOURCE_DIR / "python" / "pycxx"
    sources = {f"pycxx/{path.relative_to(package).as_posix()}" for path in package.rglob("*.py")}
    assert "pycxx/build_ext.py" in sources  # the file an unanchored sdist.exclude "build*" dropped
    assert sources <= names, f"missing from the wheel: {sorted(sources - names)}"
    assert {"pycxx/cmake/pycxx-config.cmake", "pycxx/cmake/pycxx-config-version.cmake"} <= names
    data = "pycxx_compiler-0.1.0.data/data/"
    for path in ["bin/pycxx", "share/pycxx/runtime/pycxx/errors.hpp", "share/cmake/pycxx/pycxx-config.cmake"]:
        assert data + path in names, path
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_installed_pycxx_builds_from_the_venv_alone(wheel_venv, tmp_path):
    venv = wheel_venv.root
    pycxx = str(venv / "bin" / "pycxx")
    where = wheel_venv.run(wheel_venv.python, "-c", "import pycxx; print(pycxx.__file__); print(pycxx.executable())", cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    package_file, executable = where.stdout.split()
    assert Path(package_file).is_relative_to(venv) and executable == pycxx

    version = wheel_venv.run(pycxx, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("pycxx ")
    assert (venv / "share" / "pycxx" / "runtime" / "pycxx" / "errors.hpp").is_file()

    (tmp_path / "arith.py").write_text("def add(a: int, b: int) -> int:\n    return a + b\n")
    build = wheel_venv.run(pycxx, "build", "arith.py", "-o", "out", "-v", "--python", wheel_venv.python,
                           "--cache-dir", str(tmp_path / "cache"), cwd=tmp_path)
    assert build.returncode == 0, build.stderr
    assert f"-I{venv / 'share' / 'pycxx' / 'runtime'}" in build.stderr  # the installed headers, not the source tree
    assert (tmp_path / "out" / f"arith{EXT_SUFFIX}").is_file()
    run = wheel_venv.run(wheel_venv.python, "-c", "import arith; print(arith.add(20, 22))", cwd=tmp_path / "out")
    assert run.stdout.strip() == "42", run.stderr

    module = wheel_venv.run(wheel_venv.python, "-m", "pycxx", "--version", cwd=tmp_path)
    assert module.returncode == 0 and module.stdout == version.stdout
    prange = wheel_venv.run(wheel_venv.python, "-c", "import pycxx; print(list(pycxx.prange(1, 7, 2)))", cwd=tmp_path)
    assert prange.stdout.strip() == "[1, 3, 5]", prange.stderr

    cmake_dir = wheel_venv.run(pycxx, "config", "--cmake-dir", cwd=tmp_path)
    assert cmake_dir.returncode == 0 and cmake_dir.stdout.strip() == str(venv / "share" / "cmake" / "pycxx")
