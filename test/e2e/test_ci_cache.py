"""docs/ci.md's recipe: a CI job builds a package's wheel with the setuptools hook, keeping
PYCXX_CACHE_DIR on a cache volume and a compiler launcher in $CXX (`ccache g++` in the recipe; here
a launcher that logs each compile). The second build of the unchanged package compiles nothing,
though pip's build isolation installs pycxx into a new temporary folder for each build; a changed
module compiles again. Label `slow` (it needs the project's wheel).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conftest import EXT_SUFFIX
from test_setuptools_hook import KERNEL, make_package, pip_wheel

pytestmark = pytest.mark.slow


def counting_launcher(folder: Path) -> Path:
    """A stand-in for ccache: logs every compile (not `--version`), then runs the compiler it is given."""
    script = folder / "count-compiles"
    script.write_text(f'#!/bin/sh\ncase "$*" in *--version*) ;; *) echo "$*" >> "{folder}/compiles.log" ;; esac\nexec "$@"\n')
    script.chmod(0o755)
    return script


def test_second_build_of_an_unchanged_package_compiles_nothing(wheel_venv, tmp_path):
    launcher = counting_launcher(tmp_path)
    log = tmp_path / "compiles.log"
    volume = tmp_path / "ci-cache" / "pycxx"  # the CI's cache volume

    def build(name: str, kernel: str) -> Path:
        root = make_package(tmp_path / name, kernel, optional=False)
        run = pip_wheel(wheel_venv, root, volume, CXX=f"{launcher} g++")
        assert run.returncode == 0, run.stdout + run.stderr
        (wheel,) = (root / "dist").glob("tinypkg-1.0-*.whl")
        assert f"tinypkg/kern{EXT_SUFFIX}" in zipfile.ZipFile(wheel).namelist()
        return wheel

    build("first", KERNEL)
    assert log.is_file() and log.read_text().strip(), "the first build compiled nothing"
    log.unlink()

    build("second", KERNEL)  # a fresh checkout of the same package, a fresh isolated build
    assert not log.exists(), f"the second build compiled:\n{log.read_text()}"

    build("changed", KERNEL.replace("c * c", "c * c + 1.0"))
    assert log.is_file() and log.read_text().strip(), "a changed module was not compiled"
