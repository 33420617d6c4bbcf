"""CMake with scikit-build-core: a small package whose CMakeLists.txt is the snippet in
docs/cli.md, `find_package(pycxx)` and `pycxx_add_module(...)`, built with `pip wheel` in a venv
holding the project's wheel and scikit-build-core from PyPI. The venv's bin/ is not on PATH, so
CMake finds the config in site-packages and the config finds the executable from its own place.
Label `slow` (it needs the project's wheel).
"""

from __future__ import annotations

import zipfile

import pytest

from conftest import EXT_SUFFIX, unzip_and_call

pytestmark = pytest.mark.slow

KERNEL = "def collatz(n: int) -> int:\n    steps = 0\n    while n != 1:\n" \
         "        n = n // 2 if n % 2 == 0 else 3 * n + 1\n        steps += 1\n    return steps\n"

PYPROJECT = """[build-system]
requires = ["scikit-build-core", "pycxx-compiler"]
build-backend = "scikit_build_core.build"

[project]
name = "cmakepkg"
version = "1.0"

[tool.scikit-build]
wheel.packages = ["cmakepkg"]
"""

# docs/cli.md, "CMake and scikit-build-core", with the package's names.
CMAKELISTS = """cmake_minimum_required(VERSION 3.25)
project(${SKBUILD_PROJECT_NAME} LANGUAGES CXX)
find_package(Python 3.11 REQUIRED COMPONENTS Interpreter Development.Module)
find_package(pycxx 0.1 CONFIG REQUIRED)
pycxx_add_module(cmakepkg_kern cmakepkg/kern.py DESTINATION cmakepkg)
"""


def test_scikit_build_core_builds_a_pycxx_module(wheel_venv, tmp_path):
    wheel_venv.install_from_pypi("scikit-build-core")
    root = tmp_path / "pkg"
    (root / "cmakepkg").mkdir(parents=True)
    (root / "cmakepkg" / "__init__.py").write_text("")
    (root / "cmakepkg" / "kern.py").write_text(KERNEL)
    (root / "pyproject.toml").write_text(PYPROJECT)
    (root / "CMakeLists.txt").write_text(CMAKELISTS)

    run = wheel_venv.pip("wheel", "-v", "--no-build-isolation", "--no-deps", "-w", str(root / "dist"), str(root),
                         "-C", "build.verbose=true", cwd=root, activated=False)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-8000:]
    assert str(wheel_venv.root / "bin" / "pycxx") in output  # the venv's pycxx generated the C++
    (wheel,) = (root / "dist").glob("cmakepkg-1.0-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {f"cmakepkg/kern{EXT_SUFFIX}", "cmakepkg/kern.pyi", "cmakepkg/kern.py"} <= set(names), names
    assert unzip_and_call(wheel, tmp_path / "site", "cmakepkg.kern", "print(m.collatz(27))") == "111"
