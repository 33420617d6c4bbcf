"""The differential run-test harness (Pythran's run_test, mypyc's run-*.test): every module
in modules/ is built once per session with `$PYCXX build`, imported compiled and as plain
CPython source, and the same calls are made to both: results must be equal (type and value;
floats bit for bit, -0.0 and nan included) and exceptions must have the same type and message.

A test file names its module and lists calls with arguments; every zero-argument `test_*`
function of the module is called too:

    from harness import call, differential
    CALLS = [call("floordiv", -7, 2), call("mul", 2**62, 4, overflows=True)]
    test_function, test_call, test_module = differential("scalar_int", CALLS)

pycxx's two documented differences (docs/semantics.md) are part of the comparison: where
CPython answers with an int beyond 64 bits, the compiled module must raise OverflowError;
where a function annotated `-> float` gets a complex from CPython (float ** float of a
negative base), the compiled module must raise ValueError. The markers `overflows=True`
and `complex_result=True` say a call is there to test that, and check CPython really does so.
A third (docs/semantics.md, "numpy scalars"): a variable holding a Python float and, on some
path, a numpy.float64 is a numpy.float64 throughout; where CPython's path never met the
numpy scalar, it returns the Python float of equal value. `numpy_joined=True` marks such calls."""

from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
import inspect
import math
import os
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

import pytest

RUN_DIR = Path(__file__).resolve().parent
MODULES_DIR = RUN_DIR / "modules"
INT_OVERFLOW = "integer overflow: the result does not fit in a 64-bit int"
COMPLEX_FROM_FLOAT_POW = ("negative number cannot be raised to a fractional power (CPython gives a complex "
                          "number: write complex(base) ** exponent)")
INT64_MIN, INT64_MAX = -2**63, 2**63 - 1


@dataclass
class Call:
    function: str
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    overflows: bool = False
    complex_result: bool = False
    numpy_joined: bool = False
    differs: str = ""  # a documented difference from CPython/numpy: the reason (docs/arrays.md)
    ulps: int = 0  # float arrays may differ by this many units in the last place (numpy's own SIMD math)

    @property
    def id(self) -> str:
        parts = [repr(a) for a in self.args] + [f"{k}={v!r}" for k, v in self.kwargs.items()]
        return f"{self.function}({', '.join(parts)})"


def call(function: str, *args, overflows: bool = False, complex_result: bool = False, numpy_joined: bool = False,
         differs: str = "", ulps: int = 0, **kwargs) -> Call:
    """`differs="reason"` marks a documented difference: the call must still answer differently
    (an expected failure, strict), so that fixing the difference shows up as a failing test.
    `ulps=n` lets float array elements differ by n units in the last place: numpy computes exp,
    log, sin... with its own SIMD code, not bit-identical to the C library pycxx calls (numpy's
    own answers differ between CPUs); NaN, infinities, dtype and shape must still match."""
    return Call(function, args, kwargs, overflows, complex_result, numpy_joined, differs, ulps)


def _numpy_twin(python_value, numpy_value) -> bool:
    """numpy_value is the numpy scalar of python_value's machine type (float -> numpy.float64), equal."""
    if isinstance(python_value, tuple):
        return (isinstance(numpy_value, tuple) and len(python_value) == len(numpy_value)
                and all(same(n, p) or _numpy_twin(p, n) for p, n in zip(python_value, numpy_value)))
    twins = {float: "float64", int: "int64", bool: "bool", complex: "complex128"}
    numpy_type = type(numpy_value)
    return (numpy_type.__module__ == "numpy" and numpy_type.__name__ == twins.get(type(python_value))
            and same(type(python_value)(numpy_value), python_value))


# ---- building and loading ---------------------------------------------------------------

def module_sources() -> list[Path]:
    """Every module, or those named in $PYCXX_RUN_ONLY (comma-separated stems), for a quick
    run while working on one construct; tests of the other modules are then skipped."""
    only = [name for name in os.environ.get("PYCXX_RUN_ONLY", "").split(",") if name]
    return sorted(p for p in MODULES_DIR.glob("*.py") if not only or p.stem in only)


