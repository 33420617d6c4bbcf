"""The setuptools hook (pycxx.build_ext) as a user's package gets it: `pip wheel` with build
isolation, [build-system] requires naming "pycxx-compiler", and pycxx coming from the project's
wheel (--find-links), with nothing of the source tree on any path. A hot module listed under
[tool.pycxx] lands compiled, with its .pyi, in a platform wheel; a failure stops the build
unless the package opted in to the pure-Python fallback. Label `slow` (it needs the wheel).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conftest import EXT_SUFFIX, Venv, unzip_and_call

pytestmark = pytest.mark.slow

KERNEL = "def dot3(a: float, b: float, c: float) -> float:\n    return a * a + b * b + c * c\n"
# What docs/cli.md tells a user to write.
SETUP = "from setuptools import setup\nfrom pycxx.build_ext import build_ext, modules_from_pyproject\n\n" \
        "setup(ext_modules=modules_from_pyproject(), cmdclass={'build_ext': build_ext})\n"


def make_package(root: Path, kernel: str, optional: bool) -> Path:
    (root / "tinypkg").mkdir(parents=True)
    (root / "tinypkg" / "__init__.py").write_text("")
    (root / "tinypkg" / "kern.py").write_text(kernel)
    (root / "setup.py").write_text(SETUP)
    (root / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools", "pycxx-compiler"]\nbuild-backend = "setuptools.build_meta"\n\n'
        '[project]\nname = "tinypkg"\nversion = "1.0"\n\n[tool.setuptools]\npackages = ["tinypkg"]\n\n'
        f'[tool.pycxx]\nmodules = ["tinypkg/kern.py"]\noptional = {"true" if optional else "false"}\n'
    )
    return root


def pip_wheel(venv: Venv, root: Path, cache: Path, **env: str):
    """`pip wheel --find-links WHEELHOUSE .` from a shell that is not in the venv: pip's build
    isolation installs setuptools (PyPI) and pycxx-compiler (the wheelhouse) for the build."""
    return venv.pip("wheel", "--no-deps", "--find-links", str(venv.wheelhouse), "-w", str(root / "dist"), str(root),
                    cwd=root, activated=False, PYCXX_CACHE_DIR=str(cache), **env)


def test_wheel_holds_the_compiled_module(wheel_venv, tmp_path):
    root = make_package(tmp_path / "pkg", KERNEL, optional=False)
    run = pip_wheel(wheel_venv, root, tmp_path / "cache")
    assert run.returncode == 0, run.stdout + run.stderr
    (wheel,) = (root / "dist").glob("tinypkg-1.0-*.whl")
    assert "none-any" not in wheel.name  # a platform wheel
    names = zipfile.ZipFile(wheel).namelist()
    assert f"tinypkg/kern{EXT_SUFFIX}" in names and "tinypkg/kern.pyi" in names
    assert unzip_and_call(wheel, tmp_path / "site", "tinypkg.kern", "print(m.dot3(1.0, 2.0, 3.0))") == "14.0"


def test_failure_stops_the_build_unless_optional(wheel_venv, tmp_path):
    bad = "class Kernel:\n    pass\n"
    strict = pip_wheel(wheel_venv, make_package(tmp_path / "strict", bad, optional=False), tmp_path / "cache")
    assert strict.returncode != 0
    assert "[UnsupportedClass]" in strict.stdout + strict.stderr

    lenient = pip_wheel(wheel_venv, make_package(tmp_path / "lenient", bad, optional=True), tmp_path / "cache")
    assert lenient.returncode == 0, lenient.stdout + lenient.stderr
    (wheel,) = (tmp_path / "lenient" / "dist").glob("tinypkg-1.0-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "tinypkg/kern.py" in names and f"tinypkg/kern{EXT_SUFFIX}" not in names
