"""The CPython boundary runtime (runtime/pycxx/python/) without the compiler: builds
boundary_probe/probe.cpp, written as generated code is, with the system C++ compiler and
the driver's flags, and checks argument binding against a CPython function of the same
signature, conversions, results, docstrings, signatures and exception translation."""

import inspect
import os
import shutil
import subprocess
import sys
import sysconfig
import threading
from pathlib import Path

import numpy as np
import pytest

from harness import RUN_DIR, load_compiled

RUNTIME = RUN_DIR.parent.parent / "runtime"


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    cxx = os.environ.get("CXX") or shutil.which("g++") or shutil.which("c++")
    if not cxx:
        pytest.fail("no C++ compiler: set CXX")
    out = tmp_path_factory.mktemp("probe") / ("probe" + sysconfig.get_config_var("EXT_SUFFIX"))
    command = [cxx, "-std=c++20", "-shared", "-fPIC", "-fvisibility=hidden", "-ffp-contract=off", "-O1",
               "-Wall", "-Wextra", "-Werror", "-I", str(RUNTIME), "-isystem", sysconfig.get_paths()["include"],
               str(RUN_DIR / "boundary_probe" / "probe.cpp"), "-o", str(out)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return load_compiled("probe", out)


def mix(x, z, flag=True, p=(1, 2.5), nothing=None):
    """The CPython function with probe.mix's signature: its binding errors are the reference."""
    return (x, z, flag, p, nothing)


def fib(n):
    return n


def nothing():
    return None


def outcome(f, args, kwargs):
    try:
        return ("return", f(*args, **kwargs))
    except TypeError as e:
        return ("raise", TypeError, str(e))


BINDINGS = [
    ("fib", (), {}), ("fib", (1, 2), {}), ("fib", (1,), {"n": 2}), ("fib", (), {"m": 2}), ("fib", (), {"n": 5}),
    ("mix", (), {}), ("mix", (1.0,), {}), ("mix", (1.0, 2j, True, (1, 2.0), None, 6), {}),
    ("mix", (1.0,), {"z": 1j, "x": 2.0}), ("mix", (1.0, 1j), {"nothing": None, "flag": False}),
    ("mix", (), {"z": 1j}), ("mix", (1.0, 2j), {"q": 1}), ("mix", (), {"q": 1, "x": 1}),
    ("mix", (1.0, 2j, True, (1, 2.0), None, 6), {"x": 1}),
    ("nothing", (1,), {}), ("nothing", (), {"a": 1}), ("nothing", (), {}),
]


@pytest.mark.parametrize("name, args, kwargs", BINDINGS)
def test_binding_matches_cpython(probe, name, args, kwargs):
    expected = outcome(globals()[name], args, kwargs)
    got = outcome(getattr(probe, name), args, kwargs)
    if expected[0] == "raise":
        assert got == expected
    else:
        assert got[0] == "return"


def test_results_and_defaults(probe):
    assert probe.fib(30) == 832040
    assert probe.fib(np.int64(10)) == 55 and probe.fib(True) == 1
    r = probe.mix(1, 2)
    assert r == (1.0, 2 + 0j, True, (1, 2.5), None)
    assert [type(v) for v in r] == [float, complex, bool, tuple, type(None)]
    assert probe.mix(np.float32(0.5), np.complex64(1j), np.bool_(False), (np.int8(3), 4)) == (0.5, 1j, False, (3, 4.0), None)
    assert probe.nothing() is None


WRONG = [
    (("x", 1), {}, "mix() argument 'x' must be float, not str"),
    ((1j, 1), {}, "mix() argument 'x' must be float, not complex"),
    ((1.0, "1"), {}, "mix() argument 'z' must be complex, not str"),
    ((1.0, 1), {"flag": 1}, "mix() argument 'flag' must be bool, not int"),
    ((1.0, 1), {"p": [1, 2.0]}, "mix() argument 'p' must be tuple[int, float], not list"),
    ((1.0, 1), {"p": (1,)}, "mix() argument 'p' must be a tuple of length 2, not 1"),
    ((1.0, 1), {"p": (1.5, 2.0)}, "mix() argument 'p'[0] must be int, not float"),
    ((1.0, 1), {"nothing": 0}, "mix() argument 'nothing' must be None, not int"),
]


@pytest.mark.parametrize("args, kwargs, message", WRONG)
def test_wrong_types(probe, args, kwargs, message):
    with pytest.raises(TypeError) as info:
        probe.mix(*args, **kwargs)
    assert str(info.value) == message


def test_int_range(probe):
    with pytest.raises(OverflowError, match=r"^fib\(\) argument 'n': Python int too large to convert to a 64-bit int$"):
        probe.fib(2**63)
    with pytest.raises(OverflowError, match=r"^mix\(\) argument 'x': int too large to convert to float$"):
        probe.mix(10**400, 1)
    with pytest.raises(OverflowError, match=r"^integer overflow: the result does not fit in a 64-bit int$"):
        probe.raise_kind(5)


def test_exception_translation(probe):
    with pytest.raises(KeyError) as info:
        probe.raise_kind(0)
    assert info.value.args == ("missing",)
    with pytest.raises(ZeroDivisionError, match="^integer division or modulo by zero$"):
        probe.raise_kind(1)
    with pytest.raises(MemoryError):
        probe.raise_kind(2)
    with pytest.raises(SystemError, match=r"^a C\+\+ logic error$"):
        probe.raise_kind(3)
    with pytest.raises(UnicodeError, match="^bad text$"):
        probe.raise_kind(4)
    with pytest.raises(KeyError) as info:  # `raise KeyError`: no arguments, str() is ''
        probe.raise_kind(6)
    assert info.value.args == () and str(info.value) == ""
    assert probe.raise_kind(7) is None


def test_docstrings_signatures_attributes(probe):
    assert probe.__doc__ == "The boundary probe."
    assert probe.fib.__doc__ == "Fibonacci numbers."
    assert probe.mix.__doc__ is None
    assert inspect.signature(probe.fib) == inspect.signature(fib)
    assert inspect.signature(probe.mix) == inspect.signature(mix)
    assert probe.LIMIT == 1000 and probe.ORIGIN == (0.5, True, None)


def test_gil_is_released(probe):
    # fib(32) runs ~100 ms with the GIL released: a Python thread keeps counting meanwhile.
    count = 0
    done = threading.Event()

    def counter():
        nonlocal count
        while not done.is_set():
            count += 1

    t = threading.Thread(target=counter)
    t.start()
    before = count
    probe.fib(32)
    during = count - before
    done.set()
    t.join()
    assert during > 1000


def test_print_goes_through_sys_stdout(probe, capsys):
    probe.show(0.1, 3)
    assert capsys.readouterr().out == "x = 0.1 (3, True) None\n3, 0.1j;\n"
    probe.show(-0.0, -1)
    assert capsys.readouterr().out == "x = -0.0 (-1, True) None\n-1, -0j;\n"


def test_numpy_scalar_types(probe):
    r = probe.narrow(np.int8(-5), 2**64 - 1, 0.1, 1 + 2j)
    assert r == (np.int8(-5), np.uint64(2**64 - 1), np.float32(0.1), np.complex64(1 + 2j), 255, -7)
    assert [type(v) for v in r] == [np.int8, np.uint64, np.float32, np.complex64, np.uint8, np.int32]
    assert probe.narrow(True, np.uint8(3), np.float64(2), np.float32(1))[:4] == (1, 3, 2.0, 1 + 0j)
    with pytest.raises(OverflowError, match=r"^narrow\(\) argument 'a': Python integer 300 out of bounds for int8$"):
        probe.narrow(300, 0, 0.0, 0j)
    with pytest.raises(OverflowError, match=r"^narrow\(\) argument 'b': Python integer -1 out of bounds for uint64$"):
        probe.narrow(0, -1, 0.0, 0j)
    with pytest.raises(TypeError, match=r"^narrow\(\) argument 'a' must be numpy.int8, not float$"):
        probe.narrow(1.0, 0, 0.0, 0j)
    with pytest.raises(TypeError, match=r"^narrow\(\) argument 'f' must be numpy.float32, not str$"):
        probe.narrow(0, 0, "x", 0j)
    with pytest.raises(TypeError, match=r"^narrow\(\) argument 'z' must be numpy.complex64, not NoneType$"):
        probe.narrow(0, 0, 0.0, None)


def test_optional(probe):
    assert probe.maybe(None) == (None, None)
    assert probe.maybe(21, (1, True)) == (42, (1.0, True))
    assert probe.maybe(x=None, t=None) == (None, None)
    with pytest.raises(TypeError, match=r"^maybe\(\) argument 'x' must be int \| None, not str$"):
        probe.maybe("1")
    with pytest.raises(TypeError, match=r"^maybe\(\) argument 't' must be tuple\[float, bool\] \| None, not list$"):
        probe.maybe(1, [1.0, True])
    # An error inside the element is about the element, not the optional.
    with pytest.raises(TypeError, match=r"^maybe\(\) argument 't'\[1\] must be bool, not int$"):
        probe.maybe(1, (1.0, 1))
    with pytest.raises(OverflowError, match=r"^maybe\(\) argument 'x': Python int too large"):
        probe.maybe(2**64)


def test_unbounded_recursion_is_recursion_error(probe):
    assert probe.depth(10000) == 10000
    with pytest.raises(RecursionError, match="^maximum recursion depth exceeded$"):
        probe.depth(10**9)
    assert probe.depth(100) == 100  # the thread is usable afterwards

    result = []
    t = threading.Thread(target=lambda: result.append(pytest.raises(RecursionError, probe.depth, 10**9)))
    t.start()
    t.join()
    assert result and result[0].type is RecursionError