def _run_build(pycxx: str, files: list[Path], out_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([pycxx, "build", *map(str, files), "-o", str(out_dir), "-j", "2"],
                          capture_output=True, text=True, timeout=1800)


def build_all(out_dir: Path) -> dict[str, Path | str]:
    """Builds every module in one `pycxx build` (the driver builds in parallel and caches);
    if that fails, builds each alone so that each failure is reported against its module.
    Returns, per module name, the built extension's path or the build's error text."""
    pycxx = os.environ.get("PYCXX")
    sources = module_sources()
    if not pycxx:
        error = "PYCXX is not set: run these tests through ctest, or set PYCXX=/path/to/pycxx"
        return {src.stem: error for src in sources}
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    results: dict[str, Path | str] = {}
    batch = _run_build(pycxx, sources, out_dir)
    for src in sources:
        built = out_dir / (src.stem + suffix)
        if batch.returncode == 0 and built.exists():
            results[src.stem] = built
            continue
        alone = _run_build(pycxx, [src], out_dir) if batch.returncode != 0 else batch
        if alone.returncode == 0 and built.exists():
            results[src.stem] = built
        else:
            results[src.stem] = (f"`pycxx build {src.name}` exited with {alone.returncode}"
                                 f"{'' if built.exists() else f' and wrote no {built.name}'}\n"
                                 f"--- stdout\n{alone.stdout}\n--- stderr\n{alone.stderr}")
    return results


def load_compiled(name: str, path: Path):
    loader = importlib.machinery.ExtensionFileLoader(name, str(path))
    spec = importlib.util.spec_from_file_location(name, str(path), loader=loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@functools.lru_cache(maxsize=None)
def load_reference(name: str):
    """The module's plain CPython import, under another name so both can live side by side."""
    spec = importlib.util.spec_from_file_location("reference_" + name, MODULES_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---- comparing ----------------------------------------------------------------------------

def _within_ulps(a, b, ulps: int) -> bool:
    """Float arrays of one dtype and shape equal up to `ulps` units in the last place; NaNs and
    infinities where the other has them."""
    import numpy as np

    if a.dtype.kind == "c":
        return _within_ulps(a.real, b.real, ulps) and _within_ulps(a.imag, b.imag, ulps)
    with np.errstate(all="ignore"):
        if not np.array_equal(np.isnan(a), np.isnan(b)) or not np.array_equal(np.isinf(a), np.isinf(b)):
            return False
        finite = np.isfinite(a)
        if not np.array_equal(a[~finite & ~np.isnan(a)], b[~finite & ~np.isnan(b)]):
            return False
        scale = np.spacing(np.maximum(np.abs(a[finite]), np.abs(b[finite])).astype(a.dtype))
        return bool(np.all(np.abs(a[finite] - b[finite]) <= ulps * scale))


def same(a, b, ulps: int = 0) -> bool:
    """Equal as a user of the result could tell: same type, floats bit for bit (numpy float
    arrays within `ulps` units in the last place when asked)."""
    if ulps and type(a).__name__ == "ndarray" and type(b) is type(a) and a.dtype == b.dtype \
            and a.shape == b.shape and a.dtype.kind in "fc":
        return _within_ulps(a, b, ulps)
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, complex):
        return same(a.real, b.real) and same(a.imag, b.imag)
    if type(a).__module__ == "numpy" and type(a).__name__ != "ndarray" and getattr(a, "dtype", None) is not None \
            and a.dtype.kind in "fc" and type(b) is type(a):  # numpy.float32 and the other floating scalars: NaN is NaN
        import numpy as np

        return bool(np.array_equal(a, b, equal_nan=True))
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if type(a).__module__ == "numpy" and type(a).__name__ == "ndarray":
        import numpy as np

        return (a.dtype == b.dtype and a.shape == b.shape
                and bool(np.array_equal(a, b, equal_nan=a.dtype.kind in "fc")))
    return a == b


def _fresh(value):
    """A numpy array argument copied with its layout, so that a function that writes into it
    leaves the original for the next run (CPython, compiled, the next test); others as they are."""
    if type(value).__module__ != "numpy" or type(value).__name__ != "ndarray":
        return value
    import numpy as np

    base = value
    while isinstance(base.base, np.ndarray):
        base = base.base
    if base is value or not base.flags.c_contiguous:
        return value.copy(order="K")
    # A view: the same view of a copy of its base, so strides (negative, zero) are kept.
    start = value.__array_interface__["data"][0] - base.__array_interface__["data"][0]
    copy = np.ndarray(value.shape, value.dtype, buffer=base.copy(), offset=start, strides=value.strides)
    copy.flags.writeable = value.flags.writeable
    return copy


def outcome(function, c: Call, fresh_arrays: bool = False):
    args, kwargs = c.args, c.kwargs
    if fresh_arrays:
        args = tuple(_fresh(a) for a in args)
        kwargs = {k: _fresh(v) for k, v in kwargs.items()}
    try:
        return ("return", function(*args, **kwargs))
    except Exception as e:  # the exception is what is compared
        return ("raise", type(e), str(e))


def show(o) -> str:
    if o[0] == "return":
        return f"returned {o[1]!r} ({type(o[1]).__name__})"
    return f"raised {o[1].__name__}: {o[2]}"


def _beyond_int64(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return not (INT64_MIN <= value <= INT64_MAX)
    if isinstance(value, (tuple, list)):
        return any(_beyond_int64(v) for v in value)
    return False


def check_call(compiled, reference, c: Call) -> None:
    if c.differs:
        try:
            _check_call(compiled, reference, c)
        except AssertionError as e:
            pytest.xfail(f"documented difference: {c.differs}: {e}")
        pytest.fail(f"{c.id} is marked differs={c.differs!r} but answers as CPython: remove the mark and the note")
    _check_call(compiled, reference, c)


def _check_call(compiled, reference, c: Call) -> None:
    function = getattr(reference, c.function)
    expected = outcome(function, c, fresh_arrays=True)
    got = outcome(getattr(compiled, c.function), c, fresh_arrays=True)
    overflows = expected[0] == "return" and _beyond_int64(expected[1])
    complex_result = (expected[0] == "return" and isinstance(expected[1], complex)
                      and inspect.signature(function).return_annotation is float)
    assert overflows or not c.overflows, f"{c.id} is marked overflows=True but CPython {show(expected)}"
    assert complex_result or not c.complex_result, (
        f"{c.id} is marked complex_result=True but CPython {show(expected)}")
    if overflows:
        assert got[0] == "raise" and got[1] is OverflowError and got[2] == INT_OVERFLOW, (
            f"{c.id}: CPython gives an int beyond 64 bits; compiled should raise OverflowError: "
            f"{INT_OVERFLOW}, but {show(got)}")
    elif complex_result:
        assert got[0] == "raise" and got[1] is ValueError and got[2] == COMPLEX_FROM_FLOAT_POW, (
            f"{c.id}: CPython gives a complex; compiled should raise ValueError: {COMPLEX_FROM_FLOAT_POW}, "
            f"but {show(got)}")
    elif c.numpy_joined:
        assert expected[0] == "return" and got[0] == "return" and not same(got[1], expected[1]), (
            f"{c.id} is marked numpy_joined=True but CPython {show(expected)} and compiled {show(got)}")
        assert _numpy_twin(expected[1], got[1]), (
            f"{c.id}: CPython {show(expected)}; compiled should return the numpy scalar of equal value, but {show(got)}")
    elif expected[0] == "return":
        assert got[0] == "return" and same(got[1], expected[1], c.ulps), f"{c.id}: CPython {show(expected)}, compiled {show(got)}"
    else:
        assert got[0] == "raise" and got[1] is expected[1] and got[2] == expected[2], (
            f"{c.id}: CPython {show(expected)}, compiled {show(got)}")


def zero_argument_tests(name: str) -> list[str]:
    reference = load_reference(name)
    return [n for n, f in vars(reference).items()
            if n.startswith("test_") and inspect.isfunction(f) and not inspect.signature(f).parameters]


def module_functions(name: str) -> list[str]:
    """The exported functions of modules/<name>.py in source order (for tests that derive their
    calls from the function names)."""
    return exported_functions(load_reference(name))


def exported_functions(reference) -> list[str]:
    """Public top-level functions with every parameter annotated (DESIGN.md)."""
    names = []
    for n, f in vars(reference).items():
        if n.startswith("_") or not inspect.isfunction(f) or f.__module__ != reference.__name__:
            continue
        if all(p.annotation is not inspect.Parameter.empty for p in inspect.signature(f).parameters.values()):
            names.append(n)
    return names


def check_module_surface(compiled, reference, suffix: str) -> None:
    """The compiled module is an extension, with the source's docstrings and signatures."""
    assert compiled.__file__.endswith(suffix), f"{compiled.__file__} is not a compiled extension"
    assert compiled.__doc__ == reference.__doc__
    for n in exported_functions(reference):
        f, g = getattr(reference, n), getattr(compiled, n, None)
        assert g is not None, f"exported function {n} is missing from the compiled module"
        assert g.__doc__ == f.__doc__, f"{n}.__doc__: {g.__doc__!r} != {f.__doc__!r}"
        want = [(p.name, p.kind, p.default) for p in inspect.signature(f).parameters.values()]
        have = [(p.name, p.kind, p.default) for p in inspect.signature(g).parameters.values()]
        assert have == want, f"signature of {n}: compiled {have}, CPython {want}"


def differential(name: str, calls: list[Call]):
    """The three tests of one module: each zero-argument test_* function, each listed call,
    and the module's surface (docstrings, signatures). Assign them to test_* names."""

    def modules(compiled_modules):
        if name not in compiled_modules:
            pytest.skip(f"{name}.py is not in $PYCXX_RUN_ONLY")
        built = compiled_modules[name]
        if isinstance(built, str):
            pytest.fail(f"building {name}.py failed:\n{built}", pytrace=False)
        return built, load_reference(name)

    @pytest.mark.parametrize("function", zero_argument_tests(name))
    def test_function(function, compiled_modules):
        compiled, reference = modules(compiled_modules)
        check_call(compiled, reference, Call(function))

    @pytest.mark.parametrize("c", calls, ids=[c.id for c in calls])
    def test_call(c, compiled_modules):
        compiled, reference = modules(compiled_modules)
        check_call(compiled, reference, c)

    def test_module(compiled_modules):
        compiled, reference = modules(compiled_modules)
        check_module_surface(compiled, reference, sysconfig.get_config_var("EXT_SUFFIX"))

    return test_function, test_call, test_module
