"""What build systems that compile pycxx's C++ themselves (meson-python, CMake) and CI caches rely
on, through the command line of the pycxx under test: `emit -o FILE --pyi FILE`, `config --cflags`
(enough to compile emitted C++ into a working module), `--libs`, `--cmake-dir`, and a build cache
whose keys hold what the headers contain, not where they are installed.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess

from conftest import EXT_SUFFIX, SOURCE_DIR, call_in_subprocess

ADD = "def add(a: int, b: int) -> int:\n    return a + b\n"


def test_emit_writes_the_cpp_and_the_stub_to_files(pycxx, write, tmp_path):
    write("arith.py", ADD)
    printed = pycxx("emit", "arith.py")
    emitted = pycxx("emit", "arith.py", "-o", "gen/arith.cpp", "--pyi", "gen/stubs/arith.pyi")
    assert emitted.returncode == 0 and emitted.stdout == "", emitted.stderr
    assert (tmp_path / "gen" / "arith.cpp").read_text() == printed.stdout
    built = pycxx("build", "arith.py", "-o", "out")
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "gen" / "stubs" / "arith.pyi").read_text() == (tmp_path / "out" / "arith.pyi").read_text()


def test_emit_to_a_file_reports_errors_and_writes_nothing(pycxx, write, tmp_path):
    write("shapes.py", "class Point:\n    pass\n")
    run = pycxx("emit", "shapes.py", "-o", "shapes.cpp", "--pyi", "shapes.pyi")
    assert run.returncode == 1 and "[UnsupportedClass]" in run.stderr
    assert not (tmp_path / "shapes.cpp").exists() and not (tmp_path / "shapes.pyi").exists()


def test_config_cflags_compile_emitted_cpp_into_a_module(pycxx, write, tmp_path):
    import sys

    write("arith.py", ADD)
    assert pycxx("emit", "arith.py", "-o", "arith.cpp").returncode == 0
    config = pycxx("config", "--cflags", "--libs", "--arch=portable", "--python", sys.executable)
    assert config.returncode == 0, config.stderr
    flags = shlex.split(config.stdout)
    assert "-ffp-contract=off" in flags and "-std=c++20" in flags  # CPython's float bits, the language
    assert not [f for f in flags if f in ("-shared", "-fPIC") or f.startswith(("-O", "-march"))]  # the build system's
    # What meson or CMake then do: their own optimisation and linking, pycxx's flags.
    compile_ = subprocess.run(["c++", "-O1", "-shared", "-fPIC", *flags, "arith.cpp", "-o", f"arith{EXT_SUFFIX}"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert compile_.returncode == 0, compile_.stderr[-4000:]
    assert call_in_subprocess(tmp_path, "import arith; print(arith.add(40, 2))") == "42"

    native = pycxx("config", "--cflags", "--arch=native", "--python", sys.executable)
    assert "-march=native" in native.stdout.split()


def test_config_libs_and_usage_errors(pycxx):
    libs = pycxx("config", "--libs")
    assert libs.returncode == 0 and libs.stdout.strip() == ""  # the runtime is header-only
    bare = pycxx("config")
    assert bare.returncode == 1 and "--cflags, --libs or --cmake-dir" in bare.stderr
    # The pycxx under test runs from its build tree: there is no installed CMake config to point at.
    cmake_dir = pycxx("config", "--cmake-dir")
    assert cmake_dir.returncode == 1 and "not installed" in cmake_dir.stderr


def module_compiles(folder) -> list[str]:
    """The logged compiles of a module's C++ (not of a precompiled prelude)."""
    return [line for line in (folder / "compiles.log").read_text().splitlines() if "arith.cpp" in line]


def test_cache_hits_when_the_same_headers_are_installed_elsewhere(pycxx, write, tmp_path):
    """pip's build isolation installs pycxx into a new temporary prefix for every build."""
    launcher = tmp_path / "count-compiles"
    launcher.write_text(f'#!/bin/sh\ncase "$*" in *--version*) ;; *) echo "$*" >> "{tmp_path}/compiles.log" ;; esac\nexec "$@"\n')
    launcher.chmod(0o755)
    write("arith.py", ADD)
    for prefix in ("one", "two"):
        for part in ("runtime", "stdlib_shims"):
            shutil.copytree(SOURCE_DIR / part, tmp_path / prefix / part)
        # pip byte-compiles the runtime's generator scripts where it installs them: the .pyc holds that path.
        (tmp_path / prefix / "runtime" / "pycxx" / "__pycache__").mkdir(exist_ok=True)
        (tmp_path / prefix / "runtime" / "pycxx" / "__pycache__" / "gen.cpython-311.pyc").write_text(prefix)
        env = {**os.environ, "PYCXX_INCLUDE_DIR": str(tmp_path / prefix)}
        run = pycxx("build", "arith.py", "-o", prefix, "-v", "--cxx", f"{launcher} g++", env=env, cache=tmp_path / "cache")
        assert run.returncode == 0, run.stderr
    assert len(module_compiles(tmp_path)) == 1  # the second build was a cache hit
    assert call_in_subprocess(tmp_path / "two", "import arith; print(arith.add(1, 2))") == "3"

    # Different header contents are a different module.
    (tmp_path / "two" / "runtime" / "pycxx" / "errors.hpp").open("a").write("\n// changed\n")
    env = {**os.environ, "PYCXX_INCLUDE_DIR": str(tmp_path / "two")}
    assert pycxx("build", "arith.py", "-o", "two", "--cxx", f"{launcher} g++", env=env, cache=tmp_path / "cache").returncode == 0
    assert len(module_compiles(tmp_path)) == 2
