"""The C++ compiler's miscompiles of correct generated code (issue 11, point 5): each must give
CPython's answer with the default toolchain (docs/design.md, "The C++ toolchain": the default
compiler and flags were chosen from these and the random-program tester's runs)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from test_regressions import REGRESSIONS, agree


# ---- point 5: the C++ compiler's miscompiles ---------------------------------------------

@pytest.mark.parametrize("p0,p2", [(3, 0.4), (-3, 0.4), (5, 7.0), (1, 2.0), (-1, -0.2)])
def test_floordiv_of_zero_raises(built, p0, p2):
    agree("gcc_vrp_floordiv", built, "f", p0, p2)


@pytest.mark.parametrize("x,n", [(float("nan"), 3), (float("nan"), 0), (float("inf"), 2), (2.5, 4), (1e300, 0), (-1e18, 2)])
def test_int_of_nan_in_a_loop(built, x, n):
    agree("gcc_nan_loop", built, "total", x, n)


@pytest.mark.parametrize("xs", [[1.0, float("nan")], [float("nan")], [200.0, float("-inf")], [1.5, 2.5]])
def test_int_of_nan_in_a_list_loop(built, xs):
    agree("gcc_nan_loop", built, "first", xs)


# GCC, when chosen with --cxx, gets -fno-tree-vrp (compiler/driver/toolchain.cpp): the VRP case
# is right with it too.
@pytest.fixture(scope="module")
def built_with_gcc(tmp_path_factory):
    pycxx, gcc = os.environ.get("PYCXX"), shutil.which("g++")
    if not gcc:
        pytest.skip("no g++ here")
    out = tmp_path_factory.mktemp("gcc")
    r = subprocess.run([pycxx, "build", str(REGRESSIONS / "gcc_vrp_floordiv.py"), "-o", str(out), "--cxx", gcc],
                       capture_output=True, text=True, timeout=1800)
    assert r.returncode == 0, r.stdout + r.stderr
    return out


@pytest.mark.parametrize("p0,p2", [(-1, -0.2), (3, 0.4)])
def test_floordiv_of_zero_raises_with_gcc(built_with_gcc, p0, p2):
    agree("gcc_vrp_floordiv", built_with_gcc, "f", p0, p2)
