"""Shared fixtures of the end-to-end tests: the pycxx executable under test ($PYCXX, set by
cmake/pytest.cmake), a runner that captures exit status and output, and small source files.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pytest

EXT_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")
SOURCE_DIR = Path(os.environ.get("PYCXX_SOURCE_DIR", Path(__file__).resolve().parents[2]))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: builds the whole project (pip install .)")


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture(scope="session")
def pycxx_exe() -> str:
    exe = os.environ.get("PYCXX")
    if not exe:
        pytest.fail("$PYCXX is not set: run these tests through ctest (cmake/pytest.cmake sets it)")
    return exe


@pytest.fixture
def pycxx(pycxx_exe: str, tmp_path: Path):
    """pycxx(*args, cwd=..., env=..., cache=...) -> Run. Builds share the test cache of the build
    tree ($PYCXX_TEST_CACHE: reruns and precompiled headers are fast); a test that counts compiler
    calls passes its own `cache`."""
    shared = os.environ.get("PYCXX_TEST_CACHE")
    shared_cache = Path(shared) / "e2e" if shared else None

    def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, cache: Path | None = None) -> Run:
        command = [pycxx_exe, *args]
        if args and args[0] == "build":
            # The interpreter running the tests is the one the modules are imported into.
            command += ["--python", sys.executable]
            if "--cache-dir" not in args:
                command += ["--cache-dir", str(cache or shared_cache or tmp_path / "cache")]
        done = subprocess.run(command, cwd=cwd or tmp_path, env=env, capture_output=True, text=True, timeout=600)
        return Run(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture
def write(tmp_path: Path):
    """write(name, text) -> Path of a new file under tmp_path."""

    def make(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        return path

    return make


def call_in_subprocess(folder: Path, statement: str) -> str:
    """Imports from `folder` in a fresh interpreter and returns what `statement` prints."""
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(folder)!r}); {statement}"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()
