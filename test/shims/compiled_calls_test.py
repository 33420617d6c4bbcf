"""ctest shims.compiled_calls: a module calling math and builtins shims, compiled by pycxx
(sema finds the functions in the registry, the emitted C++ includes the shim headers),
answers as CPython does, values and exceptions, on a table of inputs. Skipped (exit 77)
while the tree has no pycxx executable.

usage: compiled_calls_test.py --pycxx PATH   (or no argument: skipped)
"""
import importlib.util
import math
import pathlib
import subprocess
import sys
import tempfile

MODULE = '''
import math


def m_floor(x: float) -> int:
    return math.floor(x)


def m_sqrt(x: float) -> float:
    return math.sqrt(x)


def m_sqrt_int(n: int) -> float:
    return math.sqrt(n)


def m_log(x: float, base: float) -> float:
    return math.log(x, base)


def m_gamma(x: float) -> float:
    return math.gamma(x)


def m_hypot(a: float, b: float, c: float) -> float:
    return math.hypot(a, b, c)


def m_comb(n: int, k: int) -> int:
    return math.comb(n, k)


def m_isclose(a: float, b: float) -> bool:
    return math.isclose(a, b, abs_tol=0.1)


def m_constants() -> float:
    return math.tau / math.pi + math.e


def b_round(x: float) -> int:
    return round(x)


def b_round_digits(x: float, n: int) -> float:
    return round(x, n)


def b_max(a: float, b: float, c: float) -> float:
    return max(a, b, c)


def b_min_int(a: int, b: int) -> int:
    return min(a, b, 0)


def b_pow_mod(a: int, b: int, m: int) -> int:
    return pow(a, b, m)


def b_abs(n: int) -> int:
    return abs(n)
'''

NAN, INF = math.nan, math.inf
CASES = {
    "m_floor": [(2.5,), (-2.5,), (-0.0,), (INF,), (NAN,), (1e300,)],
    "m_sqrt": [(4.0,), (2.0,), (-1.0,), (-0.0,), (INF,)],
    "m_sqrt_int": [(16,), (2,), (-4,)],
    "m_log": [(8.0, 2.0), (100.0, 10.0), (0.0, 2.0), (5.0, 1.0)],
    "m_gamma": [(0.5,), (-1.5,), (0.0,), (-2.0,), (171.5,), (23.0,)],
    "m_hypot": [(3.0, 4.0, 12.0), (NAN, INF, 1.0), (1e300, 1e300, 1e300)],
    "m_comb": [(10, 3), (3, 10), (-1, 2), (68, 34)],
    "m_isclose": [(1.0, 1.05), (1.0, 1.2), (INF, INF), (NAN, NAN)],
    "m_constants": [()],
    "b_round": [(2.5,), (3.5,), (-0.5,), (INF,), (NAN,)],
    "b_round_digits": [(2.675, 2), (1234.5, -1), (0.5, 0), (NAN, 2)],
    "b_max": [(1.0, NAN, 3.0), (NAN, 1.0, 2.0), (-0.0, 0.0, -1.0)],
    "b_min_int": [(5, 3), (-7, 2)],
    "b_pow_mod": [(3, 4, -5), (2, -1, 5), (2, -1, 4), (2, 3, 0)],
    "b_abs": [(-5,), (-(2**63),)],
}
INT64_OVERFLOW = ("OverflowError", "integer overflow: the result does not fit in a 64-bit int")


def outcome(fn, args):
    try:
        value = fn(*args)
    except Exception as e:
        return (type(e).__name__, str(e))
    if isinstance(value, int) and not isinstance(value, bool) and not -(2**63) <= value < 2**63:
        return INT64_OVERFLOW  # pycxx's int is 64 bits
    return ("value", repr(value))


def main():
    if len(sys.argv) < 3 or sys.argv[1] != "--pycxx":
        print("SKIPPED: the pycxx executable is not built in this tree yet")
        return 77
    with tempfile.TemporaryDirectory() as temp:
        source = pathlib.Path(temp) / "shim_calls_mod.py"
        source.write_text(MODULE)
        subprocess.run([sys.argv[2], "build", str(source), "-o", temp], check=True)
        compiled = next(pathlib.Path(temp).glob("shim_calls_mod.cpython-*.so"))
        spec = importlib.util.spec_from_file_location("shim_calls_mod", compiled)
        native = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(native)
        spec = importlib.util.spec_from_file_location("shim_calls_mod_py", source)
        python = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(python)
        failures = 0
        for name, inputs in CASES.items():
            for args in inputs:
                want, got = outcome(getattr(python, name), args), outcome(getattr(native, name), args)
                if want != got:
                    failures += 1
                    print("FAIL %s%r: CPython %r, compiled %r" % (name, args, want, got))
        print("%d calls compared, %d differ" % (sum(len(v) for v in CASES.values()), failures))
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
