"""Shared fixtures of the end-to-end tests: the pycxx executable under test ($PYCXX, set by
cmake/pytest.cmake), a runner that captures exit status and output, and small source files.
The packaging tests share the project's wheel, built once per session (`pycxx_wheel`), and a venv
it is installed into (`wheel_venv`) whose environment reaches nothing in the source tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

EXT_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")
SOURCE_DIR = Path(os.environ.get("PYCXX_SOURCE_DIR", Path(__file__).resolve().parents[2]))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: builds the whole project (pip wheel .)")


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


# Variables through which a process could reach the source tree or the build tree's pycxx.
SOURCE_TREE_VARIABLES = ("PYTHONPATH", "PYCXX", "PYCXX_INCLUDE_DIR", "PYCXX_SOURCE_DIR", "PYCXX_TEST_CACHE",
                         "VIRTUAL_ENV", "PYTHONHOME")


def outside_env(**extra: str) -> dict[str, str]:
    """This environment less every way into the source tree, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in SOURCE_TREE_VARIABLES}
    env.update(extra)
    return env


def build_tree_compiler() -> str | None:
    """The C++ compiler of the build tree running the tests (its CMakeCache.txt), if known."""
    test_cache = os.environ.get("PYCXX_TEST_CACHE")
    cache = Path(test_cache).parent / "CMakeCache.txt" if test_cache else None
    if not cache or not cache.is_file():
        return None
    for line in cache.read_text().splitlines():
        if line.startswith("CMAKE_CXX_COMPILER:"):
            return line.split("=", 1)[1]
    return None


@pytest.fixture(scope="session")
def pycxx_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, as `pip wheel .` builds it: once per session, in the build folder
    pyproject.toml names (build-pip/, which scripts/setup.sh's `pip install .` also uses, so a
    machine that ran setup rebuilds nothing, and ccache serves a fresh clone's compiles)."""
    wheelhouse = tmp_path_factory.mktemp("wheelhouse")
    env = outside_env()
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", "2")
    # scikit-build-core takes $CXX from sysconfig (g++) when it is unset, and ccache keys on the
    # compiler's name: the build tree's compiler lets ccache serve its objects to the wheel's build.
    compiler = build_tree_compiler()
    if compiler and "CXX" not in env:
        env["CXX"] = compiler
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-w", str(wheelhouse), str(SOURCE_DIR)],
        capture_output=True, text=True, env=env, timeout=3000,
    )
    assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
    (wheel,) = wheelhouse.glob("pycxx_compiler-*.whl")
    return wheel


@dataclass
class Venv:
    root: Path
    wheelhouse: Path  # holds the project's wheel: pip's --find-links for build isolation

    @property
    def python(self) -> str:
        return str(self.root / "bin" / "python")

    def env(self, activated: bool = True, **extra: str) -> dict[str, str]:
        """The environment of a shell in this venv (`activated`: its bin/ first on PATH, as after
        `source bin/activate`), with nothing of the source tree."""
        env = outside_env(**extra)
        if activated:
            env["PATH"] = os.pathsep.join([str(self.root / "bin"), env.get("PATH", "")])
            env["VIRTUAL_ENV"] = str(self.root)
        return env

    def run(self, *args: str, cwd: Path, activated: bool = True, timeout: int = 900, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, env=self.env(activated, **extra),
                              timeout=timeout)

    def pip(self, *args: str, cwd: Path, activated: bool = True, **extra: str) -> subprocess.CompletedProcess[str]:
        return self.run(self.python, "-m", "pip", "--disable-pip-version-check", *args, cwd=cwd, activated=activated, **extra)

    def install_from_pypi(self, *packages: str) -> None:
        done = self.pip("install", "-q", *packages, cwd=self.root)
        assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="session")
def wheel_venv(pycxx_wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """A fresh venv (no system site-packages) with the project's wheel installed, as a user has it."""
    root = tmp_path_factory.mktemp("wheel-venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(root)], check=True, env=outside_env())
    venv = Venv(root, pycxx_wheel.parent)
    done = venv.pip("install", "--no-deps", str(pycxx_wheel), cwd=root)
    assert done.returncode == 0, done.stdout + done.stderr
    return venv


def unzip_and_call(wheel: Path, folder: Path, module: str, statement: str) -> str:
    """Unpacks `wheel` into `folder`, imports `module` from there in a fresh interpreter and
    returns what `statement` prints, after checking the compiled module (not the .py) was imported."""
    zipfile.ZipFile(wheel).extractall(folder)
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(folder)!r}); import {module} as m; "
         f"assert m.__file__.endswith({EXT_SUFFIX!r}), m.__file__; {statement}"],
        capture_output=True, text=True, timeout=120, env=outside_env(), cwd=folder,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()
