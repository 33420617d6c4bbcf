"""The setuptools hook (pycxx.build_ext): `pip wheel` of a tiny package that lists a hot module
under [tool.pycxx] puts the compiled module and its .pyi in a platform wheel; a failure stops
the build unless the package opted in to the pure-Python fallback.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import EXT_SUFFIX, SOURCE_DIR

KERNEL = "def dot3(a: float, b: float, c: float) -> float:\n    return a * a + b * b + c * c\n"
SETUP = "from setuptools import setup\nfrom pycxx.build_ext import build_ext, modules_from_pyproject\n\n" \
        "setup(ext_modules=modules_from_pyproject(), cmdclass={'build_ext': build_ext})\n"


def make_package(root: Path, kernel: str, optional: bool) -> None:
    (root / "tinypkg").mkdir(parents=True)
    (root / "tinypkg" / "__init__.py").write_text("")
    (root / "tinypkg" / "kern.py").write_text(kernel)
    (root / "setup.py").write_text(SETUP)
    (root / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools", "pycxx"]\nbuild-backend = "setuptools.build_meta"\n\n'
        '[project]\nname = "tinypkg"\nversion = "1.0"\n\n[tool.setuptools]\npackages = ["tinypkg"]\n\n'
        f'[tool.pycxx]\nmodules = ["tinypkg/kern.py"]\noptional = {"true" if optional else "false"}\n'
    )


def pip_wheel(root: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SOURCE_DIR / "python"), env.get("PYTHONPATH", "")])
    env["PYCXX_CACHE_DIR"] = str(cache)
    return subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-w", str(root / "dist"), str(root)],
        capture_output=True, text=True, env=env, timeout=600,
    )


def test_wheel_holds_the_compiled_module(tmp_path):
    make_package(tmp_path / "pkg", KERNEL, optional=False)
    run = pip_wheel(tmp_path / "pkg", tmp_path / "cache")
    assert run.returncode == 0, run.stdout + run.stderr
    (wheel,) = (tmp_path / "pkg" / "dist").glob("tinypkg-1.0-*.whl")
    assert "none-any" not in wheel.name  # a platform wheel
    names = zipfile.ZipFile(wheel).namelist()
    assert f"tinypkg/kern{EXT_SUFFIX}" in names and "tinypkg/kern.pyi" in names
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    check = subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); from tinypkg import kern; "
         "print(kern.__file__.endswith(sys.argv[2]), kern.dot3(1.0, 2.0, 3.0))", str(tmp_path / "site"), EXT_SUFFIX],
        capture_output=True, text=True,
    )
    assert check.stdout.split() == ["True", "14.0"], check.stderr


def test_failure_stops_the_build_unless_optional(tmp_path):
    bad = "class Kernel:\n    pass\n"
    make_package(tmp_path / "strict", bad, optional=False)
    strict = pip_wheel(tmp_path / "strict", tmp_path / "cache")
    assert strict.returncode != 0
    assert "[UnsupportedClass]" in strict.stdout + strict.stderr

    make_package(tmp_path / "lenient", bad, optional=True)
    lenient = pip_wheel(tmp_path / "lenient", tmp_path / "cache")
    assert lenient.returncode == 0, lenient.stdout + lenient.stderr
    (wheel,) = (tmp_path / "lenient" / "dist").glob("tinypkg-1.0-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "tinypkg/kern.py" in names and f"tinypkg/kern{EXT_SUFFIX}" not in names
